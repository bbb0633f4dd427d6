import { contractStaffingSentence } from '../engine/staffing/contract-staffing.ts';
import type { RotationSetupName, Staffing } from '../engine/staffing/index.ts';
import { percent } from './figures.ts';
import { type Block, blockMarkdown, mono, strong } from './plan/blocks.ts';
import { code, section, table } from './plan/markdown.ts';

const SETUP_TITLE: Readonly<Record<RotationSetupName, string>> = {
  'one-site': 'one site, whole turns',
  'one-pool': 'one pool across sites, whole turns',
  'two-sites': 'follow-the-sun, two sites',
  'follow-the-sun': 'follow-the-sun',
  'any-site': 'business hours',
};

/** What the table reads of a rotation's sizing: the staffing result's, or the plan document's (which writes absent hours as null). */
type RotationSizeRow = Pick<
  Staffing['rotations'][number],
  'name' | 'type' | 'coverage' | 'needed' | 'current' | 'shortfall' | 'setup' | 'followTheSun'
> & {
  /** Another company that staffs it under contract (`rotationProvider`), else null. */
  readonly provider: { readonly displayName: string } | null;
  readonly sites: readonly {
    readonly site: string;
    readonly current: number;
    readonly needed: number;
    readonly hoursPerDay?: number | null | undefined;
  }[];
};

/** §12.6, as the staffing engine sizes rotations: the one statement of the rule, shared by `staffing` and `plan`. */
export const ROTATION_SIZES_RULE =
  'With a primary and a secondary on call and nobody on call more than a quarter of their time (42 h a week): 24x7 needs 8 people taking whole turns wherever they live, or, following the sun, what each site’s part of the day needs (6 at each of two sites, 4 at each of three); 8x5 and 8x7 follow from their own hours. A site is the people who share working hours (zones at most two hours apart); a rotation follows the sun when it says so, or when its sites are far enough apart that each covers its part in its own day and large enough to carry it. In a relay a site’s surplus cannot take another site’s part, so a site keeps what it has beyond its part and a short site needs its own. Nobody is asked to leave a rotation.';

/**
 * The people each rotation needs, today and short. A site's "needed" is shown only where the
 * rotation follows the sun: a rotation of whole turns needs its people wherever they live, so a
 * per-site target would invent one. A relay site never needs fewer than it has (it keeps them),
 * so the arrow is for a site that is short.
 */
export function rotationSizesTable(s: { readonly rotations: readonly RotationSizeRow[] }): string {
  return blockMarkdown(rotationSizesBlock(s));
}

/** The same table as a block: the plan's HTML writes it from its cells. */
export function rotationSizesBlock(s: { readonly rotations: readonly RotationSizeRow[] }): Block {
  return {
    headers: [
      'Rotation',
      'Type',
      'Coverage',
      'Needed',
      'Today',
      'Short by',
      'Setup',
      'Sites (today → needed)',
    ],
    rows: s.rotations.map((r) => [
      mono(r.name),
      r.type,
      mono(r.coverage),
      String(r.needed),
      String(r.current),
      // Another company's shortfall is its contract's, not a hire (§12.4.6): said in the cell.
      r.shortfall === 0
        ? '0'
        : r.provider === null
          ? strong(String(r.shortfall))
          : [strong(String(r.shortfall)), ', the contract’s'],
      SETUP_TITLE[r.setup] + (r.followTheSun === 'declared' ? ' (declared)' : ''),
      // "Dublin/Warsaw: 7": a colon, as a site's name may end in words ("… and 9 more").
      r.sites.flatMap((site, i) => [
        i === 0 ? '' : ', ',
        site.site,
        r.followTheSun === null || site.needed === site.current
          ? `: ${site.current}${site.hoursPerDay == null ? '' : ` (${site.hoursPerDay} h a day${beyondPart(site)})`}`
          : `: ${site.current} → ${site.needed} (${site.hoursPerDay} h a day)`,
      ]),
    ]),
  };
}

/**
 * What each short rotation another company staffs asks of it (§12.4.6): "`noc-first-line` is 2
 * short. Andina NOC Services staffs it under contract: ask it …". Null when there is none.
 */
export function contractShortfallsBlock(s: {
  readonly rotations: readonly RotationSizeRow[];
}): Block | null {
  const items = s.rotations.flatMap((r) =>
    r.provider === null || r.shortfall === 0
      ? []
      : [
          [
            mono(r.name),
            ` is ${r.shortfall} short. ${contractStaffingSentence({ rotation: r.name, provider: r.provider.displayName, current: r.current, needed: r.needed })}`,
          ],
        ],
  );
  return items.length === 0 ? null : { items };
}

/**
 * "; its part needs 4" for a relay site with more people than its part of the day needs: they
 * stay on it (nobody is asked to leave), and the surplus counts those beyond as free to go (§12.6).
 */
function beyondPart(site: { current: number; partNeeds?: number | null | undefined }): string {
  return site.partNeeds != null && site.current > site.partNeeds
    ? `; its part needs ${site.partNeeds}`
    : '';
}

/** People each rotation needs for its coverage, and people over the 25% rule. */
export function rotationSizingSection(s: Staffing): string | undefined {
  if (s.rotations.length === 0) return undefined;
  const contractShortfalls = contractShortfallsBlock(s);
  const overloaded =
    s.overloaded.length === 0
      ? ''
      : table(
          ['Person', 'On call per week', 'Share of their time', 'Rotations'],
          s.overloaded.map((o) => [
            code(o.person),
            `${o.hoursPerWeek} h`,
            `**${percent(o.share * 100)}**`,
            o.rotations.map(code).join(', '),
          ]),
        );
  return section(
    'Rotation sizes (§12.6)',
    ROTATION_SIZES_RULE,
    rotationSizesTable(s),
    contractShortfalls === null ? '' : blockMarkdown(contractShortfalls),
    s.overloaded.length === 0
      ? ''
      : 'People on call more than a quarter of their time, all their rotations added up:',
    overloaded,
  );
}
