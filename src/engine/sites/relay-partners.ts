import type { CompiledModel, Rotation } from '../../model/index.ts';
import { type ModelSites, modelSites, type Site } from './model-sites.ts';
import { type RelaySite, rotationSetup } from './rotation-setup.ts';
import { rotationSites } from './rotation-sites.ts';

/** A second site of the organization a one-site rotation could follow the sun with. */
export interface RelayPartner {
  readonly site: Site;
  /** The two sites of that relay, east to west, each with the people its part of the day needs. */
  readonly relay: readonly RelaySite[];
}

/**
 * §12.9.5: a round-the-clock rotation whose members are all at one site can follow the sun only
 * with people at a second site whose day covers the rest of the clock. Each other site of the
 * organization (`modelSites`) is tried as the second site by the one rule the schedule and the
 * sizing use (`rotationSetup`): a partner is one where neither site's part of the day falls at
 * night (07:00–23:00 local), whether or not it has the people yet. Chicago and Indianapolis are
 * one site, so a Chicago rotation of an organization with no one farther away has no partner:
 * following the sun would need a site it does not have. Empty for a rotation at two sites or
 * more, or not round the clock.
 */
export function relayPartners(
  model: CompiledModel,
  rotation: Rotation,
  sites: ModelSites = modelSites(model),
): readonly RelayPartner[] {
  if (rotation.spec.coverage !== '24x7') return [];
  const here = rotationSites(model, rotation, sites);
  const home = here[0];
  if (here.length !== 1 || home === undefined) return [];
  const out: RelayPartner[] = [];
  for (const site of sites.sites) {
    if (site.name === home.site.name) continue;
    const { followTheSun: _declared, ...spec } = rotation.spec;
    const trial: Rotation = {
      ...rotation,
      spec: { ...spec, members: [...rotation.spec.members, ...site.people] },
    };
    const setup = rotationSetup(model, trial, sites);
    const relay = setup.kind === 'relay' ? setup.sites : setup.relay;
    if (relay !== undefined && relay.length === 2) out.push({ site, relay });
  }
  return out;
}
