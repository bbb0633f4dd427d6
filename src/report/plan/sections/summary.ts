import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { changeOfSaving, money, roundMoney, signedMoney } from '../doc-figures.ts';
import { code, link, list, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';
import { servicesOfTier } from '../services-of-tier.ts';

type Figure = PlanDocument['summary']['figures'][number];
const OPEN_QUESTIONS_SHOWN = 5;

/** A summary figure for people, linked to its section. */
export function figureText(figure: Figure | undefined, round = true): string {
  if (!figure) return '–';
  const v = figure.value;
  const shown =
    typeof v === 'number'
      ? String(v)
      : typeof v === 'string'
        ? text(v)
        : round
          ? roundMoney(v)
          : money(v);
  return link(shown, figure.anchor);
}

function mix(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([m, n]) => `${n} ${code(m)}`)
    .join(', ');
}

/**
 * "7 services move to `you-and-sre-run-it` once their team's SRE joins; until then their developers
 * run them (`you-run-it`, §12.4.1)": what runs them while the hiring list is open.
 */
export function meanwhileText(m: PlanDocument['summary']['meanwhile'][number]): string {
  const n = m.services.length;
  return `${n} service${n === 1 ? '' : 's'} move${n === 1 ? 's' : ''} to ${code(m.target)} once ${n === 1 ? 'its' : 'their'} team's SRE joins; until then ${m.interim === 'you-run-it' ? `${n === 1 ? 'its' : 'their'} developers run ${n === 1 ? 'it' : 'them'} (${code(m.interim)}, §12.4.1)` : `${code(m.interim)} (§12.4.1)`}: ${m.services.map(code).join(', ')}.`;
}

/**
 * The first page: what we do, what it costs, what could go wrong, the decisions asked and the
 * open questions. Only the summary's own figures, each linked to its section.
 */
