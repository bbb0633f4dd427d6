import type { CompiledModel as Model, RunModel } from '../../../model/index.ts';
import { personDisplayName, RUN_MODEL_LABELS } from '../../../model/index.ts';
import { drivingQuestions } from '../../change/driving-questions.ts';
import { plural } from '../../change/plural.ts';
import type { AnnualCostTable } from '../../funding/index.ts';
import { limitsAsk, limitsTakenTo } from '../../funding/limits-ask.ts';
import { sameDomainPagerWords, standbyWords } from '../../oncall-cost/index.ts';
import { CONTRACT_TURNS, unpaidStandby, whereLowered } from '../../oncall-cost/oncall-cost.ts';
import { peopleNeededApart, peopleNeededWords } from '../../oncall-cost/people-needed-words.ts';
import { rotationsShortOfPeople, shortOfPeopleWords } from '../../oncall-cost/short-of-people.ts';
import { ownerTeamOnlyCover, ownerTeamOnlyWords } from '../../routing/owner-team-only-cover.ts';
import {
  type InterimWaitGroup,
  interimSection,
  interimUntil,
  interimWaitGroup,
  interimWaitKey,
} from '../../spectrum/interim-until.ts';
import { sreTeamToAgreeWith } from '../../spectrum/sre-team-to-agree-with.ts';
import { contractAsk, contractShortWords } from '../../staffing/contract-staffing.ts';
import { hiringWavesInBrief, sreCount } from '../../staffing/hiring-waves.ts';
import { practiceTradeOff } from '../../staffing/practice-places.ts';
import { practiceStartWords } from '../../staffing/practice-start.ts';
import { surplusDecision } from '../../staffing/surplus-words.ts';
import type { PlanDocument, PlanSummary } from './plan-document-schema.ts';
import { planSurplusAllocation } from './plan-surplus-allocation.ts';
import { promotionDecision, promotionNote } from './promotion-note.ts';
import type { PlanSectionId } from './section-ids.ts';
import { shortRotationsTheDesignReplaces } from './short-rotations-replaced.ts';
import { teamStaffingDecisions } from './team-staffing-decision.ts';

type Body = Omit<PlanDocument, 'summary'>;

const TIERS = ['high', 'medium', 'low'] as const;
const TOP_RISKS = 5;
/** The question the hiring list answers, whatever the model's open positions say (§12.10.2). */
const ANSWERED_BY_HIRING = /^Where in the world/;
/**
 * The least share of today's on-call cost the optimized design must save for the move alone to be
 * worth asking for: below it the difference is within what the estimate can tell apart (incident
 * hours are assumed or averaged, one person on call at a time), and a reorganization of who is on
 * call costs more in attention than it saves.
 */
export const MEANINGFUL_ONCALL_SAVING_PERCENT = 5;

/**
 * The first page (issue #13): what to do (the target mix per tier and where SRE sits), what it
 * costs (today → target, people and money per year; head count against limits), what could go
 * wrong (the top risks), the decisions asked of the reader and the open questions. Every figure
 * names the one place in the document it comes from (a JSON pointer) and the section that
 * explains it, so the summary repeats figures and never computes its own.
 */
