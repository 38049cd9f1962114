import { afterEach, describe, expect, it } from 'vitest';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';
import { appErrorOf } from '../../../helpers/expect-app-error';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function backend(): TestBackend {
  const b = openTestBackend();
  cleanups.push(() => b.dispose());
  return b;
}

/** A syntactically fine CSV of about `megabytes` MB, so only its size can be the reason to refuse it. */
function csvOf(megabytes: number): string {
  const line = 'Nowhere,amazon.sessions,2026-10-31,100\n';
  return Buffer.from(`store,metric,date,value\n${line.repeat(Math.ceil((megabytes * 1024 * 1024) / line.length))}`).toString('base64');
}

describe('import size limit', () => {
  it('defaults to the 64 MB the API carries (a million-row CSV is about 56 MB) and can be lowered per workspace', () => {
    const b = backend();
    expect(b.api.call('settings.get').maxImportMegabytes).toBe(64);
    expect(b.api.call('settings.update', { maxImportMegabytes: 1 }).maxImportMegabytes).toBe(1);
    expect(appErrorOf(() => b.api.call('settings.update', { maxImportMegabytes: 65 })).details?.issues?.[0]?.field).toBe('maxImportMegabytes');
  });

  it('refuses a file over the limit before parsing it, naming the file, its size and the limit', async () => {
    const b = backend();
    b.api.call('settings.update', { maxImportMegabytes: 1 });
    for (const procedure of ['imports.preview', 'imports.run'] as const) {
      const answer = await b.api.handle(procedure, { fileName: 'huge.csv', contentBase64: csvOf(1.2) });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: [{ field: 'contentBase64', code: 'too_large' }] } } });
      expect(JSON.stringify(answer)).toMatch(/huge\.csv is 1\.2 MB; files over 1 MB are refused before reading/);
    }
    expect(countRows(b, 'import_batches')).toBe(0);
  });

  it('reads a file under the limit as usual', async () => {
    const b = backend();
    b.api.call('settings.update', { maxImportMegabytes: 2 });
    const answer = await b.api.handle('imports.preview', { fileName: 'ok.csv', contentBase64: csvOf(1.2) });
    expect(answer.ok).toBe(true);
  });
});
