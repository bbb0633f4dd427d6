import { resolve } from 'node:path';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { withOutputOptions } from '../output/print-output.ts';
import { type BackupOptions, contentsOf, refusePostgres, withBackupErrors } from './backup.ts';

/**
 * `whorunsit restore <file>`: a backup written by `whorunsit backup`, checked, restored into a
 * data folder that has no database yet and migrated to this version.
 */
export const registerRestore: RegisterCommand = (program, context) => {
  const restore = program
    .command('restore')
    .description('restore a backup into a data folder that has no database yet, then migrate it')
    .argument('<file>', 'a file written by whorunsit backup')
    .option('--data <dir>', 'the new data folder (its database must not exist yet)', 'data')
    .option('--database-url <url>', 'postgres://…: says how to restore it with pg_restore')
    .action(async (file: string, options: BackupOptions) => {
      refusePostgres(options, context, 'restore');
      const { restoreSqlite } = await import('../../store/index.ts');
      const result = await withBackupErrors(() =>
        restoreSqlite({
          from: resolve(context.io.cwd, file),
          dataDir: resolve(context.io.cwd, options.data),
        }),
      );
      if (options.json) printJson(context.io, result);
      else {
        context.io.stdout(
          `Restored ${result.from} into ${result.to}: ${contentsOf(result)}. Start the server on it with whorunsit serve --data ${options.data}\n`,
        );
      }
      context.exit(EXIT.ok);
    });
  withOutputOptions(restore, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp:
      'the same as --format json: {"from", "to", "schema", "revisions", "tokens", "alerts", "sliSamples", "incidents", "auditEvents"}',
  });
  withExamples(restore, 'whorunsit restore /backups/whorunsit-2026-12-01.sqlite --data ./data');
};
