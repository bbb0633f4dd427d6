import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';
import type { PlanJson } from './support/outputs.ts';

/**
 * What a service's interim model waits for is one condition (`InterimWait`), which the
 * recommendations set and every sentence of the plan says. bank's online-banking-web (medium
 * tier) stays on operations' core-banking-oncall only for its nights, because operations keep
 * that pager round the clock as first line for core-ledger (high tier) until team lending can
 * staff a rotation of its own; the summary, the run-model decision, the transitions and the risk
 * register said it moves "once their team can staff a rotation round the clock", which asked team
 * online-banking to hire for a pager nothing waits for.
 */

interface Summary {
  readonly summary: {
    readonly meanwhile: readonly {
      readonly target: string;
      readonly interim: string;
      readonly until: { readonly kind: string; readonly [k: string]: string };
      readonly services: readonly string[];
    }[];
    readonly decisions: readonly { readonly id: string; readonly proposal: string }[];
  };
  readonly risks: readonly { readonly about: string; readonly mitigation: string }[];
  readonly transitions: readonly {
    readonly name: string;
    readonly until: { readonly kind: string } | null;
  }[];
}

const bank = orgPath('bank');
const KEPT =
  'operations no longer keep core-banking-oncall as first line for core-ledger, which waits for team lending to staff a rotation round the clock and for its SRE to join';

describe('bank: a service kept on an operations pager for its nights waits for that pager, not for its own team', () => {
  it('the recommendation names the pager, the high tier it is kept for and the team that tier waits for', async () => {
    const plan = await runJson<PlanJson>(['plan', bank, '--json']);
    const of = (name: string) => plan.services.find((s) => s.name === name)?.recommendation;
    // Lending has 4 developers and the SRE the head count hires: 5 of the 8 a 24x7 pager needs,
    // so the move waits for that SRE as well as for lending's own hires.
    expect(of('core-ledger')?.until).toEqual({
      kind: 'team-staffed',
      team: 'lending',
      people: 5,
      needed: 8,
      sreJoins: true,
    });
    for (const name of ['online-banking-web', 'loan-origination']) {
      expect(of(name)?.interim).toBe('ops-runs-it');
      expect(of(name)?.until).toEqual({
        kind: 'first-line-kept',
        rotation: 'core-banking-oncall',
        service: 'core-ledger',
        team: 'lending',
        sreJoins: true,
      });
      expect(of(name)?.reasons.join(' ')).toContain(KEPT);
    }
  });

  it('the summary, the decision, the transitions and the risk register say that condition', async () => {
    const plan = await runJson<Summary>(['plan', bank, '--json']);
    const kept = plan.summary.meanwhile.find((m) => m.services.includes('online-banking-web'));
    expect(kept?.until.kind).toBe('first-line-kept');
    expect(kept?.services).toEqual(['loan-origination', 'online-banking-web']);
    const runModels = plan.summary.decisions.find((d) => d.id === 'run-models')?.proposal ?? '';
    expect(runModels).toContain(
      `loan-origination, online-banking-web to you build it, you run it (you build it, ops run it until ${KEPT}, §12.6)`,
    );
    // The high tier's risk says whom to hire, and how many, for the pager it waits for.
    const ledger = plan.risks.find((r) => r.about === 'Service core-ledger');
    expect(ledger?.mitigation).toContain(
      'once team lending can staff a rotation round the clock and its SRE joins: it has 5 of the 8 people it needs, counting the SRE the hiring list hires for it, so hire 3 first (the decision to staff team lending, §12.9.5) and that SRE (the hiring decision, §12.4.1)',
    );
    const risk = plan.risks.find((r) => r.about === 'Service online-banking-web');
    expect(risk?.mitigation).toContain(`once ${KEPT}`);
    expect(risk?.mitigation).not.toContain('hire first');
    expect(risk?.mitigation).not.toContain('its team can staff');
    expect(plan.transitions.find((t) => t.name === 'online-banking-web')?.until?.kind).toBe(
      'first-line-kept',
    );

    const md = (await run(['plan', bank])).stdout;
    expect(md).toContain(
      `2 services move to \`you-run-it\` once ${KEPT}; until then operations keep their nights on \`core-banking-oncall\``,
    );
    expect(md).not.toContain('until that pager goes');
    // The high tier itself still waits for its own team.
    expect(md).toContain(
      '1 service moves to `you-and-sre-run-it` once its team can staff a rotation round the clock',
    );
  });

  it('the §12.6 design says the same of their nights', async () => {
    const md = (await run(['plan', bank])).stdout;
    expect(md).toMatch(
      new RegExp(
        `nights kept on the operations’ rotation that stays first line for a high tier[^\\n]*online-banking-web \\(core-banking-oncall, then team:online-banking 8x5\\)[^\\n]*until ${KEPT}`,
      ),
    );
  });
});

describe('every organization: a service kept for its nights waits for a high tier that waits for its team', () => {
  it.each(CORPUS)('%s', async (name) => {
    const plan = await runJson<PlanJson>(['plan', orgPath(name), '--json']);
    for (const s of plan.services) {
      const until = s.recommendation.until;
      if (until?.kind !== 'first-line-kept') continue;
      const kept = plan.services.find((x) => x.name === until.service);
      expect(kept?.recommendation.until).toMatchObject({ kind: 'team-staffed', team: until.team });
      expect(kept?.rotations.map((r) => r.name)).toContain(until.rotation);
      expect(s.rotations.map((r) => r.name)).toContain(until.rotation);
    }
  });
});
