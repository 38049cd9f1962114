import { Paper } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { CellHoverCard } from './CellHoverCard';
import { CellHoverController } from './cell-hover-controller';
import { GRID_SIZES, STICKY_WIDTH } from './grid-sizes';
import { FIRST_METRIC_COL, GroupRow, StoreRow } from './MatrixBodyRow';
import classes from './MatrixGrid.module.css';
import type { GridLayout } from './matrix-grid-items';
import { MatrixHeaderRow } from './MatrixHeaderRow';
import type { MatrixSort, SortKey } from './matrix-view-state';
import { clampFocus, moveGridFocus, type GridFocus } from './move-grid-focus';
import { useRowWords } from './use-grid-words';

interface MatrixGridProps {
  layout: GridLayout;
  metricKeys: readonly string[];
  sort: MatrixSort;
  onSort: (key: SortKey) => void;
  /** Opens the store page, at the metric when the user came from a metric cell. */
  onOpenStore: (storeId: number, metricKey?: string) => void;
}

/** Reads the grid coordinates a cell carries in data-cell ("row:col"). */
function cellOf(target: EventTarget | null): { element: HTMLElement; focus: GridFocus } | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-cell]') : null;
  const [row, col] = (element?.dataset.cell ?? '').split(':').map(Number);
  if (!element || row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)) return null;
  return { element, focus: { row, col } };
}

function sortKeyOf(element: HTMLElement): SortKey | null {
  const sort = element.dataset.sort;
  if (!sort) return null;
  return sort === 'name' || sort === 'health' ? { by: sort } : { by: 'metric', metricKey: sort };
}

/** Adds the focused row or column to the rendered range, so the grid's tab stop always exists in the DOM. */
function keepIndex(index: number | null) {
  return (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    if (index === null || index < 0 || index >= range.count || indexes.includes(index)) return indexes;
    return [...indexes, index].sort((a, b) => a - b);
  };
}

/**
 * Stores × metrics, virtualised both ways: only the rows and columns on screen exist in the
 * DOM, the header row and the store and health columns stay put while the rest scrolls. One
 * cell at a time is in the tab order (roving tabindex); arrows, Home/End and Page Up/Down move
 * it, Enter opens the store (at the metric, from a metric cell) or sorts (on a header).
 */
