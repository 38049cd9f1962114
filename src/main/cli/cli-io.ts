/** Where the CLI writes, so tests can run it in-process and read what it printed. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export interface CliEnvironment {
  io: CliIo;
  /** drizzle-kit's migrations folder. */
  migrationsDir: string;
  /** Built renderer (index.html and assets), served by `storefleet serve`. */
  rendererDir: string;
  version: string;
  now?: () => Date;
  /** Reads all of standard input (secrets arrive this way, never as arguments). */
  readStdin?: () => Promise<string>;
}

export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
