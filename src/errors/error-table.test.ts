import { describe, expect, it } from 'vitest';
import { ERROR_TABLE, EXIT, exitCodeOf, httpStatusOf, retryAfterOf } from './error-table.ts';

describe('the one error table', () => {
  it('gives every code an HTTP error status and an exit code that is not success', () => {
    for (const [code, meaning] of Object.entries(ERROR_TABLE)) {
      expect(meaning.status, code).toBeGreaterThanOrEqual(400);
      expect(meaning.status, code).toBeLessThan(600);
      expect([EXIT.invalid, EXIT.usage], code).toContain(meaning.exit);
    }
  });

  it('gives every 429 and 503 a Retry-After, and nothing else one', () => {
    for (const code of Object.keys(ERROR_TABLE) as (keyof typeof ERROR_TABLE)[]) {
      const status = httpStatusOf(code);
      const wait = retryAfterOf(code);
      if (status === 429 || status === 503) expect(wait, code).toBeGreaterThan(0);
      else expect(wait, code).toBeUndefined();
    }
  });

  it('exits 1 for what is invalid or stale and 2 for the rest, also for codes from a newer server', () => {
    expect(exitCodeOf('invalid-model')).toBe(EXIT.invalid);
    expect(exitCodeOf('revision-conflict')).toBe(EXIT.invalid);
    expect(exitCodeOf('unauthorized')).toBe(EXIT.usage);
    expect(exitCodeOf('disk-full')).toBe(EXIT.usage);
    expect(exitCodeOf('a-code-from-the-future')).toBe(EXIT.usage);
  });
});
