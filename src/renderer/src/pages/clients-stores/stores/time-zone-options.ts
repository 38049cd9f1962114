import type { ComboboxItemGroup } from '@mantine/core';
import { MARKETPLACES } from '@shared/domain/marketplaces';

/**
 * Every IANA zone the runtime knows, grouped by region, plus the marketplace defaults and
 * the current value (ICU may list a zone under an older alias such as Asia/Calcutta).
 */
export function timeZoneOptions(current: string): ComboboxItemGroup<string>[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  for (const marketplace of Object.values(MARKETPLACES)) zones.add(marketplace.timeZone);
  zones.add('UTC');
  if (current.trim()) zones.add(current.trim());
  const groups = new Map<string, string[]>();
  for (const zone of [...zones].sort()) {
    const region = zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : 'UTC';
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
