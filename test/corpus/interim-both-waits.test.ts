import { describe, expect, it } from 'vitest';
import { orgPath, run, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * A high tier operations keep as first line until its team can staff a rotation round the clock
 * waits for the SRE the hiring list hires for that team too, where the rotation counts that SRE
 * (insurer-today's policy-admin-core: 6 developers and the SRE hire, 7 of the 8 a 24x7 pager
 * needs). The interim said only "until its team can staff a rotation round the clock", and one
 * reason said "until its SRE joins, the developers run it on their team rotation" beside the one
 * that keeps operations first line: a VP read that one developer hire would do, and that the
 * developers would run it meanwhile. Every sentence now names both waits, and operations as what
 * runs it until both are done.
 */

interface Plan extends PlanJson {
  readonly summary: PlanJson['summary'] & {
    readonly meanwhile: readonly {
      readonly target: string;
      readonly interim: string;
      readonly until: { readonly kind: string; readonly sreJoins?: boolean };
      readonly services: readonly string[];
    }[];
  };
  readonly transitions: readonly {
    readonly name: string;
    readonly interim: string | null;
    readonly until: { readonly kind: string; readonly sreJoins?: boolean } | null;
  }[];
}

const BOTH = "its team can staff a rotation round the clock and its team's SRE joins";

describe('insurer-today: a move that waits for its team and for its SRE hire names both waits', () => {
  it('the recommendation waits for both, and no reason has the developers run it meanwhile', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('insurer-today'), '--json']);
    const r = plan.services.find((s) => s.name === 'policy-admin-core')?.recommendation;
    expect(r?.interim).toBe('ops-runs-it');
    expect(r?.until).toEqual({
      kind: 'team-staffed',
      team: 'policy-admin',
      people: 7,
      needed: 8,
      sreJoins: true,
    });
    const said = r?.reasons.join(' ') ?? '';
    expect(said).not.toContain('until its SRE joins, the developers run it');
    expect(said).toContain(
      'operations stay first line on it until its SRE joins and team policy-admin can staff a rotation round the clock',
    );
    expect(said).toContain(
      'with 7 of the 8 the sizing rule needs, counting the SRE the hiring list hires for it, 1 short (§12.9.5)',
    );
    expect(said).toContain(
      'hire 1 more into team policy-admin, and its SRE joins (§12.4.1): neither is enough alone',
    );
  });

  it('the summary, the decisions, the transitions and the risk register name both', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('insurer-today'), '--json']);
    const group = plan.summary.meanwhile.find((m) => m.services.includes('policy-admin-core'));
    expect(group?.until).toEqual({ kind: 'team-staffed', sreJoins: true });
    const decision = (id: string) =>
      plan.summary.decisions.find((d) => d.id === id)?.proposal ?? '';
    expect(decision('run-models')).toContain(
      "(you build it, ops run it until their team can staff a rotation round the clock and their team's SRE joins, §12.9.5)",
    );
    expect(decision('staff-it-development')).toContain(
      'until they join and each team’s SRE joins (the hiring decision, §12.4.1), operations stay first line',
    );
    expect(decision('oncall-design')).toContain(
      "until their team can staff a rotation round the clock and their team's SRE joins (§12.6, §12.9.5; the run-model decision)",
    );
    const move = plan.transitions.find((t) => t.name === 'policy-admin-core');
    expect(move?.until?.sreJoins).toBe(true);
    const risk = plan.risks.find((r) => r.about === 'Service policy-admin-core');
    expect(risk?.mitigation).toContain(
      'once team policy-admin can staff a rotation round the clock and its SRE joins',
    );
    // A medium tier whose nights stay on the same pager waits for the same two things.
    const kept = plan.services.find((s) => s.name === 'underwriting-rules')?.recommendation;
    expect(kept?.until).toMatchObject({ kind: 'first-line-kept', sreJoins: true });
    expect(kept?.reasons.join(' ')).toContain(
      'which waits for team policy-admin to staff a rotation round the clock and for its SRE to join',
    );
  });

  it('the Markdown plan says both where it says the interim', async () => {
    const md = (await run(['plan', orgPath('insurer-today')])).stdout;
    expect(md).toContain(`\`ops-runs-it\` until ${BOTH}`);
    expect(md).not.toMatch(/`ops-runs-it` until its team can staff a rotation round the clock \(/);
  });
});

describe('parcel-logistics: a move that waits for its team alone names no SRE', () => {
  it('sortation-control waits for depot-systems, with no SRE to hire for it', async () => {
    const plan = await runJson<Plan>(['plan', orgPath('parcel-logistics'), '--json']);
    const r = plan.services.find((s) => s.name === 'sortation-control')?.recommendation;
    expect(r?.until).toMatchObject({
      kind: 'team-staffed',
      team: 'depot-systems',
      sreJoins: false,
    });
    const said = r?.reasons.join(' ') ?? '';
    expect(said).not.toContain("team's SRE joins");
    expect(said).not.toContain('counting the SRE');
    const risk = plan.risks.find((x) => x.about === 'Service sortation-control');
    expect(risk?.mitigation).toContain(
      'once team depot-systems can staff a rotation round the clock:',
    );
    expect(risk?.mitigation).not.toContain('SRE');
  });
});
