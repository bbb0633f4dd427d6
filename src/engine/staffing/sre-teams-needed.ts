/**
 * §12.4.1, "Example of Scaling the Number of SRE Teams": one SRE team for 1–8 development
 * teams, two for 9–16, three for 17–24, and so on. "The number of SRE teams needs to be grown
 * in line with growing the number of development teams."
 */
export const DEV_TEAMS_PER_SRE_TEAM = 8;

export function sreTeamsNeeded(developmentTeams: number): number {
  if (!Number.isInteger(developmentTeams) || developmentTeams < 0) {
    throw new RangeError(`expected a whole number of teams, found ${developmentTeams}`);
  }
  return Math.ceil(developmentTeams / DEV_TEAMS_PER_SRE_TEAM);
}
