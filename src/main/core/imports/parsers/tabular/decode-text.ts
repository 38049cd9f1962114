import iconv from 'iconv-lite';
import type { IssueParams } from '../../import-sink';

export interface DecodedText {
  text: string;
  /** The encoding used, as iconv-lite names it: utf-8, utf-16le, utf-16be, gb18030, shift_jis, windows-1252. */
  encoding: string;
}

export class UnknownEncodingError extends Error {
  readonly code = 'unknown_encoding';
  constructor(
    message: string,
    readonly params: IssueParams,
  ) {
    super(message);
  }
}

/** Enough double-byte characters to tell Chinese from Japanese; scanning stops there. */
const SAMPLE_CHARACTERS = 4096;
/** Below this share of plausible characters neither CJK reading is believed (see `guessLegacyEncoding`). */
const PLAUSIBLE_SHARE = 0.5;

/**
 * Bytes to text. A byte order mark wins; then strict UTF-8; then, because Chinese and Japanese
 * tools still export GBK/GB18030 or Shift_JIS without saying so, the more plausible of the two.
 * `encoding` overrides all of it for the file a user knows better than the guess.
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding !== undefined) return decodeAs(bytes, encoding);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeAs(bytes, guessLegacyEncoding(bytes));
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  const name = encoding.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (!iconv.encodingExists(name)) {
    throw new UnknownEncodingError(`Unknown text encoding "${encoding}"; use e.g. utf-8, gb18030, shift_jis or windows-1252.`, { encoding });
  }
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name), encoding: name };
}

/**
 * GB18030 decodes almost any byte string without an error, and so does Shift_JIS for most
 * Chinese text, so counting replacement characters cannot tell them apart. Instead count, for
 * each reading, the double-byte characters that fall where everyday text lives: GB2312's
 * hanzi and punctuation rows (lead 0xA1–0xA9, 0xB0–0xF7; trail 0xA1–0xFE) for Chinese; kana,
 * full-width symbols and JIS level-1 kanji (lead 0x81–0x84, 0x88–0x9F) for Japanese. The
 * reading with the larger share wins, ties go to GB18030 (most users are Chinese teams). When
 * neither reaches half, the text is most likely a Western code page (Excel's "CSV" on a
 * European Windows), so windows-1252.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'gb18030' | 'shift_jis' | 'windows-1252' {
  const gb = plausibleShare(bytes, gbCharacter);
  const sjis = plausibleShare(bytes, shiftJisCharacter);
  if (Math.max(gb, sjis) < PLAUSIBLE_SHARE) return 'windows-1252';
  return sjis > gb ? 'shift_jis' : 'gb18030';
}

/** Reads one non-ASCII character at `i`: how many bytes it takes and whether it is everyday text. */
type CharacterReader = (bytes: Uint8Array, i: number) => { size: number; plausible: boolean };

function plausibleShare(bytes: Uint8Array, read: CharacterReader): number {
  let total = 0;
  let plausible = 0;
  for (let i = 0; i < bytes.length && total < SAMPLE_CHARACTERS; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const character = read(bytes, i);
    total++;
    if (character.plausible) plausible++;
    i += character.size;
  }
  return total === 0 ? 0 : plausible / total;
}

function gbCharacter(bytes: Uint8Array, i: number): { size: number; plausible: boolean } {
  const lead = bytes[i] ?? 0;
  const trail = bytes[i + 1] ?? 0;
  if (lead < 0x81 || lead > 0xfe) return { size: 1, plausible: false };
  // GB18030's four-byte form (second byte a digit) covers rare characters only.
  if (trail >= 0x30 && trail <= 0x39) return { size: 4, plausible: false };
  const gb2312Row = (lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7);
  return { size: 2, plausible: gb2312Row && trail >= 0xa1 && trail <= 0xfe };
}

function shiftJisCharacter(bytes: Uint8Array, i: number): { size: number; plausible: boolean } {
  const lead = bytes[i] ?? 0;
  const trail = bytes[i + 1] ?? 0;
  // Half-width katakana: valid, but rare in anything written this century.
  if (lead >= 0xa1 && lead <= 0xdf) return { size: 1, plausible: false };
  const isLead = (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc);
  const isTrail = trail >= 0x40 && trail <= 0xfc && trail !== 0x7f;
  if (!isLead || !isTrail) return { size: 1, plausible: false };
  return { size: 2, plausible: (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x9f) };
}
