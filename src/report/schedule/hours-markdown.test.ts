import { describe, expect, it } from 'vitest';
import { at } from '../../../test/support/rotation-model.ts';
import { hoursMarkdown } from './hours-markdown.ts';

describe('hours per person in Markdown', () => {
  const hours = [
    { person: 'ann', businessHours: 45, offHours: 123, weekendHours: 48 },
    { person: 'vic', businessHours: 36, offHours: 96, weekendHours: 24 },
    { person: 'ravi', businessHours: 40, offHours: 0, weekendHours: 0 },
  ];
  const range = { start: at('2026-03-01T00:00:00Z'), end: at('2026-04-01T00:00:00Z') };

  it('says another company’s contract pays its people, as oncall-cost does, not the policy whose hours split theirs (§12.4.6)', () => {
    const md = hoursMarkdown({
      range,
      hours,
      policyOf: (p) => (p === 'ravi' ? 'india' : 'us-oncall'),
      paidByContract: (p) => p === 'vic',
    });
    expect(md).toContain("| vic | its contract (us-oncall's business hours) | 36 h |");
    expect(md).toContain('| ann | us-oncall | 45 h |');
    expect(md).toContain('| ravi | india | 40 h |');
  });
});
