import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '@shared/api/agency-contract-schemas';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMoneyMinor } from '../../metrics/format-metric-value';
import { LifecycleBadge } from './LifecycleBadge';
import { bpsToPercent } from './money-units';
import { asWeekday } from './weekdays';

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** The promises at a glance: period, money, clocks and covered stores. */
export function ContractTerms({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const hours = contract.businessHours
    ? `${contract.businessHours.days.map((day) => t(`contracts.weekdays.${asWeekday(day)}`)).join(' ')} ${contract.businessHours.start}–${contract.businessHours.end}`
    : t('contracts.terms.allHours');
  return (
    <Paper withBorder radius="md" p="md" data-testid="contract-terms">
      <Group mb="sm" gap="xs">
        <LifecycleBadge lifecycle={contract.lifecycle} />
        <Text size="sm">{t(`contracts.tiers.${contract.tier}`)}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
        <Term label={t('contracts.columns.period')}>
          {formatDay(contract.startDate, language)} – {contract.endDate ? formatDay(contract.endDate, language) : t('contracts.openEnded')}
        </Term>
        <Term label={t('contracts.terms.notice')}>
          {contract.noticeDeadline ? t('contracts.terms.noticeBy', { date: formatDay(contract.noticeDeadline, language) }) : t('common.none')}
        </Term>
        <Term label={t('contracts.fields.baseFee')}>{formatMoneyMinor(contract.baseFeeMinor, contract.currency, language)}</Term>
        <Term label={t('contracts.fields.commissionPercent')}>{`${bpsToPercent(contract.commissionBps)} %`}</Term>
        <Term label={t('fields.timeZone')}>{contract.timeZone}</Term>
        <Term label={t('contracts.terms.businessHours')}>{hours}</Term>
        <Term label={t('contracts.form.slaTerms')}>
          {contract.slaTerms.length === 0
            ? t('common.none')
            : contract.slaTerms
                .map((term) =>
                  term.kind === 'monthly_review'
                    ? t('contracts.terms.reviewBy', { kind: t('sla.kinds.monthly_review'), day: term.dayOfMonth })
                    : t('contracts.terms.within', { kind: t(`sla.kinds.${term.kind}`), hours: term.hours, clock: t(`sla.clocks.${term.clock}`) }),
                )
                .join(' · ')}
        </Term>
        <Term label={t('contracts.fields.stores')}>{contract.stores.map((store) => store.displayName).join(', ')}</Term>
      </SimpleGrid>
      {(
        [
          ['contracts.fields.renewalTerms', contract.renewalTerms],
          ['contracts.fields.exitTerms', contract.exitTerms],
          ['contracts.fields.handoverNotes', contract.handoverNotes],
        ] as const
      ).map(([label, text]) =>
        text ? (
          <Text key={label} size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t(label)}: {text}
          </Text>
        ) : null,
      )}
    </Paper>
  );
}
