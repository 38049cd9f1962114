import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconHistory, IconLock, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaCase } from '@shared/api/poa-schemas';
import type { PoaStatus } from '@shared/domain/poa';
import { formatDateTime } from '../../../i18n/format-values';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import type { AutosaveState } from './autosave-controller';
import type { LocalDraft } from './local-draft';
import { saveRefusal } from './use-poa-editor';

type LockedStatus = Exclude<PoaStatus, 'draft' | 'internal_review'>;

/** The status that keeps the text from changing, if any: each has its own explanation. */
function lockedStatus(poaCase: PoaCase): LockedStatus | null {
  return poaCase.editable || poaCase.status === 'draft' || poaCase.status === 'internal_review' ? null : poaCase.status;
}

interface EditorBannersProps {
  poaCase: PoaCase;
  autosave: AutosaveState;
  localDraft: LocalDraft | null;
  onRestore: () => void;
  onDiscard: () => void;
  onReload: () => void;
}

/** Why the text cannot change, a save refused because the case moved on, or unsaved text found on this computer. */
export function EditorBanners({ poaCase, autosave, localDraft, onRestore, onDiscard, onReload }: EditorBannersProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const refusal = autosave.kind === 'stopped' ? saveRefusal(autosave.error) : null;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('common.none'));
  const locked = lockedStatus(poaCase);
  if (refusal !== 'stale_revision' && !locked && !localDraft) return null;
  return (
    <Stack gap="sm" mb="md">
      {refusal === 'stale_revision' && (
        <Alert color="red" variant="light" icon={<IconAlertCircle />} title={t('poa.banners.staleTitle')} role="alert" data-testid="poa-stale">
          <Text size="sm">{t('poa.banners.staleBody')}</Text>
          <Group mt="sm">
            <Button size="xs" color="red" leftSection={<IconRefresh size={14} />} onClick={onReload} data-testid="poa-reload">
              {t('poa.banners.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {locked && (
        <Alert color="gray" variant="light" icon={<IconLock />} title={t(`poa.banners.readOnly.${locked}.title`)} data-testid="poa-read-only">
          <Text size="sm">
            {t(`poa.banners.readOnly.${locked}.body`, {
              revision: poaCase.revision,
              next: poaCase.revision + 1,
              submittedAt: when(poaCase.submittedAt),
              decidedAt: when(poaCase.decidedAt),
            })}
          </Text>
        </Alert>
      )}
      {localDraft && (
        <Alert color="blue" variant="light" icon={<IconHistory />} title={t('poa.banners.localTitle')} data-testid="poa-local-draft">
          <Text size="sm">{t('poa.banners.localBody', { time: formatDateTime(localDraft.editedAt, language) })}</Text>
          <Group mt="sm" gap="xs">
            <Button size="xs" onClick={onRestore} data-testid="poa-local-restore">
              {t('poa.banners.restore')}
            </Button>
            <Button size="xs" variant="default" onClick={onDiscard} data-testid="poa-local-discard">
              {t('poa.banners.discard')}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
