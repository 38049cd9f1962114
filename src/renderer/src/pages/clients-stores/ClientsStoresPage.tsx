import { Tabs } from '@mantine/core';
import { IconBuildingStore, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { ClientsTab } from './clients/ClientsTab';
import { StoresTab } from './stores/StoresTab';

const TABS = ['clients', 'stores'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | undefined): value is Tab {
  return TABS.some((tab) => tab === value);
}

/** Clients and their stores, one tab each; the tab is in the URL so links can point at it. */
export function ClientsStoresPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  if (!isTab(tab)) return <Navigate to="/clients-stores/clients" replace />;
  return (
    <>
      <PageHeader title={t('nav.clientsStores')} description={t('directory.description')} />
      <Tabs value={tab} onChange={(next) => next && void navigate(`/clients-stores/${next}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="clients" leftSection={<IconUsers size={16} />} data-testid="tab-clients">
            {t('directory.tabs.clients')}
          </Tabs.Tab>
          <Tabs.Tab value="stores" leftSection={<IconBuildingStore size={16} />} data-testid="tab-stores">
            {t('directory.tabs.stores')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="clients">
          <ClientsTab />
        </Tabs.Panel>
        <Tabs.Panel value="stores">
          <StoresTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
