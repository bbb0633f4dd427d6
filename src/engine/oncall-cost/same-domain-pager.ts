import { type CompiledModel, rotationTurnTakers } from '../../model/index.ts';
import { plural } from '../change/plural.ts';
import { rotationTeam } from '../schedule/team-round-the-clock-rotation.ts';
import { rotationSites } from '../sites/index.ts';
import type { DesignRotation } from './design-rotation.ts';

/**
 * How the design's note begins that merges a short team pager's high tiers onto a same-domain
 * pager with room rather than growing it.
 */
export const SAME_DOMAIN_PAGER =
  'merged rather than grown, a round-the-clock team rotation its team cannot staff';

/** A team rotation of a design, with its figures, as an offer names it. */
export interface PagerSide {
  readonly rotation: string;
  readonly team: string;
  /** Who take its turns (the sizing's count). */
  readonly members: number;
  /** What the sizing rule needs. */
  readonly needed: number;
}

/**
 * A short team pager of high tiers and the same-domain team pager with room they may join instead
 * of growing their own (§12.6), with what each way costs in people; the design prices the pay.
 */
export interface SameDomainPager {
  /** The short rotation, which the design ends rather than grow it to what it needs. */
  readonly short: PagerSide;
  /** Its services, which would go onto the partner's rotation. */
  readonly services: readonly string[];
  readonly partner: PagerSide;
  /** What the two teams share: "domain playback", "manager aisha-khan", "SRE team video-sre". */
  readonly shared: readonly string[];
  /** Who take turns on the one rotation, each counted once. */
  readonly together: number;
}

/**
 * §12.6: high tiers need "a team rotation" of people who know the service, round the clock. A team
 * too small for a 24x7 rotation of its own (streaming-media's three DRM developers on drm-oncall, 5
 * short) need not hire a pager's worth of people when a team of the same domain, under the same
 * manager or sharing its on-call with the same SRE team, already keeps a one-site 24x7 team rotation
 * with room (playback-oncall, 9 who take turns for the 8 it needs): its services can join that
 * rotation and the small team's people with them. One merge per short rotation that has such a
 * partner: the optimized design makes it (it ends the short pager rather than price it grown).
 *
 * What keeps it a team rotation of people who know the services rather than a domain rotation of
 * high tiers, which §12.6 does not allow: the two teams are of one product line where the model
 * says (parcel-logistics' route planning is sold on its own: dispatch does not join its pager),
 * and the one rotation holds fewer than twice what the sizing rule needs (`fitsOneRotation`).
 * Offers onto the same pager are judged together: the shortest first, each later one counted with
 * those already on it (retail-peak's payments and tax would make checkout-oncall 17).
 */
export function sameDomainPagers(
  model: CompiledModel,
  kept: readonly { readonly rotation: DesignRotation; readonly services: readonly string[] }[],
  isHigh: (service: string) => boolean,
): SameDomainPager[] {
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
  const offers: SameDomainPager[] = [];
  // Who take turns on each partner with the offers already made onto it (judged together).
  const joined = new Map<string, { count: number; members: Set<string> }>();
  // Those who take each rotation's turns, as `members` counts them: an open position is nobody.
  const takers = (today: (typeof candidates)[number]['today']) => rotationTurnTakers(model, today);
  const onPartner = (p: (typeof candidates)[number]) =>
    joined.get(p.rotation.name) ?? {
      count: p.rotation.members ?? 0,
      members: new Set(takers(p.today)),
    };
  const shortest = [...candidates].sort(
    (a, b) =>
      b.rotation.peopleNeeded -
      (b.rotation.members ?? 0) -
      (a.rotation.peopleNeeded - (a.rotation.members ?? 0)),
  );
  for (const short of shortest) {
    const members = short.rotation.members ?? 0;
    if (members >= short.rotation.peopleNeeded || !short.services.some(isHigh)) continue;
    const domain = short.team.spec.domain;
    if (domain === undefined) continue;
    const theirSre = sreTeams(short.services);
    const line = short.team.spec.productLine;
    const partner = candidates.find((p) => {
      if (p === short || p.team.name === short.team.name || p.team.spec.domain !== domain)
        return false;
      // Two product lines are two businesses: their high tiers keep a team rotation each.
      if (
        line !== undefined &&
        p.team.spec.productLine !== undefined &&
        p.team.spec.productLine !== line
      )
        return false;
      if ((p.rotation.members ?? 0) < p.rotation.peopleNeeded) return false;
      const on = onPartner(p);
      const both = takers(short.today).filter((m) => on.members.has(m)).length;
      if (!fitsOneRotation(on.count + members - both, p.rotation.peopleNeeded)) return false;
      const sameManager =
        p.team.spec.manager !== undefined && p.team.spec.manager === short.team.spec.manager;
      const sameSre = [...sreTeams(p.services)].some((t) => theirSre.has(t));
      if (!sameManager && !sameSre) return false;
      // Together they still work one site's hours: no night a separate rotation did not have.
      const everyone = [...new Set([...p.today.spec.members, ...short.today.spec.members])];
      const together = { ...p.today, spec: { ...p.today.spec, members: everyone } };
      return rotationSites(model, together).length <= rotationSites(model, p.today).length;
    });
    if (partner === undefined) continue;
    // Who take turns on both (`members`, the sizing's count), each counted once.
    const on = onPartner(partner);
    const both = takers(short.today).filter((m) => on.members.has(m));
    const together = on.count + members - both.length;
    joined.set(partner.rotation.name, {
      count: together,
      members: new Set([...on.members, ...takers(short.today)]),
    });
    offers.push({
      short: {
        rotation: short.rotation.name,
        team: short.team.name,
        members,
        needed: short.rotation.peopleNeeded,
      },
      services: [...short.services],
      partner: {
        rotation: partner.rotation.name,
        team: partner.team.name,
        members: partner.rotation.members ?? 0,
        needed: partner.rotation.peopleNeeded,
      },
      shared: [
        `domain ${domain}`,
        ...(partner.team.spec.manager === short.team.spec.manager
          ? [`manager ${short.team.spec.manager}`]
          : []),
        ...[...sreTeams(partner.services)]
          .filter((t) => theirSre.has(t))
          .map((t) => `SRE team ${t}`),
      ],
      together,
    });
  }
  // In the rotations' order, as the design lists them.
  return candidates.flatMap((c) => offers.filter((o) => o.short.rotation === c.rotation.name));
}

