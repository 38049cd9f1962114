import { openBackend } from '../../src/main/api/open-backend';
import { generateDemoWorkspace } from '../../src/main/core/demo/generate-demo-workspace';
import { MIGRATIONS_DIR } from './bench-support';

// Run as its own process by the review benchmark, so the memory of generating the data is not
// counted as the memory of exporting it. Arguments: FILE CLIENTS STORES SEED.
const [file, clients, stores, seed] = process.argv.slice(2);
const backend = openBackend({
  file: file!,
  migrationsDir: MIGRATIONS_DIR,
  actor: 'bench',
  about: { name: 'Storefleet', version: 'bench', host: 'cli', runtime: `Node ${process.versions.node}` },
});
generateDemoWorkspace(backend.ctx, { clients: Number(clients), stores: Number(stores), days: 70, seed: Number(seed), endDate: '2026-11-19' });
backend.close();
