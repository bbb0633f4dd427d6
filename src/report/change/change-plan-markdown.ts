import type { ChangePlan } from '../../engine/change/change-plan.ts';
import type { MoveCheck, MoveEvidence } from '../../engine/change/move-evidence.ts';
import type { FieldChange, OrganizationChange } from '../../engine/change/organization-changes.ts';
import type { RoleChange } from '../../engine/change/role-changes.ts';
import type { OperatingChange } from '../../engine/plan/scenarios/scenario-schema.ts';
import { type CompiledModel, personDisplayName } from '../../model/index.ts';
import { percent } from '../budgets/figures.ts';
import { blocks, bullets, table } from '../people/markdown.ts';
import { operatingChangeMarkdown } from './operating-change-markdown.ts';

export interface ChangePlanMarkdownOptions {
  readonly today: CompiledModel;
  readonly target: CompiledModel;
  /** How the two models are named in the title, e.g. their paths. */
  readonly todayLabel?: string;
  readonly targetLabel?: string;
  /** What the change does to cost, staffing and risk, from the two plan documents. */
  readonly operatingChange?: OperatingChange;
}

type Namer = (name: string | null) => string;

/** People by their display name, from the target where they are in it, else from today. */
function namer(today: CompiledModel, target: CompiledModel): Namer {
  return (name) =>
    name === null ? 'none' : personDisplayName(target.people.has(name) ? target : today, name);
}

/** A changed field as people read it: whom a head or manager field names, not their id. */
function fieldText(f: FieldChange, name: Namer): string {
  const value = (v: FieldChange['from']) =>
    v === null ? 'not stated' : f.field === 'head' || f.field === 'manager' ? name(String(v)) : v;
  return `${f.field} ${value(f.from)} → ${value(f.to)}`;
}

function describeOrganizationChange(c: OrganizationChange, name: Namer): string {
  switch (c.change) {
    case 'organization-created':
      return `New ${c.newSreOrganization ? '**SRE organization**' : `${c.type} organization`} \`${c.organization}\`${c.parent ? ` under \`${c.parent}\`` : ''}${c.head ? `, headed by ${name(c.head)}` : ', no head named'}`;
    case 'organization-removed':
      return `Organization \`${c.organization}\` (${c.type}) is removed`;
    case 'organization-changed':
      return `Organization \`${c.organization}\`: ${c.fields.map((f) => fieldText(f, name)).join('; ')}`;
    case 'team-created':
      return `New ${c.type} team \`${c.team}\` in \`${c.organization}\``;
    case 'team-removed':
      return `Team \`${c.team}\` (${c.type}) in \`${c.organization}\` is removed`;
    case 'team-moved':
      return `Team \`${c.team}\` moves from \`${c.fromOrganization}\` to \`${c.toOrganization}\``;
    case 'team-changed':
      return `Team \`${c.team}\`: ${c.fields.map((f) => fieldText(f, name)).join('; ')}`;
  }
}

function roleText(r: RoleChange['from']): string {
  if (r.role === null) return 'not set';
  return r.level === null ? r.role : `${r.level} ${r.role}`;
}

function openCriteria(change: RoleChange): string {
  const open = change.readiness?.criteria.filter((c) => c.status !== 'met') ?? [];
  return open.map((c) => `${c.status}: ${c.criterion} (${c.evidence})`).join('; ') || '-';
}

const VERDICT: Record<MoveCheck['verdict'], string> = {
  'handed-back': '**Handed straight back**',
  'not-eligible': '**Not to be taken over yet**',
  ready: 'Stays with SRE',
  'not-checked': 'Not checked',
};

/**
 * A move the evidence lets go: SRE keeps a service it is on call for already, or may take one
 * over for the first time (§12.5); at risk when its advice says so. Null for other verdicts.
 */
function readyText(c: MoveCheck): string | null {
  if (c.verdict !== 'ready') return null;
  if (c.takeover !== null)
    return c.advice === null ? 'Ready to take over' : 'Ready to take over, at risk';
  return c.advice === null ? VERDICT.ready : 'Not handed back yet, at risk';
}

