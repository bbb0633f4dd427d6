import { type Block, blockMarkdown, mono, para, strong } from './plan/blocks.ts';

export type DesignName = 'current' | 'optimized' | 'team-rotation-per-team';

/** Each on-call design's title, as `oncall-cost` and the plan show it. */
export const DESIGN_TITLE: Readonly<Record<DesignName, string>> = {
  current: 'Today',
  optimized: 'Optimized (§12.6)',
  'team-rotation-per-team': 'A team rotation for every team',
};

/**
 * One design's rotations, their figures written out by the caller: `oncall-cost` formats the
 * engine's money, the plan the document's.
 */
export interface DesignRotationsView {
  readonly design: DesignName;
  readonly notes: readonly string[];
  readonly rotations: readonly {
    readonly name: string;
    readonly type: string;
    readonly coverage: string;
    readonly services: readonly string[];
    /** Today's members; none for a proposed rotation. */
    readonly members?: number | null | undefined;
    readonly peopleNeeded: number;
    readonly standbyOutside: string;
    readonly standbyPay: string;
    readonly timeOff: string;
  }[];
}

/**
 * §12.6: what each design puts on call, for which services, and what its standby costs in an
 * average month: per design its title, a table of its rotations and its notes. The one table of
 * design rotations, in `oncall-cost` and in the plan.
 */
export function designRotationsMarkdown(designs: readonly DesignRotationsView[]): string[] {
  return designRotationsBlocks(designs).map(blockMarkdown);
}

/** The same as blocks: the plan's HTML writes the tables from their cells. */
export function designRotationsBlocks(designs: readonly DesignRotationsView[]): Block[] {
  return designs.flatMap((d): Block[] => [
    para(strong(DESIGN_TITLE[d.design])),
    {
      headers: [
        'Rotation',
        'Type',
        'Coverage',
        'Services',
        d.design === 'current' ? 'Members' : 'People needed',
        'Standby outside business hours per month',
        'Standby pay per month',
        'Time off per month',
      ],
      rows: d.rotations.map((r) => [
        mono(r.name),
        r.type,
        mono(r.coverage),
        r.services.length === 0
          ? '–'
          : r.services.flatMap((x, i) => [i === 0 ? '' : ', ', mono(x)]),
        // The column says what it holds: today's members, or what a proposed design needs.
        String(d.design === 'current' ? (r.members ?? r.peopleNeeded) : r.peopleNeeded),
        r.standbyOutside,
        r.standbyPay,
        r.timeOff,
      ]),
    },
    { items: d.notes },
  ]);
}
