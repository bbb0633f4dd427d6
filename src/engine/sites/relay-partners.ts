import {
  type CompiledModel,
  homeOrganization,
  type Rotation,
  rotationProvider,
  worksForOutsideCompany,
} from '../../model/index.ts';
import { type ModelSites, modelSites, type Site } from './model-sites.ts';
import { type RelaySite, rotationSetup } from './rotation-setup.ts';
import { rotationSites } from './rotation-sites.ts';

/** A further site of the organization a rotation that does not follow the sun could relay with. */
export interface RelayPartner {
  readonly site: Site;
  /** The sites of that relay, east to west, each with the people its part of the day needs. */
  readonly relay: readonly RelaySite[];
}

/**
 * §12.9.5: a round-the-clock rotation that is one pool can follow the sun only with people at
 * sites whose days together cover the clock. Each other site of the organization (`modelSites`)
 * is tried as one more site of the rotation by the one rule the schedule and the sizing use
 * (`rotationSetup`): a partner is one with which no site's part of the day falls at night
 * (07:00–23:00 local), whether or not it has the people yet. Chicago and Indianapolis are one
 * site, so a Chicago rotation of an organization with no one farther away has no partner; a
 * rotation of New York and San Francisco, three hours apart, has none without a site farther
 * west or east. Only a site where whoever staffs the rotation has people of its own is a partner
 * (`colleagues`): the company's rotation relays with the company's people, a provider's with the
 * provider's (§12.4.6, §12.6). A site that only a managed-service provider's desk works from is
 * not the company's: Solara's Mexico City pager was offered to follow the sun "with Manila",
 * where its only people are a partner's level-1 desk working under contract. Empty for a rotation
 * that is not round the clock, has nobody, or follows the sun already.
 */
export function relayPartners(
  model: CompiledModel,
  rotation: Rotation,
  sites: ModelSites = modelSites(model),
): readonly RelayPartner[] {
  if (rotation.spec.coverage !== '24x7') return [];
  if (rotationSetup(model, rotation, sites).kind === 'relay') return [];
  const here = rotationSites(model, rotation, sites);
  if (here.length === 0) return [];
  const out: RelayPartner[] = [];
  const colleague = colleagues(model, rotation);
  for (const site of sites.sites) {
    if (here.some((h) => h.name === site.name)) continue;
    const people = site.people.filter(colleague);
    if (people.length === 0) continue;
    const { followTheSun: _declared, ...spec } = rotation.spec;
    const trial: Rotation = {
      ...rotation,
      spec: { ...spec, members: [...rotation.spec.members, ...people] },
    };
    const setup = rotationSetup(model, trial, sites);
    const relay = setup.kind === 'relay' ? setup.sites : setup.relay;
    if (relay !== undefined && relay.length === here.length + 1) out.push({ site, relay });
  }
  return out;
}

/**
 * Who may take a rotation's turns at another site: people of the company for a rotation it staffs,
 * people of the provider for one another company staffs (`rotationProvider`).
 */
function colleagues(model: CompiledModel, rotation: Rotation): (person: string) => boolean {
  const provider = rotationProvider(model, rotation)?.organization;
  if (provider === undefined) return (person) => !worksForOutsideCompany(model, person);
  return (person) => homeOrganization(model, person)?.organization === provider;
}