export function planSummary(model: Model, doc: Body, annualCost?: AnnualCostTable): PlanSummary {
  const mixByTier = TIERS.map((tier) => {
    const of = doc.services.filter((s) => s.tier === tier);
    // A tier from demand or the default holds until a target is set: the reader sees how many.
    const withoutTarget = of.filter((s) => s.tierBasis !== 'target').length;
    const today: Partial<Record<string, number>> = {};
    const target: Partial<Record<string, number>> = {};
    for (const s of of) {
      today[s.runModel] = (today[s.runModel] ?? 0) + 1;
      target[s.recommendation.runModel] = (target[s.recommendation.runModel] ?? 0) + 1;
    }
    return { tier, services: of.length, withoutTarget, today, target };
  }).filter((t) => t.services > 0);
  const changes = doc.services.filter((s) => s.recommendation.runModel !== s.runModel).length;
  const recommended = doc.placementOptions.options.find((o) => o.recommended);
  const figures: PlanSummary['figures'] = [];
  const figure = (id: string, label: string, source: string, anchor: PlanSectionId) => {
    const value = resolvePointer(doc, source);
    if (value === undefined || value === null) return;
    figures.push({
      id,
      label,
      value: value as PlanSummary['figures'][number]['value'],
      source,
      anchor,
    });
  };
  figure(
    'cost-today',
    'Operating model cost per year, today',
    '/cost/today/total',
    'operating-cost',
  );
  figure(
    'cost-target',
    'Operating model cost per year, target',
    '/cost/target/total',
    'operating-cost',
  );
  figure('cost-change', 'Change per year', '/cost/change', 'operating-cost');
  figure(
    'people-today',
    'People in the operating model, today',
    '/cost/today/people',
    'operating-cost',
  );
  figure(
    'people-target',
    'People in the operating model, target',
    '/cost/target/people',
    'operating-cost',
  );
  if (doc.onCallCost.ok) {
    figure(
      'oncall-today',
      'On-call cost per month, today',
      '/onCallCost/cost/current/monthlyCost',
      'oncall-cost',
    );
    figure(
      'oncall-target',
      'On-call cost per month, optimized design',
      '/onCallCost/cost/optimized/monthlyCost',
      'oncall-cost',
    );
    // Saving-positive, as `oncall-cost` compares designs: the summary shows it as the change.
    figure(
      'oncall-saving',
      'On-call cost per month the optimized design saves against today (negative: it costs more)',
      '/onCallCost/cost/vsCurrent/money',
      'oncall-cost',
    );
    // §12.9.5: people paid by a policy in another currency cost a sum of their own, one figure per
    // currency beside the default's, never added to it (no exchange rates).
    const { current, optimized, vsCurrent } = doc.onCallCost.cost;
    const others = [
      ...new Set([...current.byCurrency, ...optimized.byCurrency].map((c) => c.currency)),
    ].filter((c) => c !== current.monthlyCost.currency);
    for (const c of others) {
      const at = (list: readonly { currency: string }[]) => list.findIndex((x) => x.currency === c);
      const today = at(current.byCurrency);
      const target = at(optimized.byCurrency);
      const saving = at(vsCurrent.byCurrency);
      if (today >= 0)
        figure(
          `oncall-today-${c}`,
          `On-call cost per month in ${c}, today`,
          `/onCallCost/cost/current/byCurrency/${today}/monthlyCost`,
          'oncall-cost',
        );
      if (target >= 0)
        figure(
          `oncall-target-${c}`,
          `On-call cost per month in ${c}, optimized design`,
          `/onCallCost/cost/optimized/byCurrency/${target}/monthlyCost`,
          'oncall-cost',
        );
      if (saving >= 0)
        figure(
          `oncall-saving-${c}`,
          `On-call cost per month in ${c} the optimized design saves against today (negative: it costs more)`,
          `/onCallCost/cost/vsCurrent/byCurrency/${saving}`,
          'oncall-cost',
        );
    }
    // §12.9.5: a cost of nothing under a policy that pays nothing for standby is unpaid standby,
    // not free: the summary carries the on-call section's words beside its figures.
    const unpaid = doc.onCallCost.cost.assumptions.indexOf(
      unpaidStandby(doc.onCallCost.cost.policy),
    );
    if (unpaid >= 0)
      figure(
        'oncall-unpaid',
        'Why the on-call cost is no measure of the burden',
        `/onCallCost/cost/assumptions/${unpaid}`,
        'oncall-cost',
      );
    // §12.4.6: the turns another company's people take cost 0 in on-call pay because its contract
    // pays them; the summary names the rotations and who staffs them, so 0 is not read as free.
    const contract = doc.onCallCost.cost.assumptions.findIndex((a) => a.startsWith(CONTRACT_TURNS));
    if (contract >= 0)
      figure(
        'oncall-contract',
        'Which turns the on-call cost prices at 0 because another company’s contract pays them',
        `/onCallCost/cost/assumptions/${contract}`,
        'oncall-cost',
      );
  }
  figure(
    'sre-cost',
    doc.businessCase.sreInTarget
      ? 'Cost of SRE per year, target'
      : 'On-call pay per year, target (no SRE in the target)',
    '/businessCase/sreCostPerYear',
    'business-case',
  );
  figure(
    'break-even',
    'Downtime hours a year SRE must prevent to pay for itself',
    '/businessCase/breakEvenHoursPerYear',
    'business-case',
  );
  figure(
    'revenue-protected',
    'Revenue SRE protected per year, measured from incidents',
    '/businessCase/revenueProtected/perYear',
    'business-case',
  );
  figure(
    'revenue-protected-share',
    'Revenue protected per year as a percentage of the cost of SRE',
    '/businessCase/revenueProtected/shareOfSreCost',
    'business-case',
  );
  // Another company's people are not the company's heads (§12.4.6): its contract has no head
  // count of ours to set against a limit, unless the model gives it one.
  const headcount = doc.staffing.funding
    .filter((f) => !f.contract || f.headcountLimit !== null)
    .map((f) => ({
      organization: f.organization,
      planned: f.planned.headcount,
      limit: f.headcountLimit,
      breaks: f.breaksHeadcount,
      breaksBudget: f.breaksBudget,
    }));
  const decisions: PlanSummary['decisions'] = [];
  const decide = (
    id: string,
    question: string,
    proposal: string,
    section: string,
    anchor: PlanSectionId,
    tradeOff: string | null = null,
  ) => decisions.push({ id, question, proposal, tradeOff, section, anchor });
  if (recommended) {
    const current = doc.placementOptions.current;
    // A team in name only does not move with SRE's home (§12.4.6, §12.9.4): said, so a reader
    // who sees it sit elsewhere knows why it stays.
    const stays = doc.staffing.staysInNameOnly
      .map(
        (t) =>
          ` Team ${t.team} is an SRE team in name only: it stays in ${t.organization}; its engineers can join SRE through the same bar as hires (§12.4.6, §12.9.4).`,
      )
      .join('');
    // Where SRE sits is decided once (§12.8.2): an SRE team of another home moves to it even when
    // most of SRE already sits there, and the decision says so, with the prices the move ends.
    const moves = doc.staffing.moves
      .map(
        (m) =>
          ` SRE team ${m.team} moves with its ${m.people.length} ${m.people.length === 1 ? 'person' : 'people'} from ${m.from} to ${m.to}.${repricedByMove(doc, m.team)}`,
      )
      .join('');
    decide(
      'placement',
      'Where does SRE sit?',
      current === recommended.home
        ? `Keep SRE where it is: ${recommended.label.replace(/^A /, 'a ')}.${moves}${stays}`
        : `${recommended.label}${current ? `, moved from the ${current} organization` : ''}.${moves}${stays}`,
      '§12.8.2',
      'placement-options',
    );
  }
  const serviceChanges = doc.transitions.filter((t) => t.scope === 'service');
  // A service nobody decided to run that looks covered only because its team is on a rotation
  // (§12.8.1): the decision says so, in `check`'s words, beside what the plan proposes for it.
  const undecided = [...model.services.values()].flatMap((s) => {
    const cover = ownerTeamOnlyCover(model, s);
    if (!cover) return [];
    const to = serviceChanges.find((t) => t.name === s.name)?.to;
    return [
      ` ${s.name} is ${ownerTeamOnlyWords(cover)}${to ? `; the plan proposes ${RUN_MODEL_LABELS[to]}` : ''}.`,
    ];
  });
  if (serviceChanges.length > 0 || undecided.length > 0) {
    decide(
      'run-models',
      'Who runs each service?',
      `${
        serviceChanges.length > 0
          ? `Change the run model of ${serviceChanges.length} service${serviceChanges.length === 1 ? '' : 's'}: ${byTarget(serviceChanges).join('; ')}.${agreeFirstWords(model, doc, serviceChanges)}`
          : 'Decide who runs the services below.'
      }${undecided.join('')}`,
      '§12.8.1',
      'transitions',
    );
  }
  // The hires a team makes before operations hand it a high tier (§12.9.5): asked, as the risk
  // register's "hire N first" says them.
  for (const d of teamStaffingDecisions(model, doc, annualCost))
    decide(d.id, d.question, d.proposal, '§12.9.5', 'services');
  const hires = doc.staffing.hiring.reduce((n, h) => n + h.count, 0);
  const promoted = doc.promotions.filter((p) => p.promoted > 0);
  const practice = doc.staffing.practice;
  const offered = practice?.offered ?? 0;
  if (hires > 0 || promoted.length > 0 || offered > 0) {
    const tradeOff = hiringTradeOff(doc);
    const list = doc.staffing.hiring
      .map((h) => `${h.count} ${h.level} SRE${h.count === 1 ? '' : 's'} at ${h.location}`)
      .join(', ');
    // More hires than the SREs there can bring in at once are phased (§12.10, §12.1 Planning).
    const waves = hiringWavesInBrief(doc.staffing.hiring, sreCount(doc.staffing.headcount));
    // Practice needs someone there who practises SRE to mentor it (§12.9.4, §12.10).
    const start = practiceStartWords(doc.staffing.hiring, doc.staffing.headcount);
    decide(
      'hiring',
      tradeOff ? 'Do we hire, or grow the SREs we have?' : 'Which SREs do we hire?',
      `${
        offered > 0
          ? `offer ${offered} junior SRE place${offered === 1 ? '' : 's'} to the ${offered === 1 ? 'person' : 'people'} with an SRE title and no SRE practice, to practise before the role is assigned (§12.9.4)${start ? `, ${start}` : ''}; `
          : ''
      }${promoted.map((p) => `${promotionDecision(p)} (§12.10.2); `).join('')}${hires > 0 ? `the hiring list: ${list}${waves ? `, ${waves}` : ''}` : 'no hire'}${placesHeld(
        doc,
      )
        .map((p) => `; ${p}`)
        .join('')}.`.replace(/^./, (c) => c.toUpperCase()),
      '§12.10.2',
      'hiring',
      tradeOff,
    );
  }
  // SREs beyond their sites' places and SRE teams beyond §12.4.1 are a decision, not silence;
  // the figures by site and every option are the head count section's.
  // The free SREs go where the surplus allocation sends them, over the short rotations the plan
  // keeps and asks to grow (§12.6): the risk register names the same rotations and people.
  const surplus = surplusDecision(
    doc.staffing.surplus,
    doc.staffing.sreTeams,
    planSurplusAllocation(doc.staffing),
    (sre) => personDisplayName(model, sre),
    doc.staffing.hiring.reduce((n, h) => n + h.count, 0),
  );
  if (surplus)
    decide(
      'surplus',
      'What do we do with the SREs and SRE teams beyond what we need?',
      surplus,
      '§12.10.2',
      'sre-headcount',
    );
  // Hires, an SRE team moving to where the plan puts SRE (§12.8.2) and open positions funded as
  // themselves are what the plan adds; a promotion adds no head, but its raise may take a budget
  // over (§12.10.2, §12.4.6). Asked about every limit it breaks, as the risk register says it.
  for (const f of doc.staffing.funding) {
    const ask = limitsAsk(f, DOCUMENT_MONEY);
    if (ask) decide(`limits-${f.organization}`, ask.question, ask.proposal, '§12.4.6', 'funding');
  }
  const onCallDesign = doc.onCallCost.ok ? onCallDesignDecision(doc, doc.onCallCost.cost) : null;
  // A short team pager a same-domain pager with room could take is offered first, in the words
  // of the design's note and the risk register (§12.6): it spares people and standby pay.
  const pagers = doc.onCallCost.ok ? sameDomainPagerOffers(doc.onCallCost.cost) : null;
  const onCallProposal = [pagers, onCallDesign].filter((p) => p !== null).join(' ');
  if (onCallProposal !== '')
    decide(
      'oncall-design',
      'Which on-call design do we run?',
      onCallProposal,
      '§12.6',
      'oncall-cost',
      doc.onCallCost.ok && onCallDesign?.startsWith('Move to ')
        ? teamShortfallTradeOff(doc.onCallCost.cost)
        : null,
    );
  if (
    !doc.onCallCost.ok &&
    doc.onCallCost.code === 'no-compensation-policy' &&
    model.rotations.size > 0
  ) {
    decide(
      'compensation',
      'How is on-call out of hours compensated?',
      'Agree a compensation policy; time off in lieu can start at once (§12.9.5).',
      '§12.9.5',
      'oncall-cost',
    );
  }
  const sreHead = doc.newDirector.organizations.find((o) => o.runsSreTeamModels);
  if (doc.newDirector.needed && sreHead?.head && sreHead.headHeads) {
    // The head of the company (or of product delivery) holding SRE reports to nobody above SRE:
    // SRE already reports to the top, and what §12.8.2 leaves to decide is a head of its own.
    decide(
      'director',
      'Does SRE get a director or VP of its own?',
      `${sreHead.head} heads SRE as head of ${sreHead.headHeads}: SRE reports to the top directly, and no one heads it alone. An SRE organization running SRE team models needs a director or VP of its own: appoint one reporting to ${sreHead.head}, or record that ${sreHead.head} keeps SRE. Head count and the SRE cost count ${sreHead.head} in ${sreHead.headHeads}, not in SRE.`,
      '§12.8.2',
      'new-director',
    );
  } else if (doc.newDirector.needed) {
    const org = sreHead;
    decide(
      'director',
      'Whom does the head of SRE report to?',
      org?.head
        ? `${org.head} heads SRE${org.headReportsTo ? ` and reports to ${org.headReportsTo}` : ''}: confirm the line (CTO, CIO, head of product delivery or of the product area).`
        : org
          ? `${org.organization} names no head: name its director or VP and the line they report to (CTO, CIO, head of product delivery or of the product area).`
          : 'Appoint a director or VP of SRE and choose the line they report to (CTO, CIO, head of product delivery or of the product area).',
      '§12.8.2',
      'new-director',
    );
  }
  const openQuestions = drivingQuestions(model)
    .flatMap((c) =>
      c.questions.flatMap((q) =>
        q.status === 'open' ? [{ question: q.question, why: q.why, category: c.category }] : [],
      ),
    )
    .filter((q) => !(hires > 0 && ANSWERED_BY_HIRING.test(q.question)));
  return {
    mixByTier,
    changes,
    meanwhile: meanwhile(doc),
    placement: recommended
      ? { home: recommended.home, label: recommended.label, why: doc.placementOptions.why }
      : {
          home: doc.placementOptions.recommended,
          label: doc.placementOptions.recommended,
          why: doc.placementOptions.why,
        },
    figures,
    headcount,
    topRisks: doc.risks.slice(0, TOP_RISKS).map((r) => r.id),
    decisions,
    openQuestions,
  };
}

