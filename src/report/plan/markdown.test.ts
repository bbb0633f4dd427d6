import { describe, expect, it } from 'vitest';
import { code, list, names, section, table, text } from './markdown.ts';

describe('Markdown helpers', () => {
  it('escapes what could break a table or become markup', () => {
    expect(text('a|b *c* `d` <e> [f] # \\g')).toBe(
      'a\\|b \\*c\\* \\`d\\` \\<e\\> \\[f\\] \\# \\\\g',
    );
  });

  it('escapes underscores at word edges only', () => {
    expect(text('America/New_York _x_')).toBe('America/New_York \\_x\\_');
  });

  it('keeps table cells on one line', () => {
    expect(text('two\n  lines')).toBe('two lines');
  });

  it('builds tables, lists, code and sections', () => {
    expect(table(['A', 'B'], [['1', '']])).toBe('| A | B |\n| --- | --- |\n| 1 |   |');
    expect(list(['x', 'y'])).toBe('- x\n- y');
    expect(code('a`b')).toBe('`ab`');
    expect(names([])).toBe('–');
    expect(names(['a', 'b'])).toBe('`a`, `b`');
    expect(section('T', 'Why it matters.', 'body', '')).toBe('## T\n\n_Why it matters._\n\nbody');
  });
});
