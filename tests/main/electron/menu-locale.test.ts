import { describe, expect, it } from 'vitest';
import { formatText, MENU_LOCALES, MENU_TEXTS, pickMenuLocale } from '../../../src/main/electron/menu-locale';

describe('the menu and dialog texts', () => {
  const englishKeys = Object.keys(MENU_TEXTS['en-US']).sort();

  it.each(MENU_LOCALES)('are complete and non-empty in %s', (locale) => {
    const texts = MENU_TEXTS[locale];
    expect(Object.keys(texts).sort()).toEqual(englishKeys);
    for (const [key, text] of Object.entries(texts)) expect(text.trim(), key).not.toBe('');
  });

  it.each(MENU_LOCALES)('keep every {placeholder} of the English text in %s', (locale) => {
    const english = MENU_TEXTS['en-US'];
    for (const key of englishKeys) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      const k = key as keyof typeof english;
      expect(placeholders(MENU_TEXTS[locale][k]), `${locale} ${key}`).toEqual(placeholders(english[k]));
    }
  });

  it('follows the system language, falling back to English', () => {
    expect(pickMenuLocale('zh-CN')).toBe('zh-CN');
    expect(pickMenuLocale('zh-TW')).toBe('zh-CN');
    expect(pickMenuLocale('ja')).toBe('ja-JP');
    expect(pickMenuLocale('ja-JP')).toBe('ja-JP');
    expect(pickMenuLocale('en-GB')).toBe('en-US');
    expect(pickMenuLocale('de')).toBe('en-US');
    expect(pickMenuLocale('')).toBe('en-US');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatText('Open {file} ({missing})', { file: '/a b.sqlite' })).toBe('Open /a b.sqlite ({missing})');
  });
});
