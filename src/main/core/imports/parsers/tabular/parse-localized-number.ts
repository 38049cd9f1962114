import { percentToFraction } from '../convert-units';

export type DecimalSeparator = 'auto' | 'dot' | 'comma';

export type LocalizedNumber =
  | {
      ok: true;
      /** Already divided by 100 when the text had a percent sign. */
      value: number;
      isPercent: boolean;
      /** ISO code when the text named its currency unambiguously ("US$", "€", "JPY", "元"). */
      currencyHint?: string;
      /** The symbol as written when it could be more than one currency ("¥" is yen and yuan). */
      ambiguousCurrency?: string;
    }
  | { ok: false; reason: string; code: NumberProblem };

/** Why a text is not a number, as a stable code for translated messages (the text itself is the only variable). */
export type NumberProblem = 'empty_cell' | 'percent_with_currency' | 'not_a_number';

/** Longest first, so "US$" is not read as "$". Matched case-insensitively. */
const CURRENCY_MARKS: ReadonlyArray<[mark: string, iso: string | null]> = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['HK$', 'HKD'], ['MX$', 'MXN'], ['CN¥', 'CNY'], ['JP¥', 'JPY'],
  ['RMB', 'CNY'], ['R$', 'BRL'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'], ['zł', 'PLN'],
  // A bare "$" is taken as USD: Storefleet's users sell into the US; other dollars carry a prefix.
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['円', 'JPY'], ['元', 'CNY'], ['¥', null],
];

