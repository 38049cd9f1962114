import { Command, InvalidArgumentError } from 'commander';

export interface WorkspaceOptions {
  db: string;
  json?: boolean;
}

/** Every command names its workspace file and can answer in JSON. */
export function workspaceCommand(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .requiredOption('--db <path>', 'workspace SQLite file (created and migrated if missing)')
    .option('--json', 'print machine-readable JSON');
}

export function parseId(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not an id (a positive whole number).`);
  return Number(value);
}

/** Keeps only the options the user gave, renamed to the API's field names. */
export function pickGiven(options: Record<string, unknown>, fieldByOption: Record<string, string>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [option, field] of Object.entries(fieldByOption)) {
    if (options[option] !== undefined) picked[field] = options[option];
  }
  return picked;
}
