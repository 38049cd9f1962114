import { Drawer, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaItem } from '@shared/api/sla-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useSlaHistory } from '../../hooks/use-sla';
import { formatDateTime } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** The steps an SLA item went through, oldest first, in a side drawer. */
export function SlaHistoryDrawer({ item, onClose }: { item: SlaItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const history = useSlaHistory(item?.id ?? null);
  const name = item ? t(`sla.kinds.${item.kind}`) : '';
  return (
    <Drawer
      opened={item !== null}
      onClose={onClose}
      position="right"
      title={t('sla.history.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="sla-history"
    >
      {history.isPending ? (
        <CenteredLoader />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sla.history.empty')}
        </Text>
      ) : (
        <Timeline active={history.data.length - 1} bulletSize={14} lineWidth={2}>
          {/* The service lists newest first; a story reads from its start. */}
          {[...history.data].reverse().map((event) => (
            <Timeline.Item key={event.id} title={t(`sla.history.actions.${event.action}`)} data-action={event.action}>
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at, language)} · {t('sla.history.by', { actor: event.actor })}
              </Text>
              {event.note && <Text size="sm">{event.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
