import { describe, expect, it } from 'vitest';
import { POA_CASE_TYPES, POA_FREQUENCIES, POA_LANGUAGES } from '../../../../src/shared/domain/poa';
import { poaTemplateSchema } from '../../../../src/shared/api/poa-schemas';
import { phraseWarnings } from '../../../../src/main/core/poa/checks/text-checks';
import { poaTemplate } from '../../../../src/main/core/poa/templates/poa-templates';

const combinations = POA_CASE_TYPES.flatMap((caseType) => POA_LANGUAGES.map((language) => [caseType, language] as const));

describe('POA templates', () => {
  it.each(combinations)('offers %s in %s root causes, each answered by a corrective and a preventive suggestion', (caseType, language) => {
    const template = poaTemplateSchema.parse(poaTemplate(caseType, language));
    expect(template.rootCauses.length).toBeGreaterThan(0);
    const keys = new Set(template.rootCauses.map((cause) => cause.key));
    expect(keys.size).toBe(template.rootCauses.length);
    for (const key of keys) {
      expect(template.correctiveActions.some((action) => action.rootCauseKey === key)).toBe(true);
      expect(template.preventiveMeasures.some((measure) => measure.rootCauseKey === key)).toBe(true);
    }
    for (const measure of template.preventiveMeasures) {
      expect(measure.owner).not.toBe('');
      expect(POA_FREQUENCIES).toContain(measure.frequency);
    }
  });

  it('has Japanese text for ja-JP and English for en-US, suggesting the same causes in both', () => {
    for (const caseType of POA_CASE_TYPES) {
      const en = poaTemplate(caseType, 'en-US');
      const ja = poaTemplate(caseType, 'ja-JP');
      expect(ja.textLanguage).toBe('ja-JP');
      expect(ja.rootCauses.map((c) => c.key)).toEqual(en.rootCauses.map((c) => c.key));
      expect(ja.correctiveActions.map((c) => c.key)).toEqual(en.correctiveActions.map((c) => c.key));
      expect(ja.preventiveMeasures.map((c) => [c.key, c.frequency])).toEqual(en.preventiveMeasures.map((c) => [c.key, c.frequency]));
      for (const text of ja.rootCauses.map((c) => c.text)) expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const text of en.rootCauses.map((c) => c.text)) expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('starts zh-CN internal drafts from the English suggestions, and says so', () => {
    const template = poaTemplate('odr', 'zh-CN');
    expect(template).toMatchObject({ language: 'zh-CN', textLanguage: 'en-US' });
    expect(template.rootCauses).toEqual(poaTemplate('odr', 'en-US').rootCauses);
  });

  it.each(['en-US', 'ja-JP'] as const)('never suggests wording its own checks would flag (%s)', (language) => {
    for (const caseType of POA_CASE_TYPES) {
      const template = poaTemplate(caseType, language);
      const texts = [...template.rootCauses, ...template.correctiveActions, ...template.preventiveMeasures].map((entry) => entry.text);
      const fields = texts.map((text, i) => ({ part: 'rootCauses' as const, entryId: String(i), index: i + 1, text }));
      expect(phraseWarnings(fields, language).filter((w) => w.code === 'flagged_phrase')).toEqual([]);
    }
  });
});
