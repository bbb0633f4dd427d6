import { namesCoverage, rotationCovers } from '../concepts/rotation-covers.ts';
import { serviceDomain } from '../concepts/service-domain.ts';
import { serviceSreTeams } from '../concepts/service-sre-teams.ts';
import { isPractisingSre, SRE_ROLE_KIND, type SreRoleKind } from '../concepts/sre-roles.ts';
import { normalizeSupport } from '../kinds/team.ts';
import { entitiesOf, type Model, type Rotation, type Service } from '../model.ts';
import type { Kind } from '../vocabulary.ts';
import type { CompiledModel, ModelIndex } from './compiled-model.ts';
import { groupBy, lazy, lookup } from './group-by.ts';

/** A model that is compiled already, told apart by its index. */
export function isCompiled(model: Model): model is CompiledModel {
  return 'index' in model && 'derive' in model;
}

/**
 * Compiles a loaded model: the same entities, with the indexes every engine function shares and
 * a cache for what the engine derives from them. Each index is built on its first use, in one
 * pass over the entities, so a command pays only for the views it asks for, each once.
 */
export function compileModel(model: Model): CompiledModel {
  if (isCompiled(model)) return model;
  const people = [...model.people.values()];
  const teams = [...model.teams.values()];
  const services = [...model.services.values()];
  const rotations = [...model.rotations.values()];
  const organizations = [...model.organizations.values()];

  const membersOf = lazy(() => groupBy(people, (p) => p.spec.team));
  const sresOf = lazy(() => groupBy(people, (p) => (isPractisingSre(p) ? p.spec.team : undefined)));
  const peopleOfSreKind = lazy(() =>
    groupBy(people, (p): SreRoleKind => (p.spec.role ? SRE_ROLE_KIND[p.spec.role] : 'none')),
  );
  const directReports = lazy(() => groupBy(people, (p) => p.spec.reportsTo));
  const rotationsOf = lazy(() => groupBy(rotations, (r) => new Set(r.spec.members)));
  const teamsOf = lazy(() => groupBy(teams, (t) => t.spec.organization));
  const teamsOfType = lazy(() => groupBy(teams, (t) => t.spec.type));
  const teamsInDomain = lazy(() => groupBy(teams, (t) => t.spec.domain));
  const teamsInProductLine = lazy(() => groupBy(teams, (t) => t.spec.productLine));
  const supportersOf = lazy(() =>
    groupBy(teams, (t) => new Set((t.spec.supports ?? []).map((s) => normalizeSupport(s).team))),
  );
  const childrenOf = lazy(() => groupBy(organizations, (o) => o.spec.parent));
  const servicesOwnedBy = lazy(() => groupBy(services, (s) => s.spec.owner));
  const servicesInDomain = lazy(() => groupBy(services, (s) => serviceDomain(model, s)));
  const sreTeamsOf = lazy(
    () =>
      new Map(
        services.map((s) => [s.name, serviceSreTeams(s, lookup(supportersOf(), s.spec.owner))]),
      ),
  );
  const servicesOfSreTeam = lazy(() => groupBy(services, (s) => sreTeamsOf().get(s.name) ?? []));
  const rotationsOfType = lazy(() => groupBy(rotations, (r) => r.spec.type));

  const index: ModelIndex = {
    membersOf: (team) => lookup(membersOf(), team),
    sresOf: (team) => lookup(sresOf(), team),
    peopleOfSreKind: (kind) => lookup(peopleOfSreKind(), kind),
    directReports: (person) => lookup(directReports(), person),
    rotationsOf: (person) => lookup(rotationsOf(), person),
    teamsOf: (organization) => lookup(teamsOf(), organization),
    teamsOfType: (type) => lookup(teamsOfType(), type),
    teamsInDomain: (domain) => lookup(teamsInDomain(), domain),
    teamsInProductLine: (productLine) => lookup(teamsInProductLine(), productLine),
    supportersOf: (team) => lookup(supportersOf(), team),
    childrenOf: (organization) => lookup(childrenOf(), organization),
    organizationTree: (organization) => {
      const names = [organization];
      // Parent cycles are rejected by the loader, so the walk ends.
      for (let i = 0; i < names.length; i++) {
        for (const child of lookup(childrenOf(), names[i] as string)) names.push(child.name);
      }
      return names;
    },
    servicesOwnedBy: (team) => lookup(servicesOwnedBy(), team),
    servicesInDomain: (domain) => lookup(servicesInDomain(), domain),
    sreTeamsOf: (service) => sreTeamsOf().get(service) ?? [],
    servicesOfSreTeam: (team) => lookup(servicesOfSreTeam(), team),
    rotationsOfType: (type) => lookup(rotationsOfType(), type),
    inModelOrder: (kind, names) => {
      const order = positions(kind);
      const rank = (name: string) => order.get(name) ?? order.size;
      return [...names].sort((a, b) => rank(a) - rank(b));
    },
    rotationsCovering: (service) => lookup(coverage().byService, service),
    servicesCoveredBy: (rotation) => lookup(coverage().byRotation, rotation),
  };

  const positionsByKind = new Map<Kind, ReadonlyMap<string, number>>();
  const positions = (kind: Kind): ReadonlyMap<string, number> => {
    let order = positionsByKind.get(kind);
    if (!order) {
      order = new Map([...entitiesOf(model, kind).keys()].map((name, i) => [name, i]));
      positionsByKind.set(kind, order);
    }
    return order;
  };

  const cache = new Map<unknown, unknown>();
  const compiled: CompiledModel = Object.freeze({
    ...model,
    index: Object.freeze(index),
    derive: <T>(compute: (m: CompiledModel) => T): T => {
      if (cache.has(compute)) return cache.get(compute) as T;
      const value = compute(compiled);
      cache.set(compute, value);
      return value;
    },
  });

  /**
   * Which rotation covers which service, both ways. Candidates come from what each rotation's
   * `covers` names (its services, the services of its teams and of the teams they support, its
   * domain's services; all for a thin layer naming nothing), and `rotationCovers` decides, so the
   * index can never disagree with the rule.
   */
  const coverage = lazy(() => {
    const servicePosition = new Map(services.map((s, i) => [s.name, i]));
    const byRotation = new Map<string, Service[]>();
    const byService = new Map<string, Rotation[]>();
    for (const rotation of rotations) {
      const covered = [...coverageCandidates(compiled, rotation, services)]
        .filter((s) => rotationCovers(compiled, rotation, s))
        .sort((a, b) => (servicePosition.get(a.name) ?? 0) - (servicePosition.get(b.name) ?? 0));
      byRotation.set(rotation.name, covered);
      for (const service of covered) {
        const list = byService.get(service.name);
        if (list) list.push(rotation);
        else byService.set(service.name, [rotation]);
      }
    }
    return { byRotation, byService };
  });
  return compiled;
}

/** Every service a rotation could cover by what its `covers` names: a superset of the rule's. */
function coverageCandidates(
  model: CompiledModel,
  rotation: Rotation,
  services: readonly Service[],
): ReadonlySet<Service> {
  const covers = rotation.spec.covers;
  const { index } = model;
  const candidates = new Set<Service>();
  if (covers === undefined || !namesCoverage(rotation)) {
    return rotation.spec.type === 'thin-layer' ? new Set(services) : candidates;
  }
  for (const name of covers.services ?? []) {
    const service = model.services.get(name);
    if (service) candidates.add(service);
  }
  for (const team of covers.teams ?? []) {
    for (const s of index.servicesOwnedBy(team)) candidates.add(s);
    for (const s of index.servicesOfSreTeam(team)) candidates.add(s);
  }
  if (covers.domain !== undefined) {
    for (const s of index.servicesInDomain(covers.domain)) candidates.add(s);
  }
  return candidates;
}
