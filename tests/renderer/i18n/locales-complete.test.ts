import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@shared/domain/languages';

const LOCALES_DIR = resolve(__dirname, '../../../src/renderer/src/i18n/locales');
const REFERENCE = 'en-US';
// i18next picks a plural form per language (English has one/other, Chinese and Japanese only
// other), so `storeCount_one` may exist in one locale and not in another.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
  }
  return entries;
}

function loadLocales(): Map<string, Map<string, string>> {
  const files = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.json'));
  return new Map(
    files.map((file) => [basename(file, '.json'), flatten(JSON.parse(readFileSync(resolve(LOCALES_DIR, file), 'utf8')) as Tree)]),
  );
}

/** Keys without their plural suffix, each with the interpolation variables of all its forms. */
function baseKeys(entries: Map<string, string>): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const [key, value] of entries) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const variables = keys.get(base) ?? new Set<string>();
    for (const match of value.matchAll(/\{\{\s*([\w.]+)/g)) variables.add(match[1] ?? '');
    keys.set(base, variables);
  }
  return keys;
}

const locales = loadLocales();

describe('UI locale files', () => {
  it('exist for every supported language and nothing else', () => {
    expect([...locales.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  for (const [language, entries] of locales) {
    it(`${language} has no empty message`, () => {
      const empty = [...entries].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it(`${language} gives every plural key its "other" form`, () => {
      const pluralBases = [...entries.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''));
      const missing = pluralBases.filter((base) => !entries.has(`${base}_other`));
      expect(missing).toEqual([]);
    });
  }

  const reference = baseKeys(locales.get(REFERENCE) ?? new Map());
  for (const [language, entries] of locales) {
    if (language === REFERENCE) continue;
    const keys = baseKeys(entries);

    it(`${language} has every key that ${REFERENCE} has`, () => {
      expect([...reference.keys()].filter((key) => !keys.has(key))).toEqual([]);
    });

    it(`${language} has no key that ${REFERENCE} lacks`, () => {
      expect([...keys.keys()].filter((key) => !reference.has(key))).toEqual([]);
    });

    it(`${language} uses the same {{variables}} as ${REFERENCE} in every message`, () => {
      const mismatched = [...reference]
        .filter(([key, variables]) => {
          const theirs = keys.get(key);
          return theirs !== undefined && [...variables].sort().join() !== [...theirs].sort().join();
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  }
});
