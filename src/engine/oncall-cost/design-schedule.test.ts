import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { acmeSources } from '../../../test/support/acme-sources.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { type CompiledModel, epochMillis, loadModel } from '../../model/index.ts';
import { hoursPerPerson } from '../schedule/hours-per-person.ts';
import { generateSchedule } from '../schedule/index.ts';
import { personZones } from '../sites/index.ts';
import type { DesignRotation } from './design-rotation.ts';
import { onCallCost } from './oncall-cost.ts';

const MARCH = { start: epochMillis(Date.UTC(2026, 2, 1)), end: epochMillis(Date.UTC(2026, 3, 1)) };

function load(sources: { name: string; text: string }[]): CompiledModel {
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  return loaded.model;
}

/** A small organization whose high-tier service today has only an 8x7 rotation. */
const lean = [
  {
    name: 'lean.yaml',
    text: [
      doc('Organization', 'pd', 'type: product-delivery'),
      doc('Team', 'a', 'type: development\norganization: pd\ndomain: pay'),
      doc('Team', 'b', 'type: development\norganization: pd\ndomain: pay'),
      doc('Service', 'a-api', 'owner: a\nrunModel: you-run-it\navailabilityTarget: 99.95'),
      doc('Service', 'b-api', 'owner: b\nrunModel: you-run-it\navailabilityTarget: 99.5'),
      ...['p1', 'p2', 'p3'].map((p) => doc('Person', p, 'team: a\ntimezone: Europe/Berlin')),
      doc(
        'Rotation',
        'a-day',
        'type: team\ncoverage: "8x7"\ntimezone: Europe/Berlin\nmembers: [p1, p2, p3]\ncovers: { teams: [a, b] }',
      ),
      doc(
        'CompensationPolicy',
        'standard',
        'currency: EUR\nstandbyPerHour: 5\nincidentPerHour: 40\ntimeOffPerStandbyHour: 0.1',
      ),
    ].join('---\n'),
  },
];

/**
 * The model with its rotations replaced by the design's: today's rotations it keeps with their
 * members, proposed ones with as many new people as they need, where their team works.
 */
function staffedDesign(
  sources: { name: string; text: string }[],
  model: CompiledModel,
  rotations: readonly DesignRotation[],
): CompiledModel {
  const kept = sources.map((s) => ({
    name: s.name,
    text: parseAllDocuments(s.text)
      .map((d) => d.toJS() as { kind?: string })
      .filter((d) => d && d.kind !== 'Rotation')
      .map((d) => stringify(d))
      .join('---\n'),
  }));
  const zones = personZones(model);
  const added: string[] = [];
  rotations.forEach((r, i) => {
    const today = r.keeps ? model.rotations.get(r.keeps) : undefined;
    const owner = model.services.get(r.services[0] ?? '')?.spec.owner;
    const zone =
      [...model.people.values()]
        .map((p) => (p.spec.team === owner ? zones.get(p.name) : undefined))
        .find(Boolean) ?? 'UTC';
    const members = today
      ? [...today.spec.members]
      : Array.from({ length: r.peopleNeeded }, (_, k) => `design-${i}-${k}`);
    if (!today) for (const m of members) added.push(doc('Person', m, `timezone: ${zone}`));
    added.push(
      doc(
        'Rotation',
        `design-${i}`,
        [
          `type: ${r.type}`,
          `coverage: "${r.coverage}"`,
          `timezone: ${today?.spec.timezone ?? zone}`,
          `members: [${members.join(', ')}]`,
          `covers: { services: [${r.services.join(', ')}] }`,
          today?.spec.followTheSun !== undefined ? `followTheSun: ${today.spec.followTheSun}` : '',
        ].join('\n'),
      ),
    );
  });
  return load([...kept, { name: 'design.yaml', text: added.join('---\n') }]);
}

describe.each([
  ['examples/acme', acmeSources()],
  ['an organization whose high tier has office hours only', lean],
])('the §12.6 optimized design of %s', (_, sources) => {
  const model = load(sources);
  const result = onCallCost(model);
  if (!result.ok) throw new Error(result.message);
  const { cost } = result;

  it("passes the schedule's coverage rule, staffed as it says", () => {
    const staffed = staffedDesign(sources, model, cost.optimized.rotations);
    const policy = staffed.compensationPolicies.values().next().value;
    const { violations } = generateSchedule({ model: staffed, range: MARCH, policy });
    expect(violations.filter((v) => v.severity === 'error').map((v) => v.message)).toEqual([]);
  });

  it('keeps every high-tier service on a round-the-clock rotation of people who know it', () => {
    for (const s of model.services.values()) {
      if ((s.spec.availabilityTarget ?? 0) < 99.9) continue;
      expect(
        cost.optimized.rotations.some(
          (r) => r.type !== 'thin-layer' && r.coverage === '24x7' && r.services.includes(s.name),
        ),
        s.name,
      ).toBe(true);
    }
  });

  it('calls nothing a saving that costs more or needs more people than today', () => {
    const more = cost.optimized.monthlyCost.minor > cost.current.monthlyCost.minor;
    const people = cost.optimized.peopleNeeded > cost.current.peopleNeeded;
    if (more || people) expect(cost.savingVsCurrent.amount.minor).toBeLessThanOrEqual(0);
    if (more) expect(cost.vsCurrent.verdict).toBe('costs-more');
  });
});

describe("today's rotations as the schedule staffs them", () => {
  it('prices examples/acme within a few percent of what its March schedule stands by', () => {
    const model = load(acmeSources());
    const result = onCallCost(model);
    if (!result.ok) throw new Error(result.message);
    const policy = model.compensationPolicies.values().next().value;
    const { shifts } = generateSchedule({ model, range: MARCH, policy });
    const scheduled = hoursPerPerson({ model, shifts, policy }).reduce((n, h) => n + h.offHours, 0);
    // March has 31 days, the average month 30.44.
    const average = (scheduled * 365.25) / 12 / 31;
    const estimate = result.cost.current.standbyHoursPerMonth.outside;
    expect(Math.abs(estimate / average - 1)).toBeLessThan(0.05);
  });

  it('costs more than today where the high tier lacks round-the-clock cover, and says so', () => {
    const result = onCallCost(load(lean));
    if (!result.ok) throw new Error(result.message);
    expect(result.cost.vsCurrent.verdict).toBe('costs-more');
    expect(result.cost.savingVsCurrent.amount.minor).toBeLessThan(0);
  });
});