const PLAIN = /^-?\d+(\.\d+)?$/;
const ISO_CODE = /^[A-Z]{3}$/;
const SCIENTIFIC = /^\d+(\.\d+)?e[+-]?\d+$/i;
/** Space-like group separators: space, no-break space, narrow no-break space (French), apostrophe (Swiss). */
const SPACE_GROUP = /[ \u00a0\u202f']/;

/**
 * Reads a number as people and export tools write it: "0.85%" → 0.0085, "1,234.50", "$1,234",
 * "US$1,234.56", "¥12,000", "1 234,56", "12.000,50", "(12.50)" (negative), full-width digits.
 *
 * Separators, with `decimal: 'auto'` (the default):
 * - both "." and "," present: the one that comes last is the decimal mark;
 * - spaces or apostrophes group thousands; a single "," or "." after them is the decimal mark;
 * - only "," present: several, or exactly one followed by three digits, group thousands
 *   ("1,234" is 1234, as English, Chinese and Japanese tools write it); otherwise it is a
 *   decimal comma ("0,85", "12,5", "0,123");
 * - only "." present: several group thousands ("1.234.567"), exactly one is the decimal point
 *   ("1.234" is 1.234).
 * `decimal: 'comma'` or `'dot'` removes the guess for files known to be German-style or English-style.
 * Thousands groups must have three digits, so "1,23,4" is refused rather than guessed.
 */
export function parseLocalizedNumber(input: string, decimal: DecimalSeparator = 'auto'): LocalizedNumber {
  let text = input.trim();
  if (decimal !== 'comma' && PLAIN.test(text)) return { ok: true, value: Number(text), isPercent: false };
  if (text === '') return { ok: false, reason: 'it is empty', code: 'empty_cell' };
  // NFKC folds full-width digits, "％", "，" and "￥" into their ASCII and Latin-1 forms.
  if (/[^\x20-\x7e]/.test(text)) text = text.normalize('NFKC').trim();

  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let isPercent = false;
  if (text.endsWith('%')) {
    isPercent = true;
    text = text.slice(0, -1).trim();
  }
  const sign = takeSign(text);
  negative = negative !== sign.negative;
  text = sign.rest;
  const currency = takeCurrency(text);
  if (isPercent && currency.symbol) return { ok: false, reason: `"${input}" has both a currency and a percent sign`, code: 'percent_with_currency' };
  text = currency.rest;
  const signAfterSymbol = takeSign(text);
  negative = negative !== signAfterSymbol.negative;
  text = signAfterSymbol.rest;

  const digits = parseDigits(text, decimal);
  if (digits === null) return { ok: false, reason: `"${input}" is not a number`, code: 'not_a_number' };
  const magnitude = isPercent ? percentToFraction(Number(digits)) : Number(digits);
  const result: LocalizedNumber = { ok: true, value: negative ? -magnitude : magnitude, isPercent };
  if (currency.iso) result.currencyHint = currency.iso;
  else if (currency.symbol) result.ambiguousCurrency = currency.symbol;
  return result;
}

function takeSign(text: string): { negative: boolean; rest: string } {
  // U+2212 is the typographic minus some spreadsheets export.
  if (text.startsWith('-') || text.startsWith('\u2212')) return { negative: true, rest: text.slice(1).trim() };
  if (text.startsWith('+')) return { negative: false, rest: text.slice(1).trim() };
  return { negative: false, rest: text };
}

interface CurrencyTaken {
  rest: string;
  iso: string | null;
  symbol: string | null;
}

function takeCurrency(text: string): CurrencyTaken {
  const upper = text.toUpperCase();
  for (const [mark, iso] of CURRENCY_MARKS) {
    const upperMark = mark.toUpperCase();
    if (upper.startsWith(upperMark)) return { rest: text.slice(mark.length).trim(), iso, symbol: mark };
    if (upper.endsWith(upperMark)) return { rest: text.slice(0, -mark.length).trim(), iso, symbol: mark };
  }
  const prefix = upper.slice(0, 3);
  if (ISO_CODE.test(prefix) && /[\d\s]/.test(upper[3] ?? '')) return { rest: text.slice(3).trim(), iso: prefix, symbol: prefix };
  const suffix = upper.slice(-3);
  if (ISO_CODE.test(suffix) && /[\d\s]/.test(upper.at(-4) ?? '')) return { rest: text.slice(0, -3).trim(), iso: suffix, symbol: suffix };
  return { rest: text, iso: null, symbol: null };
}

/** The number as plain digits with a "." decimal point, or null. */
function parseDigits(text: string, decimal: DecimalSeparator): string | null {
  if (SCIENTIFIC.test(text)) return text;
  if (!/^\d/.test(text) || !/^[\d.,\u00a0\u202f' ]+$/.test(text) || !/\d$/.test(text)) return null;
  const separator = decimalMark(text, decimal);
  if (separator === 'invalid') return null;
  const [integerPart, fraction] = separator === null ? [text, undefined] : splitLast(text, separator);
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const digits = ungroup(integerPart);
  if (digits === null) return null;
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** Which character is the decimal mark, null for none, 'invalid' when the text cannot be read. */
function decimalMark(text: string, decimal: DecimalSeparator): '.' | ',' | null | 'invalid' {
  if (decimal === 'dot') return fixedMark(text, '.', ',');
  if (decimal === 'comma') return fixedMark(text, ',', '.');
  const dots = count(text, '.');
  const commas = count(text, ',');
  if (dots > 0 && commas > 0) {
    const last = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    return count(text, last) === 1 ? last : 'invalid';
  }
  if (dots === 0 && commas === 0) return null;
  const mark = commas > 0 ? ',' : '.';
  const spaced = SPACE_GROUP.test(text);
  if (dots + commas > 1) return spaced ? 'invalid' : null;
  if (spaced || mark === '.') return mark;
  const [head, tail] = splitLast(text, ',');
  return tail.length === 3 && /^[1-9]\d{0,2}$/.test(head) ? null : ',';
}

/** With a known style: at most one decimal mark, and no group separator after it. */
function fixedMark(text: string, mark: '.' | ',', group: '.' | ','): '.' | ',' | null | 'invalid' {
  const marks = count(text, mark);
  if (marks > 1 || (marks === 1 && text.lastIndexOf(group) > text.lastIndexOf(mark))) return 'invalid';
  return marks === 1 ? mark : null;
}

/** Removes thousands separators, checking that every group after the first has three digits. */
function ungroup(integerPart: string): string | null {
  const groups = integerPart.split(/[.,\u00a0\u202f' ]/);
  if (groups.length === 1) return /^\d+$/.test(integerPart) ? integerPart : null;
  const [first = '', ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  const separators = new Set(integerPart.replace(/\d/g, ''));
  return separators.size === 1 ? groups.join('') : null;
}

function splitLast(text: string, mark: string): [string, string] {
  const at = text.lastIndexOf(mark);
  return [text.slice(0, at), text.slice(at + 1)];
}

function count(text: string, character: string): number {
  let n = 0;
  for (let i = text.indexOf(character); i !== -1; i = text.indexOf(character, i + 1)) n++;
  return n;
}
