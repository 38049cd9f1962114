import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/main/core/imports/parsers/tabular/parse-delimited';
import { cli } from '../../helpers/run-cli-in-process';
import { demoWorkspaceCopies } from '../../helpers/demo-workspace-copies';

interface MatrixJson {
  storeId: number;
  displayName: string;
  clientId: number;
  healthScore: number;
}

const workspace = demoWorkspaceCopies('--clients', '3', '--stores', '8', '--days', '10', '--end', '2026-11-19');
let db: string;
let dir: string;
beforeEach(() => ({ db, dir } = workspace()));

async function matrix(...args: string[]): Promise<MatrixJson[]> {
  return JSON.parse((await cli('matrix', '--db', db, '--json', ...args)).stdout) as MatrixJson[];
}

function csvRows(file: string): string[][] {
  const rows: string[][] = [];
  parseDelimited(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',', onRow: (fields) => rows.push(fields) });
  return rows;
}

describe('storefleet kpi export', () => {
  it('writes every live store, most at risk first, with the columns of a preset, in the language asked for', async () => {
    const out = join(dir, 'matrix.csv');
    const run = await cli('kpi', 'export', '--db', db, '--out', out, '--preset', 'amazon_account_health', '--language', 'zh-CN');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Wrote 8 stores × \d+ metrics to .*matrix\.csv \(\d+ bytes\)\.\n$/);
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(out);
    expect(header?.slice(0, 8)).toEqual(['店铺', '客户', '平台', '站点', '阶段', '客户经理', '健康分', '最差状态']);
    const scores = rows.map((row) => Number(row[6]));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set((await matrix()).map((row) => row.displayName)));
  });

  it('writes an XLSX with the metrics named, for one client, and says so on the About sheet', async () => {
    const [first] = await matrix();
    const out = join(dir, 'northpeak.xlsx');
    const run = await cli('kpi', 'export', '--db', db, '--out', out, '--metrics', 'amazon.odr_mfn, amazon.late_shipment_rate', '--client', String(first!.clientId), '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { format: string; stores: number; metrics: number };
    expect(summary).toMatchObject({ format: 'xlsx', metrics: 2, stores: (await matrix('--client', String(first!.clientId))).length });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'About']);
    expect(workbook.worksheets[0]!.getRow(1).getCell(9).value).toBe('Order defect rate (seller-fulfilled) (%)');
    const about = workbook.getWorksheet('About')!;
    expect(about.getRow(5).values).toEqual([undefined, 'Filters', expect.stringMatching(/^Client: /)]);
  });

  it('replaces an existing file whole and leaves no partial file behind', async () => {
    const out = join(dir, 'matrix.csv');
    writeFileSync(out, 'old content that must go');
    expect((await cli('kpi', 'export', '--db', db, '--out', out, '--preset', 'tiktok_shop')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('old content');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('takes the format from the file name, and refuses a format that contradicts it', async () => {
    const mismatch = await cli('kpi', 'export', '--db', db, '--out', join(dir, 'm.xlsx'), '--format', 'csv', '--preset', 'ads');
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('--format csv does not match the file name');
    const unknown = await cli('kpi', 'export', '--db', db, '--out', join(dir, 'm.txt'), '--preset', 'ads');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('give --format csv or xlsx');
    expect((await cli('kpi', 'export', '--db', db, '--out', join(dir, 'm.txt'), '--format', 'csv', '--preset', 'ads')).code).toBe(0);
  });

  it('needs exactly one of --preset and --metrics (exit 2)', async () => {
    const out = join(dir, 'm.csv');
    const neither = await cli('kpi', 'export', '--db', db, '--out', out);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('give --preset');
    expect((await cli('kpi', 'export', '--db', db, '--out', out, '--preset', 'ads', '--metrics', 'ads.acos')).code).toBe(2);
    expect((await cli('kpi', 'export', '--db', db, '--out', out, '--preset', 'everything')).code).toBe(2);
    expect((await cli('kpi', 'export', '--db', db, '--out', out, '--preset', 'ads', '--language', 'fr')).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown metric and a missing folder (exit 1), writing nothing', async () => {
    const out = join(dir, 'm.csv');
    const metric = await cli('kpi', 'export', '--db', db, '--out', out, '--metrics', 'amazon.odr_mfn,amazon.mood');
    expect(metric.code).toBe(1);
    expect(metric.stderr).toContain('metricKeys.1: "amazon.mood" is not a metric of the catalog');
    const folder = await cli('kpi', 'export', '--db', db, '--out', join(dir, 'nowhere', 'm.csv'), '--preset', 'ads');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('does not exist');
    expect(readdirSync(dir).filter((name) => !name.startsWith('workspace.sqlite'))).toEqual([]);
  });
});

describe('storefleet alerts filters', () => {
  it('lists by status, severity, metric and assignee, and refuses a severity it does not know', async () => {
    const open = JSON.parse((await cli('alerts', '--db', db, '--json')).stdout) as { id: number; severity: string; metricKey: string }[];
    expect(open.length).toBeGreaterThan(0);
    const critical = JSON.parse((await cli('alerts', '--db', db, '--severity', 'critical', '--json')).stdout) as { severity: string }[];
    expect(critical.every((a) => a.severity === 'critical')).toBe(true);
    const metricKey = open[0]!.metricKey;
    const byMetric = JSON.parse((await cli('alerts', '--db', db, '--metric', metricKey, '--json')).stdout) as { metricKey: string }[];
    expect(byMetric.every((a) => a.metricKey === metricKey)).toBe(true);
    expect((await cli('alerts', '--db', db, '--status', 'acknowledged', '--json')).stdout).toBe('[]\n');
    expect(JSON.parse((await cli('alerts', '--db', db, '--assignee', '', '--json')).stdout)).toHaveLength(open.length);
    const bad = await cli('alerts', '--db', db, '--severity', 'urgent');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('critical, warning, info');
  });
});
