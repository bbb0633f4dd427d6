import type { z } from 'zod';
import { tierOfService, tierThresholds } from '../../engine/spectrum/availability-tier.ts';
import type { CompiledModel } from '../../model/index.ts';
import { personDisplayName } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import type { ServerContext } from '../context.ts';
import { currentRunModels } from '../live/current-run-models.ts';
import type { OrganizationMapSchema } from './console-schemas.ts';

export type OrganizationMap = z.input<typeof OrganizationMapSchema>;

/** A person named as the console shows them, with whom they report to. */
function personOf(model: CompiledModel, person: string | undefined) {
  if (person === undefined) return null;
  const reportsTo = model.people.get(person)?.spec.reportsTo;
  return {
    name: person,
    displayName: personDisplayName(model, person),
    reportsTo: reportsTo === undefined ? null : personDisplayName(model, reportsTo),
    reportsToName: reportsTo ?? null,
  };
}

/**
 * The organization of one revision for the console's map: its organizations with their heads,
 * its teams with where they sit (product line, domain), their managers, the teams SRE supports,
 * and the services each team owns with their agreed run model — and, for the revision the server
 * serves, who runs each service now.
 */
export async function organizationMap(
  context: ServerContext,
  revisionNumber: number | undefined,
): Promise<OrganizationMap> {
  const serving = await context.models.at();
  const revision = revisionNumber === undefined ? serving : await context.models.at(revisionNumber);
  const { model } = revision;
  const current = revision.revision === serving.revision;
  const state = current ? await currentRunModels(context.store.db, model) : undefined;
  const thresholds = tierThresholds(model);
  return {
    revision: revision.revision,
    serving: current,
    organizations: [...model.organizations.values()].map((o) => ({
      name: o.name,
      displayName: o.metadata.displayName ?? o.name,
      type: o.spec.type,
      parent: o.spec.parent ?? null,
      head: personOf(model, o.spec.head),
    })),
    teams: [...model.teams.values()].map((t) => ({
      name: t.name,
      displayName: t.metadata.displayName ?? t.name,
      type: t.spec.type,
      organization: t.spec.organization,
      productLine: t.spec.productLine ?? null,
      domain: t.spec.domain ?? null,
      manager: personOf(model, t.spec.manager),
      members: model.index.membersOf(t.name).length,
      supports: (t.spec.supports ?? []).map((s) => normalizeSupport(s).team),
    })),
    services: [...model.services.values()].map((s) => {
      const { tier, basis } = tierOfService(s, thresholds);
      return {
        name: s.name,
        team: s.spec.owner,
        tier,
        tierBasis: basis,
        agreedRunModel: s.spec.runModel,
        currentRunModel: state ? state.runModel(s.name) : null,
        sreTeams: [...model.index.sreTeamsOf(s.name)],
      };
    }),
  };
}
