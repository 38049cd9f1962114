import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaItem } from '@shared/api/sla-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useClients } from '../../hooks/use-clients';
import { useSlaItems } from '../../hooks/use-sla';
import { localToday } from '../../i18n/format-values';
import { SlaItemsTable } from './SlaItemsTable';

const SECTIONS = ['overdue', 'due_soon', 'on_track', 'paused', 'met', 'breached'] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(item: SlaItem): Section | null {
  if (item.status === 'open') return item.urgency ?? 'on_track';
  if (item.status === 'paused' || item.status === 'met' || item.status === 'breached') return item.status;
  return null;
}

/** Every client's open items, plus this month's met and breached ones. */
export function SlaBoard() {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState<number | null>(null);
  const [section, setSection] = useState<Section | null>(null);
  const clients = useClients();
  const month = localToday().slice(0, 7);
  const open = useSlaItems({ clientId: clientId ?? undefined, status: 'open' });
  const paused = useSlaItems({ clientId: clientId ?? undefined, status: 'paused' });
  const thisMonth = useSlaItems({ clientId: clientId ?? undefined, month });
  if (open.isPending || thisMonth.isPending || paused.isPending) return <CenteredLoader />;
  if (open.isError) return <ErrorState error={open.error} onRetry={() => void open.refetch()} />;
  if (paused.isError) return <ErrorState error={paused.error} onRetry={() => void paused.refetch()} />;
  if (thisMonth.isError) return <ErrorState error={thisMonth.error} onRetry={() => void thisMonth.refetch()} />;
  const seen = new Set<number>();
  const all = [...open.data, ...paused.data, ...thisMonth.data].filter((item) => !seen.has(item.id) && seen.add(item.id));
  const shown = SECTIONS.filter((candidate) => section === null || candidate === section);
  return (
    <Stack gap="md" data-testid="sla-board">
      <Group>
        <Select<number>
          label={t('fields.client')}
          clearable
          searchable
          placeholder={t('sla.allClients')}
          data={(clients.data ?? []).map((client) => ({ value: client.id, label: client.name }))}
          value={clientId}
          onChange={setClientId}
        />
        <Select<Section>
          label={t('fields.status')}
          clearable
          placeholder={t('sla.allStatuses')}
          data={SECTIONS.map((candidate) => ({ value: candidate, label: t(`sla.sections.${candidate}`) }))}
          value={section}
          onChange={setSection}
        />
      </Group>
      {shown.map((candidate) => {
        const items = all.filter((item) => sectionOf(item) === candidate);
        return (
          <Stack key={candidate} gap="xs">
            <Title order={4}>
              {t(`sla.sections.${candidate}`)} ({items.length})
            </Title>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('sla.noItems')}
              </Text>
            ) : (
              <SlaItemsTable items={items} showContract testId={`sla-${candidate}`} />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
