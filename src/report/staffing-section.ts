import type { Staffing } from '../engine/staffing/index.ts';
import { code, list, names, section, table, text } from './plan/markdown.ts';

const LEVEL_BASIS = {
  'development-teams': 'development teams',
  'product-domains': 'product domains',
  'product-lines': 'product lines',
} as const;

/** §12.4.1: SRE teams needed for the development teams in SRE scope. */
export function sreTeamsSection(s: Staffing): string {
  const t = s.sreTeams;
  return section(
    'SRE teams (§12.4.1)',
    'One SRE team for every eight development teams supported by an SRE model (now or by the target model): 1–8 → 1, 9–16 → 2, 17–24 → 3.',
    table(
      ['Development teams supported by SRE', 'SRE teams needed', 'SRE teams today', 'Gap'],
      [[String(t.developmentTeams.length), String(t.needed), String(t.current), gap(t.gap)]],
    ),
    `Development teams: ${names(t.developmentTeams)}. SRE teams: ${names(t.sreTeams)}.`,
  );
}

/** §12.10.2: SREs by level, by location, and the hiring list that closes the gap. */
export function headcountSection(s: Staffing): string {
  const roles = Object.values(s.headcount.roles);
  const notes = [
    ...(s.headcount.unleveled.length > 0
      ? [`SREs without a level (not counted above): ${names(s.headcount.unleveled)}`]
      : []),
    ...(s.headcount.infrastructure.length > 0
      ? [`SRE infrastructure engineers (outside this table): ${names(s.headcount.infrastructure)}`]
      : []),
    ...(s.headcount.withoutPractice.length > 0
      ? [
          `SRE titles without SRE practice (not counted above, §12.4.6, §12.9.4): ${names(s.headcount.withoutPractice)}`,
        ]
      : []),
    ...(s.headcount.openPositions.length > 0
      ? [`open SRE positions (not counted until filled): ${names(s.headcount.openPositions)}`]
      : []),
    ...(s.headcount.withoutDomain.length > 0
      ? [`teams without a domain (no senior counted for them): ${names(s.headcount.withoutDomain)}`]
      : []),
    ...(s.headcount.oneBusinessLine
      ? [
          `no product line is stated: the business is one business line, which needs a principal SRE (§12.10.2); state \`productLine\` on teams or services if it has several`,
        ]
      : s.headcount.withoutProductLine.length > 0
        ? [`teams without a product line: ${names(s.headcount.withoutProductLine)}`]
        : []),
  ];
  return section(
    'SRE head count by level (§12.10.2)',
    'Junior SREs roughly as many as development teams, senior SREs as product domains, principal SREs as product lines; a team, domain or product line sits where most of its people work.',
    table(
      ['Level', 'Follows', 'Needed', 'Today', 'Gap'],
      roles.map((r) => [
        `${r.level} SRE`,
        `${r.needed} ${LEVEL_BASIS[r.basis]}`,
        String(r.needed),
        String(r.current),
        gap(r.needed - r.current),
      ]),
    ),
    table(
      ['Level', 'Location', 'Time zone', 'Needed', 'Today'],
      roles.flatMap((r) =>
        r.byLocation.map((l) => [
          `${r.level} SRE`,
          text(l.location),
          l.timezone ? code(l.timezone) : '–',
          String(l.needed),
          String(l.current),
        ]),
      ),
    ),
    notes.length > 0 ? list(notes) : '',
  );
}

/** The gap of the head count table as people to hire, by level and location. */
export function hiringSection(s: Staffing): string {
  return section(
    'Hiring list (§12.10.2)',
    'Where in the world SREs need to be hired to close the head count gap, largest gaps first; surplus SREs at one level are not moved to another (promotions follow §12.10.2 criteria).',
    s.hiring.length === 0
      ? 'No hires needed.'
      : table(
          ['Level', 'People', 'Location', 'Time zone', 'Joins', 'Why'],
          s.hiring.map((h) => [
            `${h.level} SRE`,
            String(h.count),
            text(h.location),
            h.timezone ? code(h.timezone) : '–',
            h.organization ? code(h.organization) : '–',
            text(h.reason),
          ]),
        ),
  );
}

function gap(n: number): string {
  if (n > 0) return `**${n} short**`;
  if (n < 0) return `${-n} more than needed`;
  return 'none';
}
