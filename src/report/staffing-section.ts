import { toJson } from '../engine/plan/document/json-value.ts';
import type { PlanDocument, Promotion } from '../engine/plan/document/plan-document-schema.ts';
import { hiringTradeOff } from '../engine/plan/document/plan-summary.ts';
import { NAMED_CITIES, siteName } from '../engine/sites/index.ts';
import {
  hiringPace,
  inRotationSeats,
  keptBeyondPlaces,
  type LocationHeadcount,
  type PracticePlaces,
  practiceOffer,
  practiceStartWords,
  type RoleHeadcount,
  type SreTeamFigures,
  type Staffing,
  type SurplusFigures,
  type SurplusPlaces,
  sreCount,
  surplusOptions,
  surplusStatement,
} from '../engine/staffing/index.ts';
import { movesSentence } from './funding-section.ts';
import {
  blocksMarkdown,
  type Inline,
  type ListBlock,
  mono,
  monoNames,
  type ParagraphBlock,
  para,
  type SectionBlocks,
  strong,
  type TableBlock,
} from './plan/blocks.ts';

const LEVEL_BASIS = {
  'development-teams': 'development teams',
  'product-domains': 'product domains',
  'product-lines': 'product lines',
} as const;

/**
 * A site as the head count tables list it: its name, which spells out its cities (`siteName`:
 * "Dublin/Warsaw"), and, where the name says only how many more it has, those cities too
 * ("Berlin/Hamburg/Munich and 9 more (Amsterdam, Paris, …)"), so "12 development teams at" a
 * site does not read as a miscount of the teams in a city the name leaves out.
 */