function budgetNowText(c: MoveCheck): string {
  const b = c.budgetNow;
  if (b === null) return '–';
  if (b.status === 'no-target') return 'no target';
  if (b.status === 'no-data') return `${b.period}: no data`;
  const used = b.consumedShare === null ? '' : `, ${percent(b.consumedShare)} used`;
  return `${b.period}: ${b.status}${used} (${c.target}%, policy ${c.policy ?? 'none'})`;
}

/**
 * §12.5 "no handback without evidence": each move that gives SRE more of the on-call, against
 * what its error budget policy says on the SLI samples; without samples, said to be unchecked.
 */
function moveEvidenceMarkdown(evidence: MoveEvidence): string | false {
  if (evidence.checks.length === 0) return false;
  const names = evidence.checks.map((c) => c.service).join(', ');
  if (!evidence.given) {
    // How to give them is the edge's to say (a CLI flag, a server endpoint).
    return `_Not checked against evidence: no SLI samples were given, so whether an error budget policy would hand ${names} straight back to the developers (or, for a service SRE is not on call for yet, lets SRE take it over) is unknown (§12.5). ${evidence.howToGive ?? ''} to check these moves._`;
  }
  const back = evidence.checks.filter((c) => c.verdict === 'handed-back');
  const notYet = evidence.checks.filter((c) => c.verdict === 'not-eligible');
  const them = (list: readonly MoveCheck[]) => (list.length === 1 ? 'it' : 'them');
  return blocks(
    '### Moves to SRE against the error budget evidence (§12.5)',
    `SLI samples: \`${evidence.sli}\`${evidence.incidents ? `, incidents: \`${evidence.incidents}\`` : ''}, as of ${evidence.asOf}. Each move is run through the service's error budget policy in the target, as \`handover\` and \`plan --sli\` run it; a move that puts SRE on call for a service for the first time must also meet the policy's takeover rule.`,
    back.length > 0 &&
      `**${back.map((c) => c.service).join(', ')}: ${back.length === 1 ? 'its' : 'their'} error budget policy would hand ${them(back)} straight back.** Do not move ${them(back)} yet.`,
    notYet.length > 0 &&
      `**${notYet.map((c) => c.service).join(', ')}: not within budget for the periods ${notYet.length === 1 ? 'its' : 'their'} policy's takeover rule needs, so SRE does not take ${them(notYet)} over yet.** Do not move ${them(notYet)} yet.`,
    table(
      ['Service', 'Move', 'Budget now', 'Verdict', 'Why', 'What to do'],
      evidence.checks.map((c) => [
        c.service,
        `${c.from} → ${c.to}`,
        budgetNowText(c),
        readyText(c) ?? VERDICT[c.verdict],
        c.reason,
        c.advice ?? '-',
      ]),
    ),
  ).trimEnd();
}

