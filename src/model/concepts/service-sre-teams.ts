import type { Service, Team } from '../model.ts';

/**
 * The SRE teams of a service (§12.4, §12.5): the team it names as `sreTeam`, else every SRE team
 * (type `sre`) whose `supports` names its owner. They share its on-call or run it alone when its
 * run model puts SRE on call; coverage, alert routing and SRE capacity use this one rule
 * (through `model.index.sreTeamsOf`). `ownerSupporters` are the teams whose `supports` names
 * the owner.
 */
export function serviceSreTeams(
  service: Service,
  ownerSupporters: readonly Team[],
): readonly string[] {
  if (service.spec.sreTeam !== undefined) return [service.spec.sreTeam];
  return ownerSupporters.filter((team) => team.spec.type === 'sre').map((team) => team.name);
}
