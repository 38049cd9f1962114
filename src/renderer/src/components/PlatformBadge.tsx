import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Platform } from '@shared/domain/stores';

const PLATFORM_COLOR: Record<Platform, MantineColor> = {
  amazon: 'orange',
  tiktok_shop: 'grape',
  shopify: 'green',
  other: 'gray',
};

export function PlatformBadge({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  return (
    <Badge miw="max-content" color={PLATFORM_COLOR[platform]} variant="light" tt="none">
      {t(`platforms.${platform}`)}
    </Badge>
  );
}
