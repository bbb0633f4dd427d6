import { describe, expect, it } from 'vitest';
import { CliError } from './exit-codes.ts';
import { pullConfigOf } from './prometheus-options.ts';

describe('pullConfigOf', () => {
  it('pulls nothing without a backend', () => {
    expect(pullConfigOf({}, {})).toBeUndefined();
  });

  it('names backends, gives each its headers from flags and the environment, and reads durations', () => {
    const config = pullConfigOf(
      {
        prometheus: ['http://prometheus:9090', 'eu=https://mimir.example.com/prometheus'],
        prometheusHeader: ['eu=X-Scope-OrgID: shop'],
        pullStep: '1m',
        pullLookback: '7d',
        pullInterval: '30s',
        pullTimeout: '5',
        pullRetries: '3',
      },
      { WHORUNSIT_PROMETHEUS_HEADERS: 'eu=Authorization: Bearer a=b\nAuthorization: Basic xyz' },
    );
    expect(config).toMatchObject({
      backends: [
        { name: 'default', url: 'http://prometheus:9090', headers: { Authorization: 'Basic xyz' } },
        {
          name: 'eu',
          url: 'https://mimir.example.com/prometheus',
          headers: { 'X-Scope-OrgID': 'shop', Authorization: 'Bearer a=b' },
        },
      ],
      stepSeconds: 60,
      lookbackSeconds: 7 * 86_400,
      intervalMs: 30_000,
      timeoutMs: 5_000,
      retries: 3,
    });
  });

  it('takes backends from WHORUNSIT_PROMETHEUS, comma-separated', () => {
    const config = pullConfigOf({}, { WHORUNSIT_PROMETHEUS: 'http://a:9090, b=http://b:9090' });
    expect(config?.backends.map((b) => b.name)).toEqual(['default', 'b']);
  });

  it('refuses what it cannot use, as usage errors that say what was expected', () => {
    const refused = (flags: Parameters<typeof pullConfigOf>[0]) => {
      try {
        pullConfigOf(flags, {});
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return (error as CliError).message;
      }
      throw new Error('accepted');
    };
    expect(refused({ prometheus: ['prometheus:9090'] })).toContain(
      'expected [NAME=]http(s)://host:port',
    );
    expect(refused({ prometheus: ['http://a', 'http://b'] })).toContain(
      'backend default is given twice',
    );
    expect(
      refused({ prometheus: ['http://a'], prometheusHeader: ['eu=Authorization: x'] }),
    ).toContain('no backend eu');
    expect(refused({ prometheus: ['http://a'], prometheusHeader: ['Bearer x'] })).toContain(
      'expected [NAME=]Header: value',
    );
    expect(refused({ prometheus: ['http://a'], pullStep: '0' })).toContain('--pull-step 0');
    expect(refused({ prometheus: ['http://a'], pullRetries: 'many' })).toContain(
      '--pull-retries many',
    );
  });
});
