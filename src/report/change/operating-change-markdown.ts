import { plural } from '../../engine/change/plural.ts';
import type { OperatingChange } from '../../engine/plan/scenarios/scenario-schema.ts';
import { blocks, bullets, table } from '../people/markdown.ts';
import { money, roundMoney, signedMoney } from '../plan/doc-figures.ts';

const delta = (today: number, target: number) => {
  const d = target - today;
  return d > 0 ? `+${d}` : String(d);
};

/** What the change costs: money, people, SREs by level, risks, and who goes on call first. */
export function operatingChangeMarkdown(change: OperatingChange): string {
  const c = change.cost;
  const costRows = [
    ...c.lines.map((l) => [l.label, money(l.today), money(l.target)]),
    [
      '**Total per year**',
      `**${money(c.today)}**`,
      `**${money(c.target)}**${c.comparable ? ` (${signedMoney(c.change)})` : ''}`,
    ],
    [
      'People in the operating model',
      String(change.people.today),
      `${change.people.target} (${delta(change.people.today, change.people.target)})`,
    ],
    [
      'On-call compensation per month',
      money(change.onCallPerMonth.today),
      money(change.onCallPerMonth.target),
    ],
  ];
  const staffRows = [
    ['SRE teams', String(change.sreTeams.today), String(change.sreTeams.target)],
    ...(['junior', 'senior', 'principal'] as const).map((l) => {
      const { today, target, openPositions: open } = change.sreByLevel[l];
      return [
        `${l} SREs`,
        String(today),
        `${target} (${delta(today, target)}${open > 0 ? `; ${open} open position${open === 1 ? '' : 's'}, to hire` : ''})`,
      ];
    }),
  ];
  const risk = (r: OperatingChange['risks']['added'][number]) =>
    `${r.title} — ${r.about} (${r.section})`;
  const uncompensated = change.newlyOnCall.filter((p) => p.compensation === null);
  return blocks(
    '## What the change costs (cost, staffing, risks)',
    `_Each model's operating cost as it states it: salaries of the SREs, SRE infrastructure and operations people in place, the target's open positions as filled (they are to be hired), and on-call compensation of its own rotations${c.salaryBasis === 'assumed-annual-cost' ? ' (salaries are assumed yearly costs per level and role: the models state no salaries)' : ''}._`,
    c.comparable
      ? `The target costs **${signedMoney(c.change)} a year** against today (${roundMoney(c.today)} → ${roundMoney(c.target)}).${
          c.alreadyEmployed
            ? ` Of it, ${roundMoney(c.alreadyEmployed.todayPerYear)} are the salaries today of ${c.alreadyEmployed.people.length} ${c.alreadyEmployed.people.length === 1 ? 'person' : 'people'} employed outside the operating model whom the target counts in it (${c.alreadyEmployed.people.map((p) => p.name).join(', ')}): the company pays them already. **New spending: ${signedMoney(c.alreadyEmployed.newSpending)} a year.**`
            : ''
        }`
      : `Today is priced in ${c.today.currency} and the target in ${c.target.currency}: the change is not computed (no exchange rates).`,
    table(['Cost', 'Today', 'Target'], costRows),
    table(['Staffing', 'Today', 'Target'], staffRows),
    '### Risks the target adds and removes',
    table(
      ['', 'Risks'],
      [
        ['Added', change.risks.added.map(risk).join('; ') || '-'],
        ['Removed', change.risks.removed.map(risk).join('; ') || '-'],
        [
          'Kept',
          change.risks.kept === 0
            ? 'none: no risk of today stays in the target'
            : `${change.risks.kept} ${change.risks.kept === 1 ? 'risk of today stays' : 'risks of today stay'} in the target`,
        ],
      ],
    ),
    '### On call for the first time',
    change.newlyOnCall.length === 0
      ? '_Nobody goes on call who is not on a rotation today._'
      : table(
          ['Person', 'Role', 'Rotations', 'On call per week', 'Compensation (§12.9.5)'],
          change.newlyOnCall.map((p) => [
            p.name,
            p.role ?? '-',
            p.rotations.join(', '),
            `${p.hoursPerWeek} h`,
            p.compensation ?? '**none agreed**',
          ]),
        ),
    uncompensated.length > 0 &&
      bullets([
        `**${plural(uncompensated.length, 'person')} ${uncompensated.length === 1 ? 'goes' : 'go'} on call without agreed compensation:** agree a policy before they start; time off in lieu can start at once (§12.9.5).`,
      ]),
  ).trimEnd();
}
