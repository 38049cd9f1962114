import {
  IconAlertTriangle,
  IconBuildingStore,
  IconFileCertificate,
  IconFileImport,
  IconGauge,
  IconGridDots,
  IconMessageReport,
  IconSettings,
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
  | 'settings';

export interface NavArea {
  id: AreaId;
  path: string;
  icon: Icon;
  group: 'monitor' | 'manage' | 'system';
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
  { id: 'settings', path: '/settings', icon: IconSettings, group: 'system' },
];

export const NAV_GROUPS = ['monitor', 'manage', 'system'] as const;

export function navArea(id: AreaId): NavArea {
  const area = NAV_AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}
