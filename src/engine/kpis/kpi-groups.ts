import type { CompiledModel } from '../../model/index.ts';
import { KPI_ROOTS, type KpiRoot, sreTeamHome } from '../spectrum/sre-team-home.ts';

/** Services whose SRE teams share a KPI root (§12.4.8). */
export interface KpiGroup {
  /** The root, or `none` for services without an SRE team or whose team's placement has none. */
  readonly root: KpiRoot | 'none';
  readonly sreTeams: readonly string[];
  readonly services: readonly string[];
  /** The chapter's example KPIs for this root. */
  readonly examples: readonly string[];
}

const ROOT_ORDER: readonly (KpiRoot | 'none')[] = [
  'reliability-user-experience',
  'incidents',
  'products-under-development',
  'none',
];

/**
 * Groups the services of the model by the KPI root of their SRE team's placement (§12.4.8):
 * an SRE team in the development organization is measured on products under development, in
 * operations on incidents, in a dedicated SRE organization on the reliability users experience.
 */
export function kpiGroups(model: CompiledModel): readonly KpiGroup[] {
  const groups = new Map<KpiRoot | 'none', { teams: Set<string>; services: string[] }>();
  for (const service of model.services.values()) {
    const teamName = service.spec.sreTeam;
    const team = teamName === undefined ? undefined : model.teams.get(teamName);
    const home = team ? sreTeamHome(model, team) : undefined;
    const root = home && home !== 'product-delivery' ? KPI_ROOTS[home].root : 'none';
    let group = groups.get(root);
    if (!group) {
      group = { teams: new Set(), services: [] };
      groups.set(root, group);
    }
    if (team) group.teams.add(team.name);
    group.services.push(service.name);
  }
  return ROOT_ORDER.filter((root) => groups.has(root)).map((root) => {
    const group = groups.get(root) as { teams: Set<string>; services: string[] };
    const examples = Object.values(KPI_ROOTS).find((entry) => entry.root === root)?.examples ?? [];
    return { root, sreTeams: [...group.teams], services: group.services, examples };
  });
}
