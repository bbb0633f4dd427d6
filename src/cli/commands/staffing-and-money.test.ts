import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';
import { doc } from '../../../test/support/yaml-model.ts';

const files = tempFiles();
const model = [
  doc('Organization', 'pd', 'type: product-delivery\ncostCenter: CC-1'),
  doc(
    'Organization',
    'dev',
    'type: development\nparent: pd\ncostCenter: CC-2\ntargetModel: you-and-sre-run-it',
  ),
  doc(
    'Organization',
    'sre',
    'type: sre\nparent: pd\ncostCenter: CC-4\nheadcountLimit: 2\nbudget: { amount: 500000, currency: EUR, period: year }',
  ),
  doc('Team', 'web', 'type: development\norganization: dev\ndomain: shop\nproductLine: retail'),
  // A second team in SRE scope: a company of one team needs one senior SRE and no more (§12.10).
  // In scope by its setup: a dedicated SRE, still to be hired (§12.3 option 3).
  doc(
    'Team',
    'app',
    'type: development\norganization: dev\ndomain: shop\nproductLine: retail\nsetup: dedicated-sre-and-developers',
  ),
  doc(
    'Team',
    'core',
    'type: sre\norganization: sre\nsupports:\n  - { team: web, hoursPerMonth: 100.5 }',
  ),
  doc('Person', 'ana', 'team: web\nrole: developer\ntimezone: Europe/Berlin\nlocation: Berlin'),
  doc(
    'Person',
    'sam',
    'team: core\nrole: sre\nlevel: senior\ntimezone: Europe/Berlin\nlocation: Berlin',
  ),
  doc(
    'Service',
    'shop-api',
    'owner: web\nrunModel: you-and-sre-run-it\nsreTeam: core\navailabilityTarget: 99.95',
  ),
  doc(
    'Rotation',
    'web-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [ana, sam]\ncovers: { teams: [web] }',
  ),
  doc(
    'CompensationPolicy',
    'standard',
    'currency: EUR\nstandbyPerHour: 5\nincidentPerHour: 40\nbaseUpliftPercent: 5',
  ),
  doc(
    'TransferPrice',
    'support',
    'provider: sre\nconsumer: dev\nhourlyRate: 95\ncurrency: EUR\ninfrastructureContribution: 12',
  ),
  doc(
    'Offering',
    'shared',
    'type: shared-on-call\npriceModel: transfer-price\nprice: { amount: 95, currency: EUR }\nprovider: sre',
  ),
].join('---\n');

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

describe('whorunsit staffing', () => {
  it('prints the JSON contract: sreTeams, roles by level, rotations', async () => {
    const run = await runCli(['staffing', '-', '--json'], { stdin: model });
    expect(run.code).toBe(0);
    const out = json(run.stdout) as {
      sreTeams: { needed: number; current: number };
      roles: Record<string, { needed: number; current: number }>;
      rotations: { name: string; coverage: string; needed: number; current: number }[];
      funding: {
        organization: string;
        breaksHeadcount: boolean;
        annualBudget: { amount: string; currency: string };
      }[];
    };
    expect(out.sreTeams).toMatchObject({ needed: 1, current: 1 });
    expect(out.roles.junior).toMatchObject({ needed: 2, current: 0 });
    expect(out.roles.senior).toMatchObject({ needed: 1, current: 1 });
    expect(out.roles.principal).toMatchObject({ needed: 1, current: 0 });
    expect(out.rotations).toEqual([
      expect.objectContaining({ name: 'web-oncall', coverage: '24x7', needed: 8, current: 2 }),
    ]);
    // sam + 2 juniors + 1 principal = 4 against a limit of 2
    expect(out.funding.find((f) => f.organization === 'sre')).toMatchObject({
      breaksHeadcount: true,
      annualBudget: { amount: '500000.00', currency: 'EUR' },
    });
  });

  it('prints Markdown by default with every section', async () => {
    const run = await runCli(['staffing', '-'], { stdin: model });
    expect(run.code).toBe(0);
    for (const heading of [
      'SRE teams (§12.4.1)',
      'SRE head count by level (§12.10.2)',
      'Hiring list',
      'Rotation sizes (§12.6)',
      'Funding and limits (§12.4.6)',
    ]) {
      expect(run.stdout).toContain(`## ${heading}`);
    }
    expect(run.stdout).toContain('**breaks the head count limit**');
  });

  it('refuses an unknown policy name as a usage error', async () => {
    const run = await runCli(['staffing', '-', '--policy', 'gold'], { stdin: model });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('found "gold"');
  });

  it('reports an invalid model like validate does', async () => {
    const run = await runCli(['staffing', '-', '--json'], {
      stdin: doc('Team', 'x', 'type: nonsense\norganization: y'),
    });
    expect(run.code).toBe(1);
    expect(json(run.stdout)).toMatchObject({ valid: false });
  });
});

