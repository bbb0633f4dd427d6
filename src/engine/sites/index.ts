export { domainPartners, domainTeams } from './domain-partners.ts';
export { followTheSunOption } from './follow-the-sun-option.ts';
export {
  type ModelSites,
  modelSites,
  NAMED_CITIES,
  NEIGHBOUR_MINUTES,
  type Site,
  siteCity,
  siteName,
} from './model-sites.ts';
export { type OfficeHoursRotation, officeHoursElsewhere } from './office-hours-elsewhere.ts';
export { organizationSite } from './organization-site.ts';
export { mostCommon, personZones } from './person-zones.ts';
export { type RelayPartner, relayPartners } from './relay-partners.ts';
export { type PartMinutes, type RelayTakeover, relayParts } from './relay-parts.ts';
export {
  MIN_RELAY_PEOPLE,
  type PoolReason,
  type RelaySite,
  type RotationSetup,
  relaySiteNeed,
  rotationSetup,
} from './rotation-setup.ts';
export { type RotationSite, rotationSites } from './rotation-sites.ts';
export {
  SITE_DAY,
  SITE_WORKING_DAY,
  type SiteTakeovers,
  sharedDayTakeovers,
  siteTakeovers,
  takeoverHandoff,
} from './site-takeovers.ts';
export { teamSite } from './team-site.ts';
export { meanOffset, type ZoneOffsets, zoneOffsets } from './zone-offsets.ts';
