export { freeSrePlaces } from './free-sre-places.ts';
export {
  HEADCOUNT_BASIS,
  type HeadcountBasis,
  type HeadcountByRole,
  headcountByRole,
  type LocationHeadcount,
  type RoleHeadcount,
} from './headcount-by-role.ts';
export { type Hire, hiringList, hiringOrganization, keptBeyondPlaces } from './hiring-list.ts';
export {
  type HiringWave,
  hiringPace,
  hiringWaves,
  hiringWavesInBrief,
  phasedCostBasis,
  sreCount,
  type WaveHire,
} from './hiring-waves.ts';
export { inRotationSeats } from './in-rotation-seats.ts';
export { neededOnRotations } from './needed-on-rotations.ts';
export { type OnCallLoad, onCallLoads, overloadedPeople } from './on-call-load.ts';
export {
  MAX_ON_CALL_HOURS_PER_WEEK,
  MIN_PEOPLE_PER_SITE,
  type PeopleNeeded,
  peopleNeeded,
} from './people-needed.ts';
export {
  hiresAfterPractice,
  type PracticeCandidate,
  type PracticePlaces,
  practiceOffer,
  practicePlaces,
  practiceTradeOff,
} from './practice-places.ts';
export { type PracticeStart, practiceStart, practiceStartWords } from './practice-start.ts';
export { rotationProductLines, sameProductLine, teamProductLines } from './product-lines.ts';
export {
  CRITERION_WORDS,
  hiresAfterPromotions,
  type LimitIfHired,
  type Promotion,
  type PromotionCandidate,
  promotions,
} from './promotions.ts';
export {
  type RotationSetupName,
  type RotationSizing,
  rotationSizing,
  type SiteCount,
  sizeRotation,
} from './rotation-sizing.ts';
export { type ScopedTeam, type ScopeReason, sreScope } from './sre-scope.ts';
export {
  type LevelSurplus,
  type RedeployPlaces,
  type SreSurplus,
  type SurplusAtLocation,
  type SurplusFigures,
  sreSurplus,
} from './sre-surplus.ts';
export { type SreTeamScaling, sreTeamScaling } from './sre-team-scaling.ts';
export { DEV_TEAMS_PER_SRE_TEAM, sreTeamsNeeded } from './sre-teams-needed.ts';
export { type Staffing, type StaffingOptions, staffing } from './staffing.ts';
export {
  type SentSre,
  type ShortRotation,
  type SurplusAllocation,
  type SurplusPlaces,
  surplusAllocation,
  withSresOn,
} from './surplus-allocation.ts';
export {
  hasSurplus,
  type SreTeamFigures,
  surplusDecision,
  surplusOptions,
  surplusStatement,
} from './surplus-words.ts';
