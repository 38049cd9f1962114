/** The focused cell: row -1 is the header row, rows 0… are stores in display order; column 0 is the store name. */
export interface GridFocus {
  row: number;
  col: number;
}

export interface GridBounds {
  /** Store rows (the header row comes on top of these). */
  rows: number;
  cols: number;
  /** Rows a Page Up or Page Down moves by: about one screen. */
  pageRows: number;
}

/** Keeps a focus inside the grid after the rows or columns changed (a filter, another column set). */
export function clampFocus(focus: GridFocus, bounds: GridBounds): GridFocus {
  return {
    row: Math.max(-1, Math.min(focus.row, bounds.rows - 1)),
    col: Math.max(0, Math.min(focus.col, bounds.cols - 1)),
  };
}

/**
 * Where a key moves the focus, following the WAI-ARIA grid pattern: arrows by one cell,
 * Home and End to the ends of the row, Ctrl+Home and Ctrl+End to the first and last cell,
 * Page Up and Page Down by a screen of store rows. Null for keys the grid does not handle.
 */
export function moveGridFocus(focus: GridFocus, key: string, ctrlKey: boolean, bounds: GridBounds): GridFocus | null {
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const at = (row: number, col: number) => clampFocus({ row, col }, bounds);
  switch (key) {
    case 'ArrowUp':
      return at(focus.row - 1, focus.col);
    case 'ArrowDown':
      return at(focus.row + 1, focus.col);
    case 'ArrowLeft':
      return at(focus.row, focus.col - 1);
    case 'ArrowRight':
      return at(focus.row, focus.col + 1);
    case 'Home':
      return ctrlKey ? at(-1, 0) : at(focus.row, 0);
    case 'End':
      return ctrlKey ? at(lastRow, lastCol) : at(focus.row, lastCol);
    case 'PageUp':
      // From the stores a page up stops at the first store; the header is one more arrow away.
      return at(focus.row < 0 ? -1 : Math.max(0, focus.row - bounds.pageRows), focus.col);
    case 'PageDown':
      return at(Math.min(lastRow, focus.row + bounds.pageRows), focus.col);
    default:
      return null;
  }
}
