import { describe, expect, it } from 'vitest';
import { durationMillis, durationSeconds, millisOfHours } from '../model/index.ts';
import { DEFAULT_CONFIG, type ServerConfig } from './config.ts';

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
});
