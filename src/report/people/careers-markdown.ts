import type { CareersReport, PersonCareer } from '../../engine/people/careers.ts';
import type { CriterionResult } from '../../engine/people/criterion.ts';
import { FULFILLMENT_OPTION_LABELS } from '../../engine/people/role-fulfillment.ts';
import { roleLabel } from '../../engine/people/role-names.ts';
import type { CompiledModel } from '../../model/index.ts';
import { blocks, bullets, table } from './markdown.ts';

function who(model: CompiledModel, name: string): string {
  const person = model.people.get(name);
  return person?.spec.displayName ?? person?.metadata.displayName ?? name;
}

function criteriaTable(criteria: readonly CriterionResult[]): string {
  return table(
    ['Criterion', '§', 'Status', 'Evidence'],
    criteria.map((c) => [c.criterion, c.section, c.status, c.evidence]),
  );
}

function personSection(model: CompiledModel, p: PersonCareer): string {
  const title = p.current
    ? `${p.level ?? 'level not set'} ${p.role ? roleLabel(p.role) : ''}`.trim()
    : `${p.role ? roleLabel(p.role) : 'role not set'}, candidate for junior SRE`;
  const scope = p.scope
    ? `Scope: ${p.scope.scope}${p.scope.name ? ` ${p.scope.name}` : ' (not in the model)'}.`
    : undefined;
  return blocks(
    `### ${who(model, p.person)} (${p.person}): ${title}`,
    scope,
    p.current && `Holds the role: **${p.current.verdict}**\n\n${criteriaTable(p.current.criteria)}`,
    p.next &&
      `Next: ${p.next.level ?? ''} ${roleLabel(p.next.role)}: **${p.next.verdict}**\n\n${criteriaTable(p.next.criteria)}`,
    p.notes.length > 0 && bullets(p.notes),
  ).trimEnd();
}

/** `whorunsit careers` for people: the SRE role, the career path and each person's readiness. */
export function careersMarkdown(report: CareersReport, model: CompiledModel): string {
  const onTrack = report.people.filter((p) => p.track === 'sre' || p.track === 'candidate');
  const others = report.people.filter((p) => p.track === 'other');
  const open = report.people.filter((p) => p.track === 'open-position');
  return blocks(
    '# SRE roles and careers',
    '## Why the SRE role (§12.9.1)',
    report.whyTheRole.definition,
    bullets(report.whyTheRole.benefits),
    '## What makes an SRE (§12.9.2)',
    `**Responsibilities:** ${report.responsibilities.join('; ')}.`,
    `**Skills:** ${report.skills.join('; ')}.`,
    '## SRE role names in this organization (§12.9.3)',
    table(
      ['Role', 'Name', 'Explanation', 'People', 'Open positions'],
      report.sreRoleNames.map((r) => [
        r.role,
        r.name,
        r.explanation,
        r.people.map((n) => who(model, n)).join(', ') || '-',
        String(r.openPositions.length),
      ]),
    ),
    '### Current industry roles practicing SRE',
    table(
      ['Role name', 'Explanation'],
      report.industryRoleNames.map((r) => [r.name, r.explanation]),
    ),
    '## Role fulfillment in this organization (§12.9.5)',
    report.roleFulfillment.length === 0
      ? '_No services or SRE infrastructure teams on the SRE part of the spectrum._'
      : table(
          ['SRE reporting line', 'Run model', 'Chapter options', 'In use', 'Teams', 'Services'],
          report.roleFulfillment.map((r) => [
            r.reportingLine ?? 'unknown (no sreTeam)',
            r.runModel ?? 'SRE infrastructure',
            r.options.map((o) => FULFILLMENT_OPTION_LABELS[o]).join('; ') || '- (none)',
            r.inUse?.map((o) => FULFILLMENT_OPTION_LABELS[o]).join('; ') ?? 'not in the model',
            r.teams.join(', ') || '-',
            r.services.join(', ') || '-',
          ]),
        ),
    '## SRE career path (§12.10)',
    table(
      ['Level', 'Scope', 'Minimum experience', 'Accountability', 'Head count guide', 'People'],
      report.ladder.map((l) => [
        l.title,
        l.scopeDescription,
        `${l.minExperienceYears} year${l.minExperienceYears === 1 ? '' : 's'}`,
        l.accountability,
        l.headcountGuide,
        l.people.map((n) => who(model, n)).join(', ') || '-',
      ]),
    ),
    ...report.ladder.map(
      (l) => `**${l.title} responsibilities:**\n\n${bullets(l.responsibilities)}`,
    ),
    '### Transition criteria (§12.10.2)',
    bullets(report.transitionCriteria),
    '## Readiness (§12.9.4, §12.10.2)',
    'Each criterion is met, unmet, or unknown when the model lacks its evidence (see docs/people.md for the fields that record it).',
    onTrack.length === 0
      ? '_Nobody holds an SRE role or practices SRE with recorded evidence._'
      : table(
          ['Person', 'Role', 'Level', 'Holds the role', 'Next step', 'Next step verdict'],
          onTrack.map((p) => [
            who(model, p.person),
            p.role ? roleLabel(p.role) : 'not set',
            p.level ?? (p.track === 'candidate' ? '-' : 'not set'),
            p.current?.verdict ?? '-',
            p.next ? `${p.next.level ?? ''} ${roleLabel(p.next.role)}`.trim() : '-',
            p.next?.verdict ?? '-',
          ]),
        ),
    ...onTrack.map((p) => personSection(model, p)),
    open.length > 0 &&
      `**Open positions:** ${open.map((p) => `${p.person} (${p.level ?? ''} ${p.role ? roleLabel(p.role) : 'role not set'}${p.team ? `, ${p.team}` : ''})`.replace('( ', '(')).join(', ')}.`,
    others.length > 0 &&
      `**Not on the SRE track** (no SRE role, no recorded SRE practice): ${others.map((p) => who(model, p.person)).join(', ')}.`,
  );
}
