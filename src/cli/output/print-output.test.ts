import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { summarizeMarkdown } from './summarize-markdown.ts';
import { fitColumns, terminalMarkdown } from './terminal-markdown.ts';

const ESC = '\u001b[';

describe('terminalMarkdown', () => {
  const md =
    '# Title\n\nSome **bold** and `code`.\n\n| Name | Amount |\n|---|---:|\n| alpha | 1,234.50 EUR |\n| beta-gamma-delta | 5.00 EUR |\n';

  it('prints pipe tables as aligned box tables, numbers right-aligned, without Markdown marks', () => {
    const out = terminalMarkdown(md, { columns: 80, color: false });
    expect(out).toBe(
      [
        'Title',
        '',
        'Some bold and code.',
        '',
        '┌──────────────────┬──────────────┐',
        '│ Name             │       Amount │',
        '├──────────────────┼──────────────┤',
        '│ alpha            │ 1,234.50 EUR │',
        '│ beta-gamma-delta │     5.00 EUR │',
        '└──────────────────┴──────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(terminalMarkdown(md, { columns: 80, color: true })).toContain(`${ESC}1mbold`);
    expect(terminalMarkdown(md, { columns: 80, color: false })).not.toContain(ESC);
  });

  it('wraps a table to the width between words, never cutting one', () => {
    const wide = `| A | B |\n|---|---|\n| ${'word '.repeat(30)}| short |\n`;
    const out = terminalMarkdown(wide, { columns: 40, color: false });
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(out).not.toContain('…');
    expect(out.match(/word/g)).toHaveLength(30);
  });
});

describe('fitColumns', () => {
  it('takes width from the widest columns first, never below their longest word', () => {
    expect(fitColumns([10, 60, 12], [10, 9, 12], 50)).toEqual([10, 24, 12]);
    expect(fitColumns([30, 30], [30, 30], 20)).toEqual([30, 30]);
    expect(fitColumns([5, 6], [5, 6], 80)).toEqual([5, 6]);
  });
});

describe('summarizeMarkdown', () => {
  const long = `# Report\n\nLead.\n\n## First\n\n${'line\n'.repeat(30)}\n## Second\n\nmore\n\n## Third\n\nmore\n`;
  it('keeps the first section and lists the rest when the report is longer than the screen', () => {
    const out = summarizeMarkdown(long, 20);
    expect(out).toContain('## First');
    expect(out).not.toContain('## Second\n');
    expect(out).toContain('## 2 more sections\n\n- Second\n- Third\n');
    expect(out).toContain('`--all`');
  });
  it('keeps a report that fits the screen whole', () => {
    expect(summarizeMarkdown(long, 200)).toBe(long);
  });
});

describe('output formats of a report command', () => {
  const args = ['staffing', 'examples/acme'];
  it('prints Markdown when stdout is not a terminal, and a summary in tables on one', async () => {
    const piped = await runCli(args);
    expect(piped.stdout).toMatch(/^# Staffing\n/);
    expect(piped.stdout).toContain('| --- |');
    const tty = await runCli(args, { isTty: true, env: {} });
    expect(tty.stdout).toContain('┌');
    expect(tty.stdout).not.toContain('| --- |');
    expect(tty.stdout).toContain(`${ESC}1m`);
    expect(tty.stdout).toMatch(/\d+ more sections/);
    const all = await runCli([...args, '--all'], { isTty: true, env: {} });
    expect(all.stdout).not.toMatch(/\d+ more sections/);
    expect(all.stdout.length).toBeGreaterThan(tty.stdout.length);
  });

  it('respects NO_COLOR on a terminal', async () => {
    const plain = await runCli(args, { isTty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('┌');
    expect(plain.stdout).not.toContain(ESC);
  });

  it('gives --format text, md, html and json', async () => {
    expect((await runCli([...args, '--format', 'text'])).stdout).toContain('┌');
    expect((await runCli([...args, '--format', 'md'])).stdout).toMatch(/^# Staffing/);
    const html = (await runCli([...args, '--format', 'html'])).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<table>');
    const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout);
    expect(json).toEqual(JSON.parse((await runCli([...args, '--json'])).stdout));
    const bad = await runCli([...args, '--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are text, md, html, json');
  });
});

describe('money for people', () => {
  const runs = [
    ['staffing', 'examples/acme'],
    ['oncall-cost', 'examples/acme', '--month', '2026-03'],
    ['chargeback', 'examples/acme', '--month', '2026-03'],
    [
      'value',
      'examples/acme',
      '--incidents',
      'examples/acme/data/incidents.csv',
      '--at',
      '2025-07-01',
    ],
    ['describe', 'service', 'checkout-api', '--model', 'examples/acme', '--format', 'md'],
  ];
  it.each(runs)(
    '%s prints every amount one way: grouped thousands, cents, currency after',
    async (...argv) => {
      const out = (await runCli(argv)).stdout;
      const amounts = out.match(/-?[\d,]*\d(?:\.\d+)? (?:EUR|USD|GBP|CHF|SGD|JPY)\b/g) ?? [];
      expect(amounts.length).toBeGreaterThan(0);
      for (const amount of amounts) expect(amount).toMatch(/^-?\d{1,3}(,\d{3})*\.\d\d [A-Z]{3}$/);
      expect(out).not.toMatch(/\b(EUR|USD|GBP) ?\d/);
    },
  );
});
