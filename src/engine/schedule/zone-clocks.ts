import type { CompiledModel } from '../../model/index.ts';
import type { BusinessHours } from './business-hours.ts';
import { type LocalDays, localDays } from './local-days.ts';
import { type ZoneClock, zoneClock } from './zone-clock.ts';

/**
 * The clocks and local days of the zones a model's schedules use, each made once and kept with
 * the model: planning a year asks for offsets and local days millions of times, always for the
 * same few zones and days. Kept per model (`model.derive`), never in a module, so a server's
 * models and requests share nothing.
 */
export interface ZoneClocks {
  readonly clock: (zone: string) => ZoneClock;
  readonly days: (zone: string, hours: BusinessHours) => LocalDays;
}

/** The model's zone clocks, made on first use. */
export function zoneClocks(model: CompiledModel): ZoneClocks {
  return model.derive(newZoneClocks);
}

/** Zone clocks of their own, for code that plans without a model (tests, references). */
export function newZoneClocks(): ZoneClocks {
  const clocks = new Map<string, ZoneClock>();
  const clock = (zone: string): ZoneClock => {
    let c = clocks.get(zone);
    if (!c) {
      c = zoneClock(zone);
      clocks.set(zone, c);
    }
    return c;
  };
  // By hours object then zone: no key to build on each call. Equal hours in other objects
  // (a policy read twice) share their tables through the key.
  const byHours = new WeakMap<BusinessHours, Map<string, LocalDays>>();
  const byKey = new Map<string, LocalDays>();
  const days = (zone: string, hours: BusinessHours): LocalDays => {
    let zones = byHours.get(hours);
    if (!zones) {
      zones = new Map();
      byHours.set(hours, zones);
    }
    let table = zones.get(zone);
    if (!table) {
      const key = `${zone}|${hours.days.join(',')}|${hours.start}|${hours.end}`;
      table = byKey.get(key);
      if (!table) {
        table = localDays(clock(zone), hours);
        byKey.set(key, table);
      }
      zones.set(zone, table);
    }
    return table;
  };
  return { clock, days };
}
