import type { SreRoleKind } from '../concepts/sre-roles.ts';
import type { Model, Organization, Person, Rotation, Service, Team } from '../model.ts';
import type { Kind, RotationType, TeamType } from '../vocabulary.ts';

/**
 * The views of a model every engine function shares, each built once on first use and kept
 * with the model. Every list is in model order (the order of the input) and empty, never
 * undefined, for a name nothing matches.
 */
export interface ModelIndex {
  /** The people whose `team` is the team. */
  readonly membersOf: (team: string) => readonly Person[];
  /**
   * The SREs of a team: its people who practise SRE on services (§12.9.3), in place and with SRE
   * practice (`isPractisingSre`): open positions and titles without practice are not capacity.
   */
  readonly sresOf: (team: string) => readonly Person[];
  /** Everyone whose role is of an SRE kind (§12.9.3), e.g. every SRE practicing on services. */
  readonly peopleOfSreKind: (kind: SreRoleKind) => readonly Person[];
  /** The people whose `reportsTo` is the person. */
  readonly directReports: (person: string) => readonly Person[];
  /** The rotations the person is a member of. */
  readonly rotationsOf: (person: string) => readonly Rotation[];

  /** The teams directly in an organization (`organization`), not in those below it. */
  readonly teamsOf: (organization: string) => readonly Team[];
  readonly teamsOfType: (type: TeamType) => readonly Team[];
  readonly teamsInDomain: (domain: string) => readonly Team[];
  readonly teamsInProductLine: (productLine: string) => readonly Team[];
  /** The teams whose `supports` names the team (§12.4). */
  readonly supportersOf: (team: string) => readonly Team[];

  /** The organizations whose `parent` is the organization. */
  readonly childrenOf: (organization: string) => readonly Organization[];
  /** The organization and every organization below it, by name, top down (breadth first). */
  readonly organizationTree: (organization: string) => readonly string[];

  readonly servicesOwnedBy: (team: string) => readonly Service[];
  /** The services of a domain: their own `domain`, else their owner team's (§12.6). */
  readonly servicesInDomain: (domain: string) => readonly Service[];
  /** The SRE teams of a service by name: its `sreTeam`, else the SRE teams supporting its owner. */
  readonly sreTeamsOf: (service: string) => readonly string[];
  /** The services whose SRE teams (as `sreTeamsOf` says) include the team. */
  readonly servicesOfSreTeam: (team: string) => readonly Service[];

  readonly rotationsOfType: (type: RotationType) => readonly Rotation[];
  /** The names of entities of a kind, sorted in model order (names not in the model last). */
  readonly inModelOrder: (kind: Kind, names: Iterable<string>) => string[];
  /** The rotations that cover a service, by the one coverage rule (`rotationCovers`). */
  readonly rotationsCovering: (service: string) => readonly Rotation[];
  /** The services a rotation covers, by the one coverage rule (`rotationCovers`). */
  readonly servicesCoveredBy: (rotation: string) => readonly Service[];
}

/**
 * A loaded model compiled for the engine: the entities, the shared indexes, and a cache of
 * values derived from them. Built once per load (`loadModel`), once per revision on the
 * server; every engine function takes it, so no view is derived twice and nothing is cached
 * anywhere but here.
 */
export interface CompiledModel extends Model {
  readonly index: ModelIndex;
  /**
   * The value `compute` gives for this model, computed on first use and kept with the model:
   * for derived views an engine capability owns (e.g. every SRE team's capacity). `compute` is
   * the cache key, so pass a function declared once at module level, never an inline closure.
   */
  readonly derive: <T>(compute: (model: CompiledModel) => T) => T;
}
