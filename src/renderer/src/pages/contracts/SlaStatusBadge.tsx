import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaItem } from '@shared/api/sla-schemas';

const STATUS_COLORS: Record<SlaItem['status'], string> = { open: 'blue', paused: 'gray', met: 'teal', breached: 'red', waived: 'gray' };
const URGENCY_COLORS: Record<NonNullable<SlaItem['urgency']>, string> = { on_track: 'blue', due_soon: 'orange', overdue: 'red' };

/** An open item shows how urgent it is; a closed one how it ended. */
export function SlaStatusBadge({ item }: { item: Pick<SlaItem, 'status' | 'urgency'> }) {
  const { t } = useTranslation();
  if (item.status === 'open' && item.urgency)
    return (
      <Badge color={URGENCY_COLORS[item.urgency]} variant="light" data-status={item.urgency} styles={{ label: { overflow: 'visible' } }}>
        {t(`sla.urgencies.${item.urgency}`)}
      </Badge>
    );
  return (
    <Badge color={STATUS_COLORS[item.status]} variant="light" data-status={item.status} styles={{ label: { overflow: 'visible' } }}>
      {t(`sla.statuses.${item.status}`)}
    </Badge>
  );
}
