import { describe, it } from 'vitest';
import { CORPUS, docsOf } from './support/corpus.ts';
import {
  designOutputs,
  expectDesignFollowsAdvice,
  expectOfficeHoursOneWorkingDay,
} from './support/design-agreement.ts';

/**
 * The §12.6 optimized design (`oncall-cost`, plan) shares domain rotations by the rule of the
 * recommendations and the check, over every corpus organization that has a compensation policy
 * (without one, oncall-cost prices no design). Seen before:
 * - insurer-today: underwriting-rules (medium, run by operations) is recommended to its developers
 *   on a domain rotation; the design left it on the operations' 24x7 rotation;
 * - insurer-today: the six high-tier services operations run are recommended to their developers'
 *   team rotations; the design kept them on ops-oncall;
 * - insurer-today: customer-portal (high) got a new `team:customer-portal` 24x7 beside
 *   digital-oncall, the office-hours rotation of the same people, which the check then left
 *   unflagged and the design did not keep; it is now extended round the clock;
 * - scale-up: the design kept platform-domain, an 8x5 rotation in Berlin hours with people in
 *   Bangalore (13:30–21:30 for them).
 * startup's pdf-export is recommended a domain rotation and stays on ledgerline-oncall, the
 * round-the-clock domain rotation kept for the medium tiers: that is one, and a second 8x5 domain
 * rotation of the same people beside it would only cost people.
 */

const PRICED = CORPUS.filter((name) => docsOf(name).some((d) => d.kind === 'CompensationPolicy'));

describe.each(PRICED)(
  '%s: the optimized design (oncall-cost, plan) shares domain rotations by the same rule',
  (name) => {
    it('puts nobody on call at night: an office-hours rotation has its people within two hours of each other', async () => {
      expectOfficeHoursOneWorkingDay(docsOf(name), await designOutputs(name));
    });

    it('agrees with the recommendations and check: a domain rotation where they advise one, the team rotation where they do not', async () => {
      expectDesignFollowsAdvice(docsOf(name), await designOutputs(name));
    });
  },
);
