import { describe, expect, it } from 'vitest';
import { durationMillis, durationSeconds, millisOfHours } from '../model/index.ts';
import { DEFAULT_CONFIG, type ServerConfig } from './config.ts';
import { DEFAULT_PULL, type SliPullConfig } from './prometheus/prometheus-backend.ts';

// Each `@ts-expect-error` line must not compile (`npx tsc --noEmit` fails when it does).

describe('ServerConfig', () => {
  it('takes its timings in milliseconds, named as such', () => {
    const config: ServerConfig = { ...DEFAULT_CONFIG, tickIntervalMs: durationMillis(0) };
    // @ts-expect-error a timing is a length in milliseconds, not a bare number
    const bare: ServerConfig = { ...DEFAULT_CONFIG, requestTimeoutMs: 30_000 };
    // @ts-expect-error a timing is milliseconds, not seconds
    const seconds: ServerConfig = { ...DEFAULT_CONFIG, parseTimeoutMs: durationSeconds(20) };
    expect([config.tickIntervalMs, bare.requestTimeoutMs, seconds.parseTimeoutMs]).toEqual([
      0, 30_000, 20,
    ]);
    expect(DEFAULT_CONFIG.retentionIntervalMs).toBe(millisOfHours(1));
  });

  it('pulls SLIs at a step in seconds and waits in milliseconds', () => {
    const pull: SliPullConfig = { ...DEFAULT_PULL, backends: [] };
    // @ts-expect-error the query step is seconds, not milliseconds
    const step: SliPullConfig = { ...pull, stepSeconds: DEFAULT_PULL.timeoutMs };
    // @ts-expect-error a request's timeout is milliseconds, not seconds
    const timeout: SliPullConfig = { ...pull, timeoutMs: DEFAULT_PULL.lookbackSeconds };
    expect([step.stepSeconds, timeout.timeoutMs]).toEqual([10_000, 32 * 86_400]);
    expect(pull.intervalMs).toBe(60_000);
  });
});
