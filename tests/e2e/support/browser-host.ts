import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

// Drives the built renderer through the browser host (`storefleet serve`) against a real
// workspace file. Needs `npm run build` first: it starts out/main/cli.js and builds nothing.

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'out/main/cli.js');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Server {
  url: string;
  process: ChildProcess;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the end-to-end tests.`);
}

/** Runs a CLI command to prepare a workspace (e.g. `demo`), failing loudly if it fails. */
export function runCliSync(...args: string[]): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`storefleet ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** Starts the browser host on a free port; its first stdout line carries the address. */
export function startServer(db: string): Promise<Server> {
  return new Promise((resolveServer, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => reject(new Error(`storefleet serve printed no address in 20 s. ${stderr}`)), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`storefleet serve exited with ${code}: ${stderr}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const url = /https?:\/\/\S+/.exec(line)?.[0];
      if (url) resolveServer({ url, process: child });
      else reject(new Error(`No address in the first line of storefleet serve: ${line}`));
    });
  });
}

export function stopServer(server: Server | undefined): Promise<void> {
  const child = server?.process;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
  /** Uncaught page errors and console errors, for a final "no errors" assertion. */
  errors: string[];
}

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function openBrowser(locale = 'en-US'): Promise<BrowserSession> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  // Fail a step with Playwright's own message before vitest's test timeout hides it.
  page.setDefaultTimeout(8_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { browser, page, errors };
}

/** Picks an option of a Mantine Select by its visible label. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

export function screenshotsDir(): string {
  return process.env.STOREFLEET_E2E_SHOTS ?? join(tmpdir(), 'storefleet-e2e-screenshots');
}