const LEVELS = ['junior', 'senior', 'principal'] as const;

/**
 * What the services moving to an SRE model must agree with their SRE team first (`agreeFirst`,
 * `policyToAgree`): " Before SRE takes its share of their on-call, agree: an error budget policy,
 * with a rule for when SRE hands the service back, for hl7-interface-engine (§12.4.1, …)." Said
 * in the decision, so the move is not approved without the agreement the checks ask for.
 */
function agreeFirstWords(
  model: Model,
  doc: Body,
  changes: readonly Body['transitions'][number][],
): string {
  const moving = new Set(changes.map((t) => t.name));
  const withTeam = (name: string, team: string | null) =>
    team === null ? name : `${name} (with ${sreTeamToAgreeWith(model, team)})`;
  const policy: string[] = [];
  const handback = new Map<string, string[]>();
  for (const s of doc.services) {
    if (!moving.has(s.name)) continue;
    const { agreeFirst, sreTeam } = s.recommendation;
    if (agreeFirst === 'error-budget-policy') policy.push(withTeam(s.name, sreTeam));
    if (agreeFirst === 'handback-rule' && s.errorBudgetPolicy !== null) {
      const of = handback.get(s.errorBudgetPolicy) ?? [];
      handback.set(s.errorBudgetPolicy, [...of, withTeam(s.name, sreTeam)]);
    }
  }
  const parts = [
    ...(policy.length === 0
      ? []
      : [
          `an error budget policy, with a rule for when SRE hands the service back, for ${policy.join(', ')}`,
        ]),
    ...[...handback].map(
      ([name, services]) =>
        `a rule for when SRE hands the service back in error budget policy ${name}, for ${services.join(', ')}`,
    ),
  ];
  if (parts.length === 0) return '';
  return ` Before SRE takes a share of the on-call, agree ${parts.join('; and ')}: the policy governs the SRE engagement, and handing back is how the SRE team regulates its workload (§12.1, §12.4.1, §12.4.2, §12.5).`;
}

