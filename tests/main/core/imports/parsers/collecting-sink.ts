import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportSink, ParsedRecord, ParseIssue } from '../../../../../src/main/core/imports/import-sink';

export interface CollectingSink extends ImportSink {
  records: ParsedRecord[];
  issues: ParseIssue[];
}

/** A sink that keeps everything, for assertions; fine for test-sized files only. */
export function collectingSink(): CollectingSink {
  const records: ParsedRecord[] = [];
  const issues: ParseIssue[] = [];
  return { records, issues, record: (record) => records.push(record), issue: (issue) => issues.push(issue) };
}

export function readFixture(name: string): Buffer {
  return readFileSync(resolve(__dirname, '../../../../fixtures/imports', name));
}

/** The one record of a metric (and marketplace or store), failing loudly when it is not exactly one. */
export function recordOf(records: readonly ParsedRecord[], metricKey: string, store?: string): ParsedRecord {
  const matches = records.filter((record) => {
    if (record.metricKey !== metricKey) return false;
    if (store === undefined) return true;
    const ref = record.storeRef;
    return ref !== null && ('marketplaceId' in ref ? ref.marketplaceId === store : ref.column === store);
  });
  if (matches.length !== 1) throw new Error(`expected one ${metricKey} record${store ? ` for ${store}` : ''}, found ${matches.length}`);
  return matches[0] as ParsedRecord;
}
