import { Alert, Badge, Button, Checkbox, Drawer, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaTemplate } from '@shared/api/poa-schemas';
import type { PoaCaseType, PoaLanguage } from '@shared/domain/poa';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorState } from '../../../components/ErrorState';
import { usePoaTemplates } from '../../../hooks/use-poa';
import { selectedSuggestions, templateSelectionFits } from './insert-template';

interface TemplatesDrawerProps {
  opened: boolean;
  caseType: PoaCaseType;
  language: PoaLanguage;
  content: PoaContent;
  onClose: () => void;
  onInsert: (template: PoaTemplate, keys: ReadonlySet<string>) => void;
}

function toggled(keys: ReadonlySet<string>, changed: readonly string[], on: boolean): Set<string> {
  const next = new Set(keys);
  for (const key of changed) {
    if (on) next.add(key);
    else next.delete(key);
  }
  return next;
}

/**
 * Suggested root causes for the case type in the document's language, each with the corrective and
 * preventive entries that answer it. Picking a root cause picks its answers too; any can be left out.
 */
export function TemplatesDrawer({ opened, caseType, language, content, onClose, onInsert }: TemplatesDrawerProps) {
  const { t } = useTranslation();
  const templates = usePoaTemplates(caseType, language, opened);
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const template = templates.data;
  const picked = template ? selectedSuggestions(template, keys) : null;
  const count = picked ? picked.rootCauses.length + picked.correctiveActions.length + picked.preventiveMeasures.length : 0;
  const fits = template ? templateSelectionFits(content, template, keys) : true;

  const insert = () => {
    if (!template) return;
    onInsert(template, keys);
    setKeys(new Set());
    onClose();
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('poa.templates.title', { caseType: t(`poa.caseTypes.${caseType}`) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
      data-testid="poa-templates"
    >
      {templates.isPending && <CenteredLoader />}
      {templates.error && <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />}
      {template && (
        <Stack gap="md" pb={72}>
          <Text size="sm" c="dimmed">
            {t('poa.templates.description')}
          </Text>
          {template.textLanguage !== template.language && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle />}>
              {t('poa.templates.englishForInternal')}
            </Alert>
          )}
          {template.rootCauses.map((cause, index) => {
            const actions = template.correctiveActions.filter((action) => action.rootCauseKey === cause.key);
            const measures = template.preventiveMeasures.filter((measure) => measure.rootCauseKey === cause.key);
            const causeOn = keys.has(cause.key);
            const children = [...actions, ...measures].map((entry) => entry.key);
            return (
              <Paper key={cause.key} withBorder radius="md" p="sm" data-testid="poa-template-cause" data-key={cause.key}>
                <Checkbox
                  checked={causeOn}
                  onChange={(event) => setKeys(toggled(keys, [cause.key, ...children], event.currentTarget.checked))}
                  label={
                    <Stack gap={2}>
                      <Text size="xs" c="dimmed">
                        {t('poa.entryNames.rootCauses', { index: index + 1 })}
                      </Text>
                      <Text size="sm" fw={500} lang={template.textLanguage}>
                        {cause.text}
                      </Text>
                    </Stack>
                  }
                  data-testid="poa-template-cause-check"
                />
                <Stack gap={6} mt="sm" pl="xl">
                  {actions.map((action) => (
                    <Checkbox
                      key={action.key}
                      size="xs"
                      disabled={!causeOn}
                      checked={causeOn && keys.has(action.key)}
                      onChange={(event) => setKeys(toggled(keys, [action.key], event.currentTarget.checked))}
                      label={
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <Badge size="xs" variant="light" color="blue" tt="none" miw="max-content">
                            {t('poa.templates.corrective')}
                          </Badge>
                          <Text size="xs" lang={template.textLanguage}>
                            {action.text}
                          </Text>
                        </Group>
                      }
                    />
                  ))}
                  {measures.map((measure) => (
                    <Checkbox
                      key={measure.key}
                      size="xs"
                      disabled={!causeOn}
                      checked={causeOn && keys.has(measure.key)}
                      onChange={(event) => setKeys(toggled(keys, [measure.key], event.currentTarget.checked))}
                      label={
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <Badge size="xs" variant="light" color="grape" tt="none" miw="max-content">
                            {t('poa.templates.preventive')}
                          </Badge>
                          <Text size="xs" lang={template.textLanguage}>
                            {measure.text}{' '}
                            <Text span size="xs" c="dimmed">
                              {t('poa.templates.ownerFrequency', { owner: measure.owner, frequency: t(`poa.frequencies.${measure.frequency}`) })}
                            </Text>
                          </Text>
                        </Group>
                      }
                    />
                  ))}
                </Stack>
              </Paper>
            );
          })}
          <Paper
            withBorder
            p="sm"
            radius="md"
            shadow="md"
            style={{ position: 'sticky', bottom: 0, zIndex: 1 }}
          >
            <Group justify="space-between" gap="sm">
              <Text size="sm" c={fits ? undefined : 'red'}>
                {fits ? t('poa.templates.selected', { count }) : t('poa.templates.tooMany')}
              </Text>
              <Button onClick={insert} disabled={count === 0 || !fits} data-testid="poa-templates-insert">
                {t('poa.templates.insert', { count })}
              </Button>
            </Group>
          </Paper>
        </Stack>
      )}
    </Drawer>
  );
}
