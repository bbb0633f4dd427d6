import { exitCodeOf } from '../../errors/index.ts';
import type { Problem } from '../../model/index.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { formatProblems } from '../format-problems.ts';
import { useColor } from '../io.ts';
import { withOutputOptions } from '../output/print-output.ts';
import { readSources } from '../read-sources.ts';

interface PushOptions {
  readonly server: string;
  readonly token?: string;
  readonly message?: string;
  readonly author?: string;
  readonly ifMatch?: string;
  readonly json?: boolean;
}

/** A push that takes longer than this is reported as failed rather than hanging CI. */
const PUSH_TIMEOUT_MS = 60_000;

/**
 * `whorunsit push <paths…> --server URL`: uploads the model (from CI: models live in git). The
 * server validates it first; exit 0 when stored or unchanged, 1 when invalid or stale
 * (`--if-match`), 2 for usage, network or authentication errors.
 */
export const registerPush: RegisterCommand = (program, context) => {
  const command = program
    .command('push')
    .description('upload model files to a server as a new revision (validated there first)')
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .requiredOption('--server <url>', 'the server, e.g. http://127.0.0.1:8080')
    .option('--token <token>', 'an editor or admin token (default: $WHORUNSIT_TOKEN)')
    .option('--message <text>', 'why the model changed, e.g. the commit message')
    .option('--author <name>', 'who changed it, e.g. the commit author')
    .option('--if-match <revision>', 'fail unless this revision is still the latest')
    .action(async (paths: string[], options: PushOptions) => {
      const { io } = context;
      const token = options.token ?? io.env.WHORUNSIT_TOKEN;
      if (!token) throw new CliError('no-token', 'no token: pass --token or set WHORUNSIT_TOKEN');
      let base: URL;
      try {
        base = new URL('/api/v1/revisions', options.server);
      } catch {
        throw new CliError(
          'bad-url',
          `--server ${options.server}: expected a URL like http://host:8080`,
        );
      }
      const read = await readSources(paths, io);
      if (read.problems.length > 0) {
        if (options.json) printJson(io, { valid: false, errors: read.problems });
        else io.stderr(formatProblems(read.problems, useColor(io)));
        context.exit(EXIT.invalid);
        return;
      }
      let response: Response;
      try {
        response = await fetch(base, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            ...(options.ifMatch ? { 'if-match': `"${options.ifMatch}"` } : {}),
          },
          body: JSON.stringify({
            message: options.message ?? `whorunsit push ${paths.join(' ')}`,
            ...(options.author ? { author: options.author } : {}),
            sources: read.sources,
          }),
          signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
        });
      } catch (error) {
        throw new CliError(
          'network',
          `cannot reach ${options.server}: ${(error as Error).message}`,
        );
      }
      const body = (await response.json().catch(() => ({}))) as PushAnswer;
      if (options.json) printJson(io, body);
      if (response.ok && body.revision) {
        if (!options.json) {
          const s = body.revision.summary;
          io.stdout(
            body.created
              ? `stored revision ${body.revision.id}: ${s.added.length} added, ${s.changed.length} changed, ${s.removed.length} removed\n`
              : `unchanged: revision ${body.revision.id} already holds these files\n`,
          );
        }
        context.exit(EXIT.ok);
        return;
      }
      const error = body.error ?? {
        code: 'http',
        message: `HTTP ${response.status}`,
        details: null,
      };
      if (!options.json) {
        if (error.code === 'invalid-model') {
          io.stderr(
            formatProblems((error.details as { problems: Problem[] }).problems, useColor(io)),
          );
        } else {
          io.stderr(`whorunsit: error[${error.code}]: ${error.message}\n`);
        }
      }
      // The server's code decides the exit code, through the one error table.
      context.exit(exitCodeOf(error.code));
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: "print the server's answer",
  });
  withExamples(
    command,
    'whorunsit push examples/acme --server http://127.0.0.1:8080 --token "$TOKEN"',
    'WHORUNSIT_TOKEN=$TOKEN whorunsit push models/ --server https://whorunsit.example.com --message "$(git log -1 --format=%s)"',
  );
};

interface PushAnswer {
  readonly revision?: {
    readonly id: number;
    readonly summary: { added: string[]; changed: string[]; removed: string[] };
  };
  readonly created?: boolean;
  readonly error?: { code: string; message: string; details: unknown };
}
