import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';
import { doc } from '../../../test/support/yaml-model.ts';

const { dir, write: file } = tempFiles();

const model = file(
  'model.yaml',
  [
    doc('Organization', 'pd', 'type: product-delivery'),
    doc('Team', 'shop', 'type: development\norganization: pd'),
    doc('Person', 'ann', 'timezone: Europe/Berlin'),
    doc('Person', 'bob', 'timezone: Europe/Berlin'),
    doc('Person', 'tl1', 'timezone: UTC'),
    doc('Person', 'tl2', 'timezone: UTC'),
    // Medium tier: an office-hours team rotation behind the thin layer is enough (§12.6).
    doc('Service', 'checkout', 'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.5'),
    doc('Service', 'reports', 'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.0'),
    doc(
      'Rotation',
      'shop-day',
      'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nmembers: [ann, bob]\ncovers: { teams: [shop] }',
    ),
    doc(
      'Rotation',
      'noc',
      'type: thin-layer\ncoverage: "24x7"\ntimezone: UTC\nshiftLength: 1d\nhandoff: "Mon 07:00"\nmembers: [tl1, tl2]\nforwardsTo: [shop-day]',
    ),
    doc('CompensationPolicy', 'std', 'currency: EUR\nstandbyPerHour: 5'),
  ].join('---\n'),
);
const week = ['--from', '2025-05-05', '--to', '2025-05-12'];

