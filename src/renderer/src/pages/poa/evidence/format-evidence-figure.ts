import type { PoaEvidenceFigure } from '@shared/api/poa-content-schemas';

/** How the platform's report words a comparison (targetCondition), as a sign before the target. */
const CONDITION_SIGNS: Record<string, string> = {
  LESS_THAN: '< ',
  LESS_THAN_OR_EQUAL_TO: '≤ ',
  GREATER_THAN: '> ',
  GREATER_THAN_OR_EQUAL_TO: '≥ ',
  EQUAL_TO: '= ',
  EQUALS: '= ',
};

/**
 * One figure of an evidence table in the UI language: rates as percentages with two decimals
 * (0.0156 → 1.56%, the precision Amazon reports), counts whole, a target with its comparison sign.
 */
export function formatEvidenceFigure(figure: PoaEvidenceFigure, language: string): string {
  if (figure.value === null) return '—';
  const sign = figure.condition ? (CONDITION_SIGNS[figure.condition] ?? `${figure.condition} `) : '';
  const format =
    figure.unit === 'ratio'
      ? new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(language, { maximumFractionDigits: figure.unit === 'score' ? 2 : 0 });
  return `${sign}${format.format(figure.value)}`;
}
