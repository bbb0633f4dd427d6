import type { CompiledModel, Person } from '../../model/index.ts';

export interface PersonEntry {
  readonly person: string;
  readonly team: string | null;
  readonly role: string | null;
  readonly level: string | null;
}

export interface PeopleChanges {
  readonly joining: readonly PersonEntry[];
  readonly leaving: readonly PersonEntry[];
  /** Positions in the target not filled yet (§12.12: "open positions by team"). */
  readonly openPositions: readonly PersonEntry[];
}

function entry(person: Person): PersonEntry {
  return {
    person: person.name,
    team: person.spec.team ?? null,
    role: person.spec.role ?? null,
    level: person.spec.level ?? null,
  };
}

/** Who joins, who leaves and which positions stay open between today and the target. */
export function peopleChanges(today: CompiledModel, target: CompiledModel): PeopleChanges {
  const filled = (p: Person) => !p.spec.openPosition;
  const todayFilled = (name: string) => {
    const p = today.people.get(name);
    return p !== undefined && filled(p);
  };
  const targetPeople = [...target.people.values()];
  return {
    joining: targetPeople.filter((p) => filled(p) && !todayFilled(p.name)).map(entry),
    leaving: [...today.people.values()]
      .filter((p) => filled(p) && !target.people.has(p.name))
      .map(entry),
    openPositions: targetPeople.filter((p) => !filled(p)).map(entry),
  };
}
