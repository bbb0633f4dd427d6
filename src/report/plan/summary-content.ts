import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { interimUntil } from '../../engine/spectrum/interim-until.ts';
import {
  em,
  type Inline,
  joined,
  type ListBlock,
  linkTo,
  mono,
  type ParagraphBlock,
  para,
  strong,
  type TableBlock,
} from './blocks.ts';
import { changeOfSaving, money, roundMoney, signedMoney } from './doc-figures.ts';
import { servicesOfTier } from './services-of-tier.ts';

type Figure = PlanDocument['summary']['figures'][number];
const OPEN_QUESTIONS_SHOWN = 5;

/** A numbered list: the decisions, in the order the reader is asked them. */
export interface OrderedListBlock {
  readonly ordered: readonly Inline[];
}
/** A note on the figures above it (their basis), in italics. */
export interface NoteBlock {
  readonly note: Inline;
}
/** Where the page puts the summary's charts: after the mix of run models. */
export interface ChartsBlock {
  readonly charts: true;
}
export type SummaryBlock =
  | TableBlock
  | ParagraphBlock
  | ListBlock
  | OrderedListBlock
  | NoteBlock
  | ChartsBlock;

/** One part of the summary under its `###` heading. */
export interface SummaryPart {
  readonly heading: string;
  readonly blocks: readonly (SummaryBlock | null)[];
}

export const SUMMARY_TITLE = 'Summary';
export const SUMMARY_WHY =
  'What we do, what it costs, what could go wrong: the recommendation, its cost today and in the target, the top risks, and what you are asked to decide.';

/**
 * The first page, decided once for the Markdown and the HTML: which lines, in which order, with
 * which figures (each linked to its section, with its pointer in the document). Each format only
 * writes these parts; the summary's own figures come from `planSummary`, nothing is computed here
 * but the words around them.
 */
