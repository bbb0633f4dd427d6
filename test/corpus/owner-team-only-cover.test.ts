import { describe, expect, it } from 'vitest';
import { CORPUS, docNamed, docsOf, orgPath, run, runJson, yamlOf } from './support/corpus.ts';
import type { CheckJson, PlanJson } from './support/outputs.ts';

const CODE = 'unorganized-on-owner-rotation';
/** A moment enterprise-hours (8x5, Bangalore) is on duty: Tuesday 11:30 in Kolkata. */
const AT = '2026-03-10T06:00:00Z';

/** What `check` says of each flagged service, without the "Service " it starts with. */
const flagged = (check: CheckJson) =>
  new Map(
    check.checks
      .filter((c) => c.code === CODE)
      .map((c) => [c.subject.name, c.message.replace(/^Service /, '')]),
  );

/**
 * §12.8.1: a rotation that names a team covers every service the team owns, the one nobody
 * decided to run too (`unorganized`). energy-utility's document-archive looked covered and
 * decided in every command: nothing said that enterprise-hours covers it only because it names
 * data-platform. `check` says so, and the plan's run-model decision and `oncall` say it in the same
 * words, for the same services, in every organization.
 */
describe('an unorganized service covered only through its owner team', () => {
  it.each(CORPUS)(
    '%s: check, the plan’s decisions and oncall name the same services',
    async (name) => {
      const dir = orgPath(name);
      const [check, plan] = await Promise.all([
        runJson<CheckJson>(['check', dir, '--json']),
        runJson<PlanJson>(['plan', dir, '--json']),
      ]);
      const said = flagged(check);
      const decision = plan.summary.decisions.find((d) => d.id === 'run-models')?.proposal ?? '';
      const inDecision = [...decision.matchAll(/ (\S+) is covered by .*? only because team /g)].map(
        (m) => m[1],
      );
      expect(inDecision).toEqual([...said.keys()]);
      for (const [service, words] of said) {
        expect(decision).toContain(words.replace(/\.$/, ''));
        const oncall = (await run(['oncall', dir, service, '--at', AT])).stdout;
        expect(oncall).toContain(`> ${words}`);
      }
    },
  );

  it('energy-utility: document-archive is covered by enterprise-hours only because team data-platform owns it', async () => {
    const dir = orgPath('energy-utility');
    const said = flagged(await runJson<CheckJson>(['check', dir, '--json']));
    expect([...said.keys()]).toEqual(['document-archive']);
    expect(said.get('document-archive')).toMatch(
      /^document-archive is covered by enterprise-hours \(8x5\) only because team data-platform owns it: .*decide who runs it/,
    );
    // A decided service of the same team on the same rotation is not said to be undecided.
    const decided = (await run(['oncall', dir, 'usage-analytics', '--at', AT])).stdout;
    expect(decided).toContain('enterprise-hours');
    expect(decided).not.toContain('only because team');
  });

  it('energy-utility: no finding once its run model is decided, or a rotation names it', async () => {
    const decided = docsOf('energy-utility');
    docNamed(decided, 'Service', 'document-archive').spec.runModel = 'you-run-it';
    const named = docsOf('energy-utility');
    const rotation = docNamed(named, 'Rotation', 'enterprise-hours');
    rotation.spec = {
      ...rotation.spec,
      covers: { teams: ['hr-tools', 'data-platform'], services: ['document-archive'] },
    };
    for (const docs of [decided, named]) {
      const check = await runJson<CheckJson>(['check', '-', '--json'], yamlOf(docs));
      expect(flagged(check).size).toBe(0);
      const plan = await runJson<PlanJson>(['plan', '-', '--json'], yamlOf(docs));
      const decision = plan.summary.decisions.find((d) => d.id === 'run-models')?.proposal ?? '';
      expect(decision).not.toContain('only because team');
    }
  });
}, 300_000);
