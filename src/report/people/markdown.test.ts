import { describe, expect, it } from 'vitest';
import { blocks, bullets, cell, table } from './markdown.ts';

describe('markdown helpers', () => {
  it('escapes pipes and newlines so a cell never breaks its table', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(table(['x'], [['1|2']])).toBe('| x |\n|---|\n| 1\\|2 |');
  });

  it('says "None" instead of leaving an empty list', () => {
    expect(bullets([])).toBe('_None._');
    expect(bullets(['a', 'b'])).toBe('- a\n- b');
  });

  it('joins blocks with blank lines and skips the empty ones', () => {
    expect(blocks('# T', false, null, undefined, '', 'text')).toBe('# T\n\ntext\n');
  });
});
