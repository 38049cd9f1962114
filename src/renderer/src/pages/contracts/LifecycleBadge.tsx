import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contract } from '@shared/api/agency-contract-schemas';

const COLORS: Record<Contract['lifecycle'], string> = {
  upcoming: 'blue',
  active: 'teal',
  renewal_due: 'orange',
  expired: 'red',
  archived: 'gray',
};

export function LifecycleBadge({ lifecycle }: { lifecycle: Contract['lifecycle'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[lifecycle]} variant="light" data-lifecycle={lifecycle} style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`contracts.lifecycles.${lifecycle}`)}
    </Badge>
  );
}
