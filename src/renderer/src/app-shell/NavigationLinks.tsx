import { Badge, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useOpenCriticalCount } from '../hooks/use-alerts';
import { useUiLanguage } from '../i18n/use-ui-language';
import { NAV_AREAS, NAV_GROUPS } from './nav-areas';

export function NavigationLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { language } = useUiLanguage();
  const openCritical = useOpenCriticalCount();
  const alertsBadge = openCritical ? (
    <Badge size="sm" color="red" variant="light" data-testid="nav-alerts-badge">
      <span aria-hidden>{openCritical.toLocaleString(language)}</span>
      <VisuallyHidden>{t('alerts.navBadge', { count: openCritical })}</VisuallyHidden>
    </Badge>
  ) : undefined;
  return (
    <Stack gap="lg" component="nav" aria-label={t('nav.label')}>
      {NAV_GROUPS.map((group) => (
        <Stack key={group} gap={4}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm">
            {t(`nav.groups.${group}`)}
          </Text>
          {NAV_AREAS.filter((area) => area.group === group).map((area) => (
            <NavLink
              key={area.id}
              component={Link}
              to={area.path}
              label={t(`nav.${area.id}`)}
              leftSection={<area.icon size={18} stroke={1.6} />}
              rightSection={area.id === 'alerts' ? alertsBadge : undefined}
              active={pathname === area.path || pathname.startsWith(`${area.path}/`)}
              onClick={onNavigate}
              data-testid={`nav-${area.id}`}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
