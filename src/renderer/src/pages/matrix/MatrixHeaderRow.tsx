import { Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { VirtualItem } from '@tanstack/react-virtual';
import { memo, type CSSProperties } from 'react';
import { GRID_SIZES } from './grid-sizes';
import { FIRST_METRIC_COL } from './MatrixBodyRow';
import classes from './MatrixGrid.module.css';
import { isSortedBy, type MatrixSort, type SortKey } from './matrix-view-state';

interface HeaderWords {
  store: string;
  health: string;
  /** Full metric name in the UI language. */
  metric: (metricKey: string) => string;
}

interface MatrixHeaderRowProps {
  width: number;
  columns: VirtualItem[];
  metricKeys: readonly string[];
  sort: MatrixSort;
  focusCol: number | null;
  words: HeaderWords;
}

interface HeaderCellProps {
  col: number;
  label: string;
  sortKey: SortKey;
  sort: MatrixSort;
  focusable: boolean;
  style: CSSProperties;
  /** The store and health headers stay put while the metric headers scroll; the health one casts the edge. */
  sticky?: 'start' | 'edge';
  numeric?: boolean;
}

/**
 * A sortable column header. Clicking it or pressing Enter sorts (the grid handles both by
 * delegation, reading data-sort); aria-sort says which way the rows are sorted.
 */
function HeaderCell({ col, label, sortKey, sort, focusable, style, sticky, numeric }: HeaderCellProps) {
  const sorted = isSortedBy(sort, sortKey);
  const className = [
    classes.headerCell,
    sticky && classes.stickyCell,
    sticky === 'edge' && classes.stickyEdge,
    numeric && classes.numericHeader,
  ].filter(Boolean).join(' ');
  const SortIcon = !sorted ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Tooltip label={label} openDelay={500} multiline maw={260} withinPortal>
      <div
        role="columnheader"
        aria-colindex={col + 1}
        aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
        tabIndex={focusable ? 0 : -1}
        className={className}
        style={style}
        data-cell={`-1:${col}`}
        data-sort={sortKey.by === 'metric' ? sortKey.metricKey : sortKey.by}
      >
        <span className={classes.headerLabel}>{label}</span>
        <SortIcon size={14} stroke={2} aria-hidden style={{ flex: 'none', opacity: sorted ? 1 : 0.35 }} />
      </div>
    </Tooltip>
  );
}

export const MatrixHeaderRow = memo(function MatrixHeaderRow({ width, columns, metricKeys, sort, focusCol, words }: MatrixHeaderRowProps) {
  return (
    <div role="rowgroup" className={classes.header} style={{ width }}>
      <div role="row" aria-rowindex={1} style={{ position: 'relative', display: 'flex', width, height: GRID_SIZES.header }}>
        <HeaderCell
          col={0}
          label={words.store}
          sortKey={{ by: 'name' }}
          sort={sort}
          focusable={focusCol === 0}
          sticky="start"
          style={{ left: 0, width: GRID_SIZES.store }}
        />
        <HeaderCell
          col={1}
          label={words.health}
          sortKey={{ by: 'health' }}
          sort={sort}
          focusable={focusCol === 1}
          sticky="edge"
          style={{ left: GRID_SIZES.store, width: GRID_SIZES.health }}
          numeric
        />
        {columns.map((column) => {
          const metricKey = metricKeys[column.index]!;
          const col = column.index + FIRST_METRIC_COL;
          return (
            <HeaderCell
              key={metricKey}
              col={col}
              label={words.metric(metricKey)}
              sortKey={{ by: 'metric', metricKey }}
              sort={sort}
              focusable={focusCol === col}
              style={{ left: column.start, width: column.size }}
              numeric
            />
          );
        })}
      </div>
    </div>
  );
});
