import { Grid, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaChecks, PoaContent } from '@shared/api/poa-content-schemas';
import { POA_FREQUENCIES, type PoaFrequency, type PoaLanguage, type PoaSection } from '@shared/domain/poa';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useModalTarget } from '../../../hooks/use-modal-target';
import { describeEntry } from '../checks/describe-poa-warning';
import { targetKey, warningsOfEntry } from '../checks/warning-target';
import { EntryTextarea } from './EntryTextarea';
import { EntryWarnings } from './EntryWarnings';
import { nextEntryId } from './entry-ids';
import type { PoaContentAction } from './poa-content-reducer';
import { rootCauseOptions } from './root-cause-options';
import { RootCauseSelect } from './RootCauseSelect';
import { SectionEditor } from './SectionEditor';
import { useFocusAfterRender } from './use-focus-after-render';

const ADDITIONAL_INFORMATION_MAX = 10_000;
const OWNER_MAX = 200;

interface PoaContentEditorProps {
  content: PoaContent;
  dispatch: (action: PoaContentAction) => void;
  checks: PoaChecks;
  editable: boolean;
  language: PoaLanguage;
  /** Corrective actions are actions already taken: their date may not be after today. */
  today: string;
  /** The suggestions button, beside the root causes' heading. */
  suggestions: ReactNode;
}