/**
 * The transfer prices a moving SRE team's support was bought at from the organization it leaves
 * for a third (`supportRepriced`, §12.4.7), said in the decision that moves it: the price ends
 * with the move and is agreed anew, as the funding section says, so whoever approves the move
 * knows it reopens a price.
 */
function repricedByMove(doc: Body, sreTeam: string): string {
  return doc.staffing.funding
    .flatMap((f) =>
      f.supportRepriced
        .filter((t) => t.sreTeam === sreTeam)
        .map(
          (t) =>
            ` ${f.organization} buys its support at the transfer price ${t.transferPrice}, negotiated with ${t.provider} (${t.hoursPerMonth} hours a month, ${shown(t.perYear.amount, t.perYear.currency)} a year): that price ends with the move; ${t.movesTo} and ${f.organization} renegotiate it, or ${t.movesTo} carries the cost of the support in its own cost center (§12.4.7).`,
        ),
    )
    .join('');
}

/**
 * The changes of model grouped by target, in plan order: "policy-admin-core, claims-intake to you
 * build it, you and SRE run it (you build it, you run it until their team's SRE joins)".
 */
function byTarget(changes: readonly Body['transitions'][number][]): string[] {
  const groups = new Map<string, Body['transitions'][number][]>();
  for (const t of changes) {
    const key = `${t.to}|${t.interim ?? ''}|${interimWaitKey(t.until && interimWaitGroup(t.until))}`;
    const group = groups.get(key);
    // Pushed, not copied: 50,000 changes copied into a new array each made this quadratic.
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0] as Body['transitions'][number];
    const names = g.map((t) => t.name).join(', ');
    const until =
      first.interim === null || first.until === null
        ? ''
        : ` (${RUN_MODEL_LABELS[first.interim]} until ${interimUntil(first.until, g.length > 1)}, ${interimSection(first.until)})`;
    return `${names} to ${RUN_MODEL_LABELS[first.to]}${until}`;
  });
}

/**
 * The services whose target waits (an SRE to join, §12.4.1; a team to staff a rotation round the
 * clock, §12.9.5; operations to stop keeping a rotation for a high tier, §12.6), grouped by
 * target, interim model and what they wait for: what the summary says runs them meanwhile.
 */
