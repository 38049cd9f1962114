import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReviewModel } from '../../../../src/main/core/reviews/build-review-model';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';
import { JP_ODR_OCTOBER, JP_ODR_SEPTEMBER, MONTH, seedReviewAgency, type ReviewAgency } from './review-fixtures';

let backend: TestBackend;
let agency: ReviewAgency;
const key = () => ({ clientId: agency.clientId, month: MONTH });

beforeEach(() => {
  backend = openTestBackend();
  agency = seedReviewAgency(backend);
});
afterEach(() => backend.dispose());

describe('the review model', () => {
  it("reports the month's last value beside the previous month's, the contract baseline and the target", () => {
    const model = buildReviewModel(backend.ctx, { ...key(), includeFees: false });
    const jp = model.stores.find((store) => store.storeId === agency.jpStoreId)!;
    const odr = jp.kpis.find((kpi) => kpi.metricKey === 'amazon.odr_mfn')!;
    expect(odr).toMatchObject({ value: JP_ODR_OCTOBER.at(-1), previous: JP_ODR_SEPTEMBER.at(-1), baseline: 0.009, target: 0.005, status: 'breach' });
    expect(jp.daily.find((series) => series.metricKey === 'amazon.odr_mfn')!.points).toHaveLength(31);
    expect(jp.chartKeys[0]).toBe('amazon.odr_mfn');
  });

  it('marks a store without data for the month as such instead of failing, because a new store has nothing imported yet', () => {
    const model = buildReviewModel(backend.ctx, { ...key(), includeFees: false });
    const tiktok = model.stores.find((store) => store.storeId === agency.tiktokStoreId)!;
    expect(tiktok).toMatchObject({ hasData: false, kpis: [], daily: [] });
  });

  it("is written in the client's language unless another is asked for", () => {
    expect(buildReviewModel(backend.ctx, { ...key(), includeFees: false }).language).toBe('ja-JP');
    expect(buildReviewModel(backend.ctx, { ...key(), language: 'zh-CN', includeFees: false }).language).toBe('zh-CN');
  });
});

describe('review texts', () => {
  it('drafts the summary and plan from the data, naming the client and the breached metric', () => {
    const review = backend.api.call('reviews.get', key());
    expect(review).toMatchObject({ id: null, status: 'draft', summaryDrafted: true, planDrafted: true, language: 'ja-JP', includeFees: true });
    expect(review.executiveSummary).toContain('Kitsune Outdoor');
    expect(review.executiveSummary).toContain('主なリスク');
    expect(review.nextMonthPlan).toContain('注文不良率（出品者出荷）');
  });

  it('keeps an edited summary, and goes back to the drafted one when the text is emptied', () => {
    const edited = backend.api.call('reviews.update', { ...key(), executiveSummary: '今月は良い月でした。' });
    expect(edited).toMatchObject({ executiveSummary: '今月は良い月でした。', summaryDrafted: false, planDrafted: true });
    const reset = backend.api.call('reviews.update', { ...key(), executiveSummary: '  ' });
    expect(reset.summaryDrafted).toBe(true);
    expect(reset.executiveSummary).toContain('Kitsune Outdoor');
  });

  it('refuses a month that is not YYYY-MM and an unknown client', () => {
    expect(appErrorOf(() => backend.api.call('reviews.get', { clientId: agency.clientId, month: '2026-13' })).code).toBe('invalid_input');
    expect(appErrorOf(() => backend.api.call('reviews.get', { clientId: 999, month: MONTH })).code).toBe('not_found');
  });
});

describe('review status', () => {
  it('goes draft → reviewed → sent with dates, and sending closes the monthly review SLA item', () => {
    expect(backend.api.call('reviews.setStatus', { ...key(), status: 'reviewed' })).toMatchObject({ status: 'reviewed', reviewedAt: '2026-11-20T09:30:00.000Z', sentAt: null });
    const sent = backend.api.call('reviews.setStatus', { ...key(), status: 'sent' });
    expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-11-20T09:30:00.000Z' });
    const item = backend.api.call('sla.list', { clientId: agency.clientId }).find((one) => one.kind === 'monthly_review' && one.month === MONTH)!;
    // Due on the 5th of November: sent on the 20th is late.
    expect(item).toMatchObject({ status: 'breached', closedAt: '2026-11-20T09:30:00.000Z' });
  });

  it('refuses to send a draft nobody reviewed, and to edit or reopen a sent review', () => {
    expect(appErrorOf(() => backend.api.call('reviews.setStatus', { ...key(), status: 'sent' }))).toMatchObject({ code: 'conflict' });
    backend.api.call('reviews.setStatus', { ...key(), status: 'reviewed' });
    expect(appErrorOf(() => backend.api.call('reviews.update', { ...key(), nextMonthPlan: 'x' })).code).toBe('conflict');
    backend.api.call('reviews.setStatus', { ...key(), status: 'sent' });
    expect(appErrorOf(() => backend.api.call('reviews.setStatus', { ...key(), status: 'draft' })).code).toBe('conflict');
  });

  it('lists every active client of the month with its status, reviews not started included', () => {
    backend.api.call('reviews.setStatus', { ...key(), status: 'reviewed' });
    const list = backend.api.call('reviews.list', { month: MONTH });
    expect(list).toEqual([expect.objectContaining({ clientId: agency.clientId, status: 'reviewed', storeCount: 3 })]);
    expect(backend.api.call('reviews.list', { month: '2026-09' })[0]).toMatchObject({ id: null, status: 'draft' });
  });
});

describe('white-label settings', () => {
  it('keeps the agency name and colours, and refuses a colour that is not #rrggbb or a logo that is not an image', () => {
    expect(backend.api.call('whiteLabel.update', { agencyName: '蓝海代运营', primaryColour: '#0b7285' })).toMatchObject({ agencyName: '蓝海代运营', primaryColour: '#0b7285', accentColour: '#0ca678' });
    expect(backend.api.call('whiteLabel.get').agencyName).toBe('蓝海代运营');
    expect(appErrorOf(() => backend.api.call('whiteLabel.update', { primaryColour: 'red' })).code).toBe('invalid_input');
    expect(appErrorOf(() => backend.api.call('whiteLabel.update', { logoDataUrl: 'data:text/html;base64,PGI+' })).code).toBe('invalid_input');
  });
});
