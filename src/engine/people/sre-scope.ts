import type { CompiledModel, Person, SreLevel } from '../../model/index.ts';
import { type CareerScope, careerLevel } from './career-ladder.ts';

export interface SreScope {
  readonly scope: CareerScope;
  /** The team, domain or product line in this organization; undefined when the model does not say. */
  readonly name: string | undefined;
}

/**
 * What an SRE at `level` is responsible for in this organization (§12.10): their team, their
 * team's domain, or their team's product line (the business line).
 */
export function sreScope(model: CompiledModel, person: Person, level: SreLevel): SreScope {
  const { scope } = careerLevel(level);
  const team = person.spec.team === undefined ? undefined : model.teams.get(person.spec.team);
  const name =
    scope === 'team' ? team?.name : scope === 'domain' ? team?.spec.domain : team?.spec.productLine;
  return { scope, name };
}
