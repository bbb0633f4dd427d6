import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusName, docsOf, ofKind, orgPath, runJson } from './support/corpus.ts';

/**
 * §12.10.3: the change is agreed in the company's leadership team, whose heads hold its budgets.
 * merger places a contractor on its Manila desk through a staffing agency, an organization
 * outside the group with a head of its own (its account manager); `diff` invited him to the
 * leadership team's agreement, listed him among the leaders SRE needs and as responsible for a
 * budget of the company. Another company's people are not the company's leadership.
 */

/** Each corpus target with the organization it is the target of (`x-target` of `x` or `x-today`). */
const PAIRS = CORPUS.filter((name) => name.endsWith('-target')).map((target) => {
  const base = target.slice(0, -'-target'.length);
  const today = (CORPUS as readonly string[]).includes(base) ? base : `${base}-today`;
  return [today as CorpusName, target] as const;
});

/** Heads of organizations outside the product delivery organization's tree, with their names. */
function outsideHeads(name: CorpusName): Map<string, string> {
  const docs = docsOf(name);
  const orgs = ofKind(docs, 'Organization');
  const parent = new Map(orgs.map((o) => [o.metadata.name, o.spec.parent as string | undefined]));
  const top = orgs.find((o) => o.spec.type === 'product-delivery')?.metadata.name;
  const inside = (org: string | undefined): boolean =>
    org !== undefined && (org === top || inside(parent.get(org)));
  const people = new Map(ofKind(docs, 'Person').map((p) => [p.metadata.name, p]));
  const heads = new Map<string, string>();
  if (top === undefined) return heads;
  for (const o of orgs) {
    const head = o.spec.head as string | undefined;
    if (head === undefined || inside(o.metadata.name)) continue;
    heads.set(head, String(people.get(head)?.metadata.displayName ?? head));
  }
  return heads;
}

interface Diff {
  readonly rollout: readonly { readonly step: string; readonly participants: readonly string[] }[];
  readonly questions: readonly {
    readonly category: string;
    readonly questions: readonly { readonly question: string; readonly answer?: string }[];
  }[];
}

describe.each(PAIRS)('%s → %s: the leadership team is the company’s', (today, target) => {
  it('invites no head of another company to agree, lead or hold a budget', async () => {
    const diff = await runJson<Diff>([
      'diff',
      orgPath(today),
      '--target',
      orgPath(target),
      '--json',
    ]);
    const outside = new Map([...outsideHeads(today), ...outsideHeads(target)]);
    const agreement = diff.rollout.find((s) => s.step === 'leadership-agreement');
    expect(agreement?.participants.length).toBeGreaterThan(0);
    expect(agreement?.participants.filter((p) => outside.has(p))).toEqual([]);
    const answers = diff.questions
      .flatMap((c) => c.questions)
      .filter((q) =>
        [
          'What kind of leadership is needed for SRE?',
          'Who should be responsible for the budget?',
        ].includes(q.question),
      )
      .map((q) => q.answer ?? '');
    for (const name of outside.values()) {
      for (const answer of answers) expect(answer).not.toContain(name);
    }
  });
});

it('merger has a head of another company to leave out', () => {
  expect([...outsideHeads('merger').keys()]).toEqual(['ramil-garcia']);
});
