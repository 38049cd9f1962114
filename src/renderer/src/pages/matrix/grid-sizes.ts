/**
 * Fixed sizes in pixels. Rows and columns are never measured: fixed sizes let the virtualiser
 * place any of 1,000 rows × 200 columns by arithmetic, with no layout read while scrolling.
 */
export const GRID_SIZES = {
  header: 68,
  row: 46,
  group: 36,
  store: 232,
  health: 84,
  metric: 124,
} as const;

/** The store name and health score stay on screen while the metric columns scroll under them. */
export const STICKY_WIDTH = GRID_SIZES.store + GRID_SIZES.health;