export function siteLabel(location: string, locations: readonly string[] = []): string {
  const more = locations.slice(NAMED_CITIES);
  return more.length === 0 || location !== siteName(locations)
    ? location
    : `${location} (${more.join(', ')})`;
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
  'sreTeams' | 'headcount' | 'surplus' | 'rotations' | 'surplusPlaces'
>;

const SRE_TEAMS_RULE =
  'One SRE team for every eight development teams supported by an SRE model (now or by the target model): 1–8 → 1, 9–16 → 2, 17–24 → 3.';

/** §12.4.1: SRE teams needed for the development teams in SRE scope. */
export function sreTeamsSection(s: Staffing): string {
  return blocksMarkdown(sreTeamsBlocks(toJson(s.sreTeams), sreCount(s.headcount)));
}

/**
 * §12.4.1: SRE teams needed against those that exist; the one section `staffing` and `plan`
 * write.
 */
export function sreTeamsBlocks(
  t: StaffingView['sreTeams'],
  /** SREs the model has: with none of them in an SRE team, they are embedded in their teams. */
  sres = 0,
): SectionBlocks {
  // Nothing to scale: said in a sentence, not as a table of zeros (`staffing` and `plan` alike).
  if (t.developmentTeams.length === 0 && t.current === 0)
    return {
      title: 'SRE teams (§12.4.1)',
      why: SRE_TEAMS_RULE,
      blocks: [
        para([
          'There is no SRE team, and no development team is supported by one, now or by the target model, so the table asks for none',
          ...(t.inNameOnly.length > 0
            ? [
                ' (',
                monoNames(t.inNameOnly),
                ' is an SRE team in name only: nobody in it practises SRE, §12.4.6, §12.9.4)',
              ]
            : []),
          sres > 0
            ? `. The ${sres === 1 ? 'SRE works' : `${sres} SREs work`} in development teams: a team whose only SRE is embedded in it needs no SRE team (§12.3).`
            : '.',
        ]),
      ],
    };
  return {
    title: 'SRE teams (§12.4.1)',
    why: SRE_TEAMS_RULE,
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
        // Counted per development organization (§12.4.1): say so, or 9 teams needing 3 reads
        // as a miscount of the table's 9 → 2.
        ...(t.byOrganization.length > 1
          ? [
              ' Counted per organization whose SRE teams serve them (§12.4.1, §12.7.1): ',
              t.byOrganization.map((g, i) => [
                i === 0 ? '' : '; ',
                g.organization === null
                  ? 'served from elsewhere or by no SRE team yet'
                  : mono(g.organization),
                ` ${g.developmentTeams.length} → ${g.needed}`,
              ]),
              '.',
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
          `${r.needed} ${r.needed === 1 ? LEVEL_BASIS[r.basis].replace(/s$/, '') : LEVEL_BASIS[r.basis]}`,
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
      surplusParagraph(s.surplus, s.sreTeams, s.surplusPlaces),
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
  places: SurplusPlaces,
): ParagraphBlock | null {
  if (s.byLocation.length === 0 && s.sreTeams === 0) return null;
  const options = surplusOptions(s, teams, places);
  return para(`${surplusStatement(s, teams)}${options ? ` ${options}` : ''}`);
}

/** The hiring list as `staffing` prints it: the plan's section, from the same figures. */
export function hiringSection(s: Staffing): string {
  const { promotions, ...rest } = s;
  const view = { staffing: toJson(rest), promotions: toJson(promotions) };
  return blocksMarkdown(hiringBlocks(view, hiringTradeOff(view)));
}

/**
 * §12.10.2: the gap of the head count table as people to hire, by level and location, and the
 * spare SREs who could grow into the places instead; the one section `staffing` and `plan`
 * write. `tradeOff` is the hiring decision's (`hiringTradeOff`): hire, or grow the SREs there are.
 */
export function hiringBlocks(
  { staffing, promotions }: Pick<PlanDocument, 'staffing' | 'promotions'>,
  tradeOff: string | null,
): SectionBlocks {
  return {
    title: 'Hiring list (§12.10.2)',
    why: HIRING_INTRO,
    blocks: [
      practiceFirst(staffing.practice, practiceStartWords(staffing.hiring, staffing.headcount)),
      staffing.hiring.length === 0
        ? para(noHires(promotions, staffing.practice?.offered ?? 0))
        : {
            headers: ['Level', 'People', 'Location', 'Time zone', 'Joins', 'Why'],
            rows: staffing.hiring.map((h) => [
              `${h.level} SRE`,
              String(h.count),
              siteLabel(
                h.location,
                siteLocations(Object.values(staffing.headcount.roles), h.location),
              ),
              h.timezone ? mono(h.timezone) : '–',
              h.organization ? mono(h.organization) : '–',
              h.reason,
            ]),
          },
      pace(staffing),
      staffing.hiring.length > 0 ? para(movesSentence(staffing)) : null,
      tradeOff ? para(strong(tradeOff)) : null,
      ...promotions.map(promotionTable),
    ],
  };
}

/** The hiring list's quarterly waves, when the SREs there cannot take every hire at once. */
function pace(staffing: PlanDocument['staffing']): ParagraphBlock | null {
  const text = hiringPace(staffing.hiring, sreCount(staffing.headcount));
  return text ? para(text) : null;
}

const VERDICT: Readonly<Record<Promotion['candidates'][number]['verdict'], string>> = {
  meets: 'meets every criterion',
  unknown: 'no criterion failed; evidence missing',
  'does-not-meet': 'not yet',
};

/** The spare SREs below a short level, judged for the step up on the model's evidence. */
function promotionTable(p: Promotion): TableBlock {
  return {
    headers: [
      `${p.from} SRE → ${p.level} SRE`,
      'Location',
      'Experience',
      '§12.10.2',
      'Not met',
      'No evidence in the model',
    ],
    rows: p.candidates.map((c) => [
      c.name,
      c.location ? c.location : '–',
      c.experienceYears === null ? '–' : `${c.experienceYears} years`,
      VERDICT[c.verdict],
      c.unmet.length === 0 ? '–' : c.unmet.join('; '),
      c.unknown.length === 0 ? '–' : c.unknown.join(', '),
    ]),
  };
}

/**
 * "No hires needed", or what fills the places instead: the practice places listed above it, or
 * the promotions whose candidates are listed below it.
 */
export function noHires(
  promotions: readonly { readonly promoted: number }[],
  practice = 0,
): string {
  if (practice > 0)
    return 'No hires: the places are offered to people already here (above), before anyone is hired.';
  return promotions.some((p) => p.promoted > 0)
    ? 'No hires: promotions fill the places (below).'
    : 'No hires needed.';
}

/** The junior places offered to SRE titles without practice before hiring (§12.9.4). */
export function practiceFirst(
  practice: Pick<PracticePlaces, 'hires' | 'offered' | 'candidates'> | null,
  start: string | null,
): ListBlock | null {
  return practice && practice.offered > 0 ? { items: [practiceOffer(practice, start)] } : null;
}

/** The hiring list's rule, said once for `staffing` and `plan`. */
export const HIRING_INTRO =
  'Where in the world SREs need to be hired to close the head count gap, largest gaps first. A spare SRE who may grow into an open place of the level above is promoted into it first (§12.10.2 criteria); then a spare senior SRE takes a junior’s place, a spare principal a senior’s or a junior’s, before anyone is hired (§12.10: each level has the responsibilities of the one below).';

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
    ...(kept > 0 ? [`${kept} ${kept === 1 ? 'is' : 'are'} ${inRotationSeats(kept)}`] : []),
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
