import { Group, RingProgress, Stack, Text, Tooltip, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n/use-ui-language';

type ScoreBand = 'good' | 'fair' | 'poor';
const BAND_COLOR: Record<ScoreBand, MantineColor> = { good: 'teal', fair: 'yellow', poor: 'red' };

/** Same bands as the penalties: one breach (−25) takes a store out of the green. */
function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** The store's 0–100 health score as a ring with the number in it, and its band in words. */
export function HealthScore({ score }: { score: number | null }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const band = score === null ? null : scoreBand(score);
  const color = band ? BAND_COLOR[band] : 'gray';
  return (
    <Tooltip label={t('store.header.healthScoreHint')} multiline w={280} withArrow>
      <Group gap="xs" wrap="nowrap" tabIndex={0} data-testid="health-score" data-score={score ?? undefined}>
        <RingProgress
          size={60}
          thickness={6}
          roundCaps
          sections={[{ value: score ?? 0, color }]}
          label={
            <Text ta="center" fw={700} size="md">
              {score === null ? t('common.none') : score.toLocaleString(language)}
            </Text>
          }
        />
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('store.header.healthScore')}
          </Text>
          {/* The ring carries the colour; the words stay in body text so they read in any band. */}
          <Text size="sm" fw={600}>
            {band ? t(`store.header.scoreBands.${band}`) : t('store.header.noScore')}
          </Text>
        </Stack>
      </Group>
    </Tooltip>
  );
}
