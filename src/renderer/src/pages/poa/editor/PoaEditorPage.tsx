import { Button, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '../../../components/ErrorState';
import { usePoaCase } from '../../../hooks/use-poa';
import { positiveId } from '../list/poa-list-filters';
import { PoaEditor } from './PoaEditor';

function CaseNotFound({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={48} px="xl" data-testid="poa-not-found">
      <EmptyState icon={<IconFileUnknown size={28} />} title={t('poa.editor.notFoundTitle')} description={t('poa.editor.notFoundDescription', { id })}>
        <EmptyState.Actions>
          <Button component={Link} to="/poa" variant="light" leftSection={<IconArrowLeft size={16} />}>
            {t('nav.poa')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

function EditorSkeleton() {
  return (
    <Stack gap="md" aria-busy data-testid="poa-editor-loading">
      <Skeleton h={28} w="40%" />
      <Skeleton h={56} />
      <Skeleton h={220} />
      <Skeleton h={220} />
    </Stack>
  );
}

function LoadedCase({ id }: { id: number }) {
  const detail = usePoaCase(id);
  // One editor per case and revision: reopening (a new revision) starts from that revision's text.
  // A failed background refetch keeps the editor (and what is being typed) on screen.
  if (detail.data) return <PoaEditor key={`${id}:${detail.data.revision.revision}`} detail={detail.data} detailUpdatedAt={detail.dataUpdatedAt} />;
  if (detail.error?.code === 'not_found') return <CaseNotFound id={String(id)} />;
  if (detail.error) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  return <EditorSkeleton />;
}

/** `/poa/:caseId`: one plan of action, its text, checks, evidence, attachments and revisions. */
export function PoaEditorPage() {
  const { caseId = '' } = useParams();
  const id = positiveId(caseId);
  return id === undefined ? <CaseNotFound id={caseId} /> : <LoadedCase id={id} />;
}
