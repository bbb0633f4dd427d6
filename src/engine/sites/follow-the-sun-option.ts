import type { CompiledModel as Model, Rotation } from '../../model/index.ts';
import { modelSites } from './model-sites.ts';
import { relayPartners } from './relay-partners.ts';
import { type RelaySite, rotationSetup } from './rotation-setup.ts';
import { rotationSites } from './rotation-sites.ts';

/**
 * What following the sun offers a round-the-clock rotation that is one pool taking whole turns
 * (§12.9.5), said after growing it to take whole turns, or undefined when there is nothing to
 * offer (not round the clock, following the sun already, or a rotation at several sites that
 * says `followTheSun: false`):
 * - its own sites, when their zones allow a relay and only people are missing (each site with
 *   the people its part of the day needs);
 * - else a relay with each further site of the organization with which every site's part of the
 *   day falls in its day (`relayPartners`);
 * - else that it would need sites the organization does not have. A rotation of New York and San
 *   Francisco is not offered "6 at each of two sites that follow the sun": three hours apart,
 *   one of them would be on call at night.
 * The one wording the `rotation-too-small` finding and the risks use.
 */
export function followTheSunOption(model: Model, rotation: Rotation): string | undefined {
  if (rotation.spec.coverage !== '24x7') return undefined;
  const sites = modelSites(model);
  const setup = rotationSetup(model, rotation, sites);
  if (setup.kind === 'relay') return undefined;
  const here = rotationSites(model, rotation, sites);
  if (here.length > 1 && setup.reason === 'declared') return undefined;
  if (setup.relay !== undefined)
    return `or follow the sun, each site on call for its part of the day (${each(setup.relay)})`;
  const partners = relayPartners(model, rotation, sites);
  if (partners.length === 0) {
    if (here.length > 1)
      return `or follow the sun, which needs sites far enough apart that each site's part of the day falls in its day (07:00–23:00): ${here.map((s) => s.name).join(' and ')} are not, and no other site of the organization would close the gap`;
    return `or follow the sun, which needs people at a second site far enough from ${here[0]?.name ?? 'its site'} that each site's part of the day falls in its day (07:00–23:00): the organization has none`;
  }
  const options = partners.map(({ site: other, relay }) => `with ${other.name} (${each(relay)})`);
  return `or follow the sun, each site on call for its part of the day, ${options.join(' or ')}`;
}

function each(relay: readonly RelaySite[]): string {
  const parts = relay.map((s) => `${s.needed} in ${s.name}`);
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
