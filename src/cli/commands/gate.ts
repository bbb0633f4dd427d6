import { isErrorCode } from '../../errors/index.ts';
import type { RegisterCommand } from '../command.ts';
import { printJson, withExamples } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withOutputOptions } from '../output/print-output.ts';

interface GateOptions {
  readonly server: string;
  readonly token?: string;
  readonly override?: string;
  readonly reason?: string;
  readonly until?: string;
  readonly author?: string;
  readonly json?: boolean;
}

interface GateAnswer {
  readonly service: string;
  readonly decision: 'allowed' | 'frozen';
  readonly reason: string;
}

/** A gate that takes longer than this fails the pipeline step instead of hanging it. */
const GATE_TIMEOUT_MS = 30_000;

/**
 * `whorunsit gate SERVICE --server URL`: may this service be deployed now (§12.5 release
 * freeze)? For CI/CD: exit 0 when allowed, 1 when frozen, each with a one-line reason; 2 when
 * the answer cannot be had (usage, network, token, unknown service). `--override` records a
 * person's decision with a reason first, then answers with it.
 */
export const registerGate: RegisterCommand = (program, context) => {
  const command = program
    .command('gate')
    .description(
      "whether a service may be deployed now: exit 0 allowed, 1 frozen by its error budget policy's release freeze (§12.5)",
    )
    .argument('<service>', 'the service, as named in the model')
    .requiredOption('--server <url>', 'the server, e.g. http://127.0.0.1:8080')
    .option('--token <token>', 'a viewer token (editor to override; default: $WHORUNSIT_TOKEN)')
    .option('--override <decision>', 'record an override first: allowed or frozen (needs --reason)')
    .option('--reason <text>', 'why the override, for the record')
    .option('--until <time>', 'when the override ends (ISO 8601; default a day from now)')
    .option('--author <name>', 'who decided the override, besides the token')
    .action(async (service: string, options: GateOptions) => {
      const { io } = context;
      const token = options.token ?? io.env.WHORUNSIT_TOKEN;
      if (!token) throw new CliError('no-token', 'no token: pass --token or set WHORUNSIT_TOKEN');
      if (options.override !== undefined) {
        if (options.override !== 'allowed' && options.override !== 'frozen') {
          throw new CliError(
            'bad-decision',
            `--override ${options.override}: expected allowed or frozen`,
          );
        }
        if (!options.reason)
          throw new CliError('no-reason', '--override needs --reason: why, for the record');
      }
      let base: URL;
      try {
        base = new URL(`/api/v1/services/${encodeURIComponent(service)}/gate`, options.server);
      } catch {
        throw new CliError(
          'bad-url',
          `--server ${options.server}: expected a URL like http://host:8080`,
        );
      }
      const call = async (url: URL, init: RequestInit = {}) => {
        try {
          const response = await fetch(url, {
            ...init,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            signal: AbortSignal.timeout(GATE_TIMEOUT_MS),
          });
          const body = (await response.json().catch(() => ({}))) as {
            error?: { code: string; message: string };
          };
          if (!response.ok) {
            const error = body.error ?? { code: 'http', message: `HTTP ${response.status}` };
            // The server's own code when this version knows it (its exit code with it), else
            // `server` with the code in the message.
            if (isErrorCode(error.code)) throw new CliError(error.code, error.message);
            throw new CliError('server', `${error.message} (${error.code})`);
          }
          return body;
        } catch (error) {
          if (error instanceof CliError) throw error;
          throw new CliError(
            'network',
            `cannot reach ${options.server}: ${(error as Error).message}`,
          );
        }
      };
      const answer = (
        options.override !== undefined
          ? (
              (await call(new URL(`${base.pathname}/overrides`, base), {
                method: 'POST',
                body: JSON.stringify({
                  decision: options.override,
                  reason: options.reason,
                  ...(options.author ? { author: options.author } : {}),
                  ...(options.until ? { expiresAt: options.until } : {}),
                }),
              })) as { gate: GateAnswer }
            ).gate
          : await call(base)
      ) as GateAnswer;
      if (options.json) printJson(io, answer);
      else io.stdout(`${answer.decision}: ${answer.service}: ${answer.reason}\n`);
      context.exit(answer.decision === 'allowed' ? EXIT.ok : EXIT.invalid);
    });
  withOutputOptions(command, {
    outputs: ['text'],
    fallback: 'text',
    jsonHelp: "the same as --format json: the server's answer",
  });
  withExamples(
    command,
    'whorunsit gate checkout-api --server https://whorunsit.example.com || exit 1   # in a deploy job',
    'whorunsit gate checkout-api --server $URL --override allowed --reason "fix for INC-123" --until 2026-03-02T18:00:00Z',
  );
};
