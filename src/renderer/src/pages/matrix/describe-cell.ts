import type { MatrixCell, MatrixRow, MetricStatus } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { formatCellValue } from '../../metrics/format-metric-value';
import { absentCellReason } from './matrix-rows';

/** Words Amazon and TikTok use for a status metric, as the UI translates them. */
export const PLATFORM_STATUS_WORDS = ['GREAT', 'GOOD', 'FAIR', 'POOR', 'BAD', 'WARNED', 'AT_RISK', 'NORMAL', 'SUSPENDED', 'DEACTIVATED', 'NONE'] as const;
type PlatformStatusWord = (typeof PLATFORM_STATUS_WORDS)[number];

export function isPlatformStatusWord(word: string): word is PlatformStatusWord {
  return (PLATFORM_STATUS_WORDS as readonly string[]).includes(word);
}

/** Strings every cell needs, translated once per language rather than once per cell. */
export interface CellWords {
  status: Record<MetricStatus, string>;
  notApplicable: string;
  noData: string;
  notJudged: string;
  platformStatus: (word: string) => string;
}

export interface CellLook {
  /** What the cell shows: the value in its unit, the platform's word for status metrics, or a dash. */
  text: string;
  /** What a screen reader says: the value and its status in words (colour and icon are not read). */
  label: string;
  /** The status drawn as colour and icon; null for a cell that is not judged or has nothing to judge. */
  status: MetricStatus | null;
  notJudged: boolean;
}

const DASH = '—';

/**
 * Formatting a number builds an Intl formatter; a scroll through 1,000 stores shows the same
 * cells again and again, so each cell's text is kept once per language.
 */
const textCache = new WeakMap<MatrixCell, { language: string; text: string }>();

function cellText(cell: MatrixCell, language: string, words: CellWords): string {
  const cached = textCache.get(cell);
  if (cached?.language === language) return cached.text;
  const text =
    findMetric(cell.metricKey)?.unit === 'status'
      ? cell.platformStatus === null
        ? DASH
        : words.platformStatus(cell.platformStatus)
      : formatCellValue(cell, language);
  textCache.set(cell, { language, text });
  return text;
}

/** What the cell of a store's metric shows and says. */
export function describeCell(
  cell: MatrixCell | undefined,
  metricKey: string,
  row: Pick<MatrixRow, 'platform' | 'marketplace'>,
  language: string,
  words: CellWords,
): CellLook {
  if (!cell) {
    const label = absentCellReason(metricKey, row) === 'no_data' ? words.noData : words.notApplicable;
    return { text: DASH, label, status: null, notJudged: false };
  }
  const text = cellText(cell, language, words);
  if (text === DASH) return { text, label: words.noData, status: null, notJudged: false };
  if (!cell.matters) return { text, label: `${text}, ${words.notJudged}`, status: null, notJudged: true };
  return { text, label: `${text}, ${words.status[cell.status]}`, status: cell.status, notJudged: false };
}
