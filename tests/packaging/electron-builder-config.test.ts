import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * The packaged app cannot be built here (no Electron download), so its configuration is checked
 * instead: valid against electron-builder's own schema, and with the rules that make a packaged
 * app start (native modules outside the asar, migrations shipped as files). ajv and js-yaml come
 * with electron-builder itself.
 */
const ROOT = join(__dirname, '../..');

interface FileSet {
  from: string;
  to: string;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  extraResources: FileSet[];
  fileAssociations: { ext: string; name: string }[];
  mac: { target: { target: string }[] };
  win: { target: { target: string }[] };
  linux: { target: { target: string }[] };
  electronFuses: Record<string, boolean>;
}

// js-yaml ships no type declarations; its load() is all this test needs.
const { load } = createRequire(__filename)('js-yaml') as { load: (text: string) => unknown };
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

function matchesGlob(path: string, glob: string): boolean {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '<globstar/>')
    .replace(/\*\*/g, '<globstar>')
    .replace(/\*/g, '[^/]*')
    .replace(/<globstar\/>/g, '(?:.*/)?')
    .replace(/<globstar>/g, '.*');
  return new RegExp(`^${pattern}$`).test(path);
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errorsText(ajv.errors, { separator: '\n' }), 'schema errors').toBe('No errors');
    expect(valid).toBe(true);
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('names the app and gives it an icon that exists and is large enough for every platform', () => {
    expect(config.appId).toBe('com.storefleet.app');
    expect(config.productName).toBe('Storefleet');
    const icon = readFileSync(join(ROOT, config.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('unpacks the native modules from the asar, because dlopen cannot read inside it', () => {
    expect(config.asar).toBe(true);
    for (const binary of [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/keytar/build/Release/keytar.node',
      'node_modules/some-future-module/prebuilds/linux-x64/addon.node',
    ]) {
      expect(config.asarUnpack.some((glob) => matchesGlob(binary, glob)), binary).toBe(true);
    }
  });

  it('ships the migrations beside the asar, where app-paths looks for them, and every migration file exists', () => {
    const migrations = config.extraResources.find((r) => r.to === 'migrations');
    expect(migrations?.from).toBe('resources/migrations');
    expect(readFileSync(join(ROOT, 'src/main/electron/app-paths.ts'), 'utf8')).toMatch(/resourcesPath, 'migrations'/);
    const journal = JSON.parse(readFileSync(join(ROOT, migrations!.from, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    for (const { tag } of journal.entries) expect(existsSync(join(ROOT, migrations!.from, `${tag}.sql`)), tag).toBe(true);
  });

  it('packs the built app without source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', '!**/*.map']));
  });

  it('opens workspace bundles by double-click', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'storefleet', name: 'Storefleet workspace bundle' })]);
  });

  it('keeps the fuses that stop the packaged binary being used as a plain Node', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });
});
