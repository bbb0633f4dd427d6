import { createColors } from 'picocolors';

interface LogLine {
  readonly level?: number;
  readonly time?: number;
  readonly msg?: string;
  readonly reqId?: string;
  readonly req?: { readonly method?: string; readonly url?: string };
  readonly res?: { readonly statusCode?: number };
  readonly responseTime?: number;
  readonly err?: { readonly message?: string };
  readonly [key: string]: unknown;
}

const LEVELS: Readonly<Record<number, string>> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
/** Fields every pino line has, left out of the `key=value` tail. */
const KNOWN = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'msg',
  'reqId',
  'req',
  'res',
  'responseTime',
]);

/**
 * A pino destination that prints the server's JSON log lines for people: one line per request
 * (`time  GET /path  200  3.1 ms`, written when it completes), and other lines as
 * `time  level  message  key=value…`. The JSON lines themselves are what `--log-format json`
 * (and any non-terminal) gets.
 */
export function peopleLog(
  out: (text: string) => void,
  color: boolean,
): { write: (line: string) => void } {
  const c = createColors(color);
  const started = new Map<string, { method: string; url: string }>();
  const status = (code: number) =>
    code >= 500
      ? c.red(String(code))
      : code >= 400
        ? c.yellow(String(code))
        : c.green(String(code));
  const time = (ms: number | undefined) =>
    c.dim(new Date(ms ?? 0).toISOString().replace(/\.\d+Z$/, 'Z'));
  return {
    write: (text) => {
      for (const raw of text.split('\n')) {
        if (raw.trim() === '') continue;
        let line: LogLine;
        try {
          line = JSON.parse(raw) as LogLine;
        } catch {
          out(`${raw}\n`);
          continue;
        }
        if (line.msg === 'incoming request' && line.reqId !== undefined) {
          started.set(line.reqId, { method: line.req?.method ?? '?', url: line.req?.url ?? '?' });
          continue;
        }
        if (line.msg === 'request completed' && line.reqId !== undefined) {
          const request = started.get(line.reqId);
          started.delete(line.reqId);
          const took =
            line.responseTime === undefined ? '' : `  ${line.responseTime.toFixed(1)} ms`;
          out(
            `${time(line.time)}  ${c.bold(request?.method ?? '?')} ${request?.url ?? '?'}  ${status(line.res?.statusCode ?? 0)}${took}\n`,
          );
          continue;
        }
        const level = LEVELS[line.level ?? 30] ?? String(line.level);
        const paint =
          (line.level ?? 30) >= 50 ? c.red : (line.level ?? 30) >= 40 ? c.yellow : c.cyan;
        const extra = Object.entries(line)
          .filter(([key]) => !KNOWN.has(key))
          .map(([key, value]) =>
            key === 'err'
              ? `error=${JSON.stringify(line.err?.message ?? value)}`
              : `${key}=${JSON.stringify(value)}`,
          );
        out(
          `${time(line.time)}  ${paint(level)}  ${line.msg ?? ''}${extra.length > 0 ? c.dim(`  ${extra.join(' ')}`) : ''}\n`,
        );
      }
    },
  };
}
