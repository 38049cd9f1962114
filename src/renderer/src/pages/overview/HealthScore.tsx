import { Group, RingProgress, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Health bands as the matrix colours them: green from 80, yellow from 50, red below. */
export function healthColor(score: number): MantineColor {
  if (score >= 80) return 'teal';
  if (score >= 50) return 'yellow';
  return 'red';
}

/** A 0–100 health score as a ring with the number, and the number spelled out for screen readers. */
export function HealthScore({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" aria-label={t('overview.atRisk.healthLabel', { score })} role="img">
      <RingProgress size={36} thickness={4} roundCaps sections={[{ value: score, color: healthColor(score) }]} aria-hidden />
      {/* Shade 9 for the number: the band colours themselves are too light for text on white. */}
      <Text size="sm" fw={700} c={`${healthColor(score)}.9`} aria-hidden>
        {score}
      </Text>
    </Group>
  );
}
