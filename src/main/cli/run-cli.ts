import { Command, CommanderError } from 'commander';
import { AppError } from '@shared/api/app-error';
import type { CliEnvironment } from './cli-io';
import { registerAnnotationCommands } from './commands/annotation-commands';
import { registerBackupCommands } from './commands/backup-commands';
import { registerBundleCommands } from './commands/bundle-commands';
import { registerClientCommands } from './commands/client-commands';
import { registerContractCommands } from './commands/contract-commands';
import { registerCredentialCommands } from './commands/credential-commands';
import { registerDemoCommand } from './commands/demo-command';
import { registerImportCommand } from './commands/import-command';
import { registerKpiCommands } from './commands/kpi-commands';
import { registerOverviewCommand } from './commands/overview-command';
import { registerPlanningCommands } from './commands/planning-commands';
import { registerPoaCommands } from './commands/poa-commands';
import { registerReviewCommand } from './commands/review-command';
import { registerServeCommand } from './commands/serve-command';
import { registerStoreCommands } from './commands/store-commands';
import { registerSyncCommand } from './commands/sync-command';

/** Exit codes: 0 done, 1 bad input or a failed operation, 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function buildProgram(env: CliEnvironment): Command {
  const program = new Command('storefleet')
    .description('Storefleet: store health, alerts, appeals, contracts and client reviews for e-commerce agencies')
    .version(env.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: env.io.stdout, writeErr: env.io.stderr });
  registerClientCommands(program, env);
  registerStoreCommands(program, env);
  registerDemoCommand(program, env);
  registerOverviewCommand(program, env);
  registerKpiCommands(program, env);
  registerAnnotationCommands(program, env);
  registerPoaCommands(program, env);
  registerImportCommand(program, env);
  registerContractCommands(program, env);
  registerReviewCommand(program, env);
  registerCredentialCommands(program, env);
  registerSyncCommand(program, env);
  registerPlanningCommands(program, env);
  registerServeCommand(program, env);
  registerBackupCommands(program, env);
  registerBundleCommands(program, env);
  program.commands.forEach(function override(command: Command): void {
    command.exitOverride().configureOutput({ writeOut: env.io.stdout, writeErr: env.io.stderr });
    command.commands.forEach(override);
  });
  return program;
}

function describeFailure(error: AppError): string {
  const issues = error.details?.issues;
  if (error.code === 'invalid_input' && issues?.length) {
    return `Invalid input:\n${issues.map((i) => `  - ${i.field}: ${i.message}`).join('\n')}`;
  }
  return error.message;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], env: CliEnvironment): Promise<number> {
  const program = buildProgram(env);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      if (informational) return EXIT.ok;
      if (error.code === 'commander.executeSubCommandAsync') return EXIT.failed;
      return EXIT.usage;
    }
    if (error instanceof AppError) {
      if (!error.details?.reported) env.io.stderr(`storefleet: ${describeFailure(error)}\n`);
      return EXIT.failed;
    }
    const message = error instanceof Error ? error.message : String(error);
    env.io.stderr(`storefleet: ${message}\n`);
    return EXIT.failed;
  }
}
