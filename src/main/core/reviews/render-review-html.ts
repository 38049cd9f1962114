import type { WhiteLabel } from '@shared/api/review-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { EXPORT_WORDS, fillWords } from '../i18n/export-words';
import { POA_DOCUMENT_WORDS } from '../poa/export/poa-document-words';
import { escapeHtml, FONT_FAMILIES } from '../poa/export/render-poa-html';
import { reviewFormatter, type ReviewFormatter } from './format-review-values';
import type { ReviewModel, ReviewStoreSection } from './review-model';
import { trendChartSvg } from './render-review-charts';
import { REVIEW_WORDS, type ReviewWords } from './review-words';

/** What the printed review shows: the data, the texts as edited, the agency's branding. */
export interface ReviewDocument {
  model: ReviewModel;
  executiveSummary: string;
  nextMonthPlan: string;
  whiteLabel: WhiteLabel;
}

const STATUS_COLOURS = { ok: '#2b8a3e', watch: '#e67700', breach: '#c92a2a', stale: '#868e96', no_data: '#868e96' } as const;

function style(whiteLabel: WhiteLabel): string {
  return `
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-size: 9.5pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
.cover { border-left: 8pt solid ${whiteLabel.primaryColour}; padding: 10pt 0 10pt 14pt; margin-bottom: 14pt; }
.cover img { max-height: 48pt; max-width: 180pt; display: block; margin-bottom: 8pt; }
.agency { color: ${whiteLabel.primaryColour}; font-weight: bold; font-size: 12pt; }
h1 { font-size: 20pt; margin: 4pt 0 8pt; color: ${whiteLabel.primaryColour}; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 2px solid ${whiteLabel.accentColour}; color: ${whiteLabel.primaryColour}; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.text { white-space: pre-wrap; }
.nodata { border: 1px dashed #adb5bd; background: #f8f9fa; padding: 8pt; color: #495057; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
th, td { border: 1px solid #ced4da; padding: 2.5pt 6pt; text-align: left; vertical-align: top; }
th { background: #f1f3f5; }
td.number { text-align: right; white-space: nowrap; }
.status { font-weight: bold; white-space: nowrap; }
.charts { display: flex; flex-wrap: wrap; gap: 6pt; }
.charts svg { border: 1px solid #e9ecef; }
.store { break-before: page; }
h2, h3 { break-after: avoid; }
tr, .charts svg { break-inside: avoid; }
`;
}

/** A cell is text (escaped) or markup this file made itself. */
type Cell = string | { html: string };

