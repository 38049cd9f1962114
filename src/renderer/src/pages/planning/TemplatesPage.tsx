import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/api/planning-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useTemplates } from '../../hooks/use-planning';
import { ApplyTemplateModal } from './ApplyTemplateModal';
import { CopyTemplateModal } from './CopyTemplateModal';
import { EditTemplateModal } from './EditTemplateModal';
import { TemplateCard } from './TemplateCard';

/** Stage templates by platform, shipped and the agency's own: apply one to a store, or copy it to edit. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const [applying, setApplying] = useState<Template | null>(null);
  const [copying, setCopying] = useState<Template | null>(null);
  const [editing, setEditing] = useState<Template | null>(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('nav.planTemplates')} description={t('planning.templates.description')} />
      {templates.isPending ? (
        <CenteredLoader />
      ) : templates.error ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} data-testid="templates-grid">
          {templates.data.map((template) => (
            <TemplateCard key={template.key} template={template} onApply={setApplying} onCopy={setCopying} onEdit={setEditing} />
          ))}
        </SimpleGrid>
      )}
      {applying && <ApplyTemplateModal key={applying.key} template={applying} onClose={() => setApplying(null)} />}
      {editing && <EditTemplateModal key={editing.key} template={editing} onClose={() => setEditing(null)} />}
      {copying && <CopyTemplateModal key={copying.key} template={copying} onClose={() => setCopying(null)} />}
    </Stack>
  );
}
