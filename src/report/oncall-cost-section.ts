import { plural } from '../engine/change/plural.ts';
import { ADDS_ROUND_THE_CLOCK, EXTENDS, HIGH_TO_DEVELOPERS } from '../engine/oncall-cost/index.ts';
import { peopleNeededApart, peopleNeededWords } from '../engine/oncall-cost/people-needed-words.ts';
import type { OnCallFigures } from '../engine/plan/document/oncall-cost-document.ts';
import { DESIGN_TITLE, designRotationsBlocks } from './design-rotations.ts';
import { hours, percent } from './figures.ts';
import {
  blocksMarkdown,
  type Inline,
  mono,
  para,
  type SectionBlocks,
  strong,
} from './plan/blocks.ts';
import { money } from './plan/doc-figures.ts';

/**
 * §12.6: today’s rotations, the optimized design and the baseline, per month. One rendering for
 * `oncall-cost` and `plan`, so the two never word the same verdict differently; `perPerson` says
 * where each person's pay for a calendar month is found.
 */
export function onCallCostSection(cost: OnCallFigures, perPerson: Inline): string {
  return blocksMarkdown(onCallCostBlocks(cost, perPerson));
}

/** The same section as blocks: the plan's HTML writes it from them. */
export function onCallCostBlocks(cost: OnCallFigures, perPerson: Inline): SectionBlocks {
  const designs = [cost.current, cost.optimized, cost.teamRotationPerTeam];
  return {
    title: 'On-call design and cost (§12.6)',
    why: [
      'The optimized design starts from today’s rotations and changes only what §12.6 makes safer or cheaper: high-tier services keep a team rotation round the clock (a thin layer may take the runbook cases in front of it), medium tiers share domain rotations, low tiers go to an operations team where there is one and operations or nobody run them today (a low tier its developers or SRE run stays with them, as the recommendations advise). Each design is an estimate for an average month as the schedule staffs it (one person on call at a time), to compare designs; people needed are counted by the sizing rule; what a calendar month pays each person comes from its schedule (',
      perPerson,
      ').',
    ],
    blocks: [
      {
        headers: [
          'Design',
          'Rotations',
          'On call at once',
          'On call at night',
          'People needed',
          'Standby in business hours per month',
          'Standby outside business hours per month',
          'Incident work outside business hours per month',
          'Cost per month',
        ],
        rows: designs.map((d) => [
          DESIGN_TITLE[d.design],
          String(d.rotations.length),
          String(d.peopleOnCallAtOnce),
          String(d.peopleOnCallAtNight),
          String(d.peopleNeeded),
          hours(d.standbyHoursPerMonth.inside),
          hours(d.standbyHoursPerMonth.outside),
          hours(d.incidentOffHoursPerMonth),
          strong(costs(d)),
        ]),
      },
      para([
        strong(onCallHeadline(cost)),
        ` ${againstBaseline(cost)}${lowerTargetsSentence(cost)} Priced with compensation policy `,
        mono(cost.policy),
        '.',
      ]),
      para('Assumptions:'),
      { items: cost.assumptions },
    ],
  };
}

/** Each design's rotations with their standby and cost, as `oncall-cost` prints them. */
export function designRotationsSection(cost: OnCallFigures): string {
  return blocksMarkdown(designRotationsSectionBlocks(cost));
}

/**
 * §12.6: the rotations of each design, from the figures `oncall-cost` and the plan both hold
 * (`onCallFigures`): the one section the command and the plan's appendix write.
 */
export function designRotationsSectionBlocks(cost: OnCallFigures): SectionBlocks {
  return {
    title: 'Rotations of each on-call design (§12.6)',
    why: 'What each design puts on call, for which services, and what its standby costs in an average month (estimated).',
    blocks: designRotationsBlocks(
      [cost.current, cost.optimized, cost.teamRotationPerTeam].map((d) => ({
        design: d.design,
        notes: d.notes,
        rotations: d.rotations.map((r) => ({
          ...r,
          standbyOutside: hours(r.standbyHoursPerMonth.outside),
          standbyPay: `${amounts(r.standbyCosts)}${contractPays(r)}`,
          timeOff: hours(r.timeOffHoursPerMonth),
        })),
      })),
    ),
  };
}

/**
 * Where another company staffs the rotation and its contract pays their turns (`rotationProvider`,
 * §12.4.6): their share is 0 here, which is not free. Said beside the figure.
 */
function contractPays(r: OnCallFigures['current']['rotations'][number]): string {
  const p = r.provider;
  if (p === null || !p.paysOnCall) return '';
  const all = r.members === null || p.people >= r.members;
  return all
    ? ` here: its turns are paid in the contract with ${p.displayName}, who staffs it`
    : `: the company’s people’s turns; those of ${p.displayName}, who staffs it, are paid in its contract`;
}

/** Amounts in several currencies, side by side: never added (no exchange rates). */
const amounts = (list: readonly { amount: string; currency: string }[]) => {
  // A currency nobody of it is paid in says nothing; with no pay at all, the first says zero.
  const paid = list.filter((m) => !isZero(m));
  return (paid.length > 0 ? paid : list.slice(0, 1)).map(money).join(' and ');
};

