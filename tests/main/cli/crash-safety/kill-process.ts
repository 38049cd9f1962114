import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const BUILT_CLI = resolve(__dirname, '../../../../out/main/cli.js');

export function requireBuiltCli(): void {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npx electron-vite build" first`);
}

export interface KilledRun {
  /** True when the process was still running and got SIGKILL; false when it finished first. */
  killed: boolean;
  elapsedMs: number;
}

/** Runs the built CLI and kills it with SIGKILL after `killAfterMs` (Infinity: let it finish). */
export function runCliAndKill(args: string[], killAfterMs: number): Promise<KilledRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [BUILT_CLI, ...args], { stdio: 'ignore' });
  let killed = false;
  const timer = Number.isFinite(killAfterMs)
    ? setTimeout(() => {
        killed = child.kill('SIGKILL');
      }, killAfterMs)
    : null;
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (!killed && code !== 0) reject(new Error(`storefleet ${args.join(' ')} failed with ${code ?? signal}`));
      else resolvePromise({ killed: killed && signal === 'SIGKILL', elapsedMs: performance.now() - started });
    });
  });
}

/** A small deterministic generator (mulberry32), so a failing trial can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
