import type { PoaTemplate } from '@shared/api/poa-schemas';
import type { PoaCaseType, PoaLanguage } from '@shared/domain/poa';
import { EN_US_CONDUCT } from './en-us-conduct';
import { EN_US_FULFILMENT } from './en-us-fulfilment';
import { EN_US_POLICY } from './en-us-policy';
import { JA_JP_CONDUCT } from './ja-jp-conduct';
import { JA_JP_FULFILMENT } from './ja-jp-fulfilment';
import { JA_JP_POLICY } from './ja-jp-policy';
import type { CaseTemplates } from './template-text';

type TextLanguage = 'en-US' | 'ja-JP';

const TEXTS: Record<TextLanguage, CaseTemplates<PoaCaseType>> = {
  'en-US': { ...EN_US_FULFILMENT, ...EN_US_POLICY, ...EN_US_CONDUCT },
  'ja-JP': { ...JA_JP_FULFILMENT, ...JA_JP_POLICY, ...JA_JP_CONDUCT },
};

/**
 * zh-CN plans are internal drafts of appeals that are submitted in English, so they start from
 * the English suggestions: the team edits in Chinese where it helps and translates for submission.
 */
const TEXT_LANGUAGE: Record<PoaLanguage, TextLanguage> = { 'en-US': 'en-US', 'ja-JP': 'ja-JP', 'zh-CN': 'en-US' };

/** Suggested root causes for a case type, each with the corrective and preventive entries that answer it. */
export function poaTemplate(caseType: PoaCaseType, language: PoaLanguage): PoaTemplate {
  const textLanguage = TEXT_LANGUAGE[language];
  const causes = TEXTS[textLanguage][caseType];
  return {
    caseType,
    language,
    textLanguage,
    rootCauses: causes.map((cause) => ({ key: cause.key, text: cause.text })),
    correctiveActions: causes.flatMap((cause) =>
      cause.corrective.map((text, i) => ({ key: `${cause.key}.corrective.${i + 1}`, rootCauseKey: cause.key, text })),
    ),
    preventiveMeasures: causes.flatMap((cause) =>
      cause.preventive.map((measure, i) => ({ key: `${cause.key}.preventive.${i + 1}`, rootCauseKey: cause.key, ...measure })),
    ),
  };
}