function meanwhile(doc: Body): PlanSummary['meanwhile'] {
  const out: {
    target: RunModel;
    interim: RunModel;
    until: InterimWaitGroup;
    services: string[];
  }[] = [];
  for (const s of doc.services) {
    const { runModel: target, interim } = s.recommendation;
    if (interim === null || s.recommendation.until === null) continue;
    const until = interimWaitGroup(s.recommendation.until);
    const key = interimWaitKey(until);
    const group = out.find(
      (g) => g.target === target && g.interim === interim && interimWaitKey(g.until) === key,
    );
    if (group) group.services.push(s.name);
    else out.push({ target, interim, until, services: [s.name] });
  }
  return out;
}

/**
 * The places of a level that spare SREs of a higher level hold instead of a hire, as staffing's
 * head count table counts them (a senior SRE can support a development team in a junior's place,
 * §12.10): "2 junior places are held by the senior SREs beyond the 6 needed".
 */
function placesHeld(doc: Body): string[] {
  const roles = doc.staffing.headcount.roles;
  return LEVELS.flatMap((level) =>
    roles[level].heldAbove.map(
      (h) =>
        `${h.count} ${level} place${h.count === 1 ? ' is' : 's are'} held by the ${h.level} SREs beyond the ${roles[h.level].needed} needed`,
    ),
  );
}

/**
 * A hire is not settled when SREs of a lower level are more than needed, or when it takes an
 * organization over its head count limit (§12.4.6): the decision states both sides instead.
 * Surplus below a level short of people can grow into it once they meet its criteria (a
 * promotion, §12.10.2). Surplus above it already holds that level's places in the hiring list
 * (`placesHeld`); a senior is never "grown" into a junior. The plan's hiring decision and the
 * hiring list of `staffing` and `plan` say it in these words.
 */
export function hiringTradeOff(doc: Pick<Body, 'staffing' | 'promotions'>): string | null {
  // Nothing to weigh where nobody is hired, promoted or offered a practice place.
  if (
    doc.staffing.hiring.every((h) => h.count === 0) &&
    doc.promotions.every((p) => p.promoted === 0) &&
    (doc.staffing.practice?.offered ?? 0) === 0
  )
    return null;
  const roles = doc.staffing.headcount.roles;
  // The places nobody holds: hires, and the places promotions and practice fill instead.
  const hires = new Map<(typeof LEVELS)[number], number>();
  for (const h of doc.staffing.hiring) hires.set(h.level, (hires.get(h.level) ?? 0) + h.count);
  for (const p of doc.promotions)
    if (p.promoted > 0) hires.set(p.level, (hires.get(p.level) ?? 0) + p.promoted);
  const offered = doc.staffing.practice?.offered ?? 0;
  if (offered > 0) hires.set('junior', (hires.get('junior') ?? 0) + offered);
  // Each spare SRE is offered once: to the highest level short of people first. The spare are
  // those the promotions count (`promotions`): beyond their own site's places and the places
  // below they hold, and at another site only those no rotation needs where they are (§12.6).
  const spare = new Map(
    LEVELS.map((l) => [
      l,
      hires.has(l) ? 0 : (doc.promotions.find((p) => p.from === l)?.spare ?? 0),
    ]),
  );
  const free = new Map(spare);
  const more = (l: (typeof LEVELS)[number]) => {
    const n = roles[l].current - roles[l].needed;
    const f = free.get(l) ?? 0;
    // "2 senior SREs beyond the 3 needed": "are more than the 3 needed" read as fewer than 3.
    const beyond = `${plural(n, `${l} SRE`)} beyond the ${roles[l].needed} needed`;
    // "the others hold" of one other read as several (streaming-media: 2 of the 3).
    const others =
      n - f === 1 ? 'the other holds a place or a rotation' : 'the others hold places or rotations';
    return f < n ? `${f} of the ${beyond} free to grow (${others})` : beyond;
  };
  const parts: string[] = [];
  // Whether the plan recommends growing before hiring (§12.10.2): then the hire is the fallback.
  let grow = false;
  for (const level of [...LEVELS].reverse()) {
    const count = hires.get(level);
    if (count === undefined) continue;
    const rank = LEVELS.indexOf(level);
    // Only the level just below grows into this one: a promotion is one step (§12.10.2).
    const below = LEVELS.filter((l, i) => i === rank - 1 && (spare.get(l) ?? 0) > 0);
    let taken = 0;
    for (const l of below) {
      const n = Math.min(spare.get(l) ?? 0, count - taken);
      spare.set(l, (spare.get(l) ?? 0) - n);
      taken += n;
    }
    if (taken > 0) {
      const promotion = doc.promotions.find((p) => p.level === level);
      if (promotion && promotion.advice !== 'hire') grow = true;
      const [first] = below;
      // "there is 1 of the 2 …": the number the sentence starts with.
      const lead =
        first === undefined
          ? 0
          : Math.min(free.get(first) ?? 0, roles[first].current - roles[first].needed);
      const one = below.length === 1 && lead === 1;
      const spareText = `there ${one ? 'is' : 'are'} ${below.map(more).join(' and ')}`;
      parts.push(
        promotion && below.includes(promotion.from)
          ? promotionNote(promotion, spareText)
          : `${spareText}: growing one of them into the ${level} role when they meet the §12.10.2 criteria fills the gap without a hire`,
      );
    }
  }
  const breaches = doc.staffing.funding.filter((f) => f.hires > 0 && f.breaksHeadcount);
  if (breaches.length > 0)
    parts.push(
      `hiring takes ${breaches.map((f) => limitsTakenTo(f, DOCUMENT_MONEY)).join(' and ')} (§12.4.6)`,
    );
  const budgetToo = breaches.some((f) => f.breaksBudget && f.budget?.kind === 'over');
  const ifHired = doc.promotions.flatMap((p) => p.limitsIfHired);
  if (ifHired.length > 0)
    parts.push(
      `a hire in place of the promotion would take ${ifHired.map((l) => `${l.organization} to ${l.headcount} people against its limit of ${l.limit}`).join(' and ')} (§12.4.6)`,
    );
  // People with an SRE title and no practice take junior places before a hire (§12.9.4).
  const practice = doc.staffing.practice;
  const practised = practice !== null && practice.offered > 0;
  if (practice && practised) parts.unshift(practiceTradeOff(practice));
  if (parts.length === 0) return null;
  if (grow || practised) {
    const what = [
      ...(practised ? ['the people offered practice places'] : []),
      ...(grow ? ['the promotion'] : []),
    ].join(' and ');
    const cite = [...(practised ? ['§12.9.4'] : []), ...(grow ? ['§12.10.2'] : [])].join(', ');
    return `Grow before you hire (${cite}): ${parts.join('; ')}. The hiring list, its cost and the head count figures count ${what}, not ${practised ? 'hires' : 'a hire'}.`;
  }
  return `Not settled: ${parts.join('; ')}. Decide between hiring${breaches.length > 0 ? ` (and raising the limit${budgetToo ? ' and the budget' : ''})` : ''} and the SREs you have.`;
}

