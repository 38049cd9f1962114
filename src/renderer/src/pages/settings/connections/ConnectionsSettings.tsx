import { Select, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorState } from '../../../components/ErrorState';
import { useStores } from '../../../hooks/use-stores';
import { SettingsSection } from '../SettingsSection';
import { providerOfPlatform } from './connection-providers';
import { StoreConnection } from './StoreConnection';

/** Settings → Connections: choose an Amazon or TikTok Shop store, then manage its live connection. */
export function ConnectionsSettings() {
  const { t } = useTranslation();
  const stores = useStores();
  const [chosen, setChosen] = useState<string | null>(null);
  const connectable = (stores.data ?? []).filter((store) => providerOfPlatform(store.platform) !== null);
  const store = connectable.find((s) => String(s.id) === chosen) ?? null;
  const provider = store ? providerOfPlatform(store.platform) : null;
  return (
    <SettingsSection icon={IconPlugConnected} title={t('connections.title')} testId="settings-connections">
      <Text size="sm" c="dimmed">
        {t('connections.description')}
      </Text>
      {stores.isPending && <CenteredLoader />}
      {stores.error && <ErrorState error={stores.error} onRetry={() => void stores.refetch()} />}
      {stores.data && connectable.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('connections.noStores')}
        </Text>
      )}
      {connectable.length > 0 && (
        <Select
          w={360}
          label={t('connections.store')}
          placeholder={t('connections.chooseStore')}
          searchable
          data={connectable.map((s) => ({ value: String(s.id), label: `${s.displayName} · ${t(`platforms.${s.platform}`)} ${s.marketplace}` }))}
          value={chosen}
          onChange={setChosen}
          data-testid="connection-store"
        />
      )}
      {store && provider && <StoreConnection key={store.id} storeId={store.id} provider={provider} />}
    </SettingsSection>
  );
}
