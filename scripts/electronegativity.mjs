#!/usr/bin/env node
// `npm run lint:electron`: Electronegativity over the Electron host (src/main, src/preload)
// and the renderer's index.html (where the CSP meta tag lives). Fails on any finding that is
// neither suppressed in the code nor accepted below — each with its reason in writing.
//
//   node scripts/electronegativity.mjs            scan the repository
//   node scripts/electronegativity.mjs <dir>      scan another tree laid out like it (for trying the gate out)
//
// Suppress a finding in code with a comment on the line it is reported on, giving the reason
// after "--" (this script rejects a suppression without one):
//   preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK -- our own preload, exposing only invoke/on */

import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** What is scanned, relative to the tree's root. The TypeScript sources parse as they are. */
const SCANNED = ['src/main', 'src/preload', 'src/renderer/index.html'];

/** Checks left out of every run, and why. */
const EXCLUDED_CHECKS = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      'it downloads the list of Electron releases at every run, so the verdict changes with the ' +
      'date and the network rather than with our code; Electron upgrades are a dependency update',
  },
];

/** Findings reviewed and accepted, matched exactly, so any change brings them back for review. */
const ACCEPTED_FINDINGS = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'src/renderer/index.html',
    sample:
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
      "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    reason:
      "the evaluator warns that script-src 'self' could serve JSONP or user uploads; our 'self' is " +
      'the read-only app bundle (file:// in app.asar, or the local dev server), which serves neither',
  },
];

const SUPPRESSION = /eng-disable\b([^\n]*)/g;
const SUPPRESSION_WITH_REASON = /^\s+[A-Za-z_]+(?:[ ,\t]+[A-Za-z_]+)*\s+--\s+\S.{9,}/;

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** Copies the scanned parts of `tree` into a fresh folder, keeping their relative paths. */
function stage(tree) {
  const staging = mkdtempSync(join(tmpdir(), 'storefleet-electronegativity-'));
  for (const part of SCANNED) {
    const source = join(tree, part);
    if (existsSync(source)) cpSync(source, join(staging, part), { recursive: true });
  }
  return staging;
}

/** Every `eng-disable` needs "-- reason" after the check names. */
function suppressionsWithoutReason(staging) {
  const problems = [];
  for (const file of filesUnder(staging)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(SUPPRESSION)) {
        if (!SUPPRESSION_WITH_REASON.test(match[1] ?? '')) {
          problems.push(`${relative(staging, file)}:${index + 1}  eng-disable without "-- reason": ${line.trim()}`);
        }
      }
    });
  }
  return problems;
}

function isAccepted(issue) {
  return ACCEPTED_FINDINGS.some(
    (accepted) => accepted.id === issue.id && accepted.file === issue.file && accepted.sample === issue.sample,
  );
}

async function scan(staging) {
  const run = require('@doyensec/electronegativity');
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  // The library fetches translations over the network and says so when offline; English is bundled.
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await run({
      input: staging,
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS.map(({ check }) => check),
    });
  } finally {
    console.log = log;
  }
}

async function main() {
  const tree = resolve(process.argv[2] ?? ROOT);
  const staging = stage(tree);
  try {
    const result = await scan(staging);
    const failures = [];

    for (const error of result.errors) {
      // A file that does not parse is a file that was not checked.
      if (!error.tolerable) failures.push(`${relative(staging, error.file)}  could not be parsed: ${error.message}`);
    }
    failures.push(...suppressionsWithoutReason(staging));
    for (const issue of result.issues) {
      if (isAccepted(issue)) continue;
      const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
      failures.push(
        `${where}  ${issue.id} [${issue.severity.name}, ${issue.confidence.name}] ${issue.description}\n` +
          `    ${issue.sample ? `${issue.sample.trim()}\n    ` : ''}${issue.shortenedURL}`,
      );
    }

    if (failures.length > 0) {
      console.error(`electronegativity: ${failures.length} finding(s) in ${tree}\n`);
      for (const failure of failures) console.error(`${failure}\n`);
      console.error(
        'Fix them, or suppress one on its line with /* eng-disable CHECK_ID -- reason */, or accept it in ' +
          'scripts/electronegativity.mjs with a reason.',
      );
      return 1;
    }
    console.log(
      `electronegativity: no findings (${result.atomicChecks} atomic and ${result.globalChecks} global checks over ` +
        `${SCANNED.join(', ')}; Electron ${JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version})`,
    );
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('electronegativity: the scan itself failed:', error);
    process.exitCode = 2;
  },
);