/**
 * A design's cost per month: its default currency's, then any other currency its people are
 * paid in (§12.9.5).
 */
const costs = (d: OnCallFigures['current']) =>
  amounts(
    d.byCurrency.filter((c, i) => i === 0 || !isZero(c.monthlyCost)).map((c) => c.monthlyCost),
  );

/** Document money without its sign: the verdict says which way it goes. */
const unsigned = (m: { amount: string; currency: string }) =>
  money({ amount: m.amount.replace(/^-/, ''), currency: m.currency });
const isZero = (m: { amount: string }) => /^-?0*(\.0*)?$/.test(m.amount);

/**
 * Who the optimized design hires for its thin layer and what they earn (§12.6): "2 operations
 * engineers at Madrid, 70,000.00 EUR a year each, the default salary".
 */
export function thinLayerHiresWords(h: NonNullable<OnCallFigures['thinLayerHires']>): string {
  const role = h.role === 'ops-engineer' ? 'operations engineer' : 'developer';
  const basis = h.basis === 'band' ? `salary band ${h.band}` : 'the default salary';
  return `${h.people} ${role}${h.people === 1 ? '' : 's'}${h.location === null ? '' : ` at ${h.location}`}, ${money(h.annualEach)} a year each, ${basis}`;
}

/** The optimized design against today, in money and in people; never a saving that is not one. */
function onCallHeadline(cost: OnCallFigures): string {
  const hires = cost.thinLayerHires;
  if (hires) return withHiresHeadline(cost, hires);
  const v = cost.vsCurrent;
  // The company's own rotations, a contract's seats apart (§12.4.6).
  const onRotations = `needs ${peopleNeededWords(cost.optimized.rotations, cost.current.rotations)}`;
  // Per currency (§12.9.5, no exchange rates): what it saves in some, what it costs in others.
  const several = v.byCurrency.length > 1;
  const lower = v.byCurrency.filter((m) => !m.amount.startsWith('-') && !isZero(m));
  const higher = v.byCurrency.filter((m) => m.amount.startsWith('-'));
  const today = Number(cost.current.monthlyCost.amount);
  const share =
    several || today === 0 ? '' : ` (${percent((Math.abs(Number(v.money.amount)) / today) * 100)})`;
  const diff = several
    ? (v.verdict === 'costs-more' ? higher : lower).map(unsigned).join(' and ')
    : unsigned(v.money);
  const saved = several ? lower.length > 0 : !v.money.amount.startsWith('-') && !isZero(v.money);
  const alsoSaves =
    several && v.verdict === 'costs-more' && lower.length > 0
      ? ` (it costs ${lower.map(unsigned).join(' and ')} less, but amounts in two currencies are not added)`
      : '';
  switch (v.verdict) {
    case 'saves':
      return saved
        ? `The optimized design saves ${diff} per month${share} against today’s rotations and ${onRotations}.`
        : `The optimized design costs the same per month as today’s rotations and ${onRotations}.`;
    case 'costs-more': {
      // What makes it dearer: round-the-clock cover for high tiers, added or extended.
      const adds = cost.optimized.notes.flatMap((n) =>
        n.startsWith(ADDS_ROUND_THE_CLOCK) || n.startsWith(HIGH_TO_DEVELOPERS)
          ? [`it adds ${n}`]
          : n.startsWith(`${EXTENDS} `)
            ? [`it ${EXTENDS}s ${n.slice(EXTENDS.length + 1)}`]
            : [],
      );
      return `The optimized design costs ${diff} more per month than today’s rotations${share}${alsoSaves} and ${onRotations}: it is no saving${adds.map((a) => `; ${a}`).join('')}.`;
    }
    case 'needs-more-people':
      return saved
        ? `The optimized design costs ${diff} less per month than today’s rotations but ${onRotations}: it is no saving.`
        : `The optimized design costs the same per month as today’s rotations but ${onRotations}: it is no saving.`;
    case 'same':
      return 'Today’s rotations already follow §12.6: the optimized design costs the same and needs as many people.';
  }
}

/**
 * The headline when the design must hire to staff its thin layer (§12.6): their salaries are a
 * cost of the design, so the comparison with today counts them (`savingVsCurrent`) and says
 * their basis; a design that costs more once they are paid is never called a saving.
 */
