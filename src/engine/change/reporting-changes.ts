import type { CompiledModel, Person } from '../../model/index.ts';
import { lineManager } from '../people/line-manager.ts';
import { type Meeting, threeMeetings } from './three-meetings.ts';

/** A person whose line manager changes, with the meetings that move them (§12.12.2). */
export interface ReportingChange {
  readonly person: string;
  readonly fromManager: string | null;
  readonly toManager: string | null;
  readonly fromTeam: string | null;
  readonly toTeam: string | null;
  readonly meetings: readonly Meeting[];
  /** What the meetings depend on, e.g. a future manager who has not joined yet. */
  readonly notes: readonly string[];
}

function managerName(model: CompiledModel, person: Person): string | null {
  return lineManager(model, person)?.manager ?? null;
}

/**
 * Every person in both models whose line manager changes (§12.12, dimension 3). Open positions
 * have no one to meet; people joining or leaving have no reporting line to change.
 */
export function reportingChanges(
  today: CompiledModel,
  target: CompiledModel,
): readonly ReportingChange[] {
  const changes: ReportingChange[] = [];
  for (const person of target.people.values()) {
    const before = today.people.get(person.name);
    if (!before || before.spec.openPosition || person.spec.openPosition) continue;
    const fromManager = managerName(today, before);
    const toManager = managerName(target, person);
    if (fromManager === toManager) continue;
    const notes: string[] = [];
    if (toManager !== null) {
      const future = target.people.get(toManager);
      if (future?.spec.openPosition) {
        notes.push(`the future line manager ${toManager} is an open position: hire first`);
      } else if (!today.people.has(toManager)) {
        notes.push(`the future line manager ${toManager} joins with the change`);
      }
    }
    if (fromManager !== null && !target.people.has(fromManager)) {
      notes.push(`the current line manager ${fromManager} leaves: hold the meetings before`);
    }
    changes.push({
      person: person.name,
      fromManager,
      toManager,
      fromTeam: before.spec.team ?? null,
      toTeam: person.spec.team ?? null,
      meetings: threeMeetings({ person: person.name, fromManager, toManager }),
      notes,
    });
  }
  return changes;
}
