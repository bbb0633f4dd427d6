/**
 * SREs beyond the §12.10.2 table's places at their site whom a rotation needs there (§12.6): "in
 * seats rotations need at their site". The one phrase the head count table's gap, the surplus
 * statement and the hiring list's reasons use for them, so `staffing` and the plan say one thing.
 */
export function inRotationSeats(people: number, rotations: number = people === 1 ? 1 : 2): string {
  return `in ${people === 1 && rotations === 1 ? 'a seat' : 'seats'} ${rotations === 1 ? 'a rotation needs' : 'rotations need'} at their site`;
}