/** The three sections and the additional information, edited in place. */
export function PoaContentEditor({ content, dispatch, checks, editable, language, today, suggestions }: PoaContentEditorProps) {
  const { t } = useTranslation();
  const focusLater = useFocusAfterRender();
  const removal = useModalTarget<{ section: PoaSection; id: string; name: string }>();
  const options = useMemo(() => rootCauseOptions(content.rootCauses, (index) => t('poa.editor.untitledRootCause', { index })), [content.rootCauses, t]);
  const readOnly = !editable;
  const target = (part: PoaSection | 'additionalInformation', entryId: string | null, field: 'text' | 'date' | 'owner' | 'frequency' | 'rootCause') =>
    targetKey({ part, entryId, field });

  const add = (section: PoaSection) => {
    const id = nextEntryId(content, section);
    dispatch({ type: 'add', section, id });
    focusLater(target(section, id, 'text'));
  };
  const move = (section: PoaSection) => (entry: { id: string }, index: number, offset: -1 | 1) => {
    dispatch({ type: 'move', section, id: entry.id, offset });
    const at = index + offset;
    const first = at === 0;
    const last = at === content[section].length - 1;
    const same = offset === -1 ? (first ? 'down' : 'up') : last ? 'up' : 'down';
    focusLater(targetKey({ part: section, entryId: entry.id, field: same }));
  };
  const removeNow = (section: PoaSection, id: string) => {
    dispatch({ type: 'remove', section, id });
    focusLater(targetKey({ part: section, entryId: null, field: 'add' }));
  };
  const remove = (section: PoaSection) => (entry: { id: string; text: string }, index: number) => {
    // An empty entry goes at once; one with text asks first, since the autosave keeps no undo.
    if (entry.text.trim() === '') return removeNow(section, entry.id);
    removal.open({ section, id: entry.id, name: describeEntry(t, section, index + 1) });
  };
  const common = { editable, warnings: checks.warnings } as const;

  return (
    <Stack gap="md">
      <SectionEditor
        {...common}
        section="rootCauses"
        entries={content.rootCauses}
        length={checks.lengths.parts.rootCauses}
        onAdd={() => add('rootCauses')}
        onMove={move('rootCauses')}
        onRemove={remove('rootCauses')}
        extra={editable ? suggestions : undefined}
        renderFields={(cause, name) => (
          <EntryTextarea
            label={t('poa.editor.entryText', { entry: name })}
            placeholder={t('poa.editor.placeholders.rootCauses')}
            value={cause.text}
            onChange={(text) => dispatch({ type: 'updateRootCause', id: cause.id, patch: { text } })}
            lang={language}
            readOnly={readOnly}
            target={target('rootCauses', cause.id, 'text')}
          />
        )}
      />
      <SectionEditor
        {...common}
        section="correctiveActions"
        entries={content.correctiveActions}
        length={checks.lengths.parts.correctiveActions}
        onAdd={() => add('correctiveActions')}
        onMove={move('correctiveActions')}
        onRemove={remove('correctiveActions')}
        renderFields={(action, name) => (
          <Stack gap="xs">
            <EntryTextarea
              label={t('poa.editor.entryText', { entry: name })}
              placeholder={t('poa.editor.placeholders.correctiveActions')}
              value={action.text}
              onChange={(text) => dispatch({ type: 'updateCorrective', id: action.id, patch: { text } })}
              lang={language}
              readOnly={readOnly}
              target={target('correctiveActions', action.id, 'text')}
            />
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  type="date"
                  label={t('poa.fields.actionDate')}
                  value={action.date ?? ''}
                  max={today}
                  readOnly={readOnly}
                  onChange={(event) => dispatch({ type: 'updateCorrective', id: action.id, patch: { date: event.currentTarget.value || null } })}
                  data-poa-target={target('correctiveActions', action.id, 'date')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <RootCauseSelect
                  value={action.rootCauseId}
                  options={options}
                  readOnly={readOnly}
                  onChange={(rootCauseId) => dispatch({ type: 'updateCorrective', id: action.id, patch: { rootCauseId } })}
                  target={target('correctiveActions', action.id, 'rootCause')}
                />
              </Grid.Col>
            </Grid>
          </Stack>
        )}
      />
      <SectionEditor
        {...common}
        section="preventiveMeasures"
        entries={content.preventiveMeasures}
        length={checks.lengths.parts.preventiveMeasures}
        onAdd={() => add('preventiveMeasures')}
        onMove={move('preventiveMeasures')}
        onRemove={remove('preventiveMeasures')}
        renderFields={(measure, name) => (
          <Stack gap="xs">
            <EntryTextarea
              label={t('poa.editor.entryText', { entry: name })}
              placeholder={t('poa.editor.placeholders.preventiveMeasures')}
              value={measure.text}
              onChange={(text) => dispatch({ type: 'updatePreventive', id: measure.id, patch: { text } })}
              lang={language}
              readOnly={readOnly}
              target={target('preventiveMeasures', measure.id, 'text')}
            />
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={t('poa.fields.owner')}
                  placeholder={readOnly ? undefined : t('poa.editor.placeholders.owner')}
                  value={measure.owner}
                  maxLength={OWNER_MAX}
                  lang={language}
                  readOnly={readOnly}
                  onChange={(event) => dispatch({ type: 'updatePreventive', id: measure.id, patch: { owner: event.currentTarget.value } })}
                  data-poa-target={target('preventiveMeasures', measure.id, 'owner')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <Select<PoaFrequency>
                  label={t('poa.fields.frequency')}
                  placeholder={t('poa.editor.chooseFrequency')}
                  data={POA_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`poa.frequencies.${frequency}`) }))}
                  value={measure.frequency}
                  readOnly={readOnly}
                  allowDeselect={false}
                  onChange={(frequency) => dispatch({ type: 'updatePreventive', id: measure.id, patch: { frequency } })}
                  data-poa-target={target('preventiveMeasures', measure.id, 'frequency')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <RootCauseSelect
                  value={measure.rootCauseId}
                  options={options}
                  readOnly={readOnly}
                  onChange={(rootCauseId) => dispatch({ type: 'updatePreventive', id: measure.id, patch: { rootCauseId } })}
                  target={target('preventiveMeasures', measure.id, 'rootCause')}
                />
              </Grid.Col>
            </Grid>
          </Stack>
        )}
      />
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="poa-section-additional">
        <Title order={3} size="h4" id="poa-section-additional" mb={4}>
          {t('poa.sections.additionalInformation')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('poa.editor.sectionHints.additionalInformation')}
        </Text>
        <EntryTextarea
          label={t('poa.sections.additionalInformation')}
          value={content.additionalInformation}
          onChange={(text) => dispatch({ type: 'setAdditionalInformation', text })}
          lang={language}
          readOnly={readOnly}
          maxLength={ADDITIONAL_INFORMATION_MAX}
          minRows={3}
          target={target('additionalInformation', null, 'text')}
        />
        <EntryWarnings warnings={warningsOfEntry(checks.warnings, 'additionalInformation', null)} />
      </Paper>
      <ConfirmModal
        opened={removal.opened}
        title={t('poa.editor.removeTitle', { entry: removal.target?.name ?? '' })}
        body={t('poa.editor.removeBody', { entry: removal.target?.name ?? '' })}
        confirmLabel={t('poa.editor.removeConfirm')}
        onConfirm={() => {
          if (removal.target) removeNow(removal.target.section, removal.target.id);
          removal.close();
        }}
        onClose={removal.close}
      />
    </Stack>
  );
}
