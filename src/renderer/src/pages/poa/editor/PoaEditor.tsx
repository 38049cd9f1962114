import { Badge, Box, Button, Grid, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { IconBulb, IconGitCompare, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { PoaCaseDetail } from '@shared/api/poa-schemas';
import { poaKeys } from '../../../hooks/use-poa';
import { localToday } from '../../../i18n/format-values';
import { useNow } from '../../alerts/use-now';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ChecksPanel } from '../checks/ChecksPanel';
import { PoaContentEditor } from '../content/PoaContentEditor';
import { TemplatesDrawer } from '../content/TemplatesDrawer';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { CaseDetailsPanel } from './CaseDetailsPanel';
import { EditorBanners } from './EditorBanners';
import { ExportMenu } from './ExportMenu';
import { PoaCaseHeader } from './PoaCaseHeader';
import { SaveIndicator } from './SaveIndicator';
import { StatusActions } from './StatusActions';
import { usePoaEditor } from './use-poa-editor';

const TAB_PARAM = 'tab';
type EditorTab = 'plan' | 'revisions';

/** One revision of a case being written: header, banners, the text with its checks, and the revisions. */
export function PoaEditor({ detail, detailUpdatedAt }: { detail: PoaCaseDetail; detailUpdatedAt: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = localToday(useNow());
  const [params, setParams] = useSearchParams();
  const tab: EditorTab = params.get(TAB_PARAM) === 'revisions' ? 'revisions' : 'plan';
  const [templatesOpened, templates] = useDisclosure(false);
  const editor = usePoaEditor(detail, detailUpdatedAt);
  const poaCase = detail.case;
  const warningCount = editor.checks.warnings.filter((warning) => warning.severity === 'warning').length;

  const setTab = (next: string | null) =>
    setParams(
      (current) => {
        const nextParams = new URLSearchParams(current);
        if (next === 'revisions') nextParams.set(TAB_PARAM, next);
        else nextParams.delete(TAB_PARAM);
        return nextParams;
      },
      { replace: true },
    );

  return (
    <>
      <PoaCaseHeader
        poaCase={poaCase}
        today={today}
        transitions={<StatusActions poaCase={poaCase} warningCount={warningCount} flush={editor.flush} />}
        actions={
          <Stack gap="xs" align="flex-end">
            <ExportMenu caseId={poaCase.id} flush={poaCase.editable ? editor.flush : undefined} />
            <SaveIndicator state={editor.autosave} readOnly={!editor.editable} unsaved={editor.unsaved} onRetry={() => void editor.flush()} />
          </Stack>
        }
      />
      <EditorBanners
        poaCase={poaCase}
        autosave={editor.autosave}
        localDraft={editor.localDraft}
        onRestore={editor.restoreLocalDraft}
        onDiscard={editor.discardLocalDraft}
        onReload={() => void queryClient.invalidateQueries({ queryKey: poaKeys.detail(poaCase.id) })}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="plan" leftSection={<IconPencil size={16} />} data-testid="poa-tab-plan">
            {t('poa.editor.tabs.plan')}
          </Tabs.Tab>
          <Tabs.Tab
            value="revisions"
            leftSection={<IconGitCompare size={16} />}
            rightSection={
              <Badge size="sm" variant="default" tt="none">
                {poaCase.revision}
              </Badge>
            }
            data-testid="poa-tab-revisions"
          >
            {t('poa.editor.tabs.revisions')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              {/* Leaving any field saves what it changed at once, without waiting for the pause. */}
              <Stack gap="md" onBlur={() => void editor.flush()} data-testid="poa-editor">
                <CaseDetailsPanel poaCase={poaCase} />
                <PoaContentEditor
                  content={editor.content}
                  dispatch={editor.dispatch}
                  checks={editor.checks}
                  editable={editor.editable}
                  language={poaCase.language}
                  today={today}
                  suggestions={
                    <Button size="xs" variant="light" color="grape" leftSection={<IconBulb size={14} />} onClick={templates.open} data-testid="poa-open-templates">
                      {t('poa.templates.open')}
                    </Button>
                  }
                />
                <EvidencePanel caseId={poaCase.id} evidence={editor.content.evidence} editable={editor.editable} dispatch={editor.dispatch} />
                <AttachmentsPanel caseId={poaCase.id} editable={editor.editable} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Box pos="sticky" top={76} mah="calc(100vh - 96px)" style={{ overflowY: 'auto' }}>
                <ChecksPanel checks={editor.checks} content={editor.content} />
              </Box>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="revisions">
          <RevisionsPanel caseId={poaCase.id} lang={poaCase.language} />
        </Tabs.Panel>
      </Tabs>
      <TemplatesDrawer
        opened={templatesOpened}
        caseType={poaCase.caseType}
        language={poaCase.language}
        content={editor.content}
        onClose={templates.close}
        onInsert={(template, keys) => editor.dispatch({ type: 'insertTemplate', template, keys })}
      />
    </>
  );
}
