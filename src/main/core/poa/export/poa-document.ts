import type { PoaContent, PoaEvidence, PoaEvidenceFigure, PoaRecoveryEvidence } from '@shared/api/poa-content-schemas';
import type { PoaCase } from '@shared/api/poa-schemas';
import type { PoaLanguage } from '@shared/domain/poa';
import { findMetric } from '@shared/metrics/metric-catalog';
import { fillWords, POA_DOCUMENT_WORDS, type PoaDocumentWords } from './poa-document-words';

export interface LabelledValue {
  label: string;
  value: string;
}

export interface PoaDocumentEntry {
  text: string;
  /** Date, root cause answered, owner, frequency: shown under the entry's text. */
  notes: LabelledValue[];
}

export interface PoaDocumentSection {
  heading: string;
  entries: PoaDocumentEntry[];
}

export interface PoaEvidenceTable {
  /** The metric's name, in the document's language. */
  caption: string;
  window: string;
  rows: LabelledValue[];
  source: string;
}

/**
 * A plan of action laid out for print, every word in the document's language: what the text,
 * HTML (PDF) and DOCX writers render, each in its own way, so the three always say the same.
 */
export interface PoaDocument {
  language: PoaLanguage;
  words: PoaDocumentWords;
  title: string;
  meta: LabelledValue[];
  affectedItems: string[];
  sections: PoaDocumentSection[];
  additionalInformation: string | null;
  evidence: PoaEvidenceTable[];
  attachments: string[];
}

export interface PoaDocumentInput {
  poaCase: Pick<PoaCase, 'caseType' | 'language' | 'storeName' | 'sellerId' | 'marketplace' | 'noticeDate' | 'affectedItems'>;
  content: PoaContent;
  attachmentNames: readonly string[];
}

const CONDITION_SIGNS: Record<string, string> = {
  LESS_THAN: '< ',
  LESS_THAN_OR_EQUAL_TO: '≤ ',
  GREATER_THAN: '> ',
  GREATER_THAN_OR_EQUAL_TO: '≥ ',
  EQUAL_TO: '= ',
};

function formatFigure(figure: PoaEvidenceFigure, language: PoaLanguage): string {
  if (figure.value === null) return '—';
  const sign = figure.condition ? (CONDITION_SIGNS[figure.condition] ?? `${figure.condition} `) : '';
  const format =
    figure.unit === 'ratio'
      ? new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : new Intl.NumberFormat(language, { maximumFractionDigits: figure.unit === 'score' ? 2 : 0 });
  return `${sign}${format.format(figure.value)}`;
}

/** When the rate heals, after the plan window's figures: the day, the volume assumed, how to get there sooner, the gaps. */
function recoveryRows(recovery: PoaRecoveryEvidence, language: PoaLanguage, words: PoaDocumentWords): LabelledValue[] {
  const count = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  const rows: LabelledValue[] = [
    { label: words.recovery.recoveryDate, value: recovery.recoveryDate },
    { label: words.recovery.projectedOrders, value: count(recovery.projectedOrdersPerDay) },
    ...recovery.speedUps.map((speedUp) => ({
      label: fillWords(words.recovery.speedUp, { date: speedUp.date }),
      value: fillWords(words.recovery.speedUpOrders, { orders: count(speedUp.ordersPerDay) }),
    })),
  ];
  if (recovery.missingDays > 0) {
    rows.push({ label: words.recovery.missingDays, value: fillWords(words.recovery.missingDaysValue, { missing: count(recovery.missingDays), window: count(recovery.windowDays) }) });
  }
  return rows;
}

function evidenceTable(evidence: PoaEvidence, language: PoaLanguage, words: PoaDocumentWords): PoaEvidenceTable {
  const rows = evidence.figures.map((figure) => ({ label: words.figures[figure.figure], value: formatFigure(figure, language) }));
  if (evidence.platformStatus) rows.push({ label: words.platformStatus, value: evidence.platformStatus });
  if (evidence.recovery) rows.push(...recoveryRows(evidence.recovery, language, words));
  const { source } = evidence;
  const metric = findMetric(evidence.metricKey)?.labels[language] ?? evidence.metricKey;
  return {
    caption: evidence.recovery ? fillWords(words.recovery.caption, { metric }) : metric,
    window: fillWords(words.window, { from: evidence.windowFrom, to: evidence.windowTo }),
    rows,
    source: fillWords(words.source, {
      name: source.name,
      kind: words.sourceKinds[source.kind],
      format: source.format && source.format !== source.kind ? `, ${source.format}` : '',
      date: source.importedAt.slice(0, 10),
    }),
  };
}

/** Lays out a case and one revision of its text as a document in the case's language. */
export function buildPoaDocument({ poaCase, content, attachmentNames }: PoaDocumentInput): PoaDocument {
  const language = poaCase.language;
  const words = POA_DOCUMENT_WORDS[language];
  const rootCauseNumber = new Map(content.rootCauses.map((cause, i) => [cause.id, String(i + 1)]));
  const answers = (rootCauseId: string | null): LabelledValue[] => {
    const number = rootCauseId === null ? undefined : rootCauseNumber.get(rootCauseId);
    return number ? [{ label: words.rootCause, value: number }] : [];
  };
  const additional = content.additionalInformation.trim();
  return {
    language,
    words,
    title: fillWords(words.title, { caseType: words.caseTypes[poaCase.caseType] }),
    meta: [
      { label: words.store, value: poaCase.storeName },
      { label: words.sellerId, value: poaCase.sellerId },
      { label: words.marketplace, value: poaCase.marketplace },
      { label: words.noticeDate, value: poaCase.noticeDate },
    ],
    affectedItems: [...poaCase.affectedItems],
    sections: [
      { heading: words.rootCauses, entries: content.rootCauses.map((cause) => ({ text: cause.text, notes: [] })) },
      {
        heading: words.correctiveActions,
        entries: content.correctiveActions.map((action) => ({
          text: action.text,
          notes: [...(action.date ? [{ label: words.date, value: action.date }] : []), ...answers(action.rootCauseId)],
        })),
      },
      {
        heading: words.preventiveMeasures,
        entries: content.preventiveMeasures.map((measure) => ({
          text: measure.text,
          notes: [
            ...(measure.owner.trim() ? [{ label: words.owner, value: measure.owner.trim() }] : []),
            ...(measure.frequency ? [{ label: words.frequency, value: words.frequencies[measure.frequency] }] : []),
            ...answers(measure.rootCauseId),
          ],
        })),
      },
    ],
    additionalInformation: additional === '' ? null : additional,
    evidence: content.evidence.map((evidence) => evidenceTable(evidence, language, words)),
    attachments: [...attachmentNames],
  };
}

/** "Date: 2026-11-02 · Root cause: 1", in the document's punctuation. */
export function formatNotes(notes: readonly LabelledValue[], words: PoaDocumentWords): string {
  return notes.map((note) => `${note.label}${words.colon}${note.value}`).join(words.separator);
}
