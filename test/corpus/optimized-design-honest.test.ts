import { beforeAll, describe, expect, it } from 'vitest';
import {
  cents,
  corpusWithPolicy,
  docsOf,
  MONTH,
  ofKind,
  orgPath,
  run,
  runJson,
} from './support/corpus.ts';
import type { OnCallCostJson, PlanJson } from './support/outputs.ts';

/**
 * The §12.6 optimized design is safe and honest (#12 item 6): high tiers keep a rotation of
 * people who know them around the clock (the thin layer may take runbook cases in front of it);
 * and a design that costs more, or needs more people, than today is not called a saving. (That
 * the design passes the schedule's coverage rule is tested in test/corpus/optimized-design.test.ts.)
 */

const WITH_POLICY = corpusWithPolicy();

describe.each(WITH_POLICY)('the optimized on-call design of %s', (name) => {
  const dir = orgPath(name);
  let cost: OnCallCostJson;
  let plan: PlanJson;
  let markdown: string;
  let planMarkdown: string;

  beforeAll(async () => {
    [cost, plan, markdown, planMarkdown] = await Promise.all([
      runJson<OnCallCostJson>(['oncall-cost', dir, '--month', MONTH, '--json']),
      runJson<PlanJson>(['plan', dir, '--json']),
      run(['oncall-cost', dir, '--month', MONTH]).then((r) => r.stdout),
      run(['plan', dir]).then((r) => r.stdout),
    ]);
  }, 120_000);

  it('keeps every high-tier service on a round-the-clock rotation of people who know it', () => {
    for (const s of plan.services.filter((x) => x.tier === 'high')) {
      const own = cost.optimized.rotations.filter(
        (r) => r.type !== 'thin-layer' && r.coverage === '24x7' && r.services.includes(s.name),
      );
      expect(
        own.map((r) => r.name),
        `${s.name} (${s.availabilityTarget} %)`,
      ).not.toEqual([]);
    }
  });

  it('puts a service it hands to its developers on no rotation of the people who ran it for them', () => {
    // game-studio's patch-distribution (ops-run, medium) was said to go to its developers and
    // stayed on infra-hours, the rotation of IT's team that runs it today.
    const handed = cost.optimized.notes
      .find((n) => n.startsWith('run by their developers on a domain or team rotation'))
      ?.split(': ')
      .at(-1)
      ?.split(', ');
    const docs = docsOf(name);
    const teamOf = new Map(
      ofKind(docs, 'Person').map((p) => [p.metadata.name, p.spec.team as string | undefined]),
    );
    const owner = new Map(
      ofKind(docs, 'Service').map((x) => [x.metadata.name, x.spec.owner as string]),
    );
    for (const service of handed ?? []) {
      for (const r of cost.optimized.rotations) {
        if (r.keeps === null || r.type !== 'team' || !r.services.includes(service)) continue;
        const members = ofKind(docs, 'Rotation').find((d) => d.metadata.name === r.keeps)?.spec
          .members as string[];
        const theirs = members.filter((m) => teamOf.get(m) === owner.get(service)).length;
        expect(theirs * 2, `${service} on ${r.keeps}`).toBeGreaterThan(members.length);
      }
    }
  });

  it('keeps no round-the-clock rotation it says goes to office hours behind the thin layer', () => {
    // retail-peak's three 24x7 domain rotations (medium tiers only) were named as replaced by
    // office-hours rotations behind a new thin layer, and then kept round the clock for their
    // services all the same: the thin layer's people and pay were added on top of today's.
    const replaced = cost.optimized.notes
      .find((n) => n.startsWith('office-hours domain or team rotations behind a thin layer'))
      ?.split(': ')
      .at(-1)
      ?.split(', ');
    for (const name of replaced ?? []) {
      const kept = cost.optimized.rotations.filter(
        (r) => r.keeps === name && r.coverage === '24x7',
      );
      expect(
        kept.map((r) => `${r.name} for ${r.services.join(', ')}`),
        name,
      ).toEqual([]);
    }
  });

  it("extends a high-tier service's office-hours team rotation round the clock rather than adding one beside it", () => {
    // insurer-today's customer-portal (99.9 %) has digital-oncall, 8x5 of its six developers: the
    // design once added `team:customer-portal` 24x7 beside it, the same people on two rotations.
    for (const s of plan.services.filter((x) => x.tier === 'high')) {
      const today = cost.current.rotations.filter((r) => r.services.includes(s.name));
      if (today.some((r) => r.coverage === '24x7' && r.type !== 'thin-layer')) continue;
      const office = today.find((r) => r.type === 'team' && r.coverage !== '24x7');
      if (office === undefined) continue;
      const designed = cost.optimized.rotations.filter((r) => r.services.includes(s.name));
      const extended = designed.find((r) => r.name === office.name);
      expect(extended, `${s.name}: ${designed.map((r) => r.name).join(', ')}`).toMatchObject({
        coverage: '24x7',
        keeps: office.name,
        members: office.members,
      });
      expect(
        designed.filter(
          (r) => r.coverage === '24x7' && r.keeps === null && r.type !== 'thin-layer',
        ),
      ).toEqual([]);
      // Priced as a 24x7 rotation: it stands by outside business hours as the baseline's do.
      const roundTheClock = cost.teamRotationPerTeam.rotations.find((r) =>
        r.services.includes(s.name),
      );
      expect(cents(extended?.standbyCost ?? { amount: '0', currency: 'EUR' })).toBe(
        cents(roundTheClock?.standbyCost ?? { amount: '-1', currency: 'EUR' }),
      );
      expect(cost.optimized.notes.join('\n')).toContain(
        `extend ${office.name} from ${office.coverage} to 24x7 for ${s.name}`,
      );
    }
  });

  it('says each change against today in people and pay, and the changes add up to the headline', () => {
    // insurer-today's notes once gave figures for the extension and the new team rotations only:
    // ops-oncall and infra-oncall went, a thin layer and five office-hours rotations came, and
    // nothing said what they freed or cost, so the headline's 56 people could not be traced.
    const changes = cost.optimized.notes.filter((n) => n.includes('against today:'));
    let people = 0;
    // Per currency: a note may say "834.86 EUR less and 3,339.43 PLN less standby pay"
    // (parcel-logistics pays Utrecht in EUR and Kraków in PLN).
    const pay = new Map<string, number>();
    for (const note of changes) {
      const said = note.slice(note.indexOf('against today:'));
      const who = said.match(/(\d+) (more|fewer) (?:person|people) needed/);
      if (who) people += (who[2] === 'more' ? 1 : -1) * Number(who[1]);
      else if (!/incident pay/.test(said)) expect(said).toMatch(/as many people needed/);
      const money = [
        ...said.matchAll(
          /([\d,]+\.\d\d) ([A-Z]{3}) (more|less)(?= (?:and [\d,]+\.\d\d [A-Z]{3} (?:more|less) )?(?:standby|incident) pay per month)/g,
        ),
      ];
      for (const m of money)
        pay.set(
          m[2] as string,
          (pay.get(m[2] as string) ?? 0) +
            (m[3] === 'more' ? 1 : -1) * Math.round(Number((m[1] ?? '').replace(/,/g, '')) * 100),
        );
      if (money.length === 0) expect(said).toMatch(/the same (?:standby|incident) pay/);
    }
    const headline = cost.vsCurrent as {
      people: number;
      money: { amount: string; currency: string };
      byCurrency?: readonly { amount: string; currency: string }[];
    };
    expect(people, changes.join('\n')).toBe(headline.people);
    for (const m of headline.byCurrency ?? [headline.money])
      expect(pay.get(m.currency) ?? 0, `${m.currency}\n${changes.join('\n')}`).toBe(
        0 - Math.round(Number(m.amount) * 100),
      );
    // Every rotation of today the design drops or changes, and every one it adds, is named.
    const named = (r: string) => changes.some((n) => n.includes(r));
    const designed = new Map(cost.optimized.rotations.map((r) => [r.name, r]));
    for (const r of cost.current.rotations) {
      const now = designed.get(r.name);
      const same =
        now !== undefined &&
        now.coverage === r.coverage &&
        now.peopleNeeded === r.peopleNeeded &&
        now.services.join() === r.services.join();
      if (!same) expect(named(r.name), `${r.name}\n${changes.join('\n')}`).toBe(true);
    }
    for (const r of cost.optimized.rotations.filter((x) => x.keeps === null))
      expect(named(r.name), `${r.name}\n${changes.join('\n')}`).toBe(true);
  });

  it('keeps no round-the-clock rotation for low tiers alone (§12.2.2, §12.6)', () => {
    // bank's core-banking-oncall (8 people, 24x7) was kept for statement-archive (99.0 %, low
    // demand) alone once its other services went to their developers; migration's ops-oncall
    // for customs-export likewise.
    const tier = new Map(plan.services.map((s) => [s.name, s.tier]));
    const demand = new Map(
      ofKind(docsOf(name), 'Service').map((d) => [d.metadata.name, d.spec.demand]),
    );
    const low = (s: string) => tier.get(s) === 'low' && demand.get(s) !== 'high';
    for (const r of cost.optimized.rotations) {
      if (r.coverage !== '24x7' || r.type === 'thin-layer') continue;
      expect(r.services.every(low), `${r.name}: ${r.services.join(', ')}`).toBe(false);
    }
  });

  it('is never called a saving when it costs more than today', () => {
    const more = cents(cost.optimized.monthlyCost) > cents(cost.current.monthlyCost);
    if (more) expect(cents(cost.savingVsCurrent)).toBeLessThanOrEqual(0);
    expect(markdown).not.toMatch(/saves -/);
  });

  it('is judged in the same words by oncall-cost and by the plan', () => {
    // The plan once said "it is no saving, and saves 66,947.74 EUR per month" (scale-up): its
    // own wording of the verdict, beside a baseline comparison that read as the opposite.
    const verdict = (md: string) =>
      md.split('\n').find((l) => /^\*\*(The optimized design|Today’s rotations) /.test(l));
    const said = verdict(markdown);
    expect(said).toBeDefined();
    expect(verdict(planMarkdown)).toBe(said);
    expect(said).not.toMatch(/no saving[^.]*\bsaves\b/);
  });

  it("prices today's rotations as the schedule staffs them", () => {
    // Standby outside business hours: the design of today for an average month against what the
    // month's schedule pays (scaled from March's 31 days to an average month of 30.44).
    const scheduled =
      cost.compensation.people.reduce((n, p) => n + p.hours.offHours, 0) * (365.25 / 12 / 31);
    const design = cost.current.standbyHoursPerMonth.outside;
    if (scheduled === 0) return;
    expect(
      design / scheduled,
      `today ${design} h, scheduled ${scheduled.toFixed(1)} h`,
    ).toBeLessThan(1.15);
  });

  it('is not a saving when it needs more people than today', () => {
    if (cost.optimized.peopleNeeded <= cost.current.peopleNeeded) return;
    expect(
      cents(cost.savingVsCurrent),
      `${cost.optimized.peopleNeeded} people instead of ${cost.current.peopleNeeded}`,
    ).toBeLessThanOrEqual(0);
  });

  // §12.6: a thin layer in office hours receives nothing at night. public-agency's design once
  // dropped ops-standby (24x7) and put case-management and document-store "behind service-desk",
  // an 8x5 desk, so at night nobody was on call for them; the design now extends such a thin
  // layer round the clock and says so (test/corpus/nights-covered.test.ts holds that case).
  it('leaves no service on call round the clock today with nobody at night', () => {
    const roundTheClockToday = new Set(
      cost.current.rotations.filter((r) => r.coverage === '24x7').flatMap((r) => r.services),
    );
    for (const s of plan.services) {
      if (!roundTheClockToday.has(s.name)) continue;
      const designed = cost.optimized.rotations.filter((r) => r.services.includes(s.name));
      expect(
        designed.filter((r) => r.coverage === '24x7').map((r) => r.name),
        `${s.name}: ${designed.map((r) => `${r.name} ${r.coverage}`).join(', ')}`,
      ).not.toEqual([]);
    }
  });

  it('calls the thin layer round the clock only when it is', () => {
    const thin = cost.optimized.rotations.filter((r) => r.type === 'thin-layer');
    const said = cost.optimized.notes.filter((n) =>
      n.includes('behind the thin layer round the clock'),
    );
    if (said.length > 0) expect(thin.map((r) => r.coverage)).toContain('24x7');
  });
});