export function summaryContent(
  doc: Pick<PlanDocument, 'summary' | 'risks' | 'businessCase' | 'cost'>,
): readonly SummaryPart[] {
  const s = doc.summary;
  const fig = (id: string) => s.figures.find((f) => f.id === id);
  const risks = s.topRisks.flatMap((id) => doc.risks.filter((r) => r.id === id));
  const change = fig('cost-change');
  const unpaid = fig('oncall-unpaid');
  const contract = fig('oncall-contract');
  const same = (a: object, b: object) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const what: SummaryPart = {
    heading: 'What we do',
    blocks: [
      {
        headers: ['Tier', 'Services', 'Run today', 'Target'],
        rows: s.mixByTier.map((t) => [
          t.tier,
          servicesOfTier(t),
          mix(t.today),
          same(t.today, t.target) ? 'unchanged' : strong(mix(t.target)),
        ]),
      },
      { charts: true },
      para([
        s.changes === 0
          ? 'Every service keeps its run model'
          : strong(
              `${s.changes} service${s.changes === 1 ? '' : 's'} change${s.changes === 1 ? 's' : ''} run model`,
            ),
        ' (',
        linkTo('per service', 'services'),
        '). ',
        strong(`Where SRE sits: ${s.placement.label}`),
        ` — ${s.placement.why} (`,
        linkTo('the options side by side', 'placement-options'),
        ')',
      ]),
      ...s.meanwhile.map((m) => para(meanwhile(m))),
    ],
  };
  const costs: SummaryPart = {
    heading: 'What it costs',
    blocks: [
      {
        headers: ['', 'Today', 'Target', 'Change'],
        rows: [
          [
            'People in the operating model',
            figureLink(fig('people-today')),
            figureLink(fig('people-target')),
            peopleChange(fig('people-today'), fig('people-target')),
          ],
          [
            'Cost per year (salaries, SRE infrastructure, on-call)',
            figureLink(fig('cost-today')),
            figureLink(fig('cost-target')),
            change && typeof change.value === 'object'
              ? linkTo(signedMoney(change.value), change.anchor, change.source)
              : '–',
          ],
          ...(fig('oncall-today')
            ? [
                [
                  'On-call compensation per month',
                  figureLink(fig('oncall-today')),
                  figureLink(fig('oncall-target')),
                  savingChange(fig('oncall-saving')),
                ],
                // Each other currency people are paid on-call in: its own row, never added up.
                ...onCallCurrencies(s.figures).map((c) => [
                  `On-call compensation per month, paid in ${c}`,
                  figureLink(fig(`oncall-today-${c}`)),
                  figureLink(fig(`oncall-target-${c}`)),
                  savingChange(fig(`oncall-saving-${c}`)),
                ]),
              ]
            : []),
        ],
      },
      unpaid ? para(['On-call compensation: ', figureLink(unpaid), '.']) : null,
      contract ? para(['On-call compensation: ', figureLink(contract), '.']) : null,
      s.headcount.length === 0
        ? null
        : para([
            'Head count against limits after hiring: ',
            joined(
              s.headcount.map(
                (h): Inline => [
                  mono(h.organization),
                  h.limit === null
                    ? ` ${h.planned} (no limit)`
                    : [
                        ` ${h.planned} of ${h.limit}`,
                        h.breaks ? [' ', strong('— over the limit')] : '',
                      ],
                ],
              ),
              '; ',
            ),
            ' (',
            linkTo('funding', 'funding'),
            ').',
          ]),
      para(
        fig('break-even') && doc.businessCase.sreInTarget
          ? [
              'Business case: SRE costs ',
              figureLink(fig('sre-cost')),
              ' a year in the target; it pays for itself if it prevents ',
              figureLink(fig('break-even')),
              ' hours of downtime a year of the services it protects',
              // the break-even counts the model's currency only: say what it leaves out
              doc.businessCase.sreCostOtherCurrencies.length === 0
                ? ''
                : `, not counting ${doc.businessCase.sreCostOtherCurrencies.map(money).join(' and ')} a year of SRE salaries paid in other currencies (no exchange rates)`,
              ' (',
              linkTo('business case', 'business-case'),
              ').',
            ]
          : [
              `Business case: ${doc.businessCase.verdict} (`,
              linkTo('business case', 'business-case'),
              ')',
            ],
      ),
      fig('revenue-protected')
        ? para([
            'Measured: SRE protected ',
            figureLink(fig('revenue-protected')),
            ' a year, ',
            figureLink(fig('revenue-protected-share')),
            `% of its cost (${doc.businessCase.revenueProtected?.from ?? ''}..${doc.businessCase.revenueProtected?.to ?? ''}, `,
            linkTo('business case', 'business-case'),
            ').',
          ])
        : null,
      {
        note: `${
          doc.cost.salaryBasis === 'assumed-annual-cost'
            ? 'Salaries are the salary bands of the model where one matches, else default yearly costs by level and role (the funding section lists them).'
            : 'Salaries are the salary bands of the model.'
        }${leftOutNote(doc)}`,
      },
    ],
  };
  const wrong: SummaryPart = {
    heading: 'What could go wrong',
    blocks: [
      risks.length === 0
        ? para('No risk found in the model or the plan.')
        : {
            items: risks.map(
              (r): Inline => [
                strong(`${r.likelihood} likelihood, ${r.impact} impact:`),
                ` ${riskHeadline(r)} — ${r.mitigation} Owner: `,
                r.owner ? r.owner : strong('not named'),
                '. (',
                linkTo(r.id, 'risks'),
                ')',
              ],
            ),
          },
      doc.risks.length > risks.length
        ? para([
            `${doc.risks.length - risks.length} more in the `,
            linkTo('risk register', 'risks'),
            '.',
          ])
        : null,
    ],
  };
  const decisions: SummaryPart = {
    heading: 'Decisions asked of you',
    blocks: [
      s.decisions.length === 0
        ? para('None: the model already is the plan.')
        : {
            ordered: s.decisions.map(
              (d): Inline => [
                strong(d.question),
                ` ${d.proposal}`,
                d.tradeOff ? [' ', em(d.tradeOff)] : '',
                ' (',
                linkTo(d.section, d.anchor),
                ')',
              ],
            ),
          },
    ],
  };
  const open: SummaryPart = {
    heading: 'Open questions',
    blocks: [
      s.openQuestions.length === 0
        ? para('None.')
        : {
            items: s.openQuestions
              .slice(0, OPEN_QUESTIONS_SHOWN)
              .map((q): Inline => [q.question, ' ', em(`(${q.category}: ${q.why})`)]),
          },
      s.openQuestions.length > OPEN_QUESTIONS_SHOWN
        ? para([
            `${s.openQuestions.length - OPEN_QUESTIONS_SHOWN} more in the `,
            linkTo('appendix', 'open-questions'),
            '.',
          ])
        : null,
    ],
  };
  return [what, costs, wrong, decisions, open];
}

