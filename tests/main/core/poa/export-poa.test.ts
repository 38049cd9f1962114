import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoaContent } from '../../../../src/shared/api/poa-content-schemas';
import { chromiumPdfPrinter } from '../../../../src/main/cli/pdf/chromium-pdf-printer';
import { docxText, docxXml, pdfText, withoutSpace } from '../../../helpers/document-text';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { seedAmazonStores } from '../../../helpers/poa-content';
import { FIXED_NOW, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const FIXTURE = join(__dirname, '../../../fixtures/imports/seller-performance-us-jp.json');

let backend: TestBackend;
let enCase: number;
let jaCase: number;

const EN_CONTENT: PoaContent = {
  rootCauses: [
    { id: 'rc-1', text: 'Orders of B0ODRAAAA1 shipped with UPS SurePost arrived late.' },
    { id: 'rc-2', text: 'The detail page of B0ODRBBBB2 did not state the model year.\nBuyers received cases that did not fit.' },
  ],
  correctiveActions: [
    { id: 'ca-1', rootCauseId: 'rc-1', text: 'Refunded or reshipped the 41 late orders.', date: '2026-11-02' },
    { id: 'ca-2', rootCauseId: 'rc-2', text: 'Rewrote the detail page of B0ODRBBBB2.', date: '2026-11-03' },
  ],
  preventiveMeasures: [
    { id: 'pm-1', rootCauseId: 'rc-1', text: 'Late deliveries are reviewed per carrier.', owner: 'Logistics lead', frequency: 'weekly' },
    { id: 'pm-2', rootCauseId: 'rc-2', text: 'Detail pages are checked against the specification <before> upload & after.', owner: 'Listing specialist', frequency: 'per_listing' },
  ],
  additionalInformation: '',
  evidence: [],
};

const JA_CONTENT: PoaContent = {
  rootCauses: [{ id: 'rc-1', text: 'B0JPASIN01の注文の一部を、追跡番号のない定形外郵便で発送していました。' }],
  correctiveActions: [{ id: 'ca-1', rootCauseId: 'rc-1', text: '定形外郵便の利用を停止し、すべての注文を宅急便コンパクトで発送しています。', date: '2026-11-02' }],
  preventiveMeasures: [
    { id: 'pm-1', rootCauseId: 'rc-1', text: '配送業者が「その他」で登録された出荷通知を毎日抽出し、当日中に修正します。', owner: '運用責任者', frequency: 'daily' },
  ],
  additionalInformation: '集計期間中の注文数は900件です。',
  evidence: [],
};

beforeAll(async () => {
  backend = openTestBackend(() => FIXED_NOW, { pdfPrinter: chromiumPdfPrinter('/usr/bin/chromium') });
  const { usStore, jpStore } = seedAmazonStores(backend);
  await backend.api.call('imports.run', { fileName: 'seller-performance.json', contentBase64: readFileSync(FIXTURE).toString('base64'), storeId: usStore });
  const create = (storeId: number, language: 'en-US' | 'ja-JP', items: string[]) =>
    backend.api.call('poa.create', { storeId, caseType: 'odr', language, noticeDate: '2026-11-01', affectedItems: items }).case.id;
  enCase = create(usStore, 'en-US', ['B0ODRAAAA1', 'B0ODRBBBB2']);
  jaCase = create(jpStore, 'ja-JP', ['B0JPASIN01']);
  for (const [id, content] of [[enCase, EN_CONTENT], [jaCase, JA_CONTENT]] as const) {
    const evidence = backend.api.call('poa.evidence', { caseId: id }).items.slice(0, 1);
    backend.api.call('poa.saveDraft', { id, revision: 1, content: { ...content, evidence } });
  }
  backend.api.call('poa.attachments.add', { caseId: enCase, fileName: 'invoice-2026-10.pdf', base64: Buffer.from('%PDF invoice').toString('base64') });
  backend.api.call('poa.attachments.add', { caseId: jaCase, fileName: '請求書_2026年10月.pdf', base64: Buffer.from('%PDF 請求書').toString('base64') });
});
afterAll(() => backend.dispose());

const exported = async (id: number, format: 'docx' | 'pdf' | 'txt', revision?: number) => {
  const file = await backend.api.call('poa.export', { id, format, revision });
  return { ...file, bytes: Buffer.from(file.base64, 'base64') };
};

describe('exporting a plan as text', () => {
  it('writes plain text ready to paste into the appeal form, in the document language', async () => {
    const file = await exported(enCase, 'txt');
    expect(file).toMatchObject({ fileName: `poa-${enCase}-r1-odr.txt`, mimeType: 'text/plain;charset=utf-8' });
    expect(file.bytes.toString('utf8')).toBe(
      [
        'Plan of Action: Order defect rate',
        'Store: Lumora US',
        'Seller ID: A1LUMORA',
        'Marketplace: US',
        'Date of notice: 2026-11-01',
        '',
        'Affected ASINs / SKUs',
        '- B0ODRAAAA1',
        '- B0ODRBBBB2',
        '',
        'Root causes',
        '1. Orders of B0ODRAAAA1 shipped with UPS SurePost arrived late.',
        '2. The detail page of B0ODRBBBB2 did not state the model year.',
        '   Buyers received cases that did not fit.',
        '',
        'Corrective actions taken',
        '1. Refunded or reshipped the 41 late orders.',
        '   Date: 2026-11-02 · Root cause: 1',
        '2. Rewrote the detail page of B0ODRBBBB2.',
        '   Date: 2026-11-03 · Root cause: 2',
        '',
        'Preventive measures',
        '1. Late deliveries are reviewed per carrier.',
        '   Owner: Logistics lead · Frequency: Weekly · Root cause: 1',
        '2. Detail pages are checked against the specification <before> upload & after.',
        '   Owner: Listing specialist · Frequency: Every new or changed listing · Root cause: 2',
        '',
        'Account figures',
        'Order defect rate (seller-fulfilled) (Reporting window 2026-09-01 to 2026-10-30)',
        '- Orders: 4,820',
        '- Orders with a defect: 41',
        '- Negative feedback: 26',
        '- A-to-z Guarantee claims: 12',
        '- Chargebacks: 3',
        '- Rate: 0.85%',
        '- Target: < 1.00%',
        '- Status reported: GOOD',
        'Source: seller-performance.json (report file, amazon_seller_performance), imported 2026-11-20',
        '',
        'Attachments',
        '- invoice-2026-10.pdf',
        '',
      ].join('\n'),
    );
  });

  it('keeps Japanese text intact', async () => {
    const text = (await exported(jaCase, 'txt')).bytes.toString('utf8');
    expect(text.startsWith('改善計画書：注文不良率\nストア名：Lumora JP\n')).toBe(true);
    for (const entry of [...JA_CONTENT.rootCauses, ...JA_CONTENT.correctiveActions, ...JA_CONTENT.preventiveMeasures]) expect(text).toContain(entry.text);
    expect(text).toContain('担当：運用責任者／頻度：毎日／対応する原因：1');
    expect(text).toContain('- 注文数：900');
    expect(text).toContain('- 請求書_2026年10月.pdf');
  });
});

describe('exporting a plan as DOCX', () => {
  it('opens as a Word document whose text has the headings, numbered entries, the ASIN table, the evidence table and the attachments by name', async () => {
    const file = await exported(enCase, 'docx');
    expect(file).toMatchObject({ fileName: `poa-${enCase}-r1-odr.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const lines = (await docxText(file.bytes)).split('\n');
    expect(lines.slice(0, 5)).toEqual(['Plan of Action: Order defect rate', 'Store: Lumora US', 'Seller ID: A1LUMORA', 'Marketplace: US', 'Date of notice: 2026-11-01']);
    const after = (heading: string, count: number) => lines.slice(lines.indexOf(heading) + 1, lines.indexOf(heading) + 1 + count);
    expect(after('Affected ASINs / SKUs', 3)).toEqual(['ASIN / SKU', 'B0ODRAAAA1', 'B0ODRBBBB2']);
    // A line typed inside an entry stays a line break within its paragraph.
    expect(after('Root causes', 3)).toEqual([EN_CONTENT.rootCauses[0]!.text, ...EN_CONTENT.rootCauses[1]!.text.split('\n')]);
    expect(after('Corrective actions taken', 2)).toEqual([EN_CONTENT.correctiveActions[0]!.text, 'Date: 2026-11-02 · Root cause: 1']);
    expect(after('Preventive measures', 4)).toContain('Detail pages are checked against the specification <before> upload & after.');
    expect(after('Account figures', 6)).toEqual(['Order defect rate (seller-fulfilled)', 'Reporting window 2026-09-01 to 2026-10-30', 'Figure', 'Value', 'Orders', '4,820']);
    expect(lines).toContain('Source: seller-performance.json (report file, amazon_seller_performance), imported 2026-11-20');
    expect(lines.slice(-2)).toEqual(['Attachments', 'invoice-2026-10.pdf']);
    const xml = await docxXml(file.bytes);
    // Six entries in a numbered list per section (each restarting at 1), plus the attachment's bullet;
    // the ASINs and the evidence are tables.
    expect(xml.match(/<w:numPr>/g)).toHaveLength(7);
    expect(new Set([...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])).size).toBe(4);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
  });

  it('keeps Japanese text intact and tags the document as Japanese', async () => {
    const file = await exported(jaCase, 'docx');
    const text = await docxText(file.bytes);
    for (const entry of [...JA_CONTENT.rootCauses, ...JA_CONTENT.correctiveActions, ...JA_CONTENT.preventiveMeasures]) expect(text).toContain(entry.text);
    expect(text).toContain('改善計画書：注文不良率');
    expect(text).toContain('集計期間中の注文数は900件です。');
    expect(text).toContain('請求書_2026年10月.pdf');
    expect(await docxXml(file.bytes, 'word/styles.xml')).toContain('w:eastAsia="ja-JP"');
  });
});

describe('exporting a plan as PDF', () => {
  it('prints through the host’s engine, Japanese text intact', async () => {
    const file = await exported(jaCase, 'pdf');
    expect(file).toMatchObject({ fileName: `poa-${jaCase}-r1-odr.pdf`, mimeType: 'application/pdf' });
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = withoutSpace(pdfText(file.bytes));
    for (const expected of ['改善計画書：注文不良率', '根本原因', '実施した是正措置', '再発防止策', '請求書_2026年10月.pdf', ...JA_CONTENT.rootCauses.map((c) => c.text), JA_CONTENT.preventiveMeasures[0]!.text]) {
      expect(text).toContain(withoutSpace(expected));
    }
  });

  it('prints the English plan with its evidence table', async () => {
    const text = withoutSpace(pdfText((await exported(enCase, 'pdf')).bytes));
    expect(text).toContain('PlanofAction:Orderdefectrate');
    expect(text).toContain(withoutSpace('Detail pages are checked against the specification <before> upload & after.'));
    expect(text).toContain('Orderswithadefect41');
  });

  it('is refused where the host has no PDF engine', async () => {
    const bare = openTestBackend();
    try {
      const { usStore } = seedAmazonStores(bare);
      const id = bare.api.call('poa.create', { storeId: usStore, caseType: 'other', language: 'en-US', noticeDate: '2026-11-01' }).case.id;
      await expect(bare.api.call('poa.export', { id, format: 'pdf' })).rejects.toMatchObject({ code: 'unavailable' });
    } finally {
      bare.dispose();
    }
  });
});

describe('exporting an earlier revision', () => {
  it('writes the text as it was submitted, and refuses a revision that does not exist', async () => {
    const id = backend.api.call('poa.create', { storeId: 1, caseType: 'other', language: 'en-US', noticeDate: '2026-11-01', affectedItems: [] }).case.id;
    backend.api.call('poa.saveDraft', { id, revision: 1, content: { ...EN_CONTENT, additionalInformation: 'As first submitted.' } });
    for (const to of ['internal_review', 'submitted', 'rejected', 'draft'] as const) backend.api.call('poa.transition', { id, to });
    backend.api.call('poa.saveDraft', { id, revision: 2, content: { ...EN_CONTENT, additionalInformation: 'Second attempt.' } });
    expect((await exported(id, 'txt', 1)).bytes.toString()).toContain('As first submitted.');
    expect((await exported(id, 'txt')).bytes.toString()).toContain('Second attempt.');
    expect((await exported(id, 'txt', 1)).fileName).toBe(`poa-${id}-r1-other.txt`);
    await expect(exported(id, 'txt', 5)).rejects.toMatchObject({ code: 'not_found' });
    expect(appErrorOf(() => backend.api.call('poa.export', { id, format: 'html' as never })).code).toBe('invalid_input');
  });
});
