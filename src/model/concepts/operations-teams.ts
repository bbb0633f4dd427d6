import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Team } from '../model.ts';
import { isSreTeamInNameOnly } from './sre-team-in-name-only.ts';

/**
 * The operations teams of a model (§12.2): its teams of type `operations`, and its SRE teams in
 * name only (`isSreTeamInNameOnly`, §12.4.6, §12.9.4), re-titled operations engineers who carry on
 * with operations work: game-studio's IT team `infra-sre` runs the build farm in office hours, so
 * the studio has an operations team, whatever the team's type says. Whether one may run a
 * service is the chapter's other question (`operationsMayRun`, §12.2.2). In model order, worked
 * out once per model.
 */
export function operationsTeams(model: CompiledModel): readonly Team[] {
  return model.derive(findOperationsTeams);
}

/** Whether the named team is one of the model's operations teams (`operationsTeams`). */
export function isOperationsTeam(model: CompiledModel, team: string): boolean {
  return model.derive(operationsTeamNames).has(team);
}

function findOperationsTeams(model: CompiledModel): readonly Team[] {
  return [...model.teams.values()].filter(
    (t) => t.spec.type === 'operations' || isSreTeamInNameOnly(model, t),
  );
}

function operationsTeamNames(model: CompiledModel): ReadonlySet<string> {
  return new Set(operationsTeams(model).map((t) => t.name));
}
