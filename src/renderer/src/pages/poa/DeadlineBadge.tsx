import { Badge, Flex, Text, type MantineColor } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaStatus } from '@shared/domain/poa';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { deadlineState, type DeadlineTone } from './list/deadline-state';

const TONE_COLOR: Record<DeadlineTone, MantineColor> = { overdue: 'red', today: 'red', soon: 'orange', later: 'gray' };

/** The last day to answer and, while the clock runs, how much time is left (overdue in red). */
interface DeadlineBadgeProps {
  deadline: string | null;
  status: PoaStatus;
  today: string;
  /** The time left under the date rather than beside it, for narrow table columns. */
  stacked?: boolean;
}

export function DeadlineBadge({ deadline, status, today, stacked = false }: DeadlineBadgeProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  if (deadline === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('poa.deadline.none')}
      </Text>
    );
  }
  const state = deadlineState(deadline, today, status);
  return (
    <Flex
      gap={stacked ? 4 : 6}
      direction={stacked ? 'column' : 'row'}
      align={stacked ? 'flex-start' : 'center'}
      wrap="nowrap"
      data-testid="poa-deadline"
      data-tone={state?.tone}
    >
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDay(deadline, language)}
      </Text>
      {state && (
        <Badge
          size="sm"
          variant={state.tone === 'later' ? 'default' : 'light'}
          color={TONE_COLOR[state.tone]}
          tt="none"
          miw="max-content"
          leftSection={state.tone === 'later' ? undefined : <IconAlarm size={12} />}
        >
          {state.tone === 'overdue'
            ? t('poa.deadline.overdue', { count: -state.days })
            : state.tone === 'today'
              ? t('poa.deadline.today')
              : t('poa.deadline.left', { count: state.days })}
        </Badge>
      )}
    </Flex>
  );
}
