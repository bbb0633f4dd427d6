import type { CompiledModel } from '../../model/index.ts';
import {
  displayName,
  homeOrganization,
  isSreRunModel,
  servicesSreTeamIsOnCallFor,
} from '../../model/index.ts';

/** One SRE organization and its head, the new director or VP of §12.8.2. */
export interface SreOrganizationHead {
  readonly organization: string;
  /** Whether its SRE teams share on-call or run services: the cases needing a new head. */
  readonly runsSreTeamModels: boolean;
  readonly head: string | undefined;
  /** Whom the head reports to: the question §12.8.2 leaves open (CTO, CIO, head of product delivery…). */
  readonly headReportsTo: string | undefined;
  /**
   * The organization above this one that its head heads too (the company, product delivery), the
   * one head count places them in: SRE then reports to the top directly, and the question is not
   * whom its head reports to but whether SRE needs a director or VP of its own (§12.8.2).
   */
  readonly headHeads: string | undefined;
}

export interface NewDirector {
  /** A new director or VP is needed: an SRE organization runs the SRE team models. */
  readonly needed: boolean;
  readonly organizations: readonly SreOrganizationHead[];
  readonly reason: string;
}

/**
 * §12.8.2 ("New Director or VP for a New SRE Organization"): SREs reporting into a dedicated SRE
 * organization that runs "you build it, you and SRE run it" or "you build it, SRE run it" need a
 * new director or VP; SREs in the development or operations organization do not.
 */
export function newDirector(model: CompiledModel): NewDirector {
  const organizations = [...model.organizations.values()]
    .filter((o) => o.spec.type === 'sre')
    .map((org) => {
      const sreTeams = new Set(
        [...model.teams.values()]
          .filter((t) => t.spec.organization === org.name && t.spec.type === 'sre')
          .map((t) => t.name),
      );
      const runsSreTeamModels =
        [...sreTeams].some((t) => servicesSreTeamIsOnCallFor(model, t).length > 0) ||
        wantsSreTeamModels(model);
      const head = org.spec.head ? model.people.get(org.spec.head) : undefined;
      const boss = head?.spec.reportsTo ? model.people.get(head.spec.reportsTo) : undefined;
      const home = head ? homeOrganization(model, head.name) : undefined;
      const headed =
        home?.by === 'head' && home.organization !== org.name
          ? model.organizations.get(home.organization)
          : undefined;
      return {
        organization: org.name,
        runsSreTeamModels,
        head: head ? displayName(head) : undefined,
        headReportsTo: boss ? displayName(boss) : undefined,
        headHeads: headed ? displayName(headed) : undefined,
      };
    });
  const needed = organizations.some((o) => o.runsSreTeamModels);
  const reason = needed
    ? 'A dedicated SRE organization runs shared on-call or SRE-run services: it needs its own director or VP (§12.8.2).'
    : organizations.length > 0
      ? 'The SRE organization runs no services with SRE teams yet: no new director or VP is needed for it until it does (§12.8.2).'
      : 'There is no dedicated SRE organization: SREs, if any, report into the development or operations organization, and no new director or VP is needed (§12.8.2).';
  return { needed, organizations, reason };
}

/** The product delivery organization plans to move to an SRE team model. */
function wantsSreTeamModels(model: CompiledModel): boolean {
  return [...model.organizations.values()].some(
    (o) => o.spec.targetModel !== undefined && isSreRunModel(o.spec.targetModel),
  );
}
