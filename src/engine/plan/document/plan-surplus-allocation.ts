import {
  type SurplusAllocation,
  type SurplusPlaces,
  withSresOn,
} from '../../staffing/surplus-allocation.ts';

/**
 * Where the plan sends its free SREs: the allocation staffing worked out (`freeSrePlaces`), one
 * answer for the head count section, the surplus decision and the risk register, so all name the
 * same rotation and the same people, and none offers a rotation the §12.6 design merges or
 * replaces.
 */
export function planSurplusAllocation(staffing: {
  readonly surplusPlaces: SurplusPlaces;
}): SurplusAllocation {
  return withSresOn(staffing.surplusPlaces);
}