describe('whorunsit oncall-cost', () => {
  it('prints the JSON contract: current, optimized and the saving in exact money', async () => {
    const run = await runCli(['oncall-cost', '-', '--json', '--month', '2026-03'], {
      stdin: model,
    });
    expect(run.code).toBe(0);
    const out = json(run.stdout) as {
      current: { monthlyCost: { amount: string; currency: string } };
      optimized: { monthlyCost: { amount: string; currency: string } };
      saving: { amount: string; currency: string; percent: number };
      compensation: {
        month: string;
        basis: string;
        people: {
          person: string;
          hours: { offHours: number };
          pay: { standby: { amount: string } };
        }[];
        total: { pay: { standby: { amount: string } } };
      };
    };
    expect(out.current.monthlyCost.currency).toBe('EUR');
    expect(out.current.monthlyCost.amount).toMatch(/^\d+\.\d{2}$/);
    expect(out.optimized.monthlyCost.amount).toMatch(/^\d+\.\d{2}$/);
    expect(out.saving).toMatchObject({ currency: 'EUR' });
    expect(out.compensation.month).toBe('2026-03');
    // From March's schedule: one of the two on call at a time, 744 h in UTC of which 22
    // weekdays × 8 h are business hours in Berlin: 568 off-hours × 5 EUR in all.
    expect(out.compensation.basis).toBe('schedule');
    expect(out.compensation.people.map((p) => p.person)).toEqual(['ana', 'sam']);
    for (const p of out.compensation.people) {
      expect(p.pay.standby.amount).toBe((p.hours.offHours * 5).toFixed(2));
    }
    expect(out.compensation.people.reduce((n, p) => n + p.hours.offHours, 0)).toBe(568);
    expect(out.compensation.total.pay.standby.amount).toBe('2840.00');
  });

  it('takes the month from the clock when none is given', async () => {
    const run = await runCli(['oncall-cost', '-', '--json'], {
      stdin: model,
      now: new Date('2026-02-10T12:00:00Z'),
    });
    expect((json(run.stdout) as { compensation: { month: string } }).compensation.month).toBe(
      '2026-02',
    );
  });

  it('prices incident hours from an incident CSV', async () => {
    files.write(
      'incidents.csv',
      'id,service,startedAt,detectedAt,resolvedAt,customerVisible\nINC-1,shop-api,2026-03-14T09:00:00Z,2026-03-14T09:00:00Z,2026-03-14T11:00:00Z,true\n',
    );
    const run = await runCli(
      ['oncall-cost', '-', '--json', '--month', '2026-03', '--incidents', 'incidents.csv'],
      { stdin: model, cwd: files.dir },
    );
    expect(run.code).toBe(0);
    const out = json(run.stdout) as {
      incidents: { source: string };
      current: { cost: { incidents: { amount: string } } };
      compensation: { people: { hours: { incidentOffHours: number } }[] };
    };
    expect(out.incidents.source).toBe('incidents');
    expect(out.current.cost.incidents.amount).toBe('80.00'); // 2 h on a Saturday × 40 EUR
    // Paid to whichever of the two was on call that Saturday, not split between them.
    expect(out.compensation.people.map((p) => p.hours.incidentOffHours).sort()).toEqual([0, 2]);
  });

  it('leaves out incidents of services the model does not have, and says so', async () => {
    files.write(
      'other.csv',
      'id,service,startedAt,detectedAt,resolvedAt,customerVisible\nINC-9,billing,2026-03-14T09:00:00Z,,2026-03-14T10:00:00Z,false\n',
    );
    const run = await runCli(['oncall-cost', '-', '--json', '--incidents', 'other.csv'], {
      stdin: model,
      cwd: files.dir,
    });
    expect(run.code).toBe(0);
    expect((json(run.stdout) as { assumptions: string[] }).assumptions).toContain(
      'incidents of services not in the model were left out: billing',
    );
  });

  it('reports every bad incident row with file, line and column, and exits 1', async () => {
    files.write(
      'bad.csv',
      'id,service,startedAt,detectedAt,resolvedAt,customerVisible\nINC-1,shop-api,2026-03-14T09:00,,x,true\n',
    );
    const run = await runCli(['oncall-cost', '-', '--incidents', 'bad.csv'], {
      stdin: model,
      cwd: files.dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.csv:2:16  invalid-value'); // startedAt without a zone
    expect(run.stderr).toContain('bad.csv:2:34  invalid-value'); // resolvedAt "x"
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a missing incident file or a bad month', async () => {
    expect(
      (await runCli(['oncall-cost', '-', '--incidents', 'missing.csv'], { stdin: model })).code,
    ).toBe(2);
    const bad = await runCli(['oncall-cost', '-', '--month', '2026-13'], { stdin: model });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a month as YYYY-MM');
  });

  it('exits 1 and says why when the model has no compensation policy', async () => {
    const noPolicy = model
      .split('---\n')
      .filter((d) => !d.includes('CompensationPolicy'))
      .join('---\n');
    const run = await runCli(['oncall-cost', '-'], { stdin: noPolicy });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('expected a CompensationPolicy');
  });

  it('prints Markdown by default with the designs, the comparison with today and compensation per person', async () => {
    const run = await runCli(['oncall-cost', '-', '--month', '2026-03'], { stdin: model });
    expect(run.stdout).toContain('## On-call design and cost (§12.6)');
    // One 24x7 team rotation for one high-tier service: nothing to save, and nothing claimed.
    expect(run.stdout).toContain(
      'Today’s rotations already follow §12.6: the optimized design costs the same and needs as many people.',
    );
    expect(run.stdout).not.toContain('saves');
    expect(run.stdout).toContain('## On-call compensation, 2026-03 (§12.9.5)');
  });
});

describe('whorunsit chargeback', () => {
  it('prints the JSON contract: statements with consumer, provider, total and lines', async () => {
    const run = await runCli(['chargeback', '-', '--month', '2026-03', '--json'], { stdin: model });
    expect(run.code).toBe(0);
    const out = json(run.stdout) as { statements: unknown[]; reconciliation: unknown[] };
    expect(out.statements).toEqual([
      expect.objectContaining({
        consumer: 'CC-2',
        provider: 'CC-4',
        total: { amount: '10753.50', currency: 'EUR' }, // 100.5 h × 107.00
        lines: [
          expect.objectContaining({
            sreTeam: 'core',
            team: 'web',
            hours: 100.5,
            amount: { amount: '10753.50', currency: 'EUR' },
          }),
        ],
      }),
    ]);
    expect(out.reconciliation).toEqual([
      expect.objectContaining({ currency: 'EUR', balanced: true }),
    ]);
  });

  it('requires --month and refuses a malformed one', async () => {
    expect((await runCli(['chargeback', '-'], { stdin: model })).code).toBe(2);
    const bad = await runCli(['chargeback', '-', '--month', 'March'], { stdin: model });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('found "March"');
  });

  it('prints the statements and the offerings catalog as Markdown', async () => {
    const run = await runCli(['chargeback', '-', '--month', '2026-03'], { stdin: model });
    expect(run.stdout).toContain('**CC-2** (`dev`) pays **CC-4** (`sre`): **10,753.50 EUR**');
    expect(run.stdout).toContain('## SRE offerings and price models (§12.4.3, §12.4.7)');
  });
});

describe('the example organization', () => {
  it.each([
    ['staffing'],
    ['oncall-cost', '--month', '2026-03'],
    ['chargeback', '--month', '2026-03'],
  ])('runs %s on examples/acme', async (command, ...rest) => {
    const run = await runCli([command, 'examples/acme', ...rest, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
