#!/usr/bin/env node
// Makes the native modules (better-sqlite3, keytar) loadable in one runtime:
//
//   node scripts/ensure-native.mjs node                 before tests and the CLI
//   node scripts/ensure-native.mjs electron             before `npm start` / `npm run dev`
//   node scripts/ensure-native.mjs electron --tolerant  from postinstall: never fails the install
//
// Node and Electron need differently built binaries (different NODE_MODULE_VERSION) in the
// same node_modules folder, so switching runtimes means switching binaries. Each run first
// loads the module in the target runtime and stops there when that works (the common, fast
// case). On an ABI mismatch it puts back a binary it saved earlier for that runtime, and only
// rebuilds when it has none. Every binary that loads is saved under
// node_modules/.cache/storefleet-native, so going back and forth costs a file copy.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'storefleet-native');

/** Every native module the app loads, with the smallest call that proves it works. */
const NATIVE_MODULES = [
  {
    name: 'better-sqlite3',
    binary: join('build', 'Release', 'better_sqlite3.node'),
    probe: "const Database = require('better-sqlite3'); new Database(':memory:').close();",
  },
  {
    name: 'keytar',
    binary: join('build', 'Release', 'keytar.node'),
    // Loading proves the binary; touching the keychain would fail wherever no Secret Service runs.
    probe: "require('keytar');",
  },
];

// A binary built for another runtime, or a damaged one (a dlopen error naming the .node file,
// e.g. "file too short" after an interrupted build): both are fixed by the right build.
const ABI_MISMATCH =
  /NODE_MODULE_VERSION|compiled against a different Node\.js version|Module did not self-register|invalid ELF header|wrong ELF class|not a valid Win32 application|incompatible architecture|mach-o file, but is an incompatible/;
const BINARY_MISSING = /Could not locate the bindings file|Cannot find module '[^']*\.node'/;

class UsageError extends Error {}

function log(message) {
  console.log(`ensure-native: ${message}`);
}