function withHiresHeadline(
  cost: OnCallFigures,
  hires: NonNullable<OnCallFigures['thinLayerHires']>,
): string {
  const v = cost.vsCurrent;
  const who = `the ${plural(hires.people, 'person')} it must hire to staff ${hires.rotations.join(', ')} (${thinLayerHiresWords(hires)})`;
  const onCall = isZero(v.money)
    ? 'the same on-call pay'
    : `${unsigned(v.money)} ${v.money.amount.startsWith('-') ? 'more' : 'less'} on-call pay per month`;
  const rotations = peopleNeededWords(cost.optimized.rotations, cost.current.rotations);
  if (hires.perMonth === null)
    return `The optimized design has ${onCall} than today’s rotations and needs ${rotations}, before the salaries of ${who}, paid in another currency than the policy’s (no exchange rates): it is no saving until they are counted.`;
  const net =
    Number(cost.current.monthlyCost.amount) -
    Number(cost.optimized.monthlyCost.amount) -
    Number(hires.perMonth.amount);
  const netMoney = money({ amount: Math.abs(net).toFixed(2), currency: cost.currency });
  const today = Number(cost.current.monthlyCost.amount);
  const share = today === 0 ? '' : ` (${percent((Math.abs(net) / today) * 100)})`;
  const paid = `${onCall}, and ${money(hires.perMonth)} per month of salaries for ${who}`;
  if (net > 0 && v.people <= 0)
    return `The optimized design saves ${netMoney} per month${share} against today’s rotations once its thin layer is staffed: ${paid}; it needs ${rotations}.`;
  const costs =
    net === 0
      ? 'costs as much as today’s rotations'
      : `costs ${netMoney} ${net < 0 ? 'more' : 'less'} per month than today’s rotations${net < 0 ? share : ''}`;
  return `The optimized design ${costs} once its thin layer is staffed: ${paid}; it needs ${rotations}: it is no saving.`;
}

/**
 * Where teams cannot staff the team rotations the design adds or extends: how many, and the
 * design with those services' targets lowered (§12.6, §12.8), in people and money.
 */
function lowerTargetsSentence(cost: OnCallFigures): string {
  const alternative = cost.lowerTargets;
  if (alternative === null) return '';
  const short = cost.optimized.rotations.filter(
    (r) => r.team !== null && r.team.people < r.peopleNeeded,
  ).length;
  // The company's own people: a contract's seats are not its hires (§12.4.6).
  const seats = peopleNeededApart(alternative.optimized.rotations, cost.current.rotations);
  const people = seats.allOwn
    ? `${seats.own.design} people`
    : `${seats.own.design} people of its own, ${seats.contractWords},`;
  return ` ${short === 1 ? 'One team rotation it adds or extends needs' : `${short} team rotations it adds or extends need`} more people than ${short === 1 ? 'its team has' : 'their teams have'} (see the design's notes); with the targets of ${alternative.services.join(', ')} lowered to the medium tier it needs ${people} and costs ${costs(alternative.optimized)} per month.`;
}

/** The optimized design against a team rotation for every team, the chapter's baseline. */
function againstBaseline(cost: OnCallFigures): string {
  // Against the baseline in on-call pay: the thin layer's hires are said in the headline.
  if (cost.thinLayerHires)
    return againstBaselinePay(cost).replace(/^It costs|^Against/, (w) =>
      w === 'Against' ? 'In on-call pay, against' : 'In on-call pay it costs',
    );
  return againstBaselinePay(cost);
}

function againstBaselinePay(cost: OnCallFigures): string {
  const several =
    cost.optimized.byCurrency.length > 1 || cost.teamRotationPerTeam.byCurrency.length > 1;
  if (several) return againstBaselinePerCurrency(cost);
  const saved = cost.saving;
  if (isZero(saved)) return 'It costs as much as a team rotation for every team.';
  return saved.amount.startsWith('-')
    ? `It costs ${unsigned(saved)} more per month than a team rotation for every team.`
    : `Against a team rotation for every team it saves ${unsigned(saved)} per month (${percent(saved.percent)}).`;
}

/**
 * The optimized design against the baseline where people are paid in several currencies: each
 * currency's difference, and a saving only when no currency costs more (§12.9.5).
 */
function againstBaselinePerCurrency(cost: OnCallFigures): string {
  const minor = (m: { amount: string }) => Number(m.amount);
  const of = (d: OnCallFigures['current'], currency: string) =>
    d.byCurrency.find((c) => c.currency === currency)?.monthlyCost ?? { amount: '0', currency };
  const currencies = [
    ...new Set(
      [...cost.teamRotationPerTeam.byCurrency, ...cost.optimized.byCurrency].map((c) => c.currency),
    ),
  ];
  const diffs = currencies.map((c) => {
    const base = of(cost.teamRotationPerTeam, c);
    const mine = of(cost.optimized, c);
    return { currency: c, by: minor(base) - minor(mine), base, mine };
  });
  const more = diffs.filter((d) => d.by < 0);
  const less = diffs.filter((d) => d.by > 0);
  const list = (ds: typeof diffs) =>
    ds.map((d) => `${money(d.base)} → ${money(d.mine)}`).join(' and ');
  if (more.length === 0 && less.length === 0)
    return 'It costs as much as a team rotation for every team.';
  if (more.length === 0)
    return `Against a team rotation for every team it costs less in every currency (${list(less)} per month).`;
  return `Against a team rotation for every team it costs more in ${more.map((d) => d.currency).join(' and ')} (${list(more)} per month)${less.length > 0 ? ` and less in ${less.map((d) => d.currency).join(' and ')} (${list(less)})` : ''}: no saving is claimed across currencies.`;
}
