import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PoaRecoveryEvidence } from '@shared/api/poa-content-schemas';
import { formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th fw={400} c="dimmed" w="60%">
        {label}
      </Table.Th>
      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}

/** A recovery plan's rows under its figures: the day the rate heals, the volume assumed, how to get there sooner, the gaps. */
export function RecoveryEvidenceRows({ recovery }: { recovery: PoaRecoveryEvidence }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const count = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return (
    <>
      <Row label={t('poa.evidence.recovery.recoveryDate')} value={formatDay(recovery.recoveryDate, language)} />
      <Row label={t('poa.evidence.recovery.projectedOrders')} value={count(recovery.projectedOrdersPerDay)} />
      {recovery.speedUps.length > 0 && (
        <Table.Tr>
          <Table.Th colSpan={2} fw={600} pt="xs">
            {t('poa.evidence.recovery.speedUps')}
          </Table.Th>
        </Table.Tr>
      )}
      {recovery.speedUps.map((speedUp) => (
        <Row key={speedUp.date} label={t('poa.evidence.recovery.speedUpBy', { date: formatDay(speedUp.date, language) })} value={count(speedUp.ordersPerDay)} />
      ))}
      {recovery.missingDays > 0 && (
        <Row
          label={t('poa.evidence.recovery.missingDays')}
          value={t('poa.evidence.recovery.missingDaysValue', { missing: count(recovery.missingDays), window: count(recovery.windowDays) })}
        />
      )}
    </>
  );
}
