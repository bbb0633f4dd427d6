import { describe, expect, it } from 'vitest';
import {
  corpusWithPolicy,
  type Doc,
  docsOf,
  MONTH,
  MONTH_FROM,
  MONTH_TO,
  ofKind,
  orgPath,
  runJson,
  yamlOf,
} from './support/corpus.ts';
import type { OnCallCostJson, ScheduleJson } from './support/outputs.ts';

/**
 * The §12.6 optimized on-call design that `oncall-cost` proposes must be a schedule people can
 * live by: staffed with the people it says it needs, the schedule engine plans it for a month
 * without an error (no coverage gap for a high-tier service, nobody unstaffed) (#12 item 6).
 */

const WITH_POLICY = corpusWithPolicy();

/** The organization with its rotations replaced by the design's, staffed by as many new people as it needs. */
function staffedDesign(docs: readonly Doc[], design: OnCallCostJson['optimized']): Doc[] {
  const people = ofKind(docs, 'Person');
  const services = new Map(ofKind(docs, 'Service').map((s) => [s.metadata.name, s]));
  const zoneOfServices = (names: readonly string[]): string => {
    const owners = new Set(names.map((n) => services.get(n)?.spec.owner as string));
    const zones = people
      .filter((p) => owners.has(p.spec.team as string) && typeof p.spec.timezone === 'string')
      .map((p) => p.spec.timezone as string);
    const count = new Map<string, number>();
    for (const z of zones) count.set(z, (count.get(z) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'UTC';
  };
  const names = design.rotations.map((_, i) => `optimized-${i + 1}`);
  const added: Doc[] = [];
  const rotations: Doc[] = design.rotations.map((r, i) => {
    const zone = zoneOfServices(r.services);
    const members = Array.from(
      { length: r.peopleNeeded },
      (_, k) => `optimized-${i + 1}-person-${k + 1}`,
    );
    for (const m of members) {
      added.push({
        apiVersion: 'whorunsit/v1',
        kind: 'Person',
        metadata: { name: m },
        spec: { role: 'developer', timezone: zone },
      });
    }
    return {
      apiVersion: 'whorunsit/v1',
      kind: 'Rotation',
      metadata: { name: names[i] as string },
      spec: {
        type: r.type,
        coverage: r.coverage,
        timezone: zone,
        members,
        covers: { services: [...r.services] },
        ...(r.type === 'thin-layer'
          ? { forwardsTo: names.filter((_, j) => design.rotations[j]?.type === 'team') }
          : {}),
      },
    };
  });
  return [...docs.filter((d) => d.kind !== 'Rotation'), ...rotations, ...added];
}

describe.each(WITH_POLICY)('the optimized on-call design of %s', (name) => {
  it("passes the schedule's coverage rule when staffed as it says", async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath(name),
      '--month',
      MONTH,
      '--json',
    ]);
    const docs = staffedDesign(docsOf(name), cost.optimized);
    const schedule = await runJson<ScheduleJson>(
      ['schedule', '-', '--from', MONTH_FROM, '--to', MONTH_TO, '--json'],
      yamlOf(docs),
    );
    expect(schedule.violations.filter((v) => v.severity === 'error').map((v) => v.message)).toEqual(
      [],
    );
  }, 60_000);
});
