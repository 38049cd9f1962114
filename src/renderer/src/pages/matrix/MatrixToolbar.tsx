import { ActionIcon, Group, Kbd, Select, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconArrowsSort, IconSearch, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { defaultDirection, type MatrixSort, type SortKey } from './matrix-view-state';

interface MatrixToolbarProps {
  search: string;
  onSearchChange: (search: string) => void;
  sort: MatrixSort;
  onSortChange: (sort: MatrixSort) => void;
  metricKeys: readonly string[];
  columnSetPicker: ReactNode;
}

/** The text a search typed here waits for before it filters (and rewrites the URL). */
const SEARCH_DEBOUNCE_MS = 200;

function sortValue(sort: SortKey): string {
  return sort.by === 'metric' ? `metric:${sort.metricKey}` : sort.by;
}

function sortKeyFrom(value: string): SortKey {
  if (value.startsWith('metric:')) return { by: 'metric', metricKey: value.slice('metric:'.length) };
  return value === 'health' || value === 'name' ? { by: value } : { by: 'worst' };
}

/** Search (focused by "/"), column set and sort. */
export function MatrixToolbar(props: MatrixToolbarProps) {
  const { t } = useTranslation();
  const metricLabel = useMetricLabel();
  const searchRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(props.search);
  const [urlSearch, setUrlSearch] = useState(props.search);
  // The URL may change the search behind the box (Clear filters, Back): follow it.
  if (props.search !== urlSearch) {
    setUrlSearch(props.search);
    if (props.search !== text.trim()) setText(props.search);
  }
  const commitSearch = useDebouncedCallback((value: string) => props.onSearchChange(value.trim()), SEARCH_DEBOUNCE_MS);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const sortData = [
    {
      group: t('matrix.sort.storeGroup'),
      items: (['worst', 'health', 'name'] as const).map((by) => ({ value: by, label: t(`matrix.sort.${by}`) })),
    },
    { group: t('matrix.sort.metricGroup'), items: props.metricKeys.map((key) => ({ value: `metric:${key}`, label: metricLabel(key) })) },
  ];
  const ascending = props.sort.direction === 'asc';

  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        ref={searchRef}
        type="search"
        aria-label={t('matrix.search.label')}
        placeholder={t('matrix.search.placeholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={<Kbd size="xs">/</Kbd>}
        rightSectionPointerEvents="none"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        w={250}
        data-testid="matrix-search"
      />
      {props.columnSetPicker}
      <Group gap={4} wrap="nowrap">
        <Select
          aria-label={t('matrix.sort.label')}
          data={sortData}
          value={sortValue(props.sort)}
          onChange={(value) => {
            const key = sortKeyFrom(value ?? 'worst');
            props.onSortChange({ ...key, direction: defaultDirection(key) });
          }}
          allowDeselect={false}
          searchable
          leftSection={<IconArrowsSort size={16} />}
          w={230}
          comboboxProps={{ width: 300, position: 'bottom-start' }}
          data-testid="matrix-sort"
        />
        <Tooltip label={t(ascending ? 'matrix.sort.ascending' : 'matrix.sort.descending')}>
          <ActionIcon
            variant="default"
            size="input-sm"
            aria-label={t('matrix.sort.reverse')}
            onClick={() => props.onSortChange({ ...props.sort, direction: ascending ? 'desc' : 'asc' })}
            data-testid="matrix-sort-direction"
          >
            {ascending ? <IconSortAscending size={18} /> : <IconSortDescending size={18} />}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
