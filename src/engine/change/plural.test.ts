import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural', () => {
  it('says 1 in the singular and any other count in the plural', () => {
    expect(plural(1, 'service')).toBe('1 service');
    expect(plural(0, 'service')).toBe('0 services');
    expect(plural(2, 'person')).toBe('2 people');
    expect(plural(1, 'person')).toBe('1 person');
    expect(plural(3, 'responsibility')).toBe('3 responsibilities');
  });

  it('puts the last word of several in the plural', () => {
    expect(plural(1, 'fewer person')).toBe('1 fewer person');
    expect(plural(2, 'fewer person')).toBe('2 fewer people');
    expect(plural(4, 'affected person')).toBe('4 affected people');
    expect(plural(2, 'senior SRE')).toBe('2 senior SREs');
  });
});
