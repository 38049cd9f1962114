/** The cell whose details card is open, and where it is on screen. */
export interface HoveredCell {
  storeId: number;
  metricKey: string;
  element: HTMLElement;
  rect: { left: number; top: number; width: number; height: number };
}

const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 150;

/**
 * One details card serves the whole grid. Mounting a hover card in each of thousands of
 * cells would cost every scroll frame; instead the grid reports pointer and focus moves here
 * (by event delegation) and only the card re-renders. A card opens after a short pause, so
 * sweeping the pointer across the grid opens nothing, and stays open while the pointer
 * moves from the cell into the card.
 */
export class CellHoverController {
  private current: HoveredCell | null = null;
  private readonly listeners = new Set<() => void>();
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: HTMLElement | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): HoveredCell | null => this.current;

  /** The pointer or the focus arrived on a metric cell. */
  readonly enter = (element: HTMLElement): void => {
    clearTimeout(this.closeTimer);
    if (this.current?.element === element || this.pending === element) return;
    clearTimeout(this.openTimer);
    this.pending = element;
    this.openTimer = setTimeout(() => {
      this.pending = null;
      if (element.isConnected) this.show(element);
    }, OPEN_DELAY_MS);
  };

  /** The pointer or the focus left a cell or the card: close unless it comes back at once. */
  readonly leave = (): void => {
    clearTimeout(this.openTimer);
    this.pending = null;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.set(null), CLOSE_DELAY_MS);
  };

  /** The pointer entered the open card. */
  readonly keep = (): void => {
    clearTimeout(this.closeTimer);
  };

  /** Scrolling, Escape or leaving the page: the card's anchor is no longer where it was. */
  readonly close = (): void => {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    this.set(null);
  };

  private show(element: HTMLElement): void {
    const storeId = Number(element.dataset.storeId);
    const metricKey = element.dataset.metric;
    if (!storeId || !metricKey) return;
    const { left, top, width, height } = element.getBoundingClientRect();
    this.set({ storeId, metricKey, element, rect: { left, top, width, height } });
  }

  private set(next: HoveredCell | null): void {
    if (this.current === next) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
