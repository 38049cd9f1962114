import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveController } from '../../../../src/renderer/src/pages/poa/editor/autosave-controller';

interface Doc {
  text: string;
}

/** A backend that answers each save when the test says so. */
function fakeBackend() {
  const calls: { content: Doc; resolve: (at: string) => void; reject: (error: unknown) => void }[] = [];
  const save = (content: Doc) =>
    new Promise<{ savedAt: string }>((resolve, reject) => calls.push({ content, resolve: (savedAt) => resolve({ savedAt }), reject }));
  return { calls, save };
}

const FINAL = { code: 'conflict', message: 'stale', details: { reason: 'stale_revision' } };

function controllerWith(save: (content: Doc) => Promise<{ savedAt: string }>, onSaved = vi.fn()) {
  return new AutosaveController<Doc, { savedAt: string }>({
    save,
    savedAtOf: (result) => result.savedAt,
    isFinal: (error) => error === FINAL,
    initial: { text: 'saved' },
    initialSavedAt: 't0',
    delayMs: 2000,
    onSaved,
  });
}

/** Lets the promise callbacks of a save run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves two seconds after the last change, not after every keystroke', async () => {
    const backend = fakeBackend();
    const autosave = controllerWith(backend.save);
    autosave.edit({ text: 's' });
    await vi.advanceTimersByTimeAsync(1500);
    autosave.edit({ text: 'sa' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(backend.calls).toHaveLength(0);
    expect(autosave.getState()).toEqual({ kind: 'pending', savedAt: 't0' });
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.calls.map((call) => call.content.text)).toEqual(['sa']);
    expect(autosave.getState().kind).toBe('saving');
    backend.calls[0]!.resolve('t1');
    await settle();
    expect(autosave.getState()).toEqual({ kind: 'saved', savedAt: 't1' });
    expect(autosave.dirty).toBe(false);
  });

  it('saves at once on flush (a blur, a transition) and says whether the backend holds the latest text', async () => {
    const backend = fakeBackend();
    const autosave = controllerWith(backend.save);
    autosave.edit({ text: 'typed' });
    const flushed = autosave.flush();
    await settle();
    backend.calls[0]!.resolve('t1');
    expect(await flushed).toBe(true);
    // Nothing new: no call.
    expect(await autosave.flush()).toBe(true);
    expect(backend.calls).toHaveLength(1);
  });

  it('cancels the pending save when the text goes back to what was saved', async () => {
    const backend = fakeBackend();
    const autosave = controllerWith(backend.save);
    autosave.edit({ text: 'savedx' });
    autosave.edit({ text: 'saved' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(backend.calls).toHaveLength(0);
    expect(autosave.getState().kind).toBe('saved');
  });

  it('never overlaps saves: what is typed during one is saved right after it', async () => {
    const backend = fakeBackend();
    const onSaved = vi.fn();
    const autosave = controllerWith(backend.save, onSaved);
    autosave.edit({ text: 'one' });
    const first = autosave.flush();
    await settle();
    autosave.edit({ text: 'one two' });
    const second = autosave.flush();
    await settle();
    expect(backend.calls).toHaveLength(1);
    backend.calls[0]!.resolve('t1');
    await settle();
    expect(backend.calls.map((call) => call.content.text)).toEqual(['one', 'one two']);
    backend.calls[1]!.resolve('t2');
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(autosave.getState()).toEqual({ kind: 'saved', savedAt: 't2' });
    expect(onSaved.mock.calls.map(([, content]) => (content as Doc).text)).toEqual(['one', 'one two']);
  });

  it('reports a failed save and tries again with the next change', async () => {
    const backend = fakeBackend();
    const autosave = controllerWith(backend.save);
    autosave.edit({ text: 'offline' });
    const flushed = autosave.flush();
    await settle();
    backend.calls[0]!.reject(new Error('unreachable'));
    expect(await flushed).toBe(false);
    expect(autosave.getState()).toMatchObject({ kind: 'failed', savedAt: 't0' });
    autosave.edit({ text: 'offline again' });
    expect(autosave.getState().kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(2000);
    expect(backend.calls).toHaveLength(2);
  });

  it('stops for good after a refusal that no retry can fix (the case moved to another revision)', async () => {
    const backend = fakeBackend();
    const autosave = controllerWith(backend.save);
    autosave.edit({ text: 'late' });
    const flushed = autosave.flush();
    await settle();
    backend.calls[0]!.reject(FINAL);
    expect(await flushed).toBe(false);
    expect(autosave.getState()).toEqual({ kind: 'stopped', savedAt: 't0', error: FINAL });
    autosave.edit({ text: 'later' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await autosave.flush()).toBe(false);
    expect(backend.calls).toHaveLength(1);
  });

  it('tells subscribers of every change of state', async () => {
    const backend = fakeBackend();
    const autosave = controllerWith(backend.save);
    const seen: string[] = [];
    const unsubscribe = autosave.subscribe(() => seen.push(autosave.getState().kind));
    autosave.edit({ text: 'x' });
    const flushed = autosave.flush();
    await settle();
    backend.calls[0]!.resolve('t1');
    await flushed;
    unsubscribe();
    autosave.stop(null);
    expect(seen).toEqual(['pending', 'saving', 'saved']);
  });
});
