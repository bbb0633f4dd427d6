import { describe, expect, it } from 'vitest';
import { supportEndedNote, supportRepricedNote } from './funding-section.ts';
import { inlineMarkdown } from './plan/blocks.ts';

describe('supportEndedNote (§12.4.7)', () => {
  it('says which support a move stops charging, from whom, at which price and how much', () => {
    const note = supportEndedNote([
      { organization: 'ops', supportEnded: [] },
      {
        organization: 'dev',
        supportEnded: [
          {
            transferPrice: 'sre-hours',
            provider: 'ops',
            hoursPerMonth: 100,
            perYear: { amount: '60000.00', currency: 'EUR' },
          },
        ],
      },
    ]);
    expect(inlineMarkdown(note)).toBe(
      '_`dev` no longer buys SRE support from `ops` at the transfer price `sre-hours` (100 hours a month, 60,000.00 EUR a year): the SRE team that gives it moves into the organization, and support within one cost center is charged to no one, so the planned cost no longer holds it (§12.4.7)._',
    );
  });

  it('says nothing when no move ends a charge', () => {
    expect(inlineMarkdown(supportEndedNote([{ organization: 'dev', supportEnded: [] }]))).toBe('');
  });
});

describe('supportRepricedNote (§12.4.7)', () => {
  it('says a move to a third organization ends the price, and who agrees the next one', () => {
    const note = supportRepricedNote([
      {
        organization: 'dev',
        supportRepriced: [
          {
            transferPrice: 'sre-hours',
            provider: 'ops',
            sreTeam: 'sre',
            movesTo: 'sre-org',
            hoursPerMonth: 100,
            perYear: { amount: '60000.00', currency: 'EUR' },
          },
        ],
      },
    ]);
    expect(inlineMarkdown(note)).toBe(
      '_`dev` buys SRE support from `sre` at the transfer price `sre-hours`, negotiated with `ops`, which the team leaves for `sre-org`: that price ends with the move. `sre-org` and `dev` agree a transfer price of their own for it, or `sre-org` carries the cost of the support in its own cost center; until that is decided the planned cost keeps the old price as an estimate (100 hours a month, 60,000.00 EUR a year; §12.4.7)._',
    );
  });

  it('says nothing when no move leaves a provider', () => {
    expect(
      inlineMarkdown(supportRepricedNote([{ organization: 'dev', supportRepriced: [] }])),
    ).toBe('');
  });
});
