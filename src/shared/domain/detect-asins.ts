/** Amazon product ids as notices print them: B0 and eight capitals or digits. */
const ASIN = /\bB0[0-9A-Z]{8}\b/g;

/**
 * The ASINs a notice names, in order of first mention, each once. Shared so the new-case form
 * pre-fills exactly the items the core would take when none are given.
 */
export function detectAsins(noticeText: string): string[] {
  return [...new Set(noticeText.match(ASIN) ?? [])];
}
