import {
  type DurationSeconds,
  durationMillisOfSeconds,
  durationSeconds,
  durationSecondsOfMillis,
} from '../model/concepts/time-units.ts';
import {
  DEFAULT_BACKEND,
  DEFAULT_PULL,
  type PrometheusBackend,
  type SliPullConfig,
} from '../server/prometheus/prometheus-backend.ts';
import { CliError } from './exit-codes.ts';

export interface PrometheusFlags {
  readonly prometheus?: readonly string[] | undefined;
  readonly prometheusHeader?: readonly string[] | undefined;
  readonly pullInterval?: string | undefined;
  readonly pullStep?: string | undefined;
  readonly pullLookback?: string | undefined;
  readonly pullTimeout?: string | undefined;
  readonly pullRetries?: string | undefined;
}

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const HEADER = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/**
 * The SLI pull of `serve` from flags and environment: `--prometheus [NAME=]URL` (repeatable;
 * `WHORUNSIT_PROMETHEUS`, comma-separated) and `--prometheus-header [NAME=]Header: value`
 * (`WHORUNSIT_PROMETHEUS_HEADERS`, one a line, so secrets stay out of the process list).
 * Undefined without a backend: the server then only takes pushed samples.
 */
export function pullConfigOf(
  flags: PrometheusFlags,
  env: Readonly<Record<string, string | undefined>>,
): SliPullConfig | undefined {
  const specs = [...(flags.prometheus ?? []), ...split(env.WHORUNSIT_PROMETHEUS, /,/)];
  if (specs.length === 0) return undefined;
  const backends = new Map<string, { url: string; headers: Record<string, string> }>();
  for (const spec of specs) {
    const { name, value } = named(spec, '--prometheus');
    if (!/^https?:\/\/[^\s/]/.test(value) || !URL.canParse(value)) {
      throw new CliError('bad-url', `--prometheus ${spec}: expected [NAME=]http(s)://host:port`);
    }
    if (backends.has(name)) {
      throw new CliError('bad-backend', `--prometheus ${spec}: backend ${name} is given twice`);
    }
    backends.set(name, { url: value, headers: {} });
  }
  const headers = [
    ...(flags.prometheusHeader ?? []),
    ...split(env.WHORUNSIT_PROMETHEUS_HEADERS, /\r?\n/),
  ];
  for (const spec of headers) {
    const { name, value } = named(spec, '--prometheus-header');
    const colon = value.indexOf(':');
    const header = value.slice(0, colon).trim();
    if (colon <= 0 || !HEADER.test(header)) {
      throw new CliError(
        'bad-header',
        `--prometheus-header: expected [NAME=]Header: value, e.g. default=Authorization: Bearer …, found a value without a header name`,
      );
    }
    const backend = backends.get(name);
    if (!backend) {
      throw new CliError(
        'bad-backend',
        `--prometheus-header ${name}=${header}: no backend ${name} (give it with --prometheus ${name}=URL)`,
      );
    }
    backend.headers[header] = value.slice(colon + 1).trim();
  }
  const seconds = (
    text: string | undefined,
    flag: string,
    fallback: DurationSeconds,
    min: number,
    max: number,
  ): DurationSeconds => {
    if (text === undefined) return fallback;
    const value = secondsOfDurationText(text);
    if (value === undefined || value < min || value > max) {
      throw new CliError(
        'bad-duration',
        `${flag} ${text}: expected a duration from ${min}s to ${max}s, like 30s, 5m or 32d`,
      );
    }
    return value;
  };
  const retries =
    flags.pullRetries === undefined ? DEFAULT_PULL.retries : Number(flags.pullRetries);
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw new CliError('bad-number', `--pull-retries ${flags.pullRetries}: expected 0 to 10`);
  }
  return {
    backends: [...backends].map(
      ([name, b]): PrometheusBackend => ({ name, url: b.url, headers: b.headers }),
    ),
    intervalMs: durationMillisOfSeconds(
      seconds(
        flags.pullInterval,
        '--pull-interval',
        durationSecondsOfMillis(DEFAULT_PULL.intervalMs),
        0,
        86_400,
      ),
    ),
    stepSeconds: seconds(flags.pullStep, '--pull-step', DEFAULT_PULL.stepSeconds, 1, 86_400),
    lookbackSeconds: seconds(
      flags.pullLookback,
      '--pull-lookback',
      DEFAULT_PULL.lookbackSeconds,
      60,
      400 * 86_400,
    ),
    timeoutMs: durationMillisOfSeconds(
      seconds(
        flags.pullTimeout,
        '--pull-timeout',
        durationSecondsOfMillis(DEFAULT_PULL.timeoutMs),
        1,
        600,
      ),
    ),
    retries,
    backoffMs: DEFAULT_PULL.backoffMs,
  };
}

function named(spec: string, flag: string): { name: string; value: string } {
  const match = /^([a-z0-9-]+)=(.*)$/s.exec(spec);
  // `Authorization: Bearer a=b` has no name before a `=` that comes first: only a slug counts.
  if (match?.[1] !== undefined && match[2] !== undefined && !match[1].includes(':')) {
    if (!NAME.test(match[1])) {
      throw new CliError('bad-backend', `${flag}: expected a backend name as a lowercase slug`);
    }
    return { name: match[1], value: match[2].trim() };
  }
  return { name: DEFAULT_BACKEND, value: spec.trim() };
}

function split(text: string | undefined, by: RegExp): string[] {
  return (text ?? '')
    .split(by)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The length `30`, `30s`, `5m`, `2h` or `32d` says, in seconds. */
export function secondsOfDurationText(text: string): DurationSeconds | undefined {
  const match = /^(\d+)(s|m|h|d)?$/.exec(text);
  if (!match) return undefined;
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] ?? 's'] ?? 1;
  return durationSeconds(Number(match[1]) * unit);
}
