import { isAbsolute, relative, resolve } from 'node:path';
import { Option } from 'commander';
import { durationMillisOfSeconds, durationSeconds } from '../../model/concepts/time-units.ts';
import type { Problem } from '../../model/index.ts';
import { DEFAULT_CONFIG, type ServerConfig } from '../../server/config.ts';
import { ApiError } from '../../server/errors/api-error.ts';
import type { RunningServer, StartServerOptions } from '../../server/start-server.ts';
import { withOutputOptions } from '../output/print-output.ts';

type ServerLogger = StartServerOptions['logger'];

import type { CommandContext, RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { formatProblems } from '../format-problems.ts';
import { useColor } from '../io.ts';
import { peopleLog } from '../people-log.ts';
import { type PrometheusFlags, pullConfigOf } from '../prometheus-options.ts';
import { readSources } from '../read-sources.ts';

interface ServeOptions extends PrometheusFlags {
  readonly data: string;
  readonly port: string;
  readonly host: string;
  readonly model?: string[];
  readonly databaseUrl?: string;
  readonly anonymousRead?: boolean;
  readonly webhook?: string[];
  readonly fallbackRotation?: string;
  readonly serviceLabel: string;
  readonly rateLimit: string;
  readonly tick: string;
  readonly parseMemory: string;
  readonly parseTimeout: string;
  readonly retainSliSamples?: string;
  readonly retainIncidents?: string;
  readonly retainAlerts?: string;
  readonly logLevel: string;
  readonly logFormat?: 'pretty' | 'json';
  readonly json?: boolean;
}

/** A second signal, or a shutdown that takes longer than this, ends the process at once. */
const SHUTDOWN_GRACE_MS = 15_000;

/**
 * `whorunsit serve`: the server. Binds 127.0.0.1 unless `--host` says otherwise; runs until
 * SIGTERM or SIGINT, then stops taking requests, finishes those in flight and exits 0.
 */
export const registerServe: RegisterCommand = (program, context) => {
  const command = program
    .command('serve')
    .description(
      'run the server: model revisions, who runs each service now, alert routing (SQLite by default, PostgreSQL with DATABASE_URL)',
    )
    .option('--data <dir>', 'data folder for the embedded SQLite database', 'data')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to bind; 0.0.0.0 to accept other machines', '127.0.0.1')
    .option('--model <paths...>', 'model files or folders, stored as a revision when they changed')
    .option('--database-url <url>', 'postgres://… to use PostgreSQL (default: $DATABASE_URL)')
    .option('--anonymous-read', 'let callers without a token use read-only endpoints')
    .option('--webhook <urls...>', 'outgoing webhooks for routing decisions and run model changes')
    .option(
      '--fallback-rotation <name>',
      'rotation for alerts of unknown services (default: the thin layer)',
    )
    .option('--service-label <name>', 'alert label that names the service', 'service')
    .option(
      '--rate-limit <n>',
      'requests per client per minute',
      String(DEFAULT_CONFIG.rateLimitPerMinute),
    )
    .option('--tick <seconds>', 'how often the handover engine runs on the clock', '60')
    .option(
      '--parse-memory <MiB>',
      'memory a model upload may take to read; more is refused as input-too-large',
      String(DEFAULT_CONFIG.parseMemoryMb),
    )
    .option(
      '--parse-timeout <seconds>',
      'time a model upload may take to read; longer is refused as input-too-large',
      String(DEFAULT_CONFIG.parseTimeoutMs / 1000),
    )
    .option(
      '--retain-sli-samples <days>',
      'delete SLI samples older than this many days (default: keep all)',
    )
    .option(
      '--retain-incidents <days>',
      'delete incidents resolved more than this many days ago (default: keep all)',
    )
    .option(
      '--retain-alerts <days>',
      'delete alerts resolved or ended more than this many days ago (default: keep all)',
    )
    .option(
      '--prometheus <backends...>',
      "pull SLIs from Prometheus-compatible APIs: [NAME=]URL, NAME as in a service's sli.backend (default: $WHORUNSIT_PROMETHEUS, comma-separated)",
    )
    .option(
      '--prometheus-header <headers...>',
      "a header for a backend's queries: [NAME=]Header: value (also $WHORUNSIT_PROMETHEUS_HEADERS, one a line)",
    )
    .option(
      '--pull-interval <duration>',
      'how often SLIs are read, e.g. 60s (0: only on demand)',
      '60s',
    )
    .option(
      '--pull-step <duration>',
      'query_range step: each sample counts one step of events',
      '5m',
    )
    .option('--pull-lookback <duration>', 'how far back the first read of a service goes', '32d')
    .option('--pull-timeout <duration>', 'one query may take this long before it is retried', '10s')
    .option('--pull-retries <n>', 'retries of a failed query (backoff 1 s, doubling)', '2')
    .option('--log-level <level>', 'fatal, error, warn, info, debug or silent', 'info')
    .addOption(
      new Option(
        '--log-format <format>',
        'pretty: one line per request for people (default on a terminal); json: pino JSON lines (default otherwise)',
      ).choices(['pretty', 'json']),
    )
    .action(async (options: ServeOptions) => {
      const { io } = context;
      const port = integer(options.port, '--port', 0, 65_535);
      const config: ServerConfig = {
        ...DEFAULT_CONFIG,
        anonymousRead: options.anonymousRead === true,
        alertServiceLabel: options.serviceLabel,
        fallbackRotation: options.fallbackRotation,
        webhooks: [...(options.webhook ?? []), ...list(io.env.WHORUNSIT_WEBHOOKS)],
        rateLimitPerMinute: integer(options.rateLimit, '--rate-limit', 1, 1_000_000),
        tickIntervalMs: durationMillisOfSeconds(
          durationSeconds(integer(options.tick, '--tick', 0, 86_400)),
        ),
        parseMemoryMb: integer(options.parseMemory, '--parse-memory', 64, 65_536),
        parseTimeoutMs: durationMillisOfSeconds(
          durationSeconds(integer(options.parseTimeout, '--parse-timeout', 1, 3_600)),
        ),
        sliPull: pullConfigOf(options, io.env),
        retention: {
          sliSamplesDays: days(options.retainSliSamples, '--retain-sli-samples'),
          incidentsDays: days(options.retainIncidents, '--retain-incidents'),
          alertsDays: days(options.retainAlerts, '--retain-alerts'),
        },
      };
      for (const url of config.webhooks) {
        if (!/^https?:\/\//.test(url)) {
          throw new CliError(
            'bad-webhook',
            `--webhook ${url}: expected an http:// or https:// URL`,
          );
        }
      }
      let model: { sources: readonly { name: string; text: string }[]; label: string } | undefined;
      if (options.model) {
        const read = await readSources(options.model, io);
        if (read.problems.length > 0) return invalid(context, read.problems, options.json);
        model = { sources: read.sources, label: options.model.join(' ') };
      }
      let server: RunningServer;
      try {
        // Loaded here, not at the top: every other command starts without the server's modules.
        const { startServer } = await import('../../server/start-server.ts');
        server = await startServer({
          dataDir: resolve(io.cwd, options.data),
          databaseUrl: options.databaseUrl ?? io.env.DATABASE_URL,
          host: options.host,
          port,
          config,
          model,
          logger: loggerOf(options, context),
          now: io.now,
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'invalid-model') {
          return invalid(
            context,
            (error.details as { problems: Problem[] }).problems,
            options.json,
          );
        }
        throw new CliError('server-start', `cannot start: ${(error as Error).message}`);
      }
      const loaded = server.loaded;
      if (options.json) {
        // One line, not pretty-printed: stdout stays one JSON object a line with the logs.
        io.stdout(
          `${JSON.stringify({
            listening: server.url,
            database: server.store.dialect,
            location: server.store.location,
            revision: loaded?.revision.id ?? null,
            stored: loaded ? loaded.created : null,
          })}\n`,
        );
      } else {
        const revision = loaded
          ? `, revision ${loaded.revision.id} (${loaded.created ? 'stored from the model files' : 'model files unchanged'})`
          : '';
        io.stderr(
          `whorunsit: listening on ${server.url} (${server.store.dialect}: ${shownLocation(server.store, io.cwd)}${revision})\n`,
        );
      }
      await untilSignal();
      if (options.json)
        io.stdout(`${JSON.stringify({ shuttingDown: true, finishing: 'requests in flight' })}\n`);
      else io.stderr('whorunsit: shutting down, finishing requests in flight\n');
      const forced = setTimeout(() => process.exit(EXIT.usage), SHUTDOWN_GRACE_MS);
      forced.unref();
      process.once('SIGINT', () => process.exit(EXIT.usage));
      process.once('SIGTERM', () => process.exit(EXIT.usage));
      await server.close();
      context.exit(EXIT.ok);
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp:
      'print the startup and shutdown lines as JSON objects on stdout, one a line, like the logs: {"listening", "database", "location", "revision", "stored"}',
  });
  withExamples(
    command,
    'whorunsit serve --data ./data --model examples/acme',
    'DATABASE_URL=postgres://whorunsit@db/whorunsit whorunsit serve --host 0.0.0.0 --port 8080',
    "whorunsit serve --port 0 --json | jq -r 'select(.listening) | .listening'",
  );
};

/** Pino options: JSON lines, or those lines printed for people on a terminal. */
function loggerOf(options: ServeOptions, context: CommandContext): ServerLogger {
  if (options.logLevel === 'silent') return false;
  const format = options.logFormat ?? (context.io.isTty ? 'pretty' : 'json');
  if (format === 'json') return { level: options.logLevel };
  return { level: options.logLevel, stream: peopleLog(context.io.stdout, useColor(context.io)) };
}

/** A SQLite file under the current folder is shown relative to it, as the user named it. */
function shownLocation(store: { dialect: string; location: string }, cwd: string): string {
  if (store.dialect !== 'sqlite') return store.location;
  const path = relative(cwd, store.location);
  return path.startsWith('..') || isAbsolute(path) ? store.location : path;
}

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGTERM', () => done());
    process.once('SIGINT', () => done());
  });
}

/** An invalid model stops the start: problems as `validate` prints them, JSON with --json. */
function invalid(
  context: Parameters<RegisterCommand>[1],
  problems: readonly Problem[],
  json: boolean | undefined,
): void {
  if (json) printJson(context.io, { valid: false, errors: problems });
  else context.io.stderr(formatProblems(problems, useColor(context.io)));
  context.exit(EXIT.invalid);
}

function integer(text: string, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new CliError(
      'bad-number',
      `${flag} ${text}: expected a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

/** A retention in days, at least one: unset keeps the data for good. */
function days(text: string | undefined, flag: string): number | undefined {
  return text === undefined ? undefined : integer(text, flag, 1, 36_500);
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