/** The value at a JSON pointer (RFC 6901) in the document, or undefined. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let value: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

type OnCallCostFigures = Extract<Body['onCallCost'], { ok: true }>['cost'];

/** Document money as the limits ask reads it, shown as the funding table shows it. */
const DOCUMENT_MONEY = {
  show: (m: { readonly amount: string; readonly currency: string }) => shown(m.amount, m.currency),
  size: (m: { readonly amount: string }) => Number(m.amount),
};

/** `"1234.50"` in EUR → `"1,234.50 EUR"`: the figure as the on-call section shows it. */
function shown(amount: string, currency: string): string {
  const [whole = '', fraction] = amount.replace(/^-/, '').split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`} ${currency}`;
}

/**
 * What the move to the optimized design asks of teams that do not have the people (§12.6: a team
 * rotation is its team's people taking turns): each rotation it adds or extends that needs more
 * people by the sizing rule than its team will have, with the SRE the plan gives the team counted
 * (`TeamPeople.joining`, `sresJoiningTeams`) and today's figure beside it, and the alternative of §12.6 and §12.8 with its
 * people and money as `oncall-cost` prices it: those services' targets lowered to the medium tier,
 * on domain rotations; where that alternative is short of people by the same rule, what it still
 * needs. Null when every team can staff its rotations.
 */
function teamShortfallTradeOff(cost: OnCallCostFigures): string | null {
  const short = rotationsShortOfPeople(cost.optimized.rotations.filter((r) => r.team !== null));
  const alternative = cost.lowerTargets;
  if (short.length === 0 || alternative === null) return null;
  const shortfalls = short
    .map((s) => {
      const team = s.team ?? '';
      const today = s.people - s.joining;
      const has =
        today === s.people
          ? `${today} today (the plan adds none)`
          : `${today} today (${s.people} once its SRE joins)`;
      return `team ${team} has ${has}, ${s.rotation} needs ${s.needed}`;
    })
    .join('; ');
  // The company's own people: the seats another company staffs under contract are not its hires
  // (§12.4.6), said apart as the on-call decision says them (`peopleNeededApart`).
  const seats = peopleNeededApart(alternative.optimized.rotations, cost.current.rotations);
  const { design, against } = seats.own;
  const on = seats.allOwn ? 'on its rotations' : 'on its own rotations';
  const contract = seats.allOwn ? '' : `, ${seats.contractWords},`;
  const costs = alternative.optimized.monthlyCost;
  const today = cost.current.monthlyCost;
  const services = alternative.services;
  // Lowered, the design may be today's rotations as they are (startup): say so.
  const shape = (rotations: typeof cost.current.rotations) =>
    rotations
      .map((r) => `${r.name} ${r.coverage}: ${[...r.services].sort().join(', ')}`)
      .sort()
      .join('; ');
  const asToday =
    alternative.optimized.rotations.every((r) => r.keeps === r.name) &&
    shape(alternative.optimized.rotations) === shape(cost.current.rotations);
  // The alternative is one the tool's own sizing rule passes, or it says what it still needs.
  const still = rotationsShortOfPeople(alternative.optimized.rotations);
  const stillNeeds =
    still.length === 0
      ? ''
      : ` Lowered, it is still short of people: ${shortOfPeopleWords(still)}.`;
  // §12.9.5: under a policy that pays nothing for standby, 0 per month is unpaid standby, not
  // free: public-agency's decision read "costs 0.00 GBP per month" with nothing beside it.
  const unpaid = cost.assumptions.includes(unpaidStandby(cost.policy))
    ? `; the standby is unpaid under compensation policy ${cost.policy}, not free (§12.9.5)`
    : '';
  return `Not settled: ${short.length === 1 ? 'a team rotation' : `${short.length} team rotations`} of the design ${short.length === 1 ? 'needs' : 'need'} more people by the sizing rule than ${short.length === 1 ? 'its team has' : 'their teams have'} who can be on call (${shortfalls}). The alternative (§12.6, §12.8): lower the availability ${services.length === 1 ? 'target' : 'targets'} of ${services.join(', ')} to the medium tier, on ${whereLowered(alternative)} instead of a team rotation round the clock: the design then needs ${design} people ${on}${contract} and costs ${shown(costs.amount, costs.currency)} per month (today ${against} people and ${shown(today.amount, today.currency)})${asToday ? ', today’s rotations as they are' : ''}${unpaid}.${stillNeeds} Decide between staffing those teams for their rotations and lowering the targets${still.length > 0 ? ' with the people the lowered design still needs' : ''}.`;
}

