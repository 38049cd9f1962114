/** Where the autosave stands, for the indicator beside the document. */
export type AutosaveState =
  | { kind: 'saved'; savedAt: string }
  /** Changed since the last save; a save is scheduled. */
  | { kind: 'pending'; savedAt: string }
  | { kind: 'saving'; savedAt: string }
  /** The last save failed; the next change, blur or retry tries again. */
  | { kind: 'failed'; savedAt: string; error: unknown }
  /** Saving is over for this editor (the case moved on, or it was read-only from the start). */
  | { kind: 'stopped'; savedAt: string; error: unknown };

export interface AutosaveOptions<C, R> {
  /** Writes `content`; resolves with what the backend answered, rejects when it refused. */
  save: (content: C) => Promise<R>;
  /** When the backend's answer says when the content was saved. */
  savedAtOf: (result: R) => string;
  /** Errors after which no save may be tried again (a stale revision, a submitted case). */
  isFinal: (error: unknown) => boolean;
  /** The content as last saved, and when. */
  initial: C;
  initialSavedAt: string;
  delayMs: number;
  onSaved?: (result: R, content: C) => void;
  timers?: { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

/**
 * Debounced autosave: a change schedules a save `delayMs` later (each further change pushes it
 * back), `flush()` saves at once (on blur, before a transition or an export), and saves never
 * overlap: a change made while one is under way is saved right after it. Content is compared by
 * its JSON, so going back to the saved text cancels the pending save.
 */
export class AutosaveController<C, R> {
  private state: AutosaveState;
  private saved: string;
  private latest: C;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly timers: NonNullable<AutosaveOptions<C, R>['timers']>;

  constructor(private readonly options: AutosaveOptions<C, R>) {
    this.latest = options.initial;
    this.saved = JSON.stringify(options.initial);
    this.state = { kind: 'saved', savedAt: options.initialSavedAt };
    this.timers = options.timers ?? {
      set: (run, ms) => setTimeout(run, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True while the content differs from what the backend holds. */
  get dirty(): boolean {
    return JSON.stringify(this.latest) !== this.saved;
  }

  edit(content: C): void {
    this.latest = content;
    if (this.state.kind === 'stopped') return;
    this.cancelTimer();
    if (!this.dirty) {
      if (this.state.kind !== 'saving') this.setState({ kind: 'saved', savedAt: this.state.savedAt });
      return;
    }
    if (this.state.kind !== 'saving') this.setState({ kind: 'pending', savedAt: this.state.savedAt });
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Saves what is unsaved now; true once the backend holds the latest content. */
  async flush(): Promise<boolean> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (this.state.kind === 'stopped') return false;
    if (!this.dirty) return true;
    const content = this.latest;
    const json = JSON.stringify(content);
    let ok = false;
    this.setState({ kind: 'saving', savedAt: this.state.savedAt });
    this.inFlight = this.options
      .save(content)
      .then((result) => {
        this.saved = json;
        ok = true;
        const savedAt = this.options.savedAtOf(result);
        this.setState(this.dirty ? { kind: 'pending', savedAt } : { kind: 'saved', savedAt });
        this.options.onSaved?.(result, content);
      })
      .catch((error: unknown) => {
        const kind = this.options.isFinal(error) ? 'stopped' : 'failed';
        this.setState({ kind, savedAt: this.state.savedAt, error });
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    // Typed while the save was under way: save that too (a failure waits for the next change).
    if (ok && this.dirty) return this.flush();
    return ok;
  }

  /** No more saves from this editor: it shows `error` as the reason. */
  stop(error: unknown): void {
    this.cancelTimer();
    this.setState({ kind: 'stopped', savedAt: this.state.savedAt, error });
  }

  /** Cancels a scheduled save; subscribers leave through their own unsubscribe. */
  dispose(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private setState(state: AutosaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
