import { IconCircleDashed } from '@tabler/icons-react';
import { memo } from 'react';
import type { MatrixCell as MatrixCellData, MatrixRow } from '@shared/api/kpi-schemas';
import { METRIC_STATUS_LOOK } from '../../components/MetricStatusBadge';
import { describeCell, type CellWords } from './describe-cell';
import classes from './MatrixGrid.module.css';

interface MatrixCellProps {
  cell: MatrixCellData | undefined;
  metricKey: string;
  row: MatrixRow;
  /** Grid coordinates, read back by the grid's delegated keyboard, focus and pointer handlers. */
  position: number;
  col: number;
  left: number;
  width: number;
  focusable: boolean;
  language: string;
  words: CellWords;
}

/**
 * One store × metric: the value, and the status as colour plus icon, read out in words. It
 * holds no handlers and no hooks: the grid delegates events, so a scroll only mounts divs.
 */
export const MatrixCell = memo(function MatrixCell({ cell, metricKey, row, position, col, left, width, focusable, language, words }: MatrixCellProps) {
  const look = describeCell(cell, metricKey, row, language, words);
  const StatusIcon = look.status ? METRIC_STATUS_LOOK[look.status].icon : look.notJudged ? IconCircleDashed : null;
  const tone = look.status ? METRIC_STATUS_LOOK[look.status].color : 'gray';
  return (
    <div
      role="gridcell"
      className={classes.cell}
      style={{ left, width }}
      tabIndex={focusable ? 0 : -1}
      aria-colindex={col + 1}
      aria-label={look.label}
      data-cell={`${position}:${col}`}
      data-store-id={row.storeId}
      data-metric={metricKey}
      data-status={look.status ?? undefined}
    >
      {StatusIcon && <StatusIcon size={14} stroke={2} className={classes.tone} data-tone={tone} aria-hidden />}
      <span className={look.status ? undefined : classes.muted}>{look.text}</span>
    </div>
  );
});
