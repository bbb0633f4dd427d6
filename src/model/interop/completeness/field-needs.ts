import { isSreRunModel } from '../../concepts/run-model-traits.ts';
import { isSreEngineerRole } from '../../concepts/sre-roles.ts';
import {
  type Kind,
  PERSON_ROLES,
  type PersonRole,
  RUN_MODELS,
  type RunModel,
} from '../../vocabulary.ts';

/** What a missing value keeps whorunsit from working out; the order is the report's. */
export const ANALYSES = {
  validation: 'loading the model at all (a required field)',
  tiers: 'availability tiers and rotation types (§12.6)',
  budgets: 'error budgets (§12.5)',
  transitions: 'handing services between run models (§12.5)',
  rotations: 'on-call rotations and their staffing (§12.6)',
  oncallCost: 'on-call cost (§12.9.5)',
  placement: 'SRE support and placement (§12.4, §12.7)',
  reporting: 'reporting lines (§12.7.1)',
  careers: 'SRE careers (§12.10)',
  value: 'value and incident losses for executives (§12.8.5)',
  accounting: 'cost accounting between organizations (§12.4.7)',
} as const;
export type Analysis = keyof typeof ANALYSES;

/** A raw entity of the merged input: its spec as written or read, before validation. */
export interface RawEntity {
  readonly kind: Kind;
  readonly name: string;
  readonly spec: Readonly<Record<string, unknown>>;
}

/** One field a complete model has, when it applies, what it unblocks and how to give it. */
export interface FieldNeed {
  readonly kind: Kind;
  readonly field: string;
  readonly required?: boolean;
  readonly analyses: readonly Analysis[];
  /** For required fields: what a wrong inferred value misleads, which ranks it to confirm. */
  readonly feeds?: readonly Analysis[];
  /** Whether the field applies to the entity (an SRE level only to SREs). */
  readonly applies?: (entity: RawEntity) => boolean;
  /** Whether the entity has what the field asks for (`slo` stands in for a target). */
  readonly present?: (entity: RawEntity) => boolean;
  readonly hint: string;
}

/** Whether a raw value names a run model that puts SRE on call (§12.4, §12.5). */
const withSre = (value: unknown): boolean =>
  (RUN_MODELS as readonly unknown[]).includes(value) && isSreRunModel(value as RunModel);

/** Whether a raw value names an SRE engineering role, which carries an SRE level (§12.10). */
const sreEngineer = (value: unknown): boolean =>
  (PERSON_ROLES as readonly unknown[]).includes(value) && isSreEngineerRole(value as PersonRole);

