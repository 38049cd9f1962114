import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { processIo, readProcessStdin } from './cli-io';
import { runCli } from './run-cli';

// Built to out/main/cli.js: migrations ship in resources/, the renderer is built beside main.
void runCli(process.argv.slice(2), {
  io: processIo,
  migrationsDir: resolve(__dirname, '../../resources/migrations'),
  rendererDir: resolve(__dirname, '../renderer'),
  version,
  readStdin: readProcessStdin,
}).then((code) => {
  process.exitCode = code;
});
