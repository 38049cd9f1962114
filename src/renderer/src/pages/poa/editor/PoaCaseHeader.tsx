import { Anchor, Badge, Flex, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PoaCase } from '@shared/api/poa-schemas';
import { PlatformBadge } from '../../../components/PlatformBadge';
import { formatDay } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { storeHref } from '../../overview/view-links';
import { DeadlineBadge } from '../DeadlineBadge';
import { PoaStatusBadge } from '../PoaStatusBadge';
import { usePoaCaseTitle } from '../use-poa-case-title';

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

interface PoaCaseHeaderProps {
  poaCase: PoaCase;
  today: string;
  /** Export and the save state, on the right. */
  actions: ReactNode;
  /** The status moves, under the facts. */
  transitions: ReactNode;
}

/** Whose case it is and where it stands: store, type, language, dates, status and revision. */
export function PoaCaseHeader({ poaCase, today, actions, transitions }: PoaCaseHeaderProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const caseTitle = usePoaCaseTitle();
  return (
    <Stack gap="sm" mb="md" data-testid="poa-header">
      <Anchor component={Link} to="/poa" size="sm" w="fit-content">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} />
          {t('nav.poa')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap="sm" style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" align="center">
            <Title order={2} data-testid="poa-title">
              {caseTitle(poaCase)}
            </Title>
            <PoaStatusBadge status={poaCase.status} />
            <Badge variant="default" tt="none" miw="max-content" data-testid="poa-revision">
              {t('poa.revisionNumber', { revision: poaCase.revision })}
            </Badge>
          </Group>
          <Flex columnGap="xl" rowGap="sm" wrap="wrap" align="flex-start">
            <Fact label={t('poa.fields.store')}>
              <Group gap={6} wrap="nowrap">
                <Anchor component={Link} to={storeHref(poaCase.storeId)} size="sm" fw={500}>
                  {poaCase.storeName}
                </Anchor>
                <PlatformBadge platform={poaCase.platform} />
              </Group>
            </Fact>
            <Fact label={t('fields.client')}>
              <Text size="sm">{poaCase.clientName}</Text>
            </Fact>
            <Fact label={t('poa.fields.caseType')}>
              <Text size="sm">{t(`poa.caseTypes.${poaCase.caseType}`)}</Text>
            </Fact>
            <Fact label={t('poa.fields.language')}>
              <Text size="sm">{t(`poa.documentLanguages.${poaCase.language}`)}</Text>
            </Fact>
            <Fact label={t('poa.fields.noticeDate')}>
              <Text size="sm">{formatDay(poaCase.noticeDate, language)}</Text>
            </Fact>
            <Fact label={t('poa.fields.deadline')}>
              <DeadlineBadge deadline={poaCase.deadline} status={poaCase.status} today={today} />
            </Fact>
          </Flex>
          {transitions}
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}
