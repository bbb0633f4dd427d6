import type { CompiledModel, Rotation, Service } from '../../model/index.ts';
import { rotationTeam } from '../schedule/team-round-the-clock-rotation.ts';

/** A service's product line: its own, else its owner team's. */
function serviceLine(model: CompiledModel, s: Service): string | undefined {
  return s.spec.productLine ?? model.teams.get(s.spec.owner)?.spec.productLine;
}

const sorted = (lines: Iterable<string | undefined>) =>
  [...new Set(lines)].filter((l): l is string => l !== undefined).sort();

/**
 * The product lines a team works in (§12.7.1, §12.10: the business line): its own, else, for an
 * SRE team that names none, those of the development teams it supports and of the services it
 * runs. Streaming-media's `video-sre` supports the video teams: video-platform. Empty when the
 * model says nothing.
 */
export function teamProductLines(model: CompiledModel, team: string | undefined): string[] {
  const t = team === undefined ? undefined : model.teams.get(team);
  if (t === undefined) return [];
  if (t.spec.productLine !== undefined) return [t.spec.productLine];
  return sorted([
    ...(t.spec.supports ?? []).map(
      (s) => model.teams.get(typeof s === 'string' ? s : s.team)?.spec.productLine,
    ),
    ...model.index.servicesOfSreTeam(t.name).map((s) => serviceLine(model, s)),
    ...model.index.servicesOwnedBy(t.name).map((s) => serviceLine(model, s)),
  ]);
}

/**
 * The product lines a rotation serves: those of the services it covers, else its team's
 * (`rotationTeam`). Drm's pager serves video-platform; an operations pager in front of a video
 * service serves video-platform too.
 */
export function rotationProductLines(model: CompiledModel, rotation: Rotation): string[] {
  const covered = sorted(
    model.index.servicesCoveredBy(rotation.name).map((s) => serviceLine(model, s)),
  );
  return covered.length > 0 ? covered : teamProductLines(model, rotationTeam(model, rotation));
}

/**
 * Whether two lists of product lines share one. When either side names none, the model does not
 * say, and nothing is crossed: a company without product lines is one business line (§12.10).
 */
export function sameProductLine(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((l) => b.includes(l));
}
