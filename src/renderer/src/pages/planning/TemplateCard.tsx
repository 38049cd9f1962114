import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconCopy, IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/api/planning-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { PlatformBadge } from '../../components/PlatformBadge';
import { notifyError } from '../../errors/notify-error';
import { useRemoveTemplate } from '../../hooks/use-planning';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { formatMetricValue } from '../../metrics/format-metric-value';
import { templateName } from './template-name';

interface TemplateCardProps {
  template: Template;
  onApply: (template: Template) => void;
  onCopy: (template: Template) => void;
  onEdit: (template: Template) => void;
}

export function TemplateCard({ template, onApply, onCopy, onEdit }: TemplateCardProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const remove = useRemoveTemplate();
  const name = templateName(t, template);
  return (
    <Card withBorder radius="md" padding="md" data-template={template.key}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700}>{name}</Text>
          <Badge size="sm" variant="light" color={template.builtIn ? 'gray' : 'indigo'} miw="max-content">
            {t(template.builtIn ? 'planning.templates.shipped' : 'planning.templates.own')}
          </Badge>
        </Group>
        <Group gap="xs">
          <PlatformBadge platform={template.platform} />
          <Badge variant="outline" size="sm" tt="none">
            {t(`stages.${template.stage}`)}
          </Badge>
        </Group>
        <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Tbody>
            {template.items.map((item) => (
              <Table.Tr key={item.metricKey}>
                <Table.Td>{metricLabel(item.metricKey)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {item.basis === 'previous_period'
                    ? t('planning.templates.multiple', { multiple: item.targetValue })
                    : formatMetricValue(item.targetValue, findMetric(item.metricKey)?.unit ?? 'count', language)}
                </Table.Td>
                {/* Chinese role names must not break between their characters. */}
                <Table.Td c="dimmed" style={{ wordBreak: 'keep-all' }}>
                  {t(`planning.roles.${item.role}`)}
                </Table.Td>
                <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('planning.templates.weight', { weight: item.weight })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs" mt="auto">
          <Button size="xs" leftSection={<IconPlayerPlay size={14} />} onClick={() => onApply(template)} aria-label={t('planning.templates.applyNamed', { name })}>
            {t('planning.templates.apply')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconCopy size={14} />} onClick={() => onCopy(template)} aria-label={t('planning.templates.copyNamed', { name })}>
            {t('planning.templates.copy')}
          </Button>
          {template.id !== null && (
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => onEdit(template)} aria-label={t('planning.templates.editNamed', { name })}>
              {t('planning.templates.edit')}
            </Button>
          )}
          {template.id !== null && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              loading={remove.isPending}
              onClick={() => remove.mutate({ id: template.id! }, { onError: (error) => notifyError(t, error) })}
              aria-label={t('planning.templates.removeNamed', { name })}
            >
              {t('planning.templates.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
