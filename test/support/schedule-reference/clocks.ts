import { newZoneClocks } from '../../../src/engine/schedule/zone-clocks.ts';

/** The reference's zone clocks and local days, kept for every reference run. */
export const clocks = newZoneClocks();
