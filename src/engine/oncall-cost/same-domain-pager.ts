import type { CompiledModel } from '../../model/index.ts';
import { rotationTeam } from '../schedule/team-round-the-clock-rotation.ts';
import { rotationSites } from '../sites/index.ts';
import type { DesignRotation } from './design-rotation.ts';

/** How the note begins that offers a short team pager's high tiers a same-domain pager with room. */
export const SAME_DOMAIN_PAGER =
  'alternative to growing a round-the-clock team rotation its team cannot staff';

/**
 * §12.6: high tiers need "a team rotation" of people who know the service, round the clock. A team
 * too small for a 24x7 rotation of its own (streaming-media's three DRM developers on drm-oncall, 5
 * short) need not hire a pager's worth of people when a team of the same domain, under the same
 * manager or sharing its on-call with the same SRE team, already keeps a one-site 24x7 team rotation
 * with room (playback-oncall, 9 who take turns for the 8 it needs): its services can join that
 * rotation and the small team's people with them. One note per short rotation that has such a
 * partner, with both figures; the design itself keeps today's rotations (the choice is the
 * reader's, §12.8).
 */
export function sameDomainPagerNotes(
  model: CompiledModel,
  kept: readonly { readonly rotation: DesignRotation; readonly services: readonly string[] }[],
  isHigh: (service: string) => boolean,
): string[] {
  const candidates = kept.flatMap(({ rotation, services }) => {
    const today = rotation.keeps === undefined ? undefined : model.rotations.get(rotation.keeps);
    if (
      today === undefined ||
      today.spec.type !== 'team' ||
      today.spec.coverage !== '24x7' ||
      rotation.relay !== undefined
    )
      return [];
    const team = model.teams.get(rotationTeam(model, today) ?? '');
    return team === undefined ? [] : [{ rotation, services, today, team }];
  });
  const sreTeams = (services: readonly string[]) =>
    new Set(services.flatMap((s) => model.index.sreTeamsOf(s)));
  const notes: string[] = [];
  for (const short of candidates) {
    const members = short.rotation.members ?? 0;
    if (members >= short.rotation.peopleNeeded || !short.services.some(isHigh)) continue;
    const domain = short.team.spec.domain;
    if (domain === undefined) continue;
    const theirSre = sreTeams(short.services);
    const partner = candidates.find((p) => {
      if (p === short || p.team.name === short.team.name || p.team.spec.domain !== domain)
        return false;
      if ((p.rotation.members ?? 0) < p.rotation.peopleNeeded) return false;
      const sameManager =
        p.team.spec.manager !== undefined && p.team.spec.manager === short.team.spec.manager;
      const sameSre = [...sreTeams(p.services)].some((t) => theirSre.has(t));
      if (!sameManager && !sameSre) return false;
      // Together they still work one site's hours: no night a separate rotation did not have.
      const members = [...new Set([...p.today.spec.members, ...short.today.spec.members])];
      const together = { ...p.today, spec: { ...p.today.spec, members } };
      return rotationSites(model, together).length <= rotationSites(model, p.today).length;
    });
    if (partner === undefined) continue;
    // Who take turns on both (`members`, the sizing's count), each counted once.
    const both = short.today.spec.members.filter((m) => partner.today.spec.members.includes(m));
    const joined = (partner.rotation.members ?? 0) + members - both.length;
    const why = [
      `domain ${domain}`,
      ...(partner.team.spec.manager === short.team.spec.manager
        ? [`manager ${short.team.spec.manager}`]
        : []),
      ...[...sreTeams(partner.services)].filter((t) => theirSre.has(t)).map((t) => `SRE team ${t}`),
    ].join(', ');
    notes.push(
      `${SAME_DOMAIN_PAGER} (§12.6): ${short.services.join(', ')} on ${partner.rotation.name}, the round-the-clock team rotation of ${partner.team.name} (the same ${why}), which has ${partner.rotation.members} who take turns for the ${partner.rotation.peopleNeeded} it needs, rather than ${short.rotation.name} grown from ${members} to ${short.rotation.peopleNeeded} (${short.rotation.peopleNeeded - members} more ${short.rotation.peopleNeeded - members === 1 ? 'person' : 'people'}); ${short.team.name}'s people join it (${joined} who take turns on one rotation), one round-the-clock rotation instead of two: ${short.rotation.peopleNeeded} fewer people needed than this design and ${short.rotation.name}'s standby pay (its row) no longer paid. Confirm that ${partner.team.name}'s people learn ${short.services.join(', ')} and ${short.team.name}'s theirs before the rotations merge`,
    );
  }
  return notes;
}
