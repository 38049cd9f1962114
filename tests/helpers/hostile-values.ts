import fc from 'fast-check';

/** Spreadsheet formulas as an attacker would plant them in a cell or a name. */
export const FORMULAS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1'];

/**
 * Text no sane form sends: formulas, control characters, lone surrogates, a megabyte of one letter.
 * Never an absolute path, so no fuzzed call can point a backup folder or an attachment at the disk.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => !/^[/\\~]/.test(s)),
  fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !/^[/\\~]/.test(s)),
  fc.constantFrom(...FORMULAS),
  fc.constantFrom('', ' ', '2026-11-20', '2026-02-30', '2026-11-20T09:30:00.000Z', 'not-a-date', 'US', 'amazon', 'en-US', 'USD', 'open', 'breach'),
  fc.constantFrom('\u0000', '\ud800', '\uffff', 'é'.normalize('NFD'), '光墨家居', 'ｱﾏｿﾞﾝ', '<script>alert(1)</script>', '../../etc/passwd'),
  fc.integer({ min: 1000, max: 1_000_000 }).map((n) => 'x'.repeat(n)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom(0, -0, 1.5, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308, Number.MIN_VALUE),
  fc.double({ noNaN: true }),
);

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined));

/** Any JSON-like value, nested a little: what a compromised renderer could put in an IPC message. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'id')), tie('value'), { maxKeys: 4 }),
  ),
})).value;
