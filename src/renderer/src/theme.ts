import { createTheme, DEFAULT_THEME, InputWrapper, Modal, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import type { Language } from '@shared/domain/languages';

// System fonts only: the CSP forbids remote fonts. Han characters look different in Chinese
// and Japanese, so the UI language decides which CJK faces come first.
const LATIN = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial';
const CHINESE = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC"';
const JAPANESE = '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, "Noto Sans CJK JP", "Source Han Sans JP"';
const FONT_STACKS: Record<Language, string> = {
  'en-US': `${LATIN}, ${CHINESE}, ${JAPANESE}, sans-serif`,
  'zh-CN': `${LATIN}, ${CHINESE}, ${JAPANESE}, sans-serif`,
  'ja-JP': `${LATIN}, ${JAPANESE}, ${CHINESE}, sans-serif`,
};

function withShade(palette: MantineColorsTuple, shade: number, value: string): MantineColorsTuple {
  return palette.map((color, index) => (index === shade ? value : color)) as unknown as MantineColorsTuple;
}

// WCAG AA asks 4.5:1 for small text, and the end-to-end tests check it with axe-core. Mantine's
// defaults miss it: dimmed text is gray 6 on white (3.3:1), links and filled buttons indigo 6
// (4.3:1, hence primary shade 7), and light badges write shade 9 on shade 1 (orange 3.6:1,
// yellow 2.7:1). These shades are darkened just enough (≥ 4.7:1), the palette otherwise kept.
const { colors } = DEFAULT_THEME;
const ACCESSIBLE_COLORS = {
  gray: withShade(colors.gray, 6, '#697077'),
  red: withShade(colors.red, 9, '#c12828'),
  teal: withShade(colors.teal, 9, '#087756'),
  green: withShade(colors.green, 9, '#267937'),
  lime: withShade(colors.lime, 9, '#4a760a'),
  yellow: withShade(colors.yellow, 9, '#a65600'),
  orange: withShade(colors.orange, 9, '#b63c0d'),
};

export function themeFor(language: Language): MantineThemeOverride {
  const fontFamily = FONT_STACKS[language];
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 7, dark: 5 },
    colors: ACCESSIBLE_COLORS,
    defaultRadius: 'md',
    fontFamily,
    headings: { fontFamily, fontWeight: '650' },
    cursorType: 'pointer',
    components: {
      // Hints under the input keep inputs side by side aligned however long each hint is.
      InputWrapper: InputWrapper.extend({
        defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] },
        styles: { description: { marginTop: 4 } },
      }),
      Modal: Modal.extend({
        styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
      }),
    },
  });
}
