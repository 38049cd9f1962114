import type { MetricUnit } from '@shared/metrics/metric-definition';

export type ThresholdInputResult = { ok: true; value: number | null } | { ok: false; code: 'not_a_number' };

/** Float noise such as 0.0085000000000001 would show up again when the value is edited. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Turns what a user types into the API's number. Ratios are typed as percentages: "1", "1%"
 * and "1 %" all mean 0.01, and a decimal comma ("0,85") is read as a decimal point. Other
 * units are plain numbers; "1,000" is a thousand. Full-width digits and signs from a
 * Chinese or Japanese input method count as their ASCII forms. Blank means "not set".
 */
export function parseThresholdInput(text: string, unit: MetricUnit): ThresholdInputResult {
  let compact = text.normalize('NFKC').replace(/\s+/g, '');
  if (compact === '') return { ok: true, value: null };
  const percent = compact.endsWith('%');
  if (percent) compact = compact.slice(0, -1);
  if (percent && unit !== 'ratio') return { ok: false, code: 'not_a_number' };
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) compact = compact.replaceAll(',', '');
  else if (/^[-+]?\d*,\d+$/.test(compact)) compact = compact.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return { ok: false, code: 'not_a_number' };
  const number = Number(compact);
  if (!Number.isFinite(number)) return { ok: false, code: 'not_a_number' };
  return { ok: true, value: unit === 'ratio' ? clean(number / 100) : number };
}

/** The text an input shows for a stored value: ratios as a percentage without the sign. */
export function thresholdInputText(value: number | null, unit: MetricUnit): string {
  if (value === null) return '';
  return String(unit === 'ratio' ? clean(value * 100) : value);
}