function parseArguments(argv) {
  const runtime = argv[0];
  if (runtime !== 'node' && runtime !== 'electron') {
    throw new UsageError('usage: node scripts/ensure-native.mjs <node|electron> [--tolerant]');
  }
  const unknown = argv.slice(1).filter((arg) => arg !== '--tolerant');
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown.join(' ')}`);
  return { runtime, tolerant: argv.includes('--tolerant') };
}

/** The executable of a runtime; for Electron null when its binary was never downloaded. */
function runtimeExecutable(runtime) {
  if (runtime === 'node') return process.execPath;
  try {
    // The electron package exports the binary's path, and throws when it was not downloaded
    // (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or a failed download).
    const executable = requireFromRoot('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

function runIn(executable, script) {
  // ELECTRON_RUN_AS_NODE makes the Electron binary behave as the Node it embeds; node ignores it.
  return spawnSync(executable, ['-e', script], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
    windowsHide: true,
  });
}

function abiOf(executable) {
  const result = runIn(executable, 'process.stdout.write(process.versions.modules)');
  const abi = result.stdout?.trim();
  if (result.status !== 0 || !abi) throw new Error(`could not ask ${executable} for its ABI: ${result.stderr || result.error}`);
  return abi;
}

/** Loads the module in the runtime: { ok } or the kind of failure and its message. */
function probe(executable, module) {
  const result = runIn(executable, module.probe);
  if (result.status === 0) return { ok: true };
  const output = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  // Checked in this order: "bindings file not found" lists .node paths too.
  const kind = BINARY_MISSING.test(output)
    ? 'missing'
    : ABI_MISMATCH.test(output) || output.includes(`${basename(module.binary)}:`)
      ? 'incompatible'
      : 'other';
  const firstLine = output.split('\n').find((line) => /Error|error:/.test(line)) ?? output.split('\n')[0] ?? '';
  return { ok: false, kind, message: firstLine.trim() };
}

function moduleDir(module) {
  return dirname(requireFromRoot.resolve(`${module.name}/package.json`));
}

function cachedBinaryPath(module, runtime, abi) {
  const { version } = JSON.parse(readFileSync(join(moduleDir(module), 'package.json'), 'utf8'));
  return join(CACHE_DIR, `${module.name}@${version}`, `${runtime}-abi${abi}-${process.platform}-${process.arch}.node`);
}

function saveBinary(module, runtime, abi) {
  const source = join(moduleDir(module), module.binary);
  const target = cachedBinaryPath(module, runtime, abi);
  if (!existsSync(source)) return;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}

function restoreBinary(module, runtime, abi) {
  const cached = cachedBinaryPath(module, runtime, abi);
  if (!existsSync(cached)) return false;
  const target = join(moduleDir(module), module.binary);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(cached, target);
  return true;
}

function run(command, args, cwd) {
  log(`running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) console.error(`ensure-native: could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

/** node-gyp: the project's own if installed, else the one npm bundles. */
function nodeGypScript() {
  try {
    return requireFromRoot.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // Inside npm scripts npm_execpath is npm's own CLI; otherwise ask npm where it lives.
    const npmDirs = [];
    if (process.env.npm_execpath) npmDirs.push(join(dirname(process.env.npm_execpath), '..'));
    const globalRoot = spawnSync(npmCommand(), ['root', '--global'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (globalRoot.status === 0) npmDirs.push(join(globalRoot.stdout.trim(), 'npm'));
    const candidates = npmDirs.map((dir) => join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
    return candidates.find((candidate) => existsSync(candidate)) ?? null;
  }
}

/**
 * node-gyp run by hand does not read npm's config; an offline machine's headers are often
 * configured there (`nodedir`), so pass it on.
 */
function nodedirArgument() {
  const configured = spawnSync(npmCommand(), ['config', 'get', 'nodedir'], { encoding: 'utf8', shell: process.platform === 'win32' });
  const nodedir = configured.status === 0 ? configured.stdout.trim() : '';
  return nodedir && nodedir !== 'undefined' && nodedir !== 'null' ? [`--nodedir=${nodedir}`] : [];
}

function rebuild(module, runtime, executable) {
  if (runtime === 'electron') {
    // Rebuilds every native dependency against the installed Electron's headers.
    const builder = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
    run(builder, ['install-app-deps'], ROOT);
    return probe(executable, module).ok;
  }
  // `npm rebuild` runs the package's install script (prebuild-install, else node-gyp), which
  // npm 11 allows only because package.json lists the package under "allowScripts".
  if (run(npmCommand(), ['rebuild', module.name], ROOT) && probe(executable, module).ok) return true;
  const gyp = nodeGypScript();
  if (!gyp) return false;
  run(process.execPath, [gyp, 'rebuild', '--release', ...nodedirArgument()], moduleDir(module));
  return probe(executable, module).ok;
}

/** Before overwriting a binary, keeps it if it is the working build for the other runtime. */
function stashOtherRuntimeBuild(module, runtime) {
  const other = runtime === 'node' ? 'electron' : 'node';
  const executable = runtimeExecutable(other);
  if (!executable) return;
  if (probe(executable, module).ok) saveBinary(module, other, abiOf(executable));
}

function ensureModule(module, runtime, executable, abi) {
  const first = probe(executable, module);
  if (first.ok) {
    if (!existsSync(cachedBinaryPath(module, runtime, abi))) saveBinary(module, runtime, abi);
    return;
  }
  if (first.kind === 'other') {
    throw new Error(`${module.name} does not load in ${runtime} for a reason a rebuild will not fix: ${first.message}`);
  }
  log(`${module.name} is not built for ${runtime} (ABI ${abi}): ${first.message}`);
  stashOtherRuntimeBuild(module, runtime);

  if (restoreBinary(module, runtime, abi)) {
    if (probe(executable, module).ok) {
      log(`${module.name}: restored the saved ${runtime} build`);
      return;
    }
  }
  // A failed rebuild deletes the build folder; put back what was there so the other runtime
  // keeps working.
  const binary = join(moduleDir(module), module.binary);
  const before = existsSync(binary) ? readFileSync(binary) : null;
  if (!rebuild(module, runtime, executable)) {
    if (before) {
      mkdirSync(dirname(binary), { recursive: true });
      writeFileSync(binary, before);
    }
    throw new Error(`could not build ${module.name} for ${runtime} (ABI ${abi}); see the output above`);
  }
  saveBinary(module, runtime, abi);
  log(`${module.name}: rebuilt for ${runtime} (ABI ${abi})`);
}

function main() {
  const { runtime, tolerant } = parseArguments(process.argv.slice(2));
  const executable = runtimeExecutable(runtime);
  if (!executable) {
    const message =
      'Electron is not installed: node_modules/electron has no binary (it was installed with ' +
      'ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed). To get it, run ' +
      '`node node_modules/electron/install.js` with network access and without ' +
      'ELECTRON_SKIP_BINARY_DOWNLOAD. Tests and the CLI do not need it.';
    if (tolerant) {
      log(`${message} Skipping the Electron build of native modules.`);
      return 0;
    }
    console.error(`ensure-native: ${message}`);
    return 1;
  }
  const abi = abiOf(executable);
  for (const module of NATIVE_MODULES) ensureModule(module, runtime, executable, abi);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  const tolerant = process.argv.includes('--tolerant') && !(error instanceof UsageError);
  console.error(`ensure-native: ${error instanceof Error ? error.message : String(error)}`);
  if (tolerant) console.error('ensure-native: continuing (--tolerant); `npm start` will try again.');
  process.exitCode = tolerant ? 0 : 1;
}
