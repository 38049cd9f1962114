import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaCase } from '@shared/api/poa-schemas';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** A case's own title, else its type and notice date ("Order defect rate, 2 Nov 2026"), as lists name it. */
export function usePoaCaseTitle(): (poaCase: Pick<PoaCase, 'title' | 'caseType' | 'noticeDate'>) => string {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return useCallback(
    (poaCase) =>
      poaCase.title ?? t('poa.untitled', { caseType: t(`poa.caseTypes.${poaCase.caseType}`), date: formatDay(poaCase.noticeDate, language) }),
    [language, t],
  );
}