/**
 * Whether one rotation of `together` who take turns stays within the sizing rule that needs
 * `needed` (§12.9.5): at twice the need the people are enough for two rotations, so each high
 * tier can keep a team rotation of its own (§12.6) and merging would only make everyone's turn
 * come half as often as the sizing plans, too rarely to keep two teams' services in hand.
 */
export function fitsOneRotation(together: number, needed: number): boolean {
  return together < 2 * needed;
}

/**
 * The merge in the words the design's note, the risk register and the on-call decision all use:
 * the same-domain pager first, then what growing its own would have taken. "put drm-licence on
 * playback-oncall, …, rather than grow drm-oncall from 3 to 8 (5 more people, …)". With the short
 * rotation's standby pay as today's design prices it (`standby`, "1,909.95 GBP a month"), the
 * words say it is no longer paid; the design's note leaves the pay to its figures against today.
 */
export function sameDomainPagerWords(offer: SameDomainPager, standby?: string): string {
  const { short, partner, services } = offer;
  const more = short.needed - short.members;
  // Unpriced (the design's note), the people and pay are its figures against today.
  const pay =
    standby === undefined
      ? ['', '']
      : [
          `, ${plural(short.needed, 'fewer person')} needed on rotations and ${short.rotation}'s standby pay (${standby}) no longer paid`,
          ', its standby pay still paid',
        ];
  return `put ${services.join(', ')} on ${partner.rotation}, the round-the-clock team rotation of ${partner.team} (the same ${offer.shared.join(', ')}), which has ${partner.members} who take turns for the ${partner.needed} it needs: the ${short.members === 1 ? 'person' : `${short.members} people`} of ${short.team} join it (${offer.together} who take turns on one rotation), nobody to hire${pay[0]}; rather than grow ${short.rotation} from ${short.members} to ${short.needed} (${more} more ${more === 1 ? 'person' : 'people'}${pay[1]}). Confirm that the people of ${partner.team} learn ${services.join(', ')} and those of ${short.team} theirs before the rotations merge`;
}

/**
 * The short pager's standby pay per month as an offer says it, "1,909.95 GBP a month": each
 * currency it pays in apart (no exchange rates), the policy's first even when nothing.
 */
export function standbyWords(
  perMonth: readonly { readonly shown: string; readonly zero: boolean }[],
): string {
  const paid = perMonth.filter((m, i) => i === 0 || !m.zero).map((m) => m.shown);
  return `${paid.length === 0 ? 'nothing' : paid.join(' and ')} a month`;
}

/**
 * The design's note for a merge (§12.6): the design ends the short rotation and puts its services
 * and people on the partner's; its figures against today follow (`designChanges`).
 */
export function sameDomainPagerNote(offer: SameDomainPager): string {
  return `${SAME_DOMAIN_PAGER} (§12.6): ${sameDomainPagerWords(offer)}`;
}
