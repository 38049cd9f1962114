import { Button, Tooltip } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Starts a plan of action (appeal) for this store. POA drafting is not built yet, so the
 * button stays focusable but inert and its tooltip says why; once POA lands, this component
 * opens it for `storeId` and nothing else on the page changes.
 */
export function StartPoaButton({ storeId }: { storeId: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('store.poa.later')} multiline w={260} withArrow>
      {/* aria-disabled rather than disabled: a disabled button gets no hover or focus, so no tooltip. */}
      <Button
        variant="light"
        leftSection={<IconFileDescription size={16} />}
        data-disabled
        aria-disabled="true"
        onClick={(event) => event.preventDefault()}
        data-store-id={storeId}
        data-testid="start-poa"
      >
        {t('store.poa.start')}
      </Button>
    </Tooltip>
  );
}
