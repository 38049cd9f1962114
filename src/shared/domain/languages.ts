export const LANGUAGES = ['zh-CN', 'en-US', 'ja-JP'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks the supported language closest to a BCP 47 tag such as the OS locale. */
export function closestLanguage(tag: string | undefined): Language {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('ja')) return 'ja-JP';
  return 'en-US';
}
