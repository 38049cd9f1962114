import { Anchor, Badge, Flex, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Store } from '@shared/api/store-schemas';
import { PlatformBadge } from '../../components/PlatformBadge';
import { StoreStatusBadge } from '../../components/StoreStatusBadge';
import { useStoreHealth } from '../../hooks/use-store-insights';
import { useDisplayNames } from '../../i18n/use-display-names';
import { HealthScore } from './HealthScore';
import { StartPoaButton } from './StartPoaButton';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** Who the store is (client, platform, market, stage, status, manager) and how healthy it is. */
export function StoreHeader({ store }: { store: Store }) {
  const { t } = useTranslation();
  const names = useDisplayNames();
  const health = useStoreHealth(store.id);
  const row = health.data?.[0];
  // With nothing imported the score is a vacuous 100: show "not scored yet" instead.
  const score = row && row.cells.length > 0 ? row.healthScore : null;
  return (
    <Stack gap="sm" data-testid="store-header">
      <Anchor component={Link} to="/matrix" size="sm" w="fit-content" data-testid="back-to-matrix">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} />
          {t('store.backToMatrix')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="lg">
        <Stack gap="md" style={{ minWidth: 0, flex: 1 }}>
          <Title order={2} data-testid="store-name">
            {store.displayName}
          </Title>
          <Flex columnGap="xl" rowGap="sm" wrap="wrap" align="flex-start">
            <Fact label={t('fields.client')}>
              <Text size="sm" fw={500}>
                {store.clientName}
              </Text>
            </Fact>
            <Fact label={t('fields.platform')}>
              <PlatformBadge platform={store.platform} />
            </Fact>
            <Fact label={t('fields.marketplace')}>
              <Text size="sm">
                {names.country(store.marketplace)} · {store.currency}
              </Text>
            </Fact>
            <Fact label={t('fields.stage')}>
              <Badge variant="default" tt="none" miw="max-content">
                {t(`stages.${store.stage}`)}
              </Badge>
            </Fact>
            <Fact label={t('fields.status')}>
              <StoreStatusBadge status={store.status} />
            </Fact>
            <Fact label={t('fields.accountManager')}>
              <Text size="sm">{store.accountManager ?? t('common.none')}</Text>
            </Fact>
          </Flex>
        </Stack>
        <Group gap="lg" wrap="nowrap">
          <HealthScore score={score} />
          <StartPoaButton storeId={store.id} />
        </Group>
      </Group>
    </Stack>
  );
}
