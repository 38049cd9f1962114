import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertBuilt, openBrowser, runCliSync, startServer, stopServer } from '../../tests/e2e/support/browser-host';
import { median, printTable, scratchDir } from './bench-support';

// The store page in Chromium through `storefleet serve` on a demo workspace of 1,000 stores with
// a year of daily data. Needs `out/` built. STORE_UI_BENCH_DB reuses a workspace made earlier
// with `storefleet demo --stores 1000 --days 365` (generating one takes minutes).

const STORES = Number(process.env.BENCH_STORES ?? 1000);
const DAYS = 365;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RANGES = [90, 365] as const;
const VIEWPORTS = [
  { name: 'laptop 1280×800', width: 1280, height: 800 },
  { name: 'tall 1280×2400', width: 1280, height: 2400 },
] as const;

interface Sample {
  /** From the in-app navigation to every chart on screen drawn. */
  navigationMs: number;
  /** From the series answer arriving to every chart on screen drawn: the 500 ms target. */
  afterDataMs: number;
  seriesMs: number;
  charts: number;
  points: number;
}

/** Matches the rootMargin of the charts' lazy drawing (useOnceVisible). */
const LAZY_MARGIN_PX = 240;

/** What the instrumentation below puts on `window` for the benchmark to call. */
interface StoreBench {
  seriesSent: number;
  seriesArrived: number;
  /** Opens a route and answers the time it did so. */
  navigate(hash: string): number;
  /** The time once every chart card due on screen shows the range of `days` fully drawn, else false. */
  renderedAt(days: number): number | false;
}

/** The page's global object, as the functions handed to Chromium see it (they cannot close over anything here). */
type BenchGlobal = { storeBench: StoreBench };

/**
 * Runs in the page before the app (an init script, which the app's CSP allows where eval is
 * not): notes when the series call leaves and when its answer is in, and tells when the charts
 * due on screen are drawn. Cards further down draw lazily, on scrolling, and are not waited for.
 */
const INSTRUMENTATION = `
  const originalFetch = window.fetch.bind(window);
  window.storeBench = {
    seriesSent: 0,
    seriesArrived: 0,
    navigate(hash) {
      this.seriesSent = 0;
      this.seriesArrived = 0;
      const now = performance.now();
      window.location.hash = hash;
      return now;
    },
    renderedAt(days) {
      const picker = document.querySelector('[data-testid="range-picker"]');
      const grid = document.querySelector('[data-testid="chart-grid"]');
      if (!picker || !grid || picker.getAttribute('data-range') !== String(days)) return false;
      if (grid.getAttribute('data-from') !== picker.getAttribute('data-from') || grid.hasAttribute('data-loading')) return false;
      // The cards the page draws at once: on screen, or close enough below it (the lazy-draw margin).
      const due = [...grid.querySelectorAll('[data-testid="metric-chart"]')].filter((card) => {
        const box = card.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight + ${LAZY_MARGIN_PX};
      });
      const drawn = due.every((card) => card.querySelector('[data-testid="trend-chart"][data-rendered="true"]'));
      return due.length > 0 && drawn ? performance.now() : false;
    },
  };
  window.fetch = async (input, init) => {
    const series = typeof init?.body === 'string' && init.body.includes('"procedure":"series.get"');
    if (series) window.storeBench.seriesSent = performance.now();
    const response = await originalFetch(input, init);
    if (series) response.clone().text().then(() => { window.storeBench.seriesArrived = performance.now(); });
    return response;
  };`;

async function openStoreCharts(page: Page, origin: string, storeId: number, days: number): Promise<Sample> {
  // Start from another screen, as a user coming from the matrix or an alert does.
  await page.goto(`${origin}/#/settings`);
  await page.getByTestId('nav-overview').waitFor();
  const started = await page.evaluate((hash) => (globalThis as unknown as BenchGlobal).storeBench.navigate(hash), `#/stores/${storeId}?range=${days}`);
  const done = await page.waitForFunction((range) => (globalThis as unknown as BenchGlobal).storeBench.renderedAt(range), days, { polling: 'raf', timeout: 30_000 });
  const renderedAt = (await done.jsonValue()) as number;
  const { seriesSent, seriesArrived } = await page.evaluate(() => {
    const { storeBench } = globalThis as unknown as BenchGlobal;
    return { seriesSent: storeBench.seriesSent, seriesArrived: storeBench.seriesArrived };
  });
  const points = await page.getByTestId('metric-chart').evaluateAll((cards) => cards.map((card) => Number(card.getAttribute('data-points'))));
  return {
    navigationMs: renderedAt - started,
    afterDataMs: renderedAt - seriesArrived,
    seriesMs: seriesArrived - seriesSent,
    charts: await page.locator('[data-testid="trend-chart"][data-rendered="true"]').count(),
    points: Math.max(...points),
  };
}

const ms = (values: number[]) => `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;

export async function storeUiBenchmark(): Promise<void> {
  assertBuilt();
  const { dir, cleanup } = scratchDir();
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const session = await openBrowser();
  try {
    let db = process.env.STORE_UI_BENCH_DB;
    if (!db) {
      db = join(dir, 'store-ui.sqlite');
      runCliSync('demo', '--db', db, '--stores', String(STORES), '--days', String(DAYS));
    }
    const stores = (JSON.parse(runCliSync('stores', 'list', '--db', db, '--json')) as { id: number; platform: string }[]).filter(
      (store) => store.platform === 'amazon',
    );
    server = await startServer(db);
    const { page } = session;
    await page.addInitScript({ content: INSTRUMENTATION });
    await page.goto(server.url);
    const origin = new URL(server.url).origin;
    // A first visit pays for parsing the bundle and ECharts' first layout; it is not measured.
    await openStoreCharts(page, origin, stores[0]!.id, 90);

    const rows: [string, string][] = [];
    let next = 1;
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const days of RANGES) {
        const samples: Sample[] = [];
        // A different store each run, so no answer comes from the query cache.
        for (let run = 0; run < RUNS; run++) samples.push(await openStoreCharts(page, origin, stores[next++ % stores.length]!.id, days));
        const label = `${viewport.name}, ${days} days`;
        rows.push(
          [`${label}: charts on screen / points per chart`, `${Math.min(...samples.map((s) => s.charts))}–${Math.max(...samples.map((s) => s.charts))} / up to ${Math.max(...samples.map((s) => s.points))}`],
          [`${label}: series.get round trip`, ms(samples.map((s) => s.seriesMs))],
          [`${label}: series answer → charts drawn`, `${ms(samples.map((s) => s.afterDataMs))} (target ≤ 500 ms)`],
          [`${label}: navigation → charts drawn`, ms(samples.map((s) => s.navigationMs))],
        );
      }
    }
    printTable(`Store page charts, ${stores.length} Amazon stores of a ${DAYS}-day demo workspace, ${RUNS} runs each (Chromium, storefleet serve)`, rows);
  } finally {
    await session.browser.close();
    await stopServer(server);
    cleanup();
  }
}
