import {
  type CompiledModel as Model,
  type Rotation,
  rotationProvider,
  rotationTurnTakers,
} from '../../model/index.ts';
import { MAX_ON_CALL_SHARE, ON_CALL_AT_ONCE } from '../coverage-hours/index.ts';
import { modelSites } from './model-sites.ts';
import { type RelayPartner, relayPartners } from './relay-partners.ts';
import { type RelaySite, rotationSetup } from './rotation-setup.ts';
import { type RotationSite, rotationSites } from './rotation-sites.ts';
import { rotationTeamsPeople } from './rotation-teams-people.ts';

/** A round-the-clock pool of whole turns needs 8: a primary and a secondary, a quarter each. */
const POOL_NEED = Math.ceil(ON_CALL_AT_ONCE / MAX_ON_CALL_SHARE);

/**
 * What following the sun offers a round-the-clock rotation that is one pool taking whole turns
 * (§12.9.5), said after growing it to take whole turns, or undefined when there is nothing to
 * offer (not round the clock, following the sun already, a rotation at several sites that says
 * `followTheSun: false`, or one another company staffs: `rotationProvider`, the contract's to
 * staff, §12.4.6):
 * - its own sites, when their zones allow a relay and only people are missing (each site with
 *   the people its part of the day needs): it has people at each already;
 * - else a relay with each further site of the organization with which every site's part of the
 *   day falls in its day (`relayPartners`) and that is worth taking instead of growing it
 *   (`worthOffering`): where the teams it is on call for already have people, or where the relay
 *   needs no more people in all than whole turns. A relay needs 12 (6 at each of two sites) and
 *   whole turns 8, so a Chicago team with nobody in Bangalore is not told to follow the sun
 *   "with Bangalore": that is 6 hires there to save 2 in Chicago;
 * - else, when the organization has no such site, that it would need one. A rotation of New York
 *   and San Francisco is not offered "6 at each of two sites that follow the sun": three hours
 *   apart, one of them would be on call at night.
 * The one wording the `rotation-too-small` finding and the risks use.
 */
export function followTheSunOption(model: Model, rotation: Rotation): string | undefined {
  if (rotation.spec.coverage !== '24x7') return undefined;
  if (rotationProvider(model, rotation) !== undefined) return undefined;
  const sites = modelSites(model);
  const setup = rotationSetup(model, rotation, sites);
  if (setup.kind === 'relay') return undefined;
  const here = rotationSites(model, rotation, sites);
  if (here.length > 1 && setup.reason === 'declared') return undefined;
  if (setup.relay !== undefined)
    return `or follow the sun, each site on call for its part of the day (${each(setup.relay)})`;
  const all = relayPartners(model, rotation, sites);
  const partners = all.filter((p) => worthOffering(model, rotation, p, here));
  // Sites far enough exist, but none is worth a relay: growing it is the advice, alone.
  if (partners.length === 0 && all.length > 0) return undefined;
  if (partners.length === 0) {
    if (here.length > 1)
      return `or follow the sun, which needs sites far enough apart that each site's part of the day falls in its day (07:00–23:00): ${here.map((s) => s.name).join(' and ')} are not, and no other site of the organization would close the gap`;
    return `or follow the sun, which needs people at a second site far enough from ${here[0]?.name ?? 'its site'} that each site's part of the day falls in its day (07:00–23:00): the organization has none`;
  }
  const options = partners.map((partner) => {
    const there = teamsPeopleAt(model, rotation, partner);
    const people =
      there === 0
        ? ''
        : `; ${there} ${there === 1 ? 'person' : 'people'} of the teams it is on call for ${there === 1 ? 'works' : 'work'} there`;
    return `with ${partner.site.name} (${each(partner.relay)}${people})`;
  });
  return `or follow the sun, each site on call for its part of the day, ${options.join(' or ')}`;
}

/**
 * Whether a relay with a further site is advice worth giving instead of growing the rotation
 * where it is: the teams it is on call for have people at that site who could take its part
 * (`rotationTeamsPeople`), or the relay needs no more people in all than a pool of whole turns
 * (each site keeps those it has). At the relay's minimum of 12 against the pool's 8 the second
 * never holds today, which is why a relay with a site where its teams have nobody is not offered.
 */
function worthOffering(
  model: Model,
  rotation: Rotation,
  partner: RelayPartner,
  here: readonly RotationSite[],
): boolean {
  if (teamsPeopleAt(model, rotation, partner) > 0) return true;
  // The trial relay lists everyone at the further site: only its part's need counts there.
  const own = new Set(here.map((s) => s.name));
  const relayNeed = partner.relay.reduce(
    (n, s) => n + (own.has(s.name) ? Math.max(s.needed, s.members.length) : s.needed),
    0,
  );
  return relayNeed <= Math.max(POOL_NEED, rotationTurnTakers(model, rotation).length);
}

/** How many of the people of the teams a rotation is on call for work at a partner's site. */
function teamsPeopleAt(model: Model, rotation: Rotation, partner: RelayPartner): number {
  const sites = modelSites(model);
  return rotationTeamsPeople(model, rotation).filter(
    (p) => sites.siteOf(p)?.name === partner.site.name,
  ).length;
}

function each(relay: readonly RelaySite[]): string {
  const parts = relay.map((s) => `${s.needed} in ${s.name}`);
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
