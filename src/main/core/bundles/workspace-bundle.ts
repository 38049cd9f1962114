import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '@shared/api/app-error';
import { inspectWorkspaceFile } from '../backups/inspect-workspace-file';
import { writeVerifiedBackup } from '../backups/write-verified-backup';
import { ATTACHMENTS_PREFIX, BUNDLE_FORMAT, BUNDLE_VERSION, bundleManifestSchema, WORKSPACE_ENTRY, type BundleManifest } from './bundle-manifest';

/**
 * A bundle is itself a small SQLite file (`.storefleet`): a manifest with a SHA-256 per entry and
 * the entries as blobs. SQLite gives it a checksummed page format, one-transaction writes and a
 * reader that is already in the app; no archive library is needed.
 */
const BUNDLE_TABLES = `
  CREATE TABLE bundle_manifest (manifest TEXT NOT NULL);
  CREATE TABLE bundle_entries (path TEXT PRIMARY KEY, content BLOB NOT NULL);`;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

export interface BundleExport {
  sqlite: Database.Database;
  attachmentsDir: string | null;
  out: string;
  now: () => Date;
  schemaVersion: number;
}

/** Writes the workspace (a verified online backup of it) and its attachments into one bundle file. */
export async function exportBundle({ sqlite, attachmentsDir, out, now, schemaVersion }: BundleExport): Promise<BundleManifest> {
  if (existsSync(out)) throw new AppError('invalid_input', `${out} already exists; choose a new file name`);
  const snapshot = `${out}.workspace`;
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    await writeVerifiedBackup(sqlite, snapshot, schemaVersion);
    const entries: { path: string; content: Buffer }[] = [{ path: WORKSPACE_ENTRY, content: readFileSync(snapshot) }];
    for (const file of attachmentsDir ? filesUnder(attachmentsDir) : []) {
      entries.push({ path: ATTACHMENTS_PREFIX + relative(attachmentsDir!, file).split(sep).join('/'), content: readFileSync(file) });
    }
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      createdAt: now().toISOString(),
      schemaVersion,
      files: entries.map((e) => ({ path: e.path, sha256: sha256(e.content), bytes: e.content.length })),
    };
    const bundle = new Database(partial);
    try {
      bundle.exec(BUNDLE_TABLES);
      const insert = bundle.prepare('INSERT INTO bundle_entries (path, content) VALUES (?, ?)');
      bundle.transaction(() => {
        bundle.prepare('INSERT INTO bundle_manifest (manifest) VALUES (?)').run(JSON.stringify(manifest));
        for (const entry of entries) insert.run(entry.path, entry.content);
      })();
    } finally {
      bundle.close();
    }
    renameSync(partial, out);
    return manifest;
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(partial, { force: true });
  }
}

function refuse(from: string, message: string): AppError {
  return new AppError('invalid_input', `${from}: ${message}. Nothing was written.`, { file: from });
}

/** Reads and checks every entry against the manifest's hashes; nothing is written until all pass. */
function readVerifiedEntries(from: string): { manifest: BundleManifest; contents: Map<string, Buffer> } {
  let bundle: Database.Database;
  try {
    bundle = new Database(from, { readonly: true, fileMustExist: true });
    bundle.prepare('SELECT count(*) FROM bundle_entries').get();
  } catch {
    throw refuse(from, 'this is not a Storefleet bundle');
  }
  try {
    const raw = bundle.prepare('SELECT manifest FROM bundle_manifest').pluck().get();
    let parsed: ReturnType<typeof bundleManifestSchema.safeParse>;
    try {
      parsed = bundleManifestSchema.safeParse(JSON.parse(String(raw)));
    } catch {
      throw refuse(from, 'its manifest is not valid JSON');
    }
    if (!parsed.success) throw refuse(from, `its manifest is not one this Storefleet reads (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
    const manifest = parsed.data;
    if (!manifest.files.some((f) => f.path === WORKSPACE_ENTRY)) throw refuse(from, 'it holds no workspace');
    const contents = new Map<string, Buffer>();
    const read = bundle.prepare('SELECT content FROM bundle_entries WHERE path = ?').pluck();
    for (const file of manifest.files) {
      const content = read.get(file.path) as Buffer | undefined;
      if (!content) throw refuse(from, `${file.path} is listed in the manifest but missing`);
      if (content.length !== file.bytes || sha256(content) !== file.sha256) throw refuse(from, `${file.path} does not match its SHA-256 in the manifest (the bundle is damaged)`);
      contents.set(file.path, content);
    }
    return { manifest, contents };
  } finally {
    bundle.close();
  }
}

export interface BundleImport {
  from: string;
  workspaceFile: string;
  attachmentsDir: string;
  knownMigrations: number;
}

/**
 * Unpacks a bundle into a new workspace file and its attachments folder, after checking every
 * hash and the workspace's integrity. An existing workspace is never overwritten.
 */
export function importBundle({ from, workspaceFile, attachmentsDir, knownMigrations }: BundleImport): BundleManifest {
  const file = resolve(workspaceFile);
  if (existsSync(file)) throw new AppError('invalid_input', `${workspaceFile} already exists; import the bundle into a new file`);
  if (existsSync(attachmentsDir)) throw new AppError('invalid_input', `${attachmentsDir} already exists; import the bundle beside a new file`);
  const { manifest, contents } = readVerifiedEntries(from);
  const staging = `${file}.importing`;
  const stagingAttachments = `${attachmentsDir}.importing`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(staging, contents.get(WORKSPACE_ENTRY)!);
    inspectWorkspaceFile(staging, knownMigrations, 'full');
    for (const [path, content] of contents) {
      if (!path.startsWith(ATTACHMENTS_PREFIX)) continue;
      const target = join(stagingAttachments, ...path.slice(ATTACHMENTS_PREFIX.length).split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(stagingAttachments)) renameSync(stagingAttachments, attachmentsDir);
    renameSync(staging, file);
    return manifest;
  } catch (error) {
    rmSync(stagingAttachments, { recursive: true, force: true });
    if (error instanceof AppError && error.details?.reason) throw refuse(from, `its workspace cannot be opened (${error.message})`);
    throw error;
  } finally {
    rmSync(staging, { force: true });
  }
}