export const summarySection: PlanSection = {
  id: 'summary',
  render: (doc) => {
    const s = doc.summary;
    const fig = (id: string) => s.figures.find((f) => f.id === id);
    const risks = s.topRisks.flatMap((id) => doc.risks.filter((r) => r.id === id));
    const change = fig('cost-change');
    const what = [
      '### What we do',
      table(
        ['Tier', 'Services', 'Run today', 'Target'],
        s.mixByTier.map((t) => [
          t.tier,
          servicesOfTier(t),
          mix(t.today),
          t.today === t.target || JSON.stringify(t.today) === JSON.stringify(t.target)
            ? 'unchanged'
            : `**${mix(t.target)}**`,
        ]),
      ),
      `${s.changes === 0 ? 'Every service keeps its run model' : `**${s.changes} service${s.changes === 1 ? '' : 's'} change${s.changes === 1 ? 's' : ''} run model**`} (${link('per service', 'services')}).${s.meanwhile.map((m) => ` ${meanwhileText(m)}`).join('')} **Where SRE sits: ${text(s.placement.label)}** — ${text(s.placement.why)} (${link('the options side by side', 'placement-options')})`,
    ];
    const costs = [
      '### What it costs',
      table(
        ['', 'Today', 'Target', 'Change'],
        [
          [
            'People in the operating model',
            figureText(fig('people-today')),
            figureText(fig('people-target')),
            peopleChange(fig('people-today'), fig('people-target')),
          ],
          [
            'Cost per year (salaries, SRE infrastructure, on-call)',
            figureText(fig('cost-today')),
            figureText(fig('cost-target')),
            change && typeof change.value === 'object'
              ? link(signedMoney(change.value), change.anchor)
              : '–',
          ],
          ...(fig('oncall-today')
            ? [
                [
                  'On-call compensation per month',
                  figureText(fig('oncall-today')),
                  figureText(fig('oncall-target')),
                  savingChange(fig('oncall-saving')),
                ],
              ]
            : []),
        ],
      ),
      fig('oncall-unpaid') ? `On-call compensation: ${figureText(fig('oncall-unpaid'))}.` : '',
      s.headcount.length === 0
        ? ''
        : `Head count against limits after hiring: ${s.headcount
            .map((h) =>
              h.limit === null
                ? `${code(h.organization)} ${h.planned} (no limit)`
                : `${code(h.organization)} ${h.planned} of ${h.limit}${h.breaks ? ' **— over the limit**' : ''}`,
            )
            .join('; ')} (${link('funding', 'funding')}).`,
      fig('break-even') && doc.businessCase.sreInTarget
        ? `Business case: SRE costs ${figureText(fig('sre-cost'))} a year in the target; it pays for itself if it prevents ${figureText(fig('break-even'))} hours of downtime a year of the services it protects (${link('business case', 'business-case')}).`
        : `Business case: ${text(doc.businessCase.verdict)} (${link('business case', 'business-case')})`,
      fig('revenue-protected')
        ? `Measured: SRE protected ${figureText(fig('revenue-protected'))} a year, ${figureText(fig('revenue-protected-share'))}% of its cost (${text(doc.businessCase.revenueProtected?.from ?? '')}..${text(doc.businessCase.revenueProtected?.to ?? '')}, ${link('business case', 'business-case')}).`
        : '',
      `_${text(doc.cost.salaryBasis === 'assumed-annual-cost' ? 'Salaries are the salary bands of the model where one matches, else default yearly costs by level and role (see the notes of the operating cost).' : 'Salaries are the salary bands of the model.')}_`,
    ];
    const wrong = [
      '### What could go wrong',
      risks.length === 0
        ? 'No risk found in the model or the plan.'
        : list(
            risks.map(
              (r) =>
                `**${r.likelihood} likelihood, ${r.impact} impact:** ${text(riskHeadline(r))} — ${text(r.mitigation)} Owner: ${r.owner ? text(r.owner) : '**not named**'}. (${link(r.id, 'risks')})`,
            ),
          ),
      doc.risks.length > risks.length
        ? `${doc.risks.length - risks.length} more in the ${link('risk register', 'risks')}.`
        : '',
    ];
    const decisions = [
      '### Decisions asked of you',
      s.decisions.length === 0
        ? 'None: the model already is the plan.'
        : s.decisions
            .map(
              (d, i) =>
                `${i + 1}. **${text(d.question)}** ${text(d.proposal)}${d.tradeOff ? ` _${text(d.tradeOff)}_` : ''} (${link(d.section, d.anchor)})`,
            )
            .join('\n'),
    ];
    const open = [
      '### Open questions',
      s.openQuestions.length === 0
        ? 'None.'
        : list(
            s.openQuestions
              .slice(0, OPEN_QUESTIONS_SHOWN)
              .map((q) => `${text(q.question)} _(${text(q.category)}: ${text(q.why)})_`),
          ),
      s.openQuestions.length > OPEN_QUESTIONS_SHOWN
        ? `${s.openQuestions.length - OPEN_QUESTIONS_SHOWN} more in the ${link('appendix', 'open-questions')}.`
        : '',
    ];
    return [
      '## Summary',
      '_What we do, what it costs, what could go wrong: the recommendation, its cost today and in the target, the top risks, and what you are asked to decide._',
      ...what,
      ...costs,
      ...wrong,
      ...decisions,
      ...open,
    ]
      .filter((b) => b !== '')
      .join('\n\n');
  },
};

/** The change of a saving-positive figure, linked to its section: a saving of 26 is -26. */
function savingChange(saving: Figure | undefined): string {
  if (typeof saving?.value !== 'object') return '–';
  return link(signedMoney(changeOfSaving(saving.value)), saving.anchor);
}

function peopleChange(today: Figure | undefined, target: Figure | undefined): string {
  if (typeof today?.value !== 'number' || typeof target?.value !== 'number') return '–';
  const d = target.value - today.value;
  return d > 0 ? `+${d}` : String(d);
}

/**
 * A risk as one line of the summary: its title, and what it is about when the title does not
 * name it — two findings of one check (two ops-run services) would otherwise read the same.
 */
function riskHeadline(r: { readonly title: string; readonly about: string }): string {
  const name = r.about.slice(r.about.indexOf(' ') + 1);
  return r.title.includes(name) ? r.title : `${r.title}: ${r.about}`;
}
