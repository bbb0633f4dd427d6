import { z } from 'zod';
import { TEAM_SETUPS, TEAM_TYPES } from '../vocabulary.ts';
import { Name, Ref } from './common.ts';

/** A dev team an SRE team supports, by name or with the hours per month agreed (§12.4.7). */
export const Support = z.union([
  Ref,
  z.strictObject({ team: Ref, hoursPerMonth: z.number().nonnegative().finite().optional() }),
]);
export type Support = z.infer<typeof Support>;

export const TeamSpec = z.strictObject({
  type: z.enum(TEAM_TYPES),
  organization: Ref,
  domain: Name.optional(),
  productLine: Name.optional(),
  manager: Ref.optional(),
  /** How a dev team in `you-run-it` is set up (§12.3 options 1/2/3). */
  setup: z.enum(TEAM_SETUPS).optional(),
  /** SRE teams: the dev teams they support. */
  supports: z.array(Support).optional(),
  /**
   * The CompensationPolicy that pays the on-call of this team's people who name none of their
   * own (§12.9.5): a team on a site of its own, paid in that site's currency.
   */
  compensationPolicy: Ref.optional(),
});
export type TeamSpec = z.infer<typeof TeamSpec>;

/** A support entry in its one normalized shape. */
export interface SupportAllocation {
  readonly team: string;
  readonly hoursPerMonth?: number | undefined;
}

export function normalizeSupport(support: Support): SupportAllocation {
  return typeof support === 'string' ? { team: support } : support;
}
