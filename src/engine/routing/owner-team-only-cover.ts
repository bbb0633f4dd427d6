import {
  type CompiledModel,
  type Coverage,
  coverageClause,
  isSpectrumModel,
  type Service,
} from '../../model/index.ts';

/** A service nobody decided to run that rotations cover only because they name its owner team. */
export interface OwnerTeamOnlyCover {
  readonly service: string;
  /** The team that owns it, named by every rotation that covers it. */
  readonly team: string;
  /** Those rotations (thin layers aside), in model order, with their coverage. */
  readonly rotations: readonly { readonly name: string; readonly coverage: Coverage }[];
}

/**
 * A rotation that names a team covers every service the team owns (`coverageClause`'s
 * `owner-team`), so an `unorganized` service (§12.8.1: no organized operations, nobody decided
 * who runs it) of a team on a rotation looks covered in every command: its alerts reach the
 * team's developers, who never agreed to run it. Undefined unless the service has no run model of
 * the spectrum (§12.2.5) and every rotation covering it (thin layers aside: they are a first line,
 * not who runs it, §12.6) covers it by that clause alone. The one reading for `check`, the plan's
 * run-model decision and `oncall`.
 */
export function ownerTeamOnlyCover(
  model: CompiledModel,
  service: Service,
): OwnerTeamOnlyCover | undefined {
  if (isSpectrumModel(service.spec.runModel)) return undefined;
  const covering = model.index
    .rotationsCovering(service.name)
    .filter((r) => r.spec.type !== 'thin-layer');
  if (covering.length === 0) return undefined;
  if (!covering.every((r) => coverageClause(model, r, service) === 'owner-team')) return undefined;
  return {
    service: service.name,
    team: service.spec.owner,
    rotations: covering.map((r) => ({ name: r.name, coverage: r.spec.coverage })),
  };
}

/**
 * "covered by enterprise-hours (8x5) only because team data-platform owns it; …; decide who runs
 * it": the words `check`, the plan and `oncall` say it in, so they read alike.
 */
export function ownerTeamOnlyWords(cover: OwnerTeamOnlyCover): string {
  const rotations = cover.rotations.map((r) => `${r.name} (${r.coverage})`);
  const list =
    rotations.length <= 1
      ? rotations.join('')
      : `${rotations.slice(0, -1).join(', ')} and ${rotations.at(-1)}`;
  return `covered by ${list} only because team ${cover.team} owns it: its alerts reach ${cover.team}'s developers, yet nobody decided who runs it (unorganized, §12.8.1); decide who runs it: its developers (you build it, you run it, §12.3) or operations (you build it, ops run it, §12.2)`;
}
