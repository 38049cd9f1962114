import { eq } from 'drizzle-orm';
import { MARKETPLACES, type Marketplace } from '@shared/domain/marketplaces';
import type { Platform, StoreStage, StoreStatus } from '@shared/domain/stores';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { clients, importBatches, stores } from '../db/schema';
import { demoAnnotations } from './demo-annotations';
import { generateDemoContracts, type DemoContractsSummary } from './demo-contracts';
import { demoProfiles, type DemoMetricProfile } from './demo-metric-profiles';
import { generateDemoPlanning, type DemoPlanningSummary } from './demo-planning';
import { generateDemoPoaCases, type DemoPoaStore } from './demo-poa-cases';
import { orderDefectComponent, splitOrderDefects } from './demo-order-defects';
import { demoSnapshotValues, type StoreScale } from './demo-snapshot-values';
import { DEMO_ACCOUNT_MANAGERS, DEMO_CATEGORIES, DEMO_CLIENTS } from './demo-names';
import { SeededRandom } from './seeded-random';

export interface DemoOptions {
  clients: number;
  stores: number;
  days: number;
  seed: number;
  /** Last day of data (YYYY-MM-DD, UTC). Defaults to today. */
  endDate?: string;
}

export interface DemoSummary {
  clients: number;
  stores: number;
  snapshots: number;
  poaCases: number;
  importBatchId: number;
  from: string;
  to: string;
  agency: DemoContractsSummary;
  planning: DemoPlanningSummary;
}

export const DEMO_DEFAULTS: DemoOptions = { clients: 8, stores: 24, days: 120, seed: 42 };

type Trajectory = 'healthy' | 'drifting' | 'breached';
/** Most stores are fine; every seventh drifts towards a breach, some have crossed it. */
const TRAJECTORIES: Trajectory[] = ['healthy', 'healthy', 'drifting', 'healthy', 'breached', 'healthy', 'drifting'];
const STORE_KINDS: { platform: Platform; marketplace: Marketplace }[] = [
  { platform: 'amazon', marketplace: 'US' },
  { platform: 'amazon', marketplace: 'JP' },
  { platform: 'tiktok_shop', marketplace: 'US' },
  { platform: 'shopify', marketplace: 'US' },
  { platform: 'other', marketplace: 'US' },
];
const STAGES: StoreStage[] = ['mature', 'growth', 'cold_start', 'growth'];
const DAY_MS = 86_400_000;
const PLATFORM_NAMES: Record<Platform, string> = { amazon: 'Amazon', tiktok_shop: 'TikTok', shopify: 'Shopify', other: 'Creator' };

