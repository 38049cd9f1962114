import { Badge, Tooltip, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { THRESHOLD_ORIGINS } from '@shared/api/kpi-schemas';

type ThresholdOrigin = (typeof THRESHOLD_ORIGINS)[number];

const ORIGIN_COLOR: Record<ThresholdOrigin, MantineColor> = {
  platform_report: 'blue',
  catalog: 'gray',
  marketplace: 'cyan',
  contract: 'violet',
  override: 'orange',
};

/** Where the threshold applied to a metric comes from; the source (a help page, a note) on hover. */
export function ThresholdOriginBadge({ origin, source }: { origin: ThresholdOrigin; source: string | null }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('targets.originSource', { source: source ?? '' })} disabled={!source} multiline w={320} withArrow>
      <Badge miw="max-content" color={ORIGIN_COLOR[origin]} variant="light" tt="none" data-origin={origin} data-testid="threshold-origin">
        {t(`targets.origins.${origin}`)}
      </Badge>
    </Tooltip>
  );
}
