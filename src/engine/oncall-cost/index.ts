export { currentDesign } from './current-design.ts';
export { AGAINST_TODAY, type DesignChange, designChanges, SHARES } from './design-changes.ts';
export type {
  Design,
  DesignName,
  DesignRelay,
  DesignRotation,
  ExplainedChange,
  SharedOnCall,
} from './design-rotation.ts';
export {
  ASSUMED_INCIDENT_HOURS_PER_SERVICE_PER_MONTH,
  assumedIncidentLoad,
  type HoursRatio,
  type IncidentLoad,
  incidentLoadFrom,
  ratioHours,
} from './incident-load.ts';
export { type MonthCompensation, monthCompensation } from './month-compensation.ts';
export {
  compare,
  type DesignComparison,
  LOWER_TARGETS,
  type LowerTargets,
  type OnCallCost,
  type OnCallCostResult,
  onCallCost,
  type PricedSameDomainPager,
  unpaidStandby,
  whereLowered,
} from './oncall-cost.ts';
export {
  ADDS_ROUND_THE_CLOCK,
  EXTENDS,
  HIGH_TO_DEVELOPERS,
  NOT_KEPT,
  type OptimizedDesignOptions,
  optimizedDesign,
} from './optimized-design.ts';
export {
  byCurrencyOf,
  type DesignCost,
  priceDesign,
  type RotationCost,
  type StandbyHours,
} from './price-design.ts';
export { type RotationPay, rotationPay } from './rotation-pay.ts';
export { rotationsTheDesignEnds } from './rotations-the-design-ends.ts';
export {
  SAME_DOMAIN_PAGER,
  type SameDomainPager,
  sameDomainPagerWords,
  standbyWords,
} from './same-domain-pager.ts';
export { scheduledIncidentHours } from './scheduled-incident-hours.ts';
export {
  type RotationShortOfPeople,
  rotationsShortOfPeople,
  shortOfPeopleWords,
} from './short-of-people.ts';
export { teamRotationPerTeam } from './team-rotation-per-team.ts';
export { type ThinLayerHires, thinLayerHires } from './thin-layer-hires.ts';
