import { describe, expect, it } from 'vitest';
import { structureWarnings } from '../../../../src/main/core/poa/checks/structure-checks';
import { completePoaContent, EMPTY_CONTENT } from '../../../helpers/poa-content';

const TODAY = '2026-11-20';
const codes = (warnings: ReturnType<typeof structureWarnings>) => warnings.map((w) => w.code);

describe('the shape checks of a plan', () => {
  it('finds nothing wrong with a complete plan', () => {
    expect(structureWarnings(completePoaContent(), TODAY)).toEqual([]);
  });

  it('flags every empty section, because Amazon asks all three questions', () => {
    const warnings = structureWarnings(EMPTY_CONTENT, TODAY);
    expect(warnings).toEqual(
      ['rootCauses', 'correctiveActions', 'preventiveMeasures'].map((section) => ({
        code: 'section_empty',
        severity: 'warning',
        part: section,
        entryId: null,
        params: { section },
        range: null,
      })),
    );
  });

  it('flags an entry left blank, by section and position', () => {
    const content = completePoaContent({ rootCauses: [...completePoaContent().rootCauses, { id: 'rc-2', text: '   ' }] });
    expect(structureWarnings(content, TODAY)).toContainEqual(
      expect.objectContaining({ code: 'entry_text_empty', part: 'rootCauses', entryId: 'rc-2', params: { section: 'rootCauses', index: 2 } }),
    );
  });

  it('flags a root cause without a corrective action and one without a preventive measure, because every cause must be answered', () => {
    const base = completePoaContent();
    const content = completePoaContent({
      rootCauses: [...base.rootCauses, { id: 'rc-2', text: 'A second cause.' }],
      correctiveActions: [...base.correctiveActions, { id: 'ca-2', rootCauseId: 'rc-2', text: 'Fixed it.', date: '2026-11-03' }],
    });
    const warnings = structureWarnings(content, TODAY);
    expect(codes(warnings)).toEqual(['root_cause_without_preventive']);
    expect(warnings[0]).toMatchObject({ part: 'rootCauses', entryId: 'rc-2', params: { index: 2 } });
    const noCorrective = completePoaContent({ correctiveActions: [] });
    expect(codes(structureWarnings(noCorrective, TODAY))).toEqual(['section_empty', 'root_cause_without_corrective']);
  });

  it('flags corrective and preventive entries tied to no root cause, or to one that was deleted', () => {
    const base = completePoaContent();
    const content = completePoaContent({
      correctiveActions: [...base.correctiveActions, { id: 'ca-2', rootCauseId: null, text: 'Unlinked.', date: '2026-11-03' }],
      preventiveMeasures: [...base.preventiveMeasures, { id: 'pm-2', rootCauseId: 'rc-gone', text: 'Orphan.', owner: 'Ops', frequency: 'daily' }],
    });
    expect(structureWarnings(content, TODAY)).toEqual([
      expect.objectContaining({ code: 'entry_without_root_cause', part: 'correctiveActions', entryId: 'ca-2', params: { section: 'correctiveActions', index: 2 } }),
      expect.objectContaining({ code: 'entry_without_root_cause', part: 'preventiveMeasures', entryId: 'pm-2', params: { section: 'preventiveMeasures', index: 2 } }),
    ]);
  });

  it('flags a corrective action without a date, and one dated after today because it lists actions already taken', () => {
    const base = completePoaContent();
    const content = completePoaContent({
      correctiveActions: [
        { ...base.correctiveActions[0]!, date: null },
        { id: 'ca-2', rootCauseId: 'rc-1', text: 'Will retrain staff.', date: '2026-11-21' },
        { id: 'ca-3', rootCauseId: 'rc-1', text: 'Done today.', date: TODAY },
      ],
    });
    expect(structureWarnings(content, TODAY)).toEqual([
      expect.objectContaining({ code: 'corrective_without_date', entryId: 'ca-1', params: { index: 1 } }),
      expect.objectContaining({ code: 'corrective_date_in_future', entryId: 'ca-2', params: { index: 2, date: '2026-11-21', today: TODAY } }),
    ]);
  });

  it('flags a preventive measure without an owner or system, and one without a frequency', () => {
    const content = completePoaContent({
      preventiveMeasures: [{ id: 'pm-1', rootCauseId: 'rc-1', text: 'Checked.', owner: ' ', frequency: null }],
    });
    expect(structureWarnings(content, TODAY)).toEqual([
      expect.objectContaining({ code: 'preventive_without_owner', part: 'preventiveMeasures', entryId: 'pm-1', params: { index: 1 } }),
      expect.objectContaining({ code: 'preventive_without_frequency', part: 'preventiveMeasures', entryId: 'pm-1', params: { index: 1 } }),
    ]);
  });
});
