import { resolve } from 'node:path';
import type { BackupResult, RestoreResult } from '../../store/index.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withOutputOptions } from '../output/print-output.ts';

export interface BackupOptions {
  readonly data: string;
  readonly databaseUrl?: string;
  readonly json?: boolean;
}

/**
 * `whorunsit backup <file>`: a server's SQLite data folder, copied with SQLite's online backup
 * while the server runs (`whorunsit restore` puts it back). PostgreSQL has its own tools for
 * this; the command says how to use them.
 */
export const registerBackup: RegisterCommand = (program, context) => {
  const backup = program
    .command('backup')
    .description(
      "copy a server's SQLite database to a file while the server runs (PostgreSQL: pg_dump)",
    )
    .argument('<file>', 'the backup file to write (never overwritten)')
    .option('--data <dir>', 'the server data folder', 'data')
    .option('--database-url <url>', 'postgres://…: says how to back it up with pg_dump')
    .action(async (file: string, options: BackupOptions) => {
      refusePostgres(options, context, 'backup');
      const { backupSqlite } = await import('../../store/index.ts');
      const result = await withBackupErrors(() =>
        backupSqlite({
          dataDir: resolve(context.io.cwd, options.data),
          to: resolve(context.io.cwd, file),
        }),
      );
      if (options.json) printJson(context.io, result);
      else {
        context.io.stdout(
          `Backed up ${result.from} to ${result.to} (${result.bytes} bytes): ${contentsOf(result)}\n`,
        );
      }
      context.exit(EXIT.ok);
    });
  withOutputOptions(backup, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp:
      'the same as --format json: {"from", "to", "bytes", "schema", "revisions", "tokens", "alerts", "sliSamples", "incidents", "auditEvents"}',
  });
  withExamples(
    backup,
    'whorunsit backup --data /var/lib/whorunsit /backups/whorunsit-$(date +%F).sqlite',
    'whorunsit backup backup.sqlite --json',
  );
};

export function contentsOf(result: BackupResult | RestoreResult): string {
  return [
    `schema ${result.schema}`,
    `${result.revisions} revisions`,
    `${result.tokens} tokens`,
    `${result.alerts} alerts`,
    `${result.sliSamples} SLI samples`,
    `${result.incidents} incidents`,
    `${result.auditEvents} audit events`,
  ].join(', ');
}

/** PostgreSQL is backed up and restored with its own tools, which do it better than a copy. */
export function refusePostgres(
  options: BackupOptions,
  context: CommandContext,
  command: 'backup' | 'restore',
): void {
  const url = options.databaseUrl ?? context.io.env.DATABASE_URL;
  if (url === undefined || url === '') return;
  throw new CliError(
    'use-pg-dump',
    command === 'backup'
      ? 'whorunsit backup copies an SQLite data folder; back up PostgreSQL with its own tool, while the server runs: pg_dump --format=custom --file whorunsit.dump "$DATABASE_URL"'
      : 'whorunsit restore writes an SQLite data folder; restore PostgreSQL into a new, empty database with: pg_restore --no-owner --dbname "$DATABASE_URL" whorunsit.dump, then start whorunsit serve on it (it migrates an older dump)',
  );
}

export async function withBackupErrors<T>(work: () => Promise<T>): Promise<T> {
  const { BackupError } = await import('../../store/index.ts');
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.code, error.message);
    throw error;
  }
}
