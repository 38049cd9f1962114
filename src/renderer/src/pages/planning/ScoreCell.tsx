import { Progress, Stack, Text } from '@mantine/core';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatShare } from './planning-format';

/** A weighted score as a number and a bar; full at 100 %, though a score may reach 150 %. */
export function ScoreCell({ score, label }: { score: number | null; label: string }) {
  const { language } = useUiLanguage();
  return (
    <Stack gap={4} miw={90}>
      <Text size="sm" fw={600}>
        {formatShare(score, language)}
      </Text>
      {score !== null && <Progress value={Math.min(100, score * 100)} color={score >= 1 ? 'teal' : score >= 0.8 ? 'blue' : 'yellow'} size="sm" aria-label={label} />}
    </Stack>
  );
}
