import { describe, expect, it } from 'vitest';
import { noSuchName } from './no-such-name.ts';

describe('noSuchName', () => {
  it('suggests the closest known name when it looks like a typo', () => {
    expect(noSuchName('Rotation', 'payment', ['payments', 'search'])).toBe(
      'no Rotation "payment"; did you mean "payments"?',
    );
  });

  it('suggests nothing when no known name is close', () => {
    expect(noSuchName('Person', 'zed', ['alexandra', 'bartholomew'])).toBe('no Person "zed"');
    expect(noSuchName('Service', 'api', [])).toBe('no Service "api"');
  });
});
