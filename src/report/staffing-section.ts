import { toJson } from '../engine/plan/document/json-value.ts';
import type { PlanDocument } from '../engine/plan/document/plan-document-schema.ts';
import {
  keptBeyondPlaces,
  type LocationHeadcount,
  type PracticePlaces,
  practiceOffer,
  type RoleHeadcount,
  type ShortRotation,
  type SreTeamFigures,
  type Staffing,
  type SurplusFigures,
  surplusOptions,
  surplusStatement,
} from '../engine/staffing/index.ts';
import { movesSentence } from './funding-section.ts';
import {
  blockMarkdown,
  blocksMarkdown,
  type Inline,
  inlineMarkdown,
  type ListBlock,
  mono,
  monoNames,
  type ParagraphBlock,
  para,
  type SectionBlocks,
  strong,
} from './plan/blocks.ts';
import { code, list, names, section, table, text } from './plan/markdown.ts';

const LEVEL_BASIS = {
  'development-teams': 'development teams',
  'product-domains': 'product domains',
  'product-lines': 'product lines',
} as const;

/**
 * A site as people know it: its name, and the other cities its people work in when colleagues an
 * hour or two apart make one site ("Berlin (with London, Lisbon)"), so "12 development teams at
 * Berlin" does not read as a miscount of the teams in London.
 */
export function siteLabel(location: string, locations: readonly string[] = []): string {
  const others = locations.filter((l) => l !== location);
  return others.length === 0 ? location : `${location} (with ${others.join(', ')})`;
}

/** The cities of a site, as the head count table lists them. */
export function siteLocations(
  roles: readonly {
    readonly byLocation: readonly { location: string; locations: readonly string[] }[];
  }[],
  location: string,
): readonly string[] {
  for (const r of roles) {
    const at = r.byLocation.find((l) => l.location === location);
    if (at) return at.locations;
  }
  return [];
}

/** What the SRE teams and head count sections read: the plan document's, or `staffing`'s as JSON. */
type StaffingView = Pick<
  PlanDocument['staffing'],
  'sreTeams' | 'headcount' | 'surplus' | 'rotations'
>;

/** §12.4.1: SRE teams needed for the development teams in SRE scope. */
export function sreTeamsSection(s: Staffing): string {
  return blocksMarkdown(sreTeamsBlocks(toJson(s.sreTeams)));
}

/**
 * §12.4.1: SRE teams needed against those that exist; the one section `staffing` and `plan`
 * write.
 */
export function sreTeamsBlocks(t: StaffingView['sreTeams']): SectionBlocks {
  return {
    title: 'SRE teams (§12.4.1)',
    why: 'One SRE team for every eight development teams supported by an SRE model (now or by the target model): 1–8 → 1, 9–16 → 2, 17–24 → 3.',
    blocks: [
      {
        headers: [
          'Development teams supported by SRE',
          'SRE teams needed',
          'SRE teams today',
          'Gap',
        ],
        rows: [
          [String(t.developmentTeams.length), String(t.needed), String(t.current), gap(t.gap)],
        ],
      },
      para([
        'Development teams: ',
        monoNames(t.developmentTeams),
        '. SRE teams: ',
        monoNames(t.sreTeams),
        '.',
        ...(t.inNameOnly.length > 0
          ? [
              ' Not counted: ',
              monoNames(t.inNameOnly),
              ', in which nobody practises SRE (an SRE team in name only, §12.4.6, §12.9.4).',
            ]
          : []),
      ]),
    ],
  };
}

/** §12.10.2: SREs by level, by location, and the SREs beyond their places. */
export function headcountSection(s: Staffing): string {
  return blocksMarkdown(headcountBlocks(toJson(s)));
}