/** The change plan for people (§12.12): what changes for whom, and how to introduce it. */
export function changePlanMarkdown(plan: ChangePlan, options: ChangePlanMarkdownOptions): string {
  const name = namer(options.today, options.target);
  const title =
    options.todayLabel && options.targetLabel
      ? `# Change plan: ${options.todayLabel} → ${options.targetLabel}`
      : '# Change plan';
  const summary = table(
    ['Dimension (§12.12)', 'Changes'],
    [
      ['1. Run model ("who builds it, who runs it?")', String(plan.modelChanges.length)],
      ['2. Organization', String(plan.organizationChanges.length)],
      ['3. Reporting lines', String(plan.reportingChanges.length)],
      ['4. Roles', String(plan.roleChanges.length)],
    ],
  );
  return blocks(
    title,
    'Generated by `whorunsit diff`. The four dimensions of change (§12.12), the rollout in the order of §12.10.3, the three meetings of every reporting-line change (§12.12.2), the all-employee meeting of each new SRE organization (§12.12), and the questions that drive the organizational structure.',
    summary,
    options.operatingChange && operatingChangeMarkdown(options.operatingChange),
    '## 1. Run model per service (§12.8.1)',
    plan.modelChanges.length === 0
      ? '_No service changes its run model._'
      : table(
          ['Service', 'Today', 'Target', 'Transition (§12.8.1)'],
          plan.modelChanges.map((c) => [c.service, c.from, c.to, c.transition]),
        ),
    moveEvidenceMarkdown(plan.moveEvidence),
    plan.addedServices.length > 0 &&
      `New services: ${plan.addedServices.map((s) => `${s.service} (${s.runModel})`).join(', ')}.`,
    plan.removedServices.length > 0 &&
      `Retired services: ${plan.removedServices.map((s) => `${s.service} (${s.runModel})`).join(', ')}.`,
    '## 2. Organization',
    bullets(
      plan.organizationChanges.map((c) => describeOrganizationChange(c, name)),
      '_No organization changes._',
    ),
    '## 3. Reporting lines (§12.12.2)',
    plan.reportingChanges.length === 0
      ? '_Nobody changes line manager._'
      : table(
          ['Person', 'Current manager', 'Future manager', 'Team', 'Meetings in order'],
          plan.reportingChanges.map((c) => [
            name(c.person),
            name(c.fromManager),
            name(c.toManager),
            c.fromTeam === c.toTeam
              ? (c.toTeam ?? '-')
              : `${c.fromTeam ?? '-'} → ${c.toTeam ?? '-'}`,
            c.meetings.map((m) => `${m.order}) ${m.participants.map(name).join(' + ')}`).join('; '),
          ]),
        ),
    '## 4. Roles (§12.9.4, §12.12.3)',
    plan.roleChanges.length === 0
      ? '_Nobody changes role or level._'
      : table(
          ['Person', 'Today', 'Target', 'Change', 'Criteria for the new role', 'Unmet or unknown'],
          plan.roleChanges.map((c) => [
            name(c.person),
            roleText(c.from),
            roleText(c.to),
            c.change,
            c.readiness?.verdict ?? '-',
            openCriteria(c),
          ]),
        ),
    '## People joining, leaving and open positions',
    table(
      ['', 'People'],
      [
        [
          'Joining',
          plan.people.joining
            .map(
              (p) =>
                `${name(p.person)} (${p.role ?? 'role not set'}${p.team ? `, ${p.team}` : ''})`,
            )
            .join(', ') || '-',
        ],
        ['Leaving', plan.people.leaving.map((p) => name(p.person)).join(', ') || '-'],
        [
          'Open positions',
          plan.people.openPositions
            .map(
              (p) =>
                `${p.person} (${[p.level, p.role].filter(Boolean).join(' ') || 'role not set'}${p.team ? `, ${p.team}` : ''})`,
            )
            .join(', ') || '-',
        ],
      ],
    ),
    '## Rollout (§12.10.3)',
    ...plan.rollout.map((s) =>
      blocks(
        `### ${s.order}. ${s.title} (${s.section})`,
        [
          s.lead !== null ? `**Lead:** ${name(s.lead)}` : undefined,
          s.participants.length > 0
            ? `**Participants:** ${s.participants.map(name).join(', ')}`
            : undefined,
        ]
          .filter(Boolean)
          .join('  \n'),
        bullets(s.items),
        s.notes.length > 0 && `_Notes:_\n\n${bullets(s.notes)}`,
      ).trimEnd(),
    ),
    ...plan.sreOrganizationKickoffs.map((k) =>
      blocks(
        `## All-employee meeting of the new SRE organization \`${k.organization}\` (§12.12)`,
        `Held by ${k.head === null ? 'the head of the SRE organization (not named in the model)' : name(k.head)}.`,
        k.agenda
          .map((item) => {
            const facts = item.facts.map((f) => `   - ${f}`);
            const open = item.open === null ? [] : [`   - _Open: ${item.open}_`];
            return [`${item.order}. ${item.item}`, ...facts, ...open].join('\n');
          })
          .join('\n'),
      ).trimEnd(),
    ),
    '## Questions driving the SRE organizational structure',
    ...plan.questions.map((c) =>
      blocks(
        `### ${c.category}`,
        table(
          ['Question', 'Answer'],
          c.questions.map((q) => [
            q.question,
            q.status === 'answered'
              ? `${q.answer.join('; ')}${q.source === 'chapter' ? ' _(from the chapter)_' : ''}`
              : `**Open:** ${q.why}`,
          ]),
        ),
      ).trimEnd(),
    ),
  );
}