export function MatrixGrid({ layout, metricKeys, sort, onSort, onOpenStore }: MatrixGridProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const words = useRowWords();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [hover] = useState(() => new CellHoverController());
  const [rawFocus, setFocus] = useState<GridFocus>({ row: 0, col: 0 });
  const moveDomFocus = useRef(false);
  const { items, itemIndexOfStore, stores } = layout;
  const colCount = metricKeys.length + FIRST_METRIC_COL;
  const focus = clampFocus(rawFocus, { rows: stores.length, cols: colCount, pageRows: 1 });
  const focusedItem = focus.row >= 0 ? (itemIndexOfStore[focus.row] ?? null) : null;
  const focusedMetric = focus.col >= FIRST_METRIC_COL ? focus.col - FIRST_METRIC_COL : null;

  // The app is not built with React Compiler; rows and cells are memoised by hand (React.memo).
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === 'group' ? GRID_SIZES.group : GRID_SIZES.row),
    getItemKey: useCallback((index: number) => {
      const item = items[index];
      return item?.kind === 'store' ? item.entry.row.storeId : `client-${item?.clientId ?? index}`;
    }, [items]),
    paddingStart: GRID_SIZES.header,
    scrollPaddingStart: GRID_SIZES.header,
    overscan: 6,
    rangeExtractor: useMemo(() => keepIndex(focusedItem), [focusedItem]),
    // Rows render in React's own task rather than inside the scroll event: the overscan covers the gap.
    useFlushSync: false,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: metricKeys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => GRID_SIZES.metric,
    getItemKey: useCallback((index: number) => metricKeys[index] ?? index, [metricKeys]),
    paddingStart: STICKY_WIDTH,
    scrollPaddingStart: STICKY_WIDTH,
    overscan: 1,
    rangeExtractor: useMemo(() => keepIndex(focusedMetric), [focusedMetric]),
    useFlushSync: false,
  });

  const width = columns.getTotalSize();
  const virtualColumns = columns.getVirtualItems();
  const rowsById = useMemo(() => new Map(stores.map((entry) => [entry.row.storeId, entry])), [stores]);
  const headerWords = useMemo(() => ({ store: t('matrix.grid.store'), health: t('matrix.grid.health'), metric: metricLabel }), [t, metricLabel]);

  const moveFocus = (next: GridFocus) => {
    moveDomFocus.current = true;
    setFocus(next);
    const item = next.row >= 0 ? itemIndexOfStore[next.row] : undefined;
    if (item !== undefined) rows.scrollToIndex(item);
    if (next.col >= FIRST_METRIC_COL) columns.scrollToIndex(next.col - FIRST_METRIC_COL);
  };

  // The tab stop moved by keyboard: focus its element once it is rendered (it always is, see keepIndex).
  useLayoutEffect(() => {
    if (!moveDomFocus.current) return;
    moveDomFocus.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.col}"]`)?.focus({ preventScroll: true });
  });

  const activate = (element: HTMLElement, at: GridFocus) => {
    if (at.row < 0) {
      const key = sortKeyOf(element);
      if (key) onSort(key);
      return;
    }
    const entry = stores[at.row];
    if (entry) onOpenStore(entry.row.storeId, at.col >= FIRST_METRIC_COL ? metricKeys[at.col - FIRST_METRIC_COL] : undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - GRID_SIZES.header) / GRID_SIZES.row) - 1);
    const next = moveGridFocus(cell.focus, event.key, event.ctrlKey || event.metaKey, { rows: stores.length, cols: colCount, pageRows });
    if (next) {
      event.preventDefault();
      hover.close();
      moveFocus(next);
    } else if (event.key === 'Enter' || (event.key === ' ' && cell.focus.row < 0)) {
      event.preventDefault();
      activate(cell.element, cell.focus);
    } else if (event.key === 'Escape') {
      hover.close();
    }
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    if (cell.focus.row !== focus.row || cell.focus.col !== focus.col) setFocus(cell.focus);
    if (cell.element.dataset.metric) hover.enter(cell.element);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const cell = cellOf(event.target);
    // Store names are links of their own; the health cell only takes the focus.
    if (!cell || (cell.focus.row >= 0 && cell.focus.col < FIRST_METRIC_COL)) return;
    activate(cell.element, cell.focus);
  };

  const onMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    const element = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-metric]') : null;
    if (element) hover.enter(element);
    else hover.leave();
  };

  return (
    <Paper withBorder radius="md" h="100%" style={{ overflow: 'hidden' }}>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={t('matrix.grid.label')}
        aria-rowcount={items.length + 1}
        aria-colcount={colCount}
        className={classes.scroller}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={hover.leave}
        onClick={onClick}
        onMouseOver={onMouseOver}
        onMouseLeave={hover.leave}
        onScroll={hover.close}
        data-testid="matrix-grid"
      >
        <div className={classes.sizer} style={{ width, height: rows.getTotalSize() }}>
          <MatrixHeaderRow
            width={width}
            columns={virtualColumns}
            metricKeys={metricKeys}
            sort={sort}
            focusCol={focus.row < 0 ? focus.col : null}
            words={headerWords}
          />
          <div role="rowgroup">
            {rows.getVirtualItems().map((virtualRow) => {
              const item = items[virtualRow.index];
              if (!item) return null;
              return item.kind === 'group' ? (
                <GroupRow key={virtualRow.key} item={item} ariaRow={virtualRow.index + 2} y={virtualRow.start} width={width} colCount={colCount} words={words} />
              ) : (
                <StoreRow
                  key={virtualRow.key}
                  item={item}
                  ariaRow={virtualRow.index + 2}
                  y={virtualRow.start}
                  width={width}
                  columns={virtualColumns}
                  metricKeys={metricKeys}
                  focusCol={item.position === focus.row ? focus.col : null}
                  language={language}
                  words={words}
                />
              );
            })}
          </div>
        </div>
      </div>
      <CellHoverCard controller={hover} rowsById={rowsById} />
    </Paper>
  );
}
