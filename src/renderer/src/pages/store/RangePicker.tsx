import { Group, SegmentedControl } from '@mantine/core';
import { DatePickerInput, DatesProvider, type DateValue, type DatesRangeValue } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import 'dayjs/locale/ja';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/languages';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { RANGE_PRESETS, type RangeChoice, type RangePreset } from './store-page-query';

const DAYJS_LOCALE: Record<Language, string> = { 'en-US': 'en', 'zh-CN': 'zh-cn', 'ja-JP': 'ja' };
const CUSTOM = 'custom';

function toDay(value: DateValue): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : dayjs(value).format('YYYY-MM-DD');
}

interface RangePickerProps {
  range: RangeChoice;
  dates: { from: string; to: string };
  today: string;
  onChange: (range: RangeChoice) => void;
}

/** The last 30/90/180/365 days, or any two days picked on a calendar (in the UI language). */
export function RangePicker({ range, dates, today, onChange }: RangePickerProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  // The calendar reports the first day alone before the second is picked; only a full range is applied.
  const [picking, setPicking] = useState<DatesRangeValue<string> | null>(null);
  const selected = range.kind === 'custom' ? CUSTOM : String(range.days);

  const choose = (value: string) => {
    if (value === CUSTOM) onChange({ kind: 'custom', ...dates });
    else onChange({ kind: 'preset', days: Number(value) as RangePreset });
  };

  const pick = (value: DatesRangeValue) => {
    const [from, to] = [toDay(value[0]), toDay(value[1])];
    if (from && to) {
      setPicking(null);
      onChange({ kind: 'custom', from, to });
    } else setPicking([from, to]);
  };

  return (
    <Group gap="sm" wrap="wrap" data-testid="range-picker" data-range={selected} data-from={dates.from} data-to={dates.to}>
      <SegmentedControl
        size="xs"
        value={selected}
        onChange={choose}
        aria-label={t('store.range.label')}
        data={[
          ...RANGE_PRESETS.map((days) => ({ value: String(days), label: t('store.range.days', { count: days }) })),
          { value: CUSTOM, label: t('store.range.custom') },
        ]}
      />
      {range.kind === 'custom' && (
        <DatesProvider settings={{ locale: DAYJS_LOCALE[language], firstDayOfWeek: language === 'en-US' ? 0 : 1 }}>
          <DatePickerInput
            type="range"
            size="xs"
            miw={220}
            aria-label={t('store.range.customLabel')}
            leftSection={<IconCalendar size={14} />}
            value={picking ?? [range.from, range.to]}
            onChange={pick}
            onDropdownClose={() => setPicking(null)}
            maxDate={today}
            valueFormatter={({ date }) =>
              (Array.isArray(date) ? date : [date])
                .map((value) => toDay(value as DateValue))
                .filter((day): day is string => day !== null)
                .map((day) => formatDay(day, language))
                .join(' – ')
            }
            data-testid="range-custom"
          />
        </DatesProvider>
      )}
    </Group>
  );
}
