import type { Staffing } from '../engine/staffing/index.ts';
import { percent } from './figures.ts';
import { code, section, table, text } from './plan/markdown.ts';

/** People each rotation needs for its coverage, and people over the 25% rule. */
export function rotationSizingSection(s: Staffing): string | undefined {
  if (s.rotations.length === 0) return undefined;
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
    'With a primary and a secondary on call and nobody on call more than a quarter of their time (42 h a week): 24x7 needs 8 people at one site or 6 at each of two; 8x5 and 8x7 follow from their own hours. A site is a member’s location, else their time zone.',
    table(
      [
        'Rotation',
        'Type',
        'Coverage',
        'Needed',
        'Today',
        'Short by',
        'Setup',
        'Sites (today → needed)',
      ],
      s.rotations.map((r) => [
        code(r.name),
        r.type,
        code(r.coverage),
        String(r.needed),
        String(r.current),
        r.shortfall > 0 ? `**${r.shortfall}**` : '0',
        r.setup,
        r.sites
          .map((site) =>
            r.setup === 'any-site'
              ? `${text(site.site)} ${site.current}`
              : `${text(site.site)} ${site.current} → ${site.needed}`,
          )
          .join(', '),
      ]),
    ),
    s.overloaded.length === 0
      ? ''
      : 'People on call more than a quarter of their time, all their rotations added up:',
    overloaded,
  );
}