export const FIELD_NEEDS: readonly FieldNeed[] = [
  {
    kind: 'Service',
    field: 'owner',
    required: true,
    analyses: ['validation'],
    feeds: ['rotations', 'accounting'],
    hint: 'the development team that builds it: `owner` in a Service document or annotation whorunsit.dev/owner',
  },
  {
    kind: 'Service',
    field: 'runModel',
    required: true,
    analyses: ['validation'],
    feeds: ['transitions', 'placement', 'rotations', 'oncallCost'],
    hint: 'who runs it (you-run-it, you-and-sre-run-it, sre-runs-it, ops-runs-it): `runModel` or annotation whorunsit.dev/runModel',
  },
  {
    kind: 'Team',
    field: 'type',
    required: true,
    analyses: ['validation'],
    feeds: ['placement', 'rotations', 'reporting'],
    hint: 'development, sre, sre-infrastructure, operations or thin-layer: `type` or annotation whorunsit.dev/type on the Group',
  },
  {
    kind: 'Team',
    field: 'organization',
    required: true,
    analyses: ['validation'],
    feeds: ['reporting', 'accounting'],
    hint: 'the organization the team is in: `organization` or annotation whorunsit.dev/organization',
  },
  {
    kind: 'Organization',
    field: 'type',
    required: true,
    analyses: ['validation'],
    feeds: ['placement', 'reporting'],
    hint: 'product-delivery, development, operations or sre: `type` or annotation whorunsit.dev/type on the Group',
  },
  {
    kind: 'Service',
    field: 'availabilityTarget',
    analyses: ['tiers', 'budgets', 'rotations', 'transitions'],
    present: (e) => e.spec.availabilityTarget !== undefined,
    hint: 'a target in percent: `availabilityTarget: 99.9`, annotation whorunsit.dev/availabilityTarget, or an OpenSLO/Sloth SLO for the service',
  },
  {
    kind: 'Service',
    field: 'errorBudgetPolicy',
    analyses: ['budgets', 'transitions'],
    hint: 'the ErrorBudgetPolicy both sides signed: `errorBudgetPolicy` (a policy from slo-generator or Sloth can be named too)',
  },
  {
    kind: 'Service',
    field: 'sreTeam',
    analyses: ['placement', 'transitions', 'accounting'],
    applies: (e) => withSre(e.spec.runModel),
    hint: 'the SRE team that runs it with or for the developers: `sreTeam`',
  },
  {
    kind: 'Service',
    field: 'revenuePerHour',
    analyses: ['value'],
    hint: 'what an hour of downtime costs: `revenuePerHour: { amount: 1000, currency: EUR }`',
  },
  {
    kind: 'Service',
    field: 'demand',
    analyses: ['tiers'],
    hint: 'how much the service is used: high, medium or low',
  },
  {
    kind: 'ErrorBudgetPolicy',
    field: 'handback',
    analyses: ['transitions'],
    hint: 'when SRE hands a service back: `handback: { depletedPeriods: 2, outOf: 3 }`',
  },
  {
    kind: 'ErrorBudgetPolicy',
    field: 'takeover',
    analyses: ['transitions'],
    hint: 'when SRE takes a service (back) over: `takeover: { withinBudgetPeriods: 3 }`',
  },
  {
    kind: 'Person',
    field: 'role',
    analyses: ['placement', 'rotations', 'reporting', 'careers'],
    hint: 'developer, sre, manager, …: `role` or annotation whorunsit.dev/role on the User',
  },
  {
    kind: 'Person',
    field: 'timezone',
    analyses: ['rotations', 'oncallCost'],
    hint: 'an IANA time zone such as Europe/Berlin: `timezone`',
  },
  {
    kind: 'Person',
    field: 'level',
    analyses: ['careers', 'placement'],
    applies: (e) => sreEngineer(e.spec.role),
    hint: 'junior, senior or principal: `level`',
  },
  {
    kind: 'Person',
    field: 'reportsTo',
    analyses: ['reporting'],
    hint: 'their line manager: `reportsTo`',
  },
  {
    kind: 'Team',
    field: 'manager',
    analyses: ['reporting'],
    hint: 'who manages the team: `manager` or annotation whorunsit.dev/manager on the Group',
  },
  {
    kind: 'Team',
    field: 'supports',
    analyses: ['placement', 'accounting'],
    applies: (e) => e.spec.type === 'sre',
    hint: 'the development teams an SRE team supports: `supports`',
  },
  {
    kind: 'Team',
    field: 'setup',
    analyses: ['rotations'],
    applies: (e) => e.spec.type === 'development',
    hint: 'how developers run their services (§12.3): developers-on-rotation, dedicated-sre or dedicated-sre-and-developers',
  },
  {
    kind: 'Organization',
    field: 'head',
    analyses: ['reporting'],
    hint: 'the person who leads it: `head`',
  },
  {
    kind: 'Organization',
    field: 'costCenter',
    analyses: ['accounting'],
    hint: 'its cost center: `costCenter`',
  },
];

/** Kinds a complete model has at least one of, and what none of them blocks. */
export const KIND_NEEDS: readonly {
  readonly kind: Kind;
  readonly analyses: readonly Analysis[];
  readonly hint: string;
  readonly when?: (entities: readonly RawEntity[]) => boolean;
}[] = [
  {
    kind: 'Rotation',
    analyses: ['rotations', 'oncallCost'],
    hint: 'the on-call rotations that cover the services (team, domain or thin-layer)',
  },
  {
    kind: 'CompensationPolicy',
    analyses: ['oncallCost'],
    hint: 'what on-call pays: standby and incident rates, time off',
  },
  {
    kind: 'ErrorBudgetPolicy',
    analyses: ['budgets', 'transitions'],
    hint: 'the error budget policy services run under',
  },
  {
    kind: 'TransferPrice',
    analyses: ['accounting'],
    hint: 'the price SRE support is charged at between organizations',
    when: (entities) => entities.some((e) => e.kind === 'Organization' && e.spec.type === 'sre'),
  },
];
