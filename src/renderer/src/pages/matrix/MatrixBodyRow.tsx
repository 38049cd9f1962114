import type { VirtualItem } from '@tanstack/react-virtual';
import { memo } from 'react';
import type { MetricStatus } from '@shared/api/kpi-schemas';
import type { Platform } from '@shared/domain/stores';
import { METRIC_STATUS_LOOK } from '../../components/MetricStatusBadge';
import type { CellWords } from './describe-cell';
import { GRID_SIZES, STICKY_WIDTH } from './grid-sizes';
import { MatrixCell } from './MatrixCell';
import type { GroupItem, StoreItem } from './matrix-grid-items';
import classes from './MatrixGrid.module.css';

/** Translated words of the row headers, made once per language. */
export interface RowWords extends CellWords {
  platform: Record<Platform, string>;
  healthCell: (score: number, status: MetricStatus) => string;
  groupSummary: (storeCount: number, status: MetricStatus) => string;
}

interface StoreRowProps {
  item: StoreItem;
  /** aria-rowindex: the header row is 1. */
  ariaRow: number;
  y: number;
  width: number;
  columns: VirtualItem[];
  metricKeys: readonly string[];
  /** The column holding the grid's tab stop when it is in this row, else null. */
  focusCol: number | null;
  language: string;
  words: RowWords;
}

/** Columns 0 and 1 are the sticky store name and health score; metric columns follow. */
export const FIRST_METRIC_COL = 2;

export const StoreRow = memo(function StoreRow({ item, ariaRow, y, width, columns, metricKeys, focusCol, language, words }: StoreRowProps) {
  const { row, cells } = item.entry;
  const { color, icon: StatusIcon } = METRIC_STATUS_LOOK[row.worstStatus];
  const position = item.position;
  return (
    <div
      role="row"
      aria-rowindex={ariaRow}
      className={classes.row}
      style={{ transform: `translateY(${y}px)`, width, height: GRID_SIZES.row }}
      data-store-row={row.storeId}
    >
      <div
        role="rowheader"
        className={classes.stickyCell}
        style={{ left: 0, width: GRID_SIZES.store, flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'center', gap: 0 }}
        tabIndex={focusCol === 0 ? 0 : -1}
        aria-colindex={1}
        data-cell={`${position}:0`}
      >
        {/* A plain hash link, not a router Link: rows mount by the dozen while scrolling, and the hash router follows it all the same. */}
        <a href={`#/stores/${row.storeId}`} tabIndex={-1} className={classes.storeLink} style={{ maxWidth: '100%' }}>
          {row.displayName}
        </a>
        <span className={`${classes.caption} ${classes.ellipsis}`} style={{ maxWidth: '100%' }}>
          {words.platform[row.platform]} {row.marketplace} · {row.clientName}
        </span>
      </div>
      <div
        role="gridcell"
        className={`${classes.stickyCell} ${classes.stickyEdge}`}
        style={{ left: GRID_SIZES.store, width: GRID_SIZES.health, justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
        tabIndex={focusCol === 1 ? 0 : -1}
        aria-colindex={2}
        aria-label={words.healthCell(row.healthScore, row.worstStatus)}
        data-cell={`${position}:1`}
        data-worst-status={row.worstStatus}
      >
        <StatusIcon size={16} stroke={2} className={classes.tone} data-tone={color} aria-hidden />
        <span>{row.healthScore}</span>
      </div>
      {columns.map((column) => {
        const metricKey = metricKeys[column.index]!;
        const col = column.index + FIRST_METRIC_COL;
        return (
          <MatrixCell
            key={metricKey}
            cell={cells.get(metricKey)}
            metricKey={metricKey}
            row={row}
            position={position}
            col={col}
            left={column.start}
            width={column.size}
            focusable={focusCol === col}
            language={language}
            words={words}
          />
        );
      })}
    </div>
  );
});

interface GroupRowProps {
  item: GroupItem;
  ariaRow: number;
  y: number;
  width: number;
  colCount: number;
  words: RowWords;
}

/** A client's header when the matrix is grouped: its name, store count and worst status. */
export const GroupRow = memo(function GroupRow({ item, ariaRow, y, width, colCount, words }: GroupRowProps) {
  const { color, icon: StatusIcon } = METRIC_STATUS_LOOK[item.worstStatus];
  return (
    <div role="row" aria-rowindex={ariaRow} className={`${classes.row} ${classes.group}`} style={{ transform: `translateY(${y}px)`, width, height: GRID_SIZES.group }}>
      <div
        role="gridcell"
        aria-colindex={1}
        aria-colspan={colCount}
        className={classes.stickyCell}
        style={{ left: 0, width: STICKY_WIDTH + GRID_SIZES.metric * 2 }}
        data-testid="matrix-group"
      >
        <StatusIcon size={16} stroke={2} className={classes.tone} data-tone={color} aria-hidden />
        <span className={classes.ellipsis}>{item.clientName}</span>
        <span className={classes.caption}>{words.groupSummary(item.storeCount, item.worstStatus)}</span>
      </div>
    </div>
  );
});