describe('whorunsit schedule', () => {
  it('prints shifts as the contract says: rotation, person, start and end with offsets', async () => {
    const run = await runCli(['schedule', model, ...week, '--format', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['shifts', 'violations', 'balance']);
    expect(out.shifts[0]).toEqual({
      rotation: 'shop-day',
      person: 'bob',
      start: '2025-05-05T09:00:00+02:00',
      end: '2025-05-05T17:00:00+02:00',
    });
    for (const s of out.shifts) {
      expect(Object.keys(s)).toEqual(['rotation', 'person', 'start', 'end']);
      expect(s.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    }
    expect(out.violations).toEqual([]);
    const json = await runCli(['schedule', model, ...week, '--json']);
    expect(json.stdout).toBe(run.stdout);
  });

  it('prints Markdown by default, one row per turn', async () => {
    const run = await runCli(['schedule', model, ...week, '--rotation', 'shop-day']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## shop-day');
    expect(run.stdout).toContain(
      '| bob | Mon 2025-05-05 09:00 | Fri 2025-05-09 17:00 | 40 h | 5 |',
    );
    expect(run.stdout).toContain('No problems: every constraint is met.');
  });

  it('exports CSV with a header row', async () => {
    const run = await runCli(['schedule', model, ...week, '--rotation', 'noc', '--format', 'csv']);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('rotation,person,start,end');
    expect(lines[1]).toBe('noc,tl1,2025-05-05T00:00:00Z,2025-05-05T07:00:00Z');
    expect(lines).toHaveLength(9);
  });

  it('exports a rotation calendar that an iCalendar library reads back, event for event', async () => {
    const run = await runCli(['schedule', model, ...week, '--rotation', 'noc', '--format', 'ics']);
    expect(run.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('noc');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(8);
    expect(events[1]?.summary).toBe('On call: noc (tl2)');
    expect(events[1]?.startDate.toJSDate().toISOString()).toBe('2025-05-05T07:00:00.000Z');
    expect(events[1]?.endDate.toJSDate().toISOString()).toBe('2025-05-06T07:00:00.000Z');
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
    expect(
      run.stdout.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75),
    ).toBe(true);
  });

  it("exports one person's calendar across rotations", async () => {
    const run = await runCli(['schedule', model, ...week, '--person', 'ann', '--format', 'ics']);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    // bob has this week; ann the next.
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    const next = await runCli([
      'schedule',
      model,
      '--from',
      '2025-05-12',
      '--to',
      '2025-05-19',
      '--person',
      'ann',
      '--format',
      'ics',
    ]);
    const later = new ICAL.Component(ICAL.parse(next.stdout)).getAllSubcomponents('vevent');
    expect(later).toHaveLength(5);
    expect(new ICAL.Component(ICAL.parse(next.stdout)).getFirstPropertyValue('x-wr-calname')).toBe(
      'on call: ann',
    );
  });

  it('reads absences as CSV or YAML, and names the constraint it cannot meet, with exit 1', async () => {
    const csv = file(
      'away.csv',
      'person,from,to\ntl1,2025-05-05,2025-05-11\ntl2,2025-05-07,2025-05-07\n',
    );
    const run = await runCli([
      'schedule',
      model,
      ...week,
      '--rotation',
      'noc',
      '--absences',
      csv,
      '--json',
    ]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.shifts.every((s: { person: string }) => s.person === 'tl2')).toBe(true);
    const unstaffed = out.violations.filter((v: { code: string }) => v.code === 'unstaffed');
    expect(unstaffed).toHaveLength(1);
    expect(unstaffed[0]).toMatchObject({
      rotation: 'noc',
      start: '2025-05-07T00:00:00Z',
      end: '2025-05-08T00:00:00Z',
    });
    expect(unstaffed[0].message).toContain('tl1 is absent, tl2 is absent');
    const yaml = file(
      'away.yaml',
      'absences:\n  - { person: tl1, from: 2025-05-05, to: 2025-05-11 }\n  - { person: tl2, from: 2025-05-07, to: 2025-05-07 }\n',
    );
    const same = await runCli([
      'schedule',
      model,
      ...week,
      '--rotation',
      'noc',
      '--absences',
      yaml,
      '--json',
    ]);
    expect(same.stdout).toBe(run.stdout);
  });

  it('reports bad absence rows with file, line and column, and plans nothing', async () => {
    const bad = file(
      'bad.csv',
      'person,from,to\nanne,2025-05-05,2025-05-06\nbob,2025-13-01,2025-05-06\nbob,2025-05-09,2025-05-08\n',
    );
    const run = await runCli(['schedule', model, ...week, '--absences', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${bad}:2:1  unknown-reference  no Person "anne"; did you mean "ann"?`,
    );
    expect(run.stderr).toContain(`${bad}:3:5  invalid-value  expected a date like 2025-05-05`);
    expect(run.stderr).toContain(
      `${bad}:4:16  invalid-value  expected to (2025-05-08) to be after from (2025-05-09)`,
    );
  });

  it('applies overrides from a file and checks the result again', async () => {
    const overrides = file(
      'overrides.yaml',
      'overrides:\n  - { type: take, rotation: shop-day, person: ann, from: "2025-05-06T09:00", to: "2025-05-06T17:00" }\n  - { type: swap, rotation: noc, first: 2025-05-05T12:00:00Z, second: 2025-05-06T12:00:00Z }\n',
    );
    const run = await runCli(['schedule', model, ...week, '--overrides', overrides, '--json']);
    expect(run.code).toBe(0);
    const shifts = JSON.parse(run.stdout).shifts as {
      rotation: string;
      person: string;
      start: string;
    }[];
    expect(
      shifts.find((s) => s.rotation === 'shop-day' && s.start === '2025-05-06T09:00:00+02:00')
        ?.person,
    ).toBe('ann');
    expect(
      shifts
        .filter((s) => s.rotation === 'noc')
        .slice(1, 3)
        .map((s) => s.person),
    ).toEqual(['tl1', 'tl2']);
    const bad = file(
      'bad-overrides.csv',
      'type,rotation,person,from,to,first,second\nswop,noc,,,,,\ntake,nocc,ann,2025-05-06T09:00Z,2025-05-06T10:00Z,,\n',
    );
    const refused = await runCli(['schedule', model, ...week, '--overrides', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('expected type: swap or take, found "swop"');
    expect(refused.stderr).toContain('no Rotation "nocc"; did you mean "noc"?');
  });

  it('names a 24x7 service with nobody on call, and the interval', async () => {
    const gapModel = file(
      'gap.yaml',
      [
        doc('Organization', 'pd', 'type: product-delivery'),
        doc('Team', 'shop', 'type: development\norganization: pd'),
        doc('Person', 'ann', 'timezone: Europe/Berlin'),
        doc('Service', 'checkout', 'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.95'),
        doc(
          'Rotation',
          'shop-day',
          'type: team\ncoverage: "8x5"\ntimezone: Europe/Berlin\nmembers: [ann]\ncovers: { teams: [shop] }',
        ),
      ].join('---\n'),
    );
    const run = await runCli([
      'schedule',
      gapModel,
      '--from',
      '2025-05-05T09:00:00+02:00',
      '--to',
      '2025-05-06T09:00:00+02:00',
      '--json',
    ]);
    expect(run.code).toBe(1);
    const [gap] = JSON.parse(run.stdout).violations;
    expect(gap).toMatchObject({
      code: 'coverage-gap',
      service: 'checkout',
      start: '2025-05-05T15:00:00Z',
      end: '2025-05-06T07:00:00Z',
    });
  });

  it('refuses bad flags with exit 2 and one line, never a stack trace', async () => {
    const cases: [string[], string][] = [
      [['schedule', model, '--to', '2025-05-12'], '--from: required'],
      [['schedule', model, '--from', 'yesterday', '--to', '2025-05-12'], '--from: expected a date'],
      [
        ['schedule', model, '--from', '2025-05-12T10:00', '--to', '2025-05-13'],
        '--from: expected a date',
      ],
      [['schedule', model, '--from', '2025-05-12', '--to', '2025-05-05'], 'must be after --from'],
      [['schedule', model, '--from', '2025-01-01', '--to', '2030-01-01'], 'ask for less at a time'],
      [
        ['schedule', model, ...week, '--format', 'pdf'],
        "argument 'pdf' is invalid. Allowed choices are text, md, csv, ics, html, json.",
      ],
      [['schedule', model, ...week, '--rotation', 'nok'], 'no Rotation "nok"; did you mean "noc"?'],
      [['schedule', model, ...week, '--allow-concurrent', 'noc+nope'], 'no Rotation "nope"'],
      [['schedule', model, ...week, '--absences', join(dir, 'missing.csv')], 'no such file'],
      [['oncall', model, 'chekout'], 'no Service "chekout"; did you mean "checkout"?'],
      [['oncall', 'checkout'], 'expected model paths and then a service name'],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('shows a progress bar only on a terminal, and only for long plans', async () => {
    const quiet = await runCli(['schedule', model, ...week, '--json'], { isTty: true });
    expect(quiet.stderr).toBe('');
    const rotations = Array.from({ length: 120 }, (_, i) =>
      doc('Rotation', `r${i}`, 'type: team\ncoverage: "24x7"\nmembers: [ann, bob]'),
    );
    const big = file(
      'big.yaml',
      [doc('Person', 'ann', 'role: sre'), doc('Person', 'bob', 'role: sre'), ...rotations].join(
        '---\n',
      ),
    );
    const args = [
      'schedule',
      big,
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--allow-concurrent',
      '--format',
      'csv',
    ];
    const tty = await runCli(args, { isTty: true });
    expect(tty.stderr).toContain('planning [');
    const piped = await runCli(args);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(tty.stdout);
  });
});

describe('whorunsit oncall', () => {
  it('prints the contract JSON: the thin layer first, then the team rotation it forwards to', async () => {
    const run = await runCli([
      'oncall',
      model,
      'checkout',
      '--at',
      '2025-05-06T10:00:00+02:00',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      service: 'checkout',
      runModel: 'you-run-it',
      onCall: [
        { rotation: 'noc', person: 'tl1', until: '2025-05-07T07:00:00Z' },
        { rotation: 'shop-day', person: 'bob', until: '2025-05-06T17:00:00+02:00' },
      ],
    });
  });

  it('uses the CLI clock when no --at is given, and prints Markdown by default', async () => {
    const run = await runCli(['oncall', model, 'checkout'], {
      now: new Date('2025-05-10T12:00:00Z'),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# On call for checkout');
    expect(run.stdout).toContain('| 1 | noc | thin-layer | tl1 | 2025-05-11T07:00:00Z |');
    expect(run.stdout).toContain('Off duty at this moment: shop-day (8x5).');
  });
});

describe('whorunsit hours', () => {
  it('reports hours per person in the shape compensation takes', async () => {
    const run = await runCli(['hours', model, ...week, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.from).toBe('2025-05-05T00:00:00Z');
    expect(out.hours).toEqual([
      // `policy`: the one whose business hours split the person's time (the one that pays them);
      // `paidByContract`: another company's person, paid by its contract (none here).
      {
        person: 'ann',
        businessHours: 0,
        offHours: 0,
        weekendHours: 0,
        policy: 'std',
        paidByContract: false,
      },
      {
        person: 'bob',
        businessHours: 40,
        offHours: 0,
        weekendHours: 0,
        policy: 'std',
        paidByContract: false,
      },
      {
        person: 'tl1',
        businessHours: 16,
        offHours: 63,
        weekendHours: 24,
        policy: 'std',
        paidByContract: false,
      },
      {
        person: 'tl2',
        businessHours: 24,
        offHours: 65,
        weekendHours: 24,
        policy: 'std',
        paidByContract: false,
      },
    ]);
  });

  it('exports CSV and Markdown', async () => {
    const csv = await runCli(['hours', model, ...week, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('person,businessHours,offHours,weekendHours');
    const md = await runCli(['hours', model, ...week, '--rotation', 'shop-day']);
    expect(md.stdout).toContain('| bob | 40 h | 0 h | 0 h |');
    expect(md.stdout).not.toContain('tl1');
  });
});