/** §12.10.2: SREs by level and location; the one section `staffing` and `plan` write. */
export function headcountBlocks(s: StaffingView): SectionBlocks {
  const h = s.headcount;
  const roles = [h.roles.junior, h.roles.senior, h.roles.principal];
  const named = (label: string, values: readonly string[]): Inline[] =>
    values.length > 0 ? [[label, monoNames(values)]] : [];
  const notes: Inline[] = [
    ...named('SREs without a level (not counted above): ', h.unleveled),
    ...named('SRE infrastructure engineers (outside this table): ', h.infrastructure),
    ...named(
      'SRE titles without SRE practice (not counted above, §12.4.6, §12.9.4): ',
      h.withoutPractice,
    ),
    ...named('open SRE positions (not counted until filled): ', h.openPositions),
    ...(h.oneTeam ? [oneTeamNote(h.oneTeam)] : []),
    ...named('teams without a domain (no senior counted for them): ', h.withoutDomain),
    ...(h.oneBusinessLine && !h.oneTeam
      ? [ONE_BUSINESS_LINE_NOTE]
      : named('teams without a product line: ', h.withoutProductLine)),
  ];
  return {
    title: 'SRE head count by level (§12.10.2)',
    why: 'Junior SREs roughly as many as development teams, senior SREs as product domains, principal SREs as product lines; a team, domain or product line sits where most of its people work.',
    blocks: [
      {
        headers: ['Level', 'Follows', 'Needed', 'Today', 'Gap'],
        rows: roles.map((r) => [
          `${r.level} SRE`,
          `${r.needed} ${LEVEL_BASIS[r.basis]}`,
          String(r.needed),
          String(r.current),
          levelGap(r),
        ]),
      },
      {
        headers: ['Level', 'Location', 'Time zone', 'Needed', 'Today'],
        rows: roles.flatMap((r) =>
          r.byLocation.map((l) => [
            `${r.level} SRE`,
            siteLabel(l.location, l.locations),
            l.timezone ? mono(l.timezone) : '–',
            String(l.needed),
            String(l.current),
          ]),
        ),
      },
      { items: notes },
      surplusParagraph(s.surplus, s.sreTeams, s.rotations),
    ],
  };
}

/**
 * The SREs beyond their site's places and the SRE teams beyond §12.4.1, where they go and what
 * the rest costs (`sreSurplus`): the same words as the plan's decision, so the figures agree.
 */
export function surplusParagraph(
  s: SurplusFigures,
  teams: SreTeamFigures,
  rotations: readonly ShortRotation[],
): ParagraphBlock | null {
  if (s.byLocation.length === 0 && s.sreTeams === 0) return null;
  const options = surplusOptions(
    s,
    teams,
    rotations.filter((r) => r.shortfall > 0),
  );
  return para(`${surplusStatement(s, teams)}${options ? ` ${options}` : ''}`);
}

/** The gap of the head count table as people to hire, by level and location. */
export function hiringSection(s: Staffing): string {
  return section(
    'Hiring list (§12.10.2)',
    HIRING_INTRO,
    blockMarkdown(practiceFirst(s.practice)),
    promotionsFirst(s.promotions),
    s.hiring.length === 0
      ? noHires(s.promotions, 'above', s.practice?.offered ?? 0)
      : table(
          ['Level', 'People', 'Location', 'Time zone', 'Joins', 'Why'],
          s.hiring.map((h) => [
            `${h.level} SRE`,
            String(h.count),
            text(
              siteLabel(h.location, siteLocations(Object.values(s.headcount.roles), h.location)),
            ),
            h.timezone ? code(h.timezone) : '–',
            h.organization ? code(h.organization) : '–',
            text(h.reason),
          ]),
        ),
    s.hiring.length > 0 ? inlineMarkdown(movesSentence(s)) : '',
  );
}

/** "No hires needed", or that promotions fill the places instead. */
export function noHires(
  promotions: readonly { readonly promoted: number }[],
  where: 'above' | 'below' = 'above',
  practice = 0,
): string {
  if (practice > 0)
    return `No hires: the places are offered to people already here (${where}), before anyone is hired.`;
  return promotions.some((p) => p.promoted > 0)
    ? `No hires: promotions fill the places (${where}).`
    : 'No hires needed.';
}

/** The junior places offered to SRE titles without practice before hiring (§12.9.4). */
export function practiceFirst(
  practice: Pick<PracticePlaces, 'hires' | 'offered' | 'candidates'> | null,
): ListBlock | null {
  return practice && practice.offered > 0 ? { items: [practiceOffer(practice)] } : null;
}

