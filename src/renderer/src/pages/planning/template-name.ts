import type { TFunction } from 'i18next';
import type { Template } from '@shared/api/planning-schemas';

/** Shipped templates are named in the UI language; the agency's own keep the name it gave them. */
export function templateName(t: TFunction, template: Pick<Template, 'builtIn' | 'name' | 'platform' | 'stage'>): string {
  if (!template.builtIn) return template.name;
  const platform = template.platform === 'other' ? t('planning.templates.interest') : t(`platforms.${template.platform}`);
  return `${platform} · ${t(`stages.${template.stage}`)}`;
}
