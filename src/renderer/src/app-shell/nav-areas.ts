import {
  IconAlertTriangle,
  IconBuildingStore,
  IconFileCertificate,
  IconFileImport,
  IconFlask,
  IconGauge,
  IconGridDots,
  IconMessageReport,
  IconSettings,
  IconTarget,
  IconTemplate,
  IconUsersGroup,
  IconReportAnalytics,
  type Icon,
} from '@tabler/icons-react';

export type AreaId =
  | 'overview'
  | 'matrix'
  | 'alerts'
  | 'clientsStores'
  | 'imports'
  | 'poa'
  | 'contracts'
  | 'reviews'
  | 'targets'
  | 'scorecards'
  | 'planTemplates'
  | 'experiments'
  | 'settings';

export interface NavArea {
  id: AreaId;
  path: string;
  icon: Icon;
  group: 'monitor' | 'manage' | 'plan' | 'system';
}

/** Every area of the app, in navigation order. */
export const NAV_AREAS: readonly NavArea[] = [
  { id: 'overview', path: '/overview', icon: IconGauge, group: 'monitor' },
  { id: 'matrix', path: '/matrix', icon: IconGridDots, group: 'monitor' },
  { id: 'alerts', path: '/alerts', icon: IconAlertTriangle, group: 'monitor' },
  { id: 'clientsStores', path: '/clients-stores', icon: IconBuildingStore, group: 'manage' },
  { id: 'imports', path: '/imports', icon: IconFileImport, group: 'manage' },
  { id: 'poa', path: '/poa', icon: IconMessageReport, group: 'manage' },
  { id: 'contracts', path: '/contracts', icon: IconFileCertificate, group: 'manage' },
  { id: 'reviews', path: '/reviews', icon: IconReportAnalytics, group: 'manage' },
  { id: 'targets', path: '/planning/targets', icon: IconTarget, group: 'plan' },
  { id: 'scorecards', path: '/planning/scorecards', icon: IconUsersGroup, group: 'plan' },
  { id: 'planTemplates', path: '/planning/templates', icon: IconTemplate, group: 'plan' },
  { id: 'experiments', path: '/planning/experiments', icon: IconFlask, group: 'plan' },
  { id: 'settings', path: '/settings', icon: IconSettings, group: 'system' },
];

export const NAV_GROUPS = ['monitor', 'manage', 'plan', 'system'] as const;

export function navArea(id: AreaId): NavArea {
  const area = NAV_AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}
