import type { Command } from 'commander';
import type { Annotation } from '@shared/api/annotation-schemas';
import { withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject, printRows, type Column } from '../print-result';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

const columns: Column<Annotation>[] = [
  { header: 'ID', value: (a) => a.id },
  { header: 'DATE', value: (a) => a.date },
  { header: 'TEXT', value: (a) => a.text },
  { header: 'BY', value: (a) => a.actor },
];

export function registerAnnotationCommands(program: Command, env: CliEnvironment): void {
  const notes = program.command('annotations').description("notes on a store's timeline, shown on every chart of the store");

  workspaceCommand(notes, 'list', "a store's notes, oldest first")
    .requiredOption('--store <id>', 'store id', parseId)
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .action((opts: WorkspaceOptions & { store: number; from?: string; to?: string }) =>
      withBackend(env, opts.db, ({ api }) => {
        const rows = api.call('annotations.list', { storeId: opts.store, from: opts.from, to: opts.to });
        printRows(env.io, rows, columns, Boolean(opts.json));
      }),
    );

  workspaceCommand(notes, 'add', "add a note to a store's timeline")
    .requiredOption('--store <id>', 'store id', parseId)
    .requiredOption('--date <date>', 'the day the note is about, YYYY-MM-DD')
    .requiredOption('--text <text>', 'the note, e.g. "Switched carrier to Yamato"')
    .action((opts: WorkspaceOptions & { store: number; date: string; text: string }) =>
      withBackend(env, opts.db, ({ api }) => {
        const note = api.call('annotations.create', { storeId: opts.store, date: opts.date, text: opts.text });
        printObject(env.io, note, Boolean(opts.json), `Added note ${note.id} to store ${note.storeId} on ${note.date}`);
      }),
    );

  workspaceCommand(notes, 'remove', 'remove a note')
    .requiredOption('--id <id>', 'note id', parseId)
    .action((opts: WorkspaceOptions & { id: number }) =>
      withBackend(env, opts.db, ({ api }) => {
        const result = api.call('annotations.remove', { id: opts.id });
        printObject(env.io, result, Boolean(opts.json), `Removed note ${opts.id}`);
      }),
    );
}