function table(headers: readonly string[], rows: readonly (readonly Cell[])[], numeric: ReadonlySet<number> = new Set()): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => (typeof cell === 'string' ? `<td${numeric.has(i) ? ' class="number"' : ''}>${escapeHtml(cell)}</td>` : `<td>${cell.html}</td>`)).join('')}</tr>`)
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function storeHtml(store: ReviewStoreSection, model: ReviewModel, words: ReviewWords, format: ReviewFormatter, whiteLabel: WhiteLabel): string {
  const exportWords = EXPORT_WORDS[model.language];
  const label = (key: string) => findMetric(key)?.labels[model.language] ?? key;
  const parts = [`<section class="store"><h2>${escapeHtml(fillWords(words.storeSection, { store: store.name }))}</h2>`];
  parts.push(`<p>${escapeHtml(`${exportWords.platforms[store.platform]} · ${store.marketplace}`)}</p>`);
  if (!store.hasData) {
    parts.push(`<p class="nodata">${escapeHtml(fillWords(words.noData, { month: format.month(model.month) }))}</p></section>`);
    return parts.join('');
  }
  const h = words.kpiHeaders;
  parts.push(
    table(
      [h.metric, h.value, h.previous, h.baseline, h.target, h.status],
      store.kpis.map((kpi) => [
        label(kpi.metricKey),
        format.metric(kpi.value, kpi.unit, kpi.currency),
        format.metric(kpi.previous, kpi.unit, kpi.currency),
        format.metric(kpi.baseline, kpi.unit, kpi.currency),
        format.metric(kpi.target, kpi.unit, kpi.currency),
        { html: `<span class="status" style="color:${STATUS_COLOURS[kpi.status]}">${escapeHtml(exportWords.statuses[kpi.status])}</span>` },
      ]),
      new Set([1, 2, 3, 4]),
    ),
  );
  const charted = store.chartKeys.flatMap((key) => store.daily.filter((series) => series.metricKey === key));
  if (charted.length > 0) {
    const colours = { line: whiteLabel.primaryColour, breach: STATUS_COLOURS.breach, watch: STATUS_COLOURS.watch };
    parts.push(`<h3>${escapeHtml(words.trends)}</h3><div class="charts">${charted.map((series) => trendChartSvg(series, label(series.metricKey), colours, FONT_FAMILIES[model.language])).join('')}</div>`);
  }
  if (store.funnel) {
    parts.push(
      `<h3>${escapeHtml(words.funnel)}</h3>`,
      table(
        [words.funnel, '#', words.funnelRate],
        store.funnel.steps.map((step) => [
          words.funnelSteps[step.step],
          step.count === null ? '—' : format.count(step.count),
          step.rateFromPrevious === null ? '—' : format.percent(step.rateFromPrevious),
        ]),
        new Set([1, 2]),
      ),
    );
  }
  parts.push('</section>');
  return parts.join('');
}

function activityHtml(model: ReviewModel, words: ReviewWords, format: ReviewFormatter): string {
  const label = (key: string) => findMetric(key)?.labels[model.language] ?? key;
  const poaWords = POA_DOCUMENT_WORDS[model.language];
  const day = (iso: string | null) => (iso ? format.date(iso) : '—');
  const parts = [`<section><h2>${escapeHtml(words.alerts)}</h2>`];
  const quiet = model.alertsOpened.length === 0 && model.alertsResolved === 0;
  parts.push(`<p>${escapeHtml(quiet ? words.noAlerts : fillWords(words.alertsCounts, { opened: model.alertsOpened.length, resolved: model.alertsResolved }))}</p>`);
  if (model.alertsOpened.length > 0) {
    const h = words.alertHeaders;
    // SLA breach alerts carry "sla.<kind>" instead of a catalog metric.
    const subject = (key: string) => (key.startsWith('sla.') ? (words.slaKinds[key.slice(4) as keyof ReviewWords['slaKinds']] ?? key) : label(key));
    const severity = (value: string) => words.severities[value as keyof ReviewWords['severities']] ?? value;
    parts.push(table([h.store, h.metric, h.severity, h.opened, h.resolved], model.alertsOpened.map((a) => [a.storeName, subject(a.metricKey), severity(a.severity), day(a.openedAt), day(a.resolvedAt)])));
  }
  parts.push(`<h2>${escapeHtml(words.poaCases)}</h2>`);
  if (model.poaCases.length === 0) parts.push(`<p>${escapeHtml(words.noPoaCases)}</p>`);
  else {
    const h = words.poaHeaders;
    const caseType = (type: string) => poaWords.caseTypes[type as keyof typeof poaWords.caseTypes] ?? type;
    const status = (value: string) => words.poaStatuses[value as keyof ReviewWords['poaStatuses']] ?? value;
    parts.push(table([h.store, h.caseType, h.status, h.notice, h.decided], model.poaCases.map((c) => [c.storeName, caseType(c.caseType), status(c.status), day(c.noticeDate), day(c.decidedAt)])));
  }
  parts.push(`<h2>${escapeHtml(words.sla)}</h2>`);
  if (!model.sla) parts.push(`<p>${escapeHtml(words.noSla)}</p>`);
  else {
    const { sla } = model;
    parts.push(`<p>${escapeHtml(sla.rate === null ? words.slaNothingDue : fillWords(words.slaRate, { met: sla.met, due: sla.met + sla.breached, rate: format.percent(sla.rate) }))}</p>`);
    const h = words.slaHeaders;
    parts.push(table([h.item, h.due, h.status], sla.items.map((item) => [[words.slaKinds[item.kind], item.storeName ?? item.title ?? ''].filter(Boolean).join(' · '), day(item.dueAt), words.slaStatuses[item.status]])));
  }
  if (model.fees) {
    parts.push(`<h2>${escapeHtml(words.fees)}</h2>`);
    const rows = model.fees.sections.map((section) => [section.contractName, format.money(section.subtotalMinor, section.currency)]);
    rows.push(...model.fees.totals.map((total) => [words.feeTotal, format.money(total.amountMinor, total.currency)]));
    parts.push(table([words.feeContract, words.feeTotal], rows, new Set([1])));
  }
  parts.push('</section>');
  return parts.join('');
}

/**
 * The review as one self-contained HTML page for printing: cover, summary, a section per store,
 * the month's activity and the plan. Every text escaped, language declared, no script, nothing
 * loaded from anywhere (the logo is inline, the charts are SVG).
 */
export function renderReviewHtml(document: ReviewDocument): string {
  const { model, whiteLabel } = document;
  const words = REVIEW_WORDS[model.language];
  const format = reviewFormatter(model.language);
  const cover = [
    '<header class="cover">',
    whiteLabel.logoDataUrl ? `<img src="${escapeHtml(whiteLabel.logoDataUrl)}" alt="">` : '',
    whiteLabel.agencyName ? `<div class="agency">${escapeHtml(whiteLabel.agencyName)}</div>` : '',
    `<h1>${escapeHtml(`${words.title} · ${model.clientName}`)}</h1>`,
    '<dl class="meta">',
    `<dt>${escapeHtml(words.preparedFor)}</dt><dd>${escapeHtml(model.clientName)}</dd>`,
    `<dt>${escapeHtml(words.month)}</dt><dd>${escapeHtml(format.month(model.month))}</dd>`,
    `<dt>${escapeHtml(words.preparedOn)}</dt><dd>${escapeHtml(format.date(model.preparedOn))}</dd>`,
    whiteLabel.agencyName ? `<dt>${escapeHtml(words.preparedBy)}</dt><dd>${escapeHtml(whiteLabel.agencyName)}</dd>` : '',
    '</dl></header>',
  ].join('');
  const body = [
    cover,
    `<section><h2>${escapeHtml(words.executiveSummary)}</h2><p class="text">${escapeHtml(document.executiveSummary)}</p></section>`,
    activityHtml(model, words, format),
    `<section><h2>${escapeHtml(words.nextMonthPlan)}</h2><p class="text">${escapeHtml(document.nextMonthPlan)}</p></section>`,
    ...model.stores.map((store) => storeHtml(store, model, words, format, whiteLabel)),
  ].join('\n');
  return `<!DOCTYPE html><html lang="${model.language}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${escapeHtml(`${words.title} ${model.clientName} ${model.month}`)}</title><style>body { font-family: ${FONT_FAMILIES[model.language]}; }${style(whiteLabel)}</style></head><body>${body}</body></html>`;
}