/**
 * The same-domain pagers the on-call design offers short team pagers of high tiers (§12.6), as
 * the decision says them: "For drm-oncall, short of people: put drm-licence on playback-oncall, …
 * rather than grow drm-oncall from 3 to 8 (5 more people, …)." Null when it offers none.
 */
function sameDomainPagerOffers(cost: OnCallCostFigures): string | null {
  if (cost.sameDomainPagers.length === 0) return null;
  return cost.sameDomainPagers
    .map(
      (o) =>
        `For ${o.short.rotation}, short of people: ${sameDomainPagerWords(
          o,
          standbyWords(
            o.standbyPerMonth.map((m) => ({
              shown: shown(m.amount, m.currency),
              zero: Number(m.amount) === 0,
            })),
          ),
        )}.`,
    )
    .join(' ');
}

/**
 * The on-call design decision (§12.6): a move needs a reason. The optimized design is recommended
 * when it saves a meaningful share of today's cost (`MEANINGFUL_ONCALL_SAVING_PERCENT`), puts
 * fewer people on call at night, gives a high-tier service the team rotation round the clock it
 * lacks today, or replaces rotations that are short of people today, with what it costs in money
 * and people; when it
 * does none of these, keeping today's rotations is, with the figure that says why. Nothing is
 * asked when it neither saves nor makes on-call safer and costs more.
 */
