import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run } from './support/corpus.ts';

/** The Markdown section of a document that starts at `## <title>`, up to the next section. */
function sectionOf(markdown: string, title: string): string | undefined {
  const start = markdown.indexOf(`\n## ${title}`);
  if (start < 0) return undefined;
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The rows of the first table in a section: lines that start with `|`. */
function tableOf(section: string): string[] {
  const lines = section.split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (let i = first; i >= 0 && i < lines.length && lines[i]?.startsWith('|'); i++)
    rows.push(lines[i] ?? '');
  return rows;
}

/**
 * A reader who opens the plan and then `staffing` sees one account of each rotation's size:
 * the plan once printed its own table, with an older rule, which gave a rotation of whole turns a
 * per-site target ("Frankfurt 4 → 4" beside "8 needed, 4 short").
 */
describe('the plan shows rotation sizes exactly as staffing does', () => {
  it.each(CORPUS)('%s', async (name) => {
    const [plan, staffing] = await Promise.all([
      run(['plan', orgPath(name)]),
      run(['staffing', orgPath(name)]),
    ]);
    expect(plan.code).toBe(0);
    expect(staffing.code).toBe(0);
    const inPlan = sectionOf(plan.stdout, 'Rotation sizes (§12.6)');
    const inStaffing = sectionOf(staffing.stdout, 'Rotation sizes (§12.6)');
    expect(inPlan === undefined).toBe(inStaffing === undefined);
    if (inPlan === undefined || inStaffing === undefined) return;
    expect(tableOf(inPlan)).toEqual(tableOf(inStaffing));
    expect(tableOf(inPlan).length).toBeGreaterThan(2);
  });
});

/** A section without the anchor the plan writes before the next one and the blank lines around it. */
function bodyOf(section: string | undefined): string | undefined {
  return section?.replace(/\n<a id="[^"]+"><\/a>\s*$/, '').trim();
}

/**
 * The hiring list and the funding table read the same in `staffing` and in the plan: each was
 * written twice, and the two had drifted (the plan named the hiring trade-off and the promotion
 * candidates, `staffing` the default salaries and the amounts in other currencies).
 */
describe('the plan writes the hiring list and the funding table exactly as staffing does', () => {
  it.each(CORPUS)('%s', async (name) => {
    const [plan, staffing] = await Promise.all([
      run(['plan', orgPath(name)]),
      run(['staffing', orgPath(name)]),
    ]);
    expect(plan.code).toBe(0);
    expect(staffing.code).toBe(0);
    for (const title of ['Hiring list (§12.10.2)', 'Funding and limits (§12.4.6)']) {
      const inPlan = bodyOf(sectionOf(plan.stdout, title));
      const inStaffing = bodyOf(sectionOf(staffing.stdout, title));
      expect(inPlan, title).toBe(inStaffing);
    }
    expect(sectionOf(staffing.stdout, 'Hiring list (§12.10.2)')).toBeDefined();
  });
});

describe("the plan summary's risks say what each is about", () => {
  it.each(CORPUS)('%s: no two risk lines read the same', async (name) => {
    const plan = await run(['plan', orgPath(name)]);
    const wrong =
      sectionOf(plan.stdout, 'Summary')?.split('### What could go wrong')[1]?.split('\n### ')[0] ??
      '';
    const lines = wrong
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.replace(/\(\[R\d+\]\(#risks\)\)$/, '').replace(/Owner: [^.]*\./, ''));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
