import type { CompiledModel, Organization, Person } from '../../../model/index.ts';
import { holdsSreTitleWithoutPractice, isSreEngineerRole } from '../../../model/index.ts';

/** What several categories of driving questions read from the target model. */
export interface QuestionFacts {
  readonly model: CompiledModel;
  /** The people in place: open positions are not people yet. */
  readonly people: readonly Person[];
  /** The SREs in place with SRE practice: a title without it is not an SRE yet (§12.9.4). */
  readonly sres: readonly Person[];
  readonly sreOrgs: readonly Organization[];
}

export function questionFacts(model: CompiledModel): QuestionFacts {
  const people = [...model.people.values()].filter((p) => !p.spec.openPosition);
  return {
    model,
    people,
    sres: people.filter((p) => isSreEngineerRole(p.spec.role) && !holdsSreTitleWithoutPractice(p)),
    sreOrgs: [...model.organizations.values()].filter((o) => o.spec.type === 'sre'),
  };
}

/** An organization as people know it: its display name, else its name. */
export function describeOrg(o: Organization): string {
  return o.metadata.displayName ?? o.name;
}
