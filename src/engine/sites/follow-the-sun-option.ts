import type { CompiledModel as Model, Rotation } from '../../model/index.ts';
import { relayPartners } from './relay-partners.ts';

/**
 * What following the sun offers a round-the-clock rotation whose people are all at one site
 * (§12.9.5), said after growing it to take whole turns: a relay with each second site of the
 * organization where both sites' parts of the day fall in their day (`relayPartners`), with the
 * people each site needs; else that it would need a second site the organization does not have.
 * The one wording every risk that offers follow-the-sun to a one-site rotation uses.
 */
export function followTheSunOption(model: Model, rotation: Rotation, site?: string): string {
  const partners = relayPartners(model, rotation);
  if (partners.length === 0)
    return `or follow the sun, which needs people at a second site far enough from ${site ?? 'its site'} that each site's part of the day falls in its day (07:00–23:00): the organization has none`;
  const options = partners.map(({ site: other, relay }) => {
    const each = relay.map((s) => `${s.needed} in ${s.name}`).join(' and ');
    return `with ${other.name} (${each})`;
  });
  return `or follow the sun, each site on call for its part of the day, ${options.join(' or ')}`;
}