function mix(counts: Partial<Record<string, number>>): Inline {
  return joined(
    Object.entries(counts).map(([m, n]): Inline => [`${n} `, mono(m)]),
    ', ',
  );
}

/** A summary figure, linked to the section that explains it; a dash when absent. */
function figureLink(figure: Figure | undefined): Inline {
  if (!figure) return '–';
  const v = figure.value;
  return linkTo(typeof v === 'object' ? roundMoney(v) : String(v), figure.anchor, figure.source);
}

/**
 * "7 services move to `you-and-sre-run-it` once their team's SRE joins; until then their developers
 * run them (`you-run-it`, §12.4.1)": what runs them while the hiring list is open.
 */
function meanwhile(m: PlanDocument['summary']['meanwhile'][number]): Inline {
  const n = m.services.length;
  const their = n === 1 ? 'its' : 'their';
  return [
    `${n} service${n === 1 ? '' : 's'} move${n === 1 ? 's' : ''} to `,
    mono(m.target),
    ` once ${interimUntil(m.until, n > 1)}; until then `,
    m.until.kind === 'sre-joins'
      ? [`${their} developers run ${n === 1 ? 'it' : 'them'} (`, mono(m.interim), ', §12.4.1)']
      : m.until.kind === 'team-staffed'
        ? [
            'operations stay first line on their runbooks (',
            mono(m.interim),
            `), ${their} developers second line in office hours (§12.6, §12.9.5)`,
          ]
        : [
            'operations keep ',
            n === 1 ? 'its' : 'their',
            ' nights on ',
            mono(m.until.rotation),
            ', on their runbooks (',
            mono(m.interim),
            `), ${their} developers taking ${n === 1 ? 'it' : 'them'} in office hours (§12.6)`,
          ],
    ': ',
    joined(m.services.map(mono), ', '),
    '.',
  ];
}

/** The change of a saving-positive figure, linked to its section: a saving of 26 is -26. */
/** The other currencies the summary has on-call figures in (`oncall-today-JPY`, …). */
function onCallCurrencies(figures: readonly Figure[]): string[] {
  const currencies = figures.flatMap((f) => /^oncall-(?:today|target)-(.+)$/.exec(f.id)?.[1] ?? []);
  return [...new Set(currencies)];
}

function savingChange(saving: Figure | undefined): Inline {
  if (typeof saving?.value !== 'object') return '–';
  return linkTo(signedMoney(changeOfSaving(saving.value)), saving.anchor, saving.source);
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

/**
 * The currencies of salaries the figures leave out (no exchange rates), said once beside the
 * salary basis: a cost of 1.5 million USD is not read as the whole cost when 13 of its people
 * are paid in zloty and yen.
 */
function leftOutNote(doc: Pick<PlanDocument, 'cost'>): string {
  const currencies = new Set(
    [...doc.cost.today.lines, ...doc.cost.target.lines].flatMap((l) =>
      l.otherCurrencies.map((m) => m.currency),
    ),
  );
  if (currencies.size === 0) return '';
  const list = [...currencies].sort();
  const named = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return ` Salaries paid in ${named} are not in these figures (no exchange rates): the operating cost says how much.`;
}
