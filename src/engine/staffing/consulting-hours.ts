import { type CompiledModel, sreEngagement } from '../../model/index.ts';
import { normalizeSupport } from '../../model/kinds/team.ts';
import { workingHundredths } from '../chargeback/working-hours.ts';
import { type BusinessHours, personBusinessHours } from '../coverage-hours/index.ts';

/** The consulting hours an SRE team agreed with the development teams it consults for. */
export interface ConsultingHours {
  readonly sreTeam: string;
  /** Σ `hoursPerMonth` of its `supports` entries whose team it is on call for none of (§12.4.7). */
  readonly hoursPerMonth: number;
  /** Those development teams, in `supports` order. */
  readonly devTeams: readonly string[];
}

/**
 * The consulting hours every SRE team sold (§12.4.7: "SRE Consulting" is priced apart from shared
 * on call): the `supports` entries with `hoursPerMonth` of the development teams it consults for
 * (`sreEngagement`). These hours hold no SRE seat of the development team (§12.4.1: the seat is a
 * shared pager), but they are work agreed for SREs of the SRE team: the surplus counts them before
 * it offers anyone to attrition (`sreSurplus`).
 */
export function consultingHours(model: CompiledModel): readonly ConsultingHours[] {
  return model.index.teamsOfType('sre').flatMap((team) => {
    const agreed = (team.spec.supports ?? [])
      .map(normalizeSupport)
      .filter(
        (s) =>
          s.hoursPerMonth !== undefined &&
          s.hoursPerMonth > 0 &&
          sreEngagement(model, team.name, s.team) === 'consulting',
      );
    if (agreed.length === 0) return [];
    return [
      {
        sreTeam: team.name,
        hoursPerMonth: agreed.reduce((n, s) => n + (s.hoursPerMonth ?? 0), 0),
        devTeams: agreed.map((s) => s.team),
      },
    ];
  });
}

/**
 * A person's working month in hours (chargeback's average month, by the hours of the policy that
 * pays them, else `businessHours`): what the consulting hours are measured against, as
 * `sreMonths` measures support.
 */
export function workingMonth(
  model: CompiledModel,
  businessHours: BusinessHours,
): (person: string) => number {
  return (person) =>
    workingHundredths('average', personBusinessHours(model, person, businessHours)) / 100;
}