/**
 * The places promotions fill before the hiring list hires (§12.10.2): "Promote 1 senior SRE into
 * the principal SRE place: there are 4 senior SREs beyond the 3 needed …".
 */
export function promotionsFirst(promotions: Staffing['promotions']): string {
  const lines = promotions
    .filter((p) => p.promoted > 0)
    .map((p) => {
      const { promoted: n } = p;
      const confirm =
        p.advice === 'promote'
          ? `${p.candidates.filter((c) => c.verdict === 'meets').length} of them meet${p.candidates.filter((c) => c.verdict === 'meets').length === 1 ? 's' : ''} every criterion`
          : 'confirm the criteria the model records no evidence for, and hire only if none meets them';
      const ifHired = p.limitsIfHired
        .map(
          (l) =>
            `; a hire instead would take ${code(l.organization)} to ${l.headcount} against its limit of ${l.limit} (§12.4.6)`,
        )
        .join('');
      return `Promote ${n} ${p.from} SRE${n === 1 ? '' : 's'} into the ${p.level} SRE place${n === 1 ? '' : 's'} before hiring (§12.10.2): ${p.spare} ${p.from} SRE${p.spare === 1 ? ' is' : 's are'} spare; ${confirm}${ifHired}.`;
    });
  return lines.length === 0 ? '' : list(lines);
}

/** The hiring list's rule, said once for `staffing` and `plan`. */
export const HIRING_INTRO =
  'Where in the world SREs need to be hired to close the head count gap, largest gaps first. A spare senior SRE takes a junior’s place, a spare principal a senior’s or a junior’s, before anyone is hired (§12.10: each level has the responsibilities of the one below); a spare junior is not moved up (promotions follow §12.10.2 criteria).';

/**
 * A level's gap as the table shows it: places nobody holds ("3 short"), places held by spare SREs
 * of a higher level, and spare SREs and the lower places they hold.
 */
export function levelGap(
  r: Pick<RoleHeadcount, 'needed' | 'current' | 'short' | 'heldAbove' | 'holdingBelow'> & {
    readonly byLocation: readonly Pick<LocationHeadcount, 'current' | 'needed' | 'kept'>[];
  },
): Inline {
  const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;
  // SREs beyond their site's places whom a rotation needs there do not count elsewhere (§12.6):
  // a level can be short at one site with more than its total at others.
  const kept = r.short > 0 ? r.byLocation.reduce((n, l) => n + keptBeyondPlaces(l), 0) : 0;
  const held = [
    r.heldAbove.map((h) => `${places(h.count)} held by spare ${h.level} SREs`).join(', '),
    ...(kept > 0
      ? [
          `${kept} beyond ${kept === 1 ? 'its' : 'their'} site’s places ${kept === 1 ? 'is' : 'are'} needed there by ${kept === 1 ? 'a rotation' : 'rotations'}`,
        ]
      : []),
  ].filter((x) => x !== '');
  const head: Inline = r.short > 0 ? strong(`${r.short} short`) : 'none';
  if (held.length > 0) return [head, ` (${held.join('; ')})`];
  const more = r.current - r.needed;
  if (more <= 0) return head;
  const below = r.holdingBelow.map(
    (h) => `${h.count} in ${h.level} ${places(h.count).replace(/^\d+ /, '')}`,
  );
  return `${more} more than needed${below.length > 0 ? `: ${below.join(', ')}` : ''}`;
}

export const ONE_BUSINESS_LINE_NOTE: Inline = [
  'no product line is stated: the business is one business line, which needs a principal SRE (§12.10.2); state ',
  mono('productLine'),
  ' on teams or services if it has several',
];

/** Why a business line of one team has no junior or principal place of its own (§12.10). */
export function oneTeamNote(l: { line: string; domain: string; team: string }): Inline {
  return [
    "the company's SRE scope is one development team (",
    mono(l.team),
    '): the team, its domain and the business line ',
    mono(l.line),
    ' are one scope, held by one senior SRE; no junior or principal place of its own (§12.10)',
  ];
}

function gap(n: number): Inline {
  if (n > 0) return strong(`${n} short`);
  if (n < 0) return `${-n} more than needed`;
  return 'none';
}