/** "Kitsune Amazon JP"; client × kind combinations repeat after 40 stores, so a number follows. */
function demoStoreName(brand: string, kind: (typeof STORE_KINDS)[number], index: number): string {
  const name = `${brand} ${PLATFORM_NAMES[kind.platform]} ${kind.marketplace}`;
  return index < 40 ? name : `${name} #${index + 1}`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function sellerIdFor(rng: SeededRandom, platform: Platform, index: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  const random = (n: number) => Array.from({ length: n }, () => rng.pick([...alphabet])).join('');
  switch (platform) {
    case 'amazon':
      return `A${random(12)}`;
    case 'tiktok_shop':
      return `7${String(rng.int(100_000_000, 999_999_999))}${index}`;
    case 'shopify':
      return `shop-${random(6).toLowerCase()}.myshopify.com`;
    case 'other':
      return `creator-${random(8).toLowerCase()}`;
  }
}

/** A store in trouble is in trouble on a few metrics, not all: two breach (or drift), one more drifts. */
function troubledMetrics(rng: SeededRandom, profiles: DemoMetricProfile[], trajectory: Trajectory): Map<string, Trajectory> {
  const troubles = new Map<string, Trajectory>();
  if (trajectory === 'healthy') return troubles;
  const candidates = profiles.filter((p) => p.kind !== 'money' && p.breach !== p.healthy);
  const plan: Trajectory[] = trajectory === 'breached' ? ['breached', 'breached', 'drifting'] : ['drifting', 'drifting'];
  for (const wanted of plan) {
    const free = candidates.filter((p) => !troubles.has(p.key));
    if (free.length > 0) troubles.set(rng.pick(free).key, wanted);
  }
  return troubles;
}

function trendValue(profile: DemoMetricProfile, trajectory: Trajectory, progress: number): number {
  const span = profile.breach - profile.healthy;
  if (trajectory === 'drifting') return profile.healthy + span * 0.85 * progress * progress;
  if (trajectory === 'breached') return profile.healthy + span * Math.min(1.08, progress * 1.5);
  return profile.healthy;
}

/**
 * Fills the workspace with a deterministic, plausible agency portfolio: the same options give
 * the same rows. Writes through one import batch so the demo can be undone like any import.
 */
export function generateDemoWorkspace(ctx: CoreContext, partial: Partial<DemoOptions> = {}): DemoSummary {
  const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  const options: DemoOptions = { ...DEMO_DEFAULTS, ...given };
  const rng = new SeededRandom(options.seed);
  // Notes and plans of action draw from their own sequences, so the demo's numbers stay what they
  // were before either existed.
  const noteRng = new SeededRandom(options.seed + 1);
  const poaRng = new SeededRandom(options.seed + 2);
  const at = ctx.now().toISOString();
  const endMs = Date.parse(`${options.endDate ?? at.slice(0, 10)}T00:00:00Z`);
  const { db, sqlite } = ctx.workspace;

  return sqlite.transaction(() => {
    const batch = db
      .insert(importBatches)
      .values({ source: 'demo', sourceName: `Demo workspace (seed ${options.seed})`, actor: ctx.actor, createdAt: at })
      .returning({ id: importBatches.id })
      .get();

    const clientIds: number[] = [];
    for (let i = 0; i < options.clients; i++) {
      const template = DEMO_CLIENTS[i % DEMO_CLIENTS.length]!;
      const round = Math.floor(i / DEMO_CLIENTS.length);
      const row = db
        .insert(clients)
        .values({
          name: round === 0 ? template.name : `${template.name} ${round + 1}`,
          contactName: template.contact,
          contactEmail: `account${i + 1}@client.example`,
          language: template.language,
          reportingCurrency: template.currency,
          notes: null,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: clients.id })
        .get();
      clientIds.push(row.id);
    }

    const insertSnapshot = sqlite.prepare(
      `INSERT INTO metric_snapshots (store_id, metric_key, value, amount_minor, currency, numerator, denominator,
         window_from, window_to, platform_target, platform_target_condition, platform_status, import_batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertNote = sqlite.prepare(
      'INSERT INTO annotations (store_id, date, text, actor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let snapshotCount = 0;
    let noteCount = 0;
    const storeIds: number[] = [];
    const poaStores: DemoPoaStore[] = [];

    for (let s = 0; s < options.stores; s++) {
      const kind = STORE_KINDS[s % STORE_KINDS.length]!;
      const trajectory = TRAJECTORIES[s % TRAJECTORIES.length]!;
      const stage = STAGES[s % STAGES.length]!;
      const market = MARKETPLACES[kind.marketplace];
      const clientIndex = s % Math.max(1, clientIds.length);
      const status: StoreStatus = trajectory === 'breached' ? (Math.floor(s / TRAJECTORIES.length) % 2 === 1 ? 'suspended' : 'at_risk') : 'active';
      const category = rng.pick(DEMO_CATEGORIES);
      const client = DEMO_CLIENTS[clientIndex % DEMO_CLIENTS.length]!;
      const brand = client.name.split(' ')[0] ?? 'Store';
      const manager = DEMO_ACCOUNT_MANAGERS[s % DEMO_ACCOUNT_MANAGERS.length]!;
      const store = db
        .insert(stores)
        .values({
          clientId: clientIds[clientIndex]!,
          displayName: demoStoreName(brand, kind, s),
          platform: kind.platform,
          marketplace: kind.marketplace,
          sellerId: sellerIdFor(rng, kind.platform, s),
          currency: market.currency,
          timeZone: market.timeZone,
          stage,
          category,
          accountManager: manager,
          status,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: stores.id })
        .get();

      const scale: StoreScale =
        market.currency === 'JPY'
          ? { dailyOrders: rng.int(15, 120), averagePrice: rng.between(2500, 7000), minorDigits: 0 }
          : { dailyOrders: rng.int(30, 400), averagePrice: rng.between(18, 60), minorDigits: 2 };

      const profiles = demoProfiles({ ...kind, stage }, isoDay(endMs));
      const troubles = troubledMetrics(rng, profiles, trajectory);
      storeIds.push(store.id);
      poaStores.push({ id: store.id, platform: kind.platform, marketplace: kind.marketplace, manager });
      // The first trouble planned is the store's headline problem: the notes tell its story.
      const [troubledKey, troubledAs] = [...troubles][0] ?? [];
      if (troubledKey && troubledAs && troubledAs !== 'healthy') {
        for (const note of demoAnnotations(noteRng, client.language, { metricKey: troubledKey, trajectory: troubledAs, marketplace: kind.marketplace })) {
          const day = isoDay(endMs - Math.round((1 - note.at) * (options.days - 1)) * DAY_MS);
          insertNote.run(store.id, day, note.text, manager, at, at);
          noteCount++;
        }
      }
      // Orders with a defect per day, by ODR metric, so the kinds of defect add up to them.
      const defectiveOrders = new Map<string, number[]>();
      for (const profile of profiles) {
        const metricTrajectory = troubles.get(profile.key) ?? 'healthy';
        const component = orderDefectComponent(profile.key);
        let wobble = 0;
        for (let d = 0; d < options.days; d++) {
          const dayMs = endMs - (options.days - 1 - d) * DAY_MS;
          const progress = options.days > 1 ? d / (options.days - 1) : 1;
          wobble = wobble * 0.7 + rng.noise(Math.abs(profile.breach - profile.healthy) * 0.12);
          const weekly = 1 + 0.08 * Math.sin((2 * Math.PI * d) / 7);
          const level = trendValue(profile, metricTrajectory, progress) + wobble;
          const row = demoSnapshotValues(profile, level, weekly, scale, market.currency);
          if (row.numerator !== null && profile.key.startsWith('amazon.odr_')) {
            const days = defectiveOrders.get(profile.key) ?? [];
            days[d] = row.numerator;
            defectiveOrders.set(profile.key, days);
          }
          const parent = component ? defectiveOrders.get(component.rateKey)?.[d] : undefined;
          if (component && parent !== undefined) row.value = splitOrderDefects(parent, d)[component.kind];
          insertSnapshot.run(
            store.id,
            profile.key,
            row.value,
            row.amountMinor,
            row.currency,
            row.numerator,
            row.denominator,
            isoDay(dayMs - (profile.windowDays - 1) * DAY_MS),
            isoDay(dayMs),
            profile.target?.value ?? null,
            profile.target?.condition ?? null,
            row.platformStatus,
            batch.id,
          );
          snapshotCount++;
        }
      }
    }

    db.update(importBatches).set({ rowCount: snapshotCount, storeIds, format: 'demo' }).where(eq(importBatches.id, batch.id)).run();
    const period = { from: isoDay(endMs - (options.days - 1) * DAY_MS), to: isoDay(endMs) };
    const poaCases = generateDemoPoaCases(ctx, poaStores, period, poaRng);
    // Contracts draw from a sequence of their own too, and come last: baselines need the snapshots.
    const agency = generateDemoContracts(ctx, new SeededRandom(options.seed + 2), period);
    // Planning is deterministic without a random sequence; it rewrites one store's ODR, so it
    // comes after everything that reads the snapshots as generated.
    const planning = generateDemoPlanning(ctx, period);
    recordAudit(ctx, {
      action: 'generate',
      entity: 'demo',
      entityId: batch.id,
      details: { ...options, snapshots: snapshotCount, annotations: noteCount, poaCases, ...agency, planning },
    });
    return {
      clients: options.clients,
      stores: options.stores,
      snapshots: snapshotCount,
      poaCases,
      importBatchId: batch.id,
      ...period,
      agency,
      planning,
    };
  })();
}
