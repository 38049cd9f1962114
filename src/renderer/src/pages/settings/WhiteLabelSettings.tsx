import { Button, ColorInput, FileButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { IconPalette, IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhiteLabel } from '@shared/api/review-schemas';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { notifySuccess } from '../../errors/notify-error';
import { bytesToBase64 } from '../../files/bytes-to-base64';
import { showServerError } from '../../forms/apply-issues';
import { useUpdateWhiteLabel, useWhiteLabel } from '../../hooks/use-reviews';
import { SettingsSection } from './SettingsSection';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];
type Errors = Partial<Record<keyof WhiteLabel, string>>;

/** The agency's name, logo and colours on the cover of every client review. */
export function WhiteLabelSettings() {
  const { t } = useTranslation();
  const current = useWhiteLabel();
  const update = useUpdateWhiteLabel();
  const [draft, setDraft] = useState<Partial<WhiteLabel>>({});
  const [errors, setErrors] = useState<Errors>({});
  const shown = current.data ? { ...current.data, ...draft } : null;

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) {
      setErrors({ logoDataUrl: t('reviews.whiteLabel.logoType') });
      return;
    }
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    setErrors({});
    setDraft((before) => ({ ...before, logoDataUrl: `data:${file.type};base64,${base64}` }));
  };
  const save = async () => {
    setErrors({});
    try {
      await update.mutateAsync(draft);
      setDraft({});
      notifySuccess(t('reviews.whiteLabel.saved'));
    } catch (failure) {
      showServerError<WhiteLabel>(failure, ['agencyName', 'logoDataUrl', 'primaryColour', 'accentColour'], t, setErrors);
    }
  };

  return (
    <SettingsSection icon={IconPalette} title={t('reviews.whiteLabel.title')} testId="settings-white-label">
      {current.isPending && <CenteredLoader />}
      {current.error && <ErrorState error={current.error} onRetry={() => void current.refetch()} />}
      {shown && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('reviews.whiteLabel.description')}</Text>
          <TextInput
            label={t('reviews.whiteLabel.agencyName')}
            value={shown.agencyName}
            onChange={(event) => setDraft((before) => ({ ...before, agencyName: event.currentTarget.value }))}
            error={errors.agencyName}
            maw={420}
            data-testid="white-label-name"
          />
          <Group gap="md" align="flex-start">
            <ColorInput
              label={t('reviews.whiteLabel.primaryColour')}
              eyeDropperButtonProps={{ 'aria-label': t('reviews.whiteLabel.pickFromScreen', { colour: t('reviews.whiteLabel.primaryColour') }) }}
              value={shown.primaryColour}
              onChange={(value) => setDraft((before) => ({ ...before, primaryColour: value }))}
              format="hex"
              error={errors.primaryColour}
              w={200}
              data-testid="white-label-primary"
            />
            <ColorInput
              label={t('reviews.whiteLabel.accentColour')}
              eyeDropperButtonProps={{ 'aria-label': t('reviews.whiteLabel.pickFromScreen', { colour: t('reviews.whiteLabel.accentColour') }) }}
              value={shown.accentColour}
              onChange={(value) => setDraft((before) => ({ ...before, accentColour: value }))}
              format="hex"
              error={errors.accentColour}
              w={200}
              data-testid="white-label-accent"
            />
          </Group>
          <Stack gap={6}>
            <Text size="sm" fw={500}>{t('reviews.whiteLabel.logo')}</Text>
            <Group gap="md">
              {shown.logoDataUrl ? (
                <Image src={shown.logoDataUrl} alt={t('reviews.whiteLabel.logoAlt')} h={48} w="auto" fit="contain" />
              ) : (
                <Text size="sm" c="dimmed">{t('reviews.whiteLabel.noLogo')}</Text>
              )}
              <FileButton onChange={(file) => void pickLogo(file)} accept={LOGO_TYPES.join(',')}>
                {(props) => (
                  <Button {...props} variant="default" size="xs" leftSection={<IconPhotoUp size={14} />} data-testid="white-label-logo">
                    {t('reviews.whiteLabel.chooseLogo')}
                  </Button>
                )}
              </FileButton>
              {shown.logoDataUrl && (
                <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={() => setDraft((before) => ({ ...before, logoDataUrl: null }))}>
                  {t('reviews.whiteLabel.removeLogo')}
                </Button>
              )}
            </Group>
            {errors.logoDataUrl && <Text size="xs" c="red">{errors.logoDataUrl}</Text>}
            <Text size="xs" c="dimmed">{t('reviews.whiteLabel.logoHint')}</Text>
          </Stack>
          <Group>
            <Button onClick={() => void save()} loading={update.isPending} disabled={Object.keys(draft).length === 0} data-testid="white-label-save">
              {t('reviews.whiteLabel.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </SettingsSection>
  );
}
