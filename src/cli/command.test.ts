import { describe, expect, it } from 'vitest';
import { formatOption } from './command.ts';
import { CliError } from './exit-codes.ts';

const FORMATS = ['md', 'json', 'csv'] as const;

describe('formatOption', () => {
  it('takes --format, counts --json as json and falls back when neither is given', () => {
    expect(formatOption({ format: 'csv' }, FORMATS, 'md')).toBe('csv');
    expect(formatOption({ json: true, format: 'csv' }, FORMATS, 'md')).toBe('json');
    expect(formatOption({}, FORMATS, 'md')).toBe('md');
  });

  it('refuses a format the command does not print with a usage error naming those it does', () => {
    expect(() => formatOption({ format: 'ics' }, FORMATS, 'md')).toThrow(CliError);
    expect(() => formatOption({ format: 'ics' }, FORMATS, 'md')).toThrow(
      '--format: expected one of md, json, csv, found "ics"',
    );
  });
});
