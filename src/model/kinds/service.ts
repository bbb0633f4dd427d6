import { z } from 'zod';
import { DEMANDS, RUN_MODELS } from '../vocabulary.ts';
import { Money, Name, Percent, Ref } from './common.ts';
import { SliQueries } from './sli-queries.ts';

export const ServiceSpec = z.strictObject({
  owner: Ref,
  runModel: z.enum(RUN_MODELS),
  domain: Name.optional(),
  productLine: Name.optional(),
  /** Percent, e.g. 99.95. Alternatively `slo` names an OpenSLO SLO that carries the target. */
  availabilityTarget: Percent.optional(),
  slo: Ref.optional(),
  demand: z.enum(DEMANDS).optional(),
  revenuePerHour: Money.optional(),
  sreTeam: Ref.optional(),
  errorBudgetPolicy: Ref.optional(),
  /** What the thin layer can handle on its own (§12.6). */
  runbooks: z
    .array(z.url({ message: 'expected a URL like https://wiki.example.com/runbook' }))
    .optional(),
  /**
   * A product bought from another company (a packaged billing system, a CRM): no team of the
   * organization builds it, and `owner` is the team that owns its integration. "You build it,
   * you run it" needs a team that builds it (§12.2), so the plan never hands it to developers.
   */
  bought: z.boolean().optional(),
  /** "You build it, you run it, plus ops monitoring of critical workflows" (§12.2.2). */
  opsMonitoring: z.boolean().optional(),
  /** The SLI's PromQL, for the server's pull and `whorunsit rules`; taken from a Sloth or OpenSLO SLI when not given. */
  sli: SliQueries.optional(),
});
export type ServiceSpec = z.infer<typeof ServiceSpec>;