function onCallDesignDecision(doc: Body, cost: OnCallCostFigures): string | null {
  const saving = cost.savingVsCurrent;
  const saves = !saving.amount.startsWith('-') && saving.percent > 0;
  const night = cost.vsCurrent.peopleOnCallAtNight;
  const fewerAtNight = night.design < night.against;
  const mended = shortRotationsTheDesignReplaces(doc.staffing.rotations, cost);
  // §12.6: the people the design's own rotations lack by the sizing rule, besides the thin-layer
  // hires its cost already counts and the short pagers a same-domain pager is offered for (said
  // above). A short rotation it replaces with rotations short themselves is not mended: the
  // shortage moves (public-agency read "it replaces rotation ops-standby, short of people
  // today" and nothing of the 11 people its design lacks).
  const hiredFor = new Set(cost.thinLayerHires?.rotations ?? []);
  const offeredFor = new Set(cost.sameDomainPagers.map((o) => o.short.rotation));
  const designShort = rotationsShortOfPeople(
    cost.optimized.rotations.filter((r) => !hiredFor.has(r.name) && !offeredFor.has(r.name)),
  );
  const shortNames = new Set(designShort.map((s) => s.rotation));
  const replacedShort = mended.filter((name) => !offeredFor.has(name));
  const movesShortage = mended.filter((name) => {
    const on = new Set(cost.current.rotations.find((r) => r.name === name)?.services ?? []);
    return cost.optimized.rotations.some(
      (r) => r.keeps !== name && shortNames.has(r.name) && r.services.some((x) => on.has(x)),
    );
  });
  // §12.6: a high tier needs a team rotation round the clock; one the design gives such a
  // service that has none today makes on-call safer, whatever it costs.
  // One set per design, not a scan of every rotation per service (quadratic at 50,000 services).
  const roundTheClockTeam = (rotations: typeof cost.current.rotations) =>
    new Set(
      rotations.flatMap((r) => (r.type === 'team' && r.coverage === '24x7' ? r.services : [])),
    );
  const teamNow = roundTheClockTeam(cost.current.rotations);
  const teamDesigned = roundTheClockTeam(cost.optimized.rotations);
  const protectedNow = doc.services
    .filter((s) => s.tier === 'high' && !teamNow.has(s.name) && teamDesigned.has(s.name))
    .map((s) => s.name);
  // §12.2.2: a high tier operations run today goes to its developers' team rotation, as the
  // recommendations advise; the design moves it off the operations' rotation.
  const protectedSet = new Set(protectedNow);
  const onNewTeamRotation = roundTheClockTeam(cost.optimized.rotations.filter((r) => !r.keeps));
  const toDevelopers = doc.services
    .filter(
      (s) =>
        s.tier === 'high' &&
        s.runModel === 'ops-runs-it' &&
        s.recommendation.runModel !== 'ops-runs-it' &&
        !protectedSet.has(s.name) &&
        onNewTeamRotation.has(s.name),
    )
    .map((s) => s.name);
  // A high tier the recommendations keep with operations as first line until its developers'
  // team can staff a rotation round the clock (`operationsFirstLine`): the design keeps their
  // rotation and adds the developers' own in office hours behind it (§12.6, §12.9.5).
  const firstLine = doc.services
    .filter(
      (s) =>
        s.tier === 'high' &&
        s.runModel === 'ops-runs-it' &&
        s.recommendation.until?.kind === 'team-staffed',
    )
    .map((s) => {
      const on = (test: (r: (typeof cost.optimized.rotations)[number]) => boolean) =>
        cost.optimized.rotations
          .filter((r) => r.type !== 'thin-layer' && r.services.includes(s.name) && test(r))
          .map((r) => r.name)
          .join(', ');
      return `${s.name} (first line ${on((r) => r.coverage === '24x7')}, second line ${on((r) => r.coverage !== '24x7')})`;
    });
  // Whether those high tiers wait for the SRE the hiring list hires too (`sreJoins`): all, some
  // (named), or none, so the decision names every wait the run-model decision names.
  const waitForSre = doc.services
    .filter(
      (s) =>
        s.tier === 'high' &&
        s.runModel === 'ops-runs-it' &&
        s.recommendation.until?.kind === 'team-staffed' &&
        s.recommendation.until.sreJoins,
    )
    .map((s) => s.name);
  const sreToo =
    waitForSre.length === 0
      ? ''
      : waitForSre.length === firstLine.length
        ? ` and ${firstLine.length === 1 ? 'its' : 'their'} team's SRE joins`
        : ` (and, for ${waitForSre.join(', ')}, ${waitForSre.length === 1 ? 'its' : 'their'} team's SRE joins)`;
  const money = shown(saving.amount, saving.currency);
  // The salaries of the people its thin layer needs hired are in the saving (§12.6): said.
  const hires = cost.thinLayerHires;
  const hiresCounted = hires?.perMonth
    ? ` (counting ${shown(hires.perMonth.amount, hires.perMonth.currency)} of salaries for the ${hires.people} ${hires.people === 1 ? 'person' : 'people'} it must hire to staff ${hires.rotations.join(', ')})`
    : '';
  const thinLayer = cost.optimized.rotations.some((r) => r.type === 'thin-layer');
  const design = `the optimized design of §12.6 (team rotations for high tiers, domain rotations for medium ones${thinLayer ? ', a thin layer around the clock' : ''})`;
  const reasons = [
    ...(saves && saving.percent >= MEANINGFUL_ONCALL_SAVING_PERCENT
      ? [
          `it saves ${money} per month (${saving.percent} %) against today’s rotations${hiresCounted}`,
        ]
      : []),
    ...(fewerAtNight
      ? [
          `it puts ${plural(night.against - night.design, 'fewer person')} on call at night (${night.design} instead of ${night.against})`,
        ]
      : []),
    ...(protectedNow.length > 0
      ? [
          `it gives high-tier ${protectedNow.length === 1 ? 'service' : 'services'} ${protectedNow.join(', ')} the team rotation round the clock ${protectedNow.length === 1 ? 'it lacks' : 'they lack'} today`,
        ]
      : []),
    ...(toDevelopers.length > 0
      ? [
          `it puts high-tier ${toDevelopers.length === 1 ? 'service' : 'services'} ${toDevelopers.join(', ')}, run by operations today, on ${toDevelopers.length === 1 ? 'its' : 'their'} developers’ team rotation round the clock, as recommended (§12.2.2)`,
        ]
      : []),
    ...(firstLine.length > 0
      ? [
          `it keeps high-tier ${firstLine.length === 1 ? 'service' : 'services'} ${firstLine.join(', ')} with operations on their runbooks round the clock as today, and puts ${firstLine.length === 1 ? 'its' : 'their'} developers behind them in office hours, until ${firstLine.length === 1 ? 'its' : 'their'} team can staff a rotation round the clock${sreToo} (§12.6, §12.9.5; the run-model decision)`,
        ]
      : []),
    ...(replacedShort.length > 0
      ? [
          `it replaces ${replacedShort.length === 1 ? 'rotation' : 'rotations'} ${replacedShort.join(', ')}, short of people today`,
        ]
      : []),
    // A short pager merged onto a same-domain one (said above, `sameDomainPagerOffers`): the
    // design ends it without replacing its people, who take turns on the partner's.
    ...cost.sameDomainPagers
      .filter((o) => mended.includes(o.short.rotation))
      .map(
        (o) =>
          `it merges ${o.short.rotation}, short of people today, onto ${o.partner.rotation} rather than grow it`,
      ),
  ];
  if (reasons.length > 0) {
    const people = cost.vsCurrent.peopleNeeded;
    // Every currency that costs more, each said in its own (no exchange rates, §12.9.5).
    const dearer = cost.vsCurrent.byCurrency
      .filter((m) => m.currency !== saving.currency && m.amount.startsWith('-'))
      .map((m) => shown(m.amount, m.currency));
    const more = [
      ...(saving.amount.startsWith('-') ? [`costs ${money} more per month${hiresCounted}`] : []),
      ...(dearer.length > 0 ? [`costs ${dearer.join(' and ')} more per month`] : []),
      ...(people.design > people.against
        ? [
            // The company's own rotations, a contract's seats apart (§12.4.6).
            `needs ${peopleNeededWords(cost.optimized.rotations, cost.current.rotations)}`,
          ]
        : []),
    ];
    // §12.4.6: a rotation another company staffs (`rotationProvider`) is short for its contract
    // to staff, never among the people to hire or move in: said apart, with what to ask.
    const own = designShort.filter((r) => r.provider === null);
    const missing = own.reduce((n, r) => n + r.needed - r.people, 0);
    const moves =
      movesShortage.length > 0
        ? `: it moves the shortage of ${movesShortage.join(', ')} rather than ending it`
        : '';
    const lacking =
      missing === 0
        ? ''
        : ` By the sizing rule its rotations are ${missing} ${missing === 1 ? 'person' : 'people'} short of those who can be on call, to hire or move in (${own.map((r) => `${r.rotation} ${r.needed - r.people}`).join(', ')})${moves}.`;
    const contracts = designShort.flatMap((r) =>
      r.provider === null
        ? []
        : [
            ` ${r.rotation} is ${contractShortWords({ rotation: r.rotation, provider: r.provider, current: r.people, needed: r.needed })}, not to hire: ${contractAsk({ rotation: r.rotation, provider: r.provider, current: r.people, needed: r.needed })} (§12.4.6)${missing === 0 ? moves : ''}.`,
          ],
    );
    const costsMore = `${more.length > 0 ? ` It ${more.join(' and ')}.` : ''}${lacking}${contracts.join('')}`;
    return `Move to ${design}: ${reasons.join('; ')}.${costsMore}`;
  }
  if (!saves) return null;
  return `Keep today’s rotations: ${design} saves only ${money} per month (${saving.percent} %, below the ${MEANINGFUL_ONCALL_SAVING_PERCENT} % worth a change of who is on call), puts as many people on call at night and mends no short rotation.`;
}
