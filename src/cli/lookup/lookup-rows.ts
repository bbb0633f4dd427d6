import {
  serviceLevel,
  tierOfService,
  tierThresholds,
} from '../../engine/spectrum/availability-tier.ts';
import type { CompiledModel } from '../../model/index.ts';

/** The kinds `get` lists, by the plural people type. */
export const LOOKUP_KINDS = ['services', 'teams', 'rotations', 'people'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** The filters of `get`, and the kinds each applies to. */
export interface LookupFilters {
  readonly team?: string | undefined;
  readonly runModel?: string | undefined;
  readonly tier?: string | undefined;
}
export const FILTER_KINDS: Readonly<Record<keyof LookupFilters, readonly LookupKind[]>> = {
  team: ['services', 'rotations', 'people'],
  runModel: ['services'],
  tier: ['services'],
};

/** One row of a `get` table: column → value, in column order; JSON keeps the values' types. */
export type Row = Readonly<Record<string, string | number | boolean | readonly string[] | null>>;

export interface Lookup {
  readonly columns: readonly { readonly key: string; readonly title: string }[];
  readonly rows: readonly Row[];
}

const dash = (v: string | number | undefined | null) => v ?? null;

/** The rows of one kind, filtered: what `get KIND` prints. */
export function lookupRows(model: CompiledModel, kind: LookupKind, filters: LookupFilters): Lookup {
  switch (kind) {
    case 'services': {
      const thresholds = tierThresholds(model);
      return {
        columns: [
          { key: 'name', title: 'Name' },
          { key: 'owner', title: 'Owner' },
          { key: 'runModel', title: 'Run model' },
          { key: 'tier', title: 'Tier' },
          { key: 'tierBasis', title: 'Tier from' },
          { key: 'availabilityTarget', title: 'Target %' },
          { key: 'sreTeam', title: 'SRE team' },
          { key: 'rotations', title: 'Rotations' },
        ],
        rows: [...model.services.values()]
          .filter(
            (s) =>
              (filters.team === undefined ||
                s.spec.owner === filters.team ||
                s.spec.sreTeam === filters.team) &&
              (filters.runModel === undefined || s.spec.runModel === filters.runModel) &&
              (filters.tier === undefined || serviceLevel(s, thresholds) === filters.tier),
          )
          .map((s) => {
            // Where the tier comes from beside it: one from demand or the default is provisional.
            const { tier, basis } = tierOfService(s, thresholds);
            return {
              name: s.name,
              owner: s.spec.owner,
              runModel: s.spec.runModel,
              tier,
              tierBasis: basis,
              availabilityTarget: dash(s.spec.availabilityTarget),
              sreTeam: dash(s.spec.sreTeam),
              // From the compiled model's index, not a scan of every rotation per service (#15).
              rotations: model.index.rotationsCovering(s.name).map((r) => r.name),
            };
          }),
      };
    }
    case 'teams':
      return {
        columns: [
          { key: 'name', title: 'Name' },
          { key: 'type', title: 'Type' },
          { key: 'organization', title: 'Organization' },
          { key: 'domain', title: 'Domain' },
          { key: 'manager', title: 'Manager' },
          { key: 'people', title: 'People' },
          { key: 'services', title: 'Services' },
        ],
        rows: [...model.teams.values()].map((t) => ({
          name: t.name,
          type: t.spec.type,
          organization: t.spec.organization,
          domain: dash(t.spec.domain),
          manager: dash(t.spec.manager),
          people: [...model.people.values()].filter((p) => p.spec.team === t.name).length,
          services: [...model.services.values()]
            .filter((s) => s.spec.owner === t.name || s.spec.sreTeam === t.name)
            .map((s) => s.name),
        })),
      };
    case 'rotations':
      return {
        columns: [
          { key: 'name', title: 'Name' },
          { key: 'type', title: 'Type' },
          { key: 'coverage', title: 'Coverage' },
          { key: 'timezone', title: 'Time zone' },
          { key: 'members', title: 'Members' },
          { key: 'services', title: 'Services' },
        ],
        rows: [...model.rotations.values()]
          .filter(
            (r) =>
              filters.team === undefined ||
              r.spec.covers?.teams?.includes(filters.team) === true ||
              r.spec.members.some((m) => model.people.get(m)?.spec.team === filters.team),
          )
          .map((r) => ({
            name: r.name,
            type: r.spec.type,
            coverage: r.spec.coverage,
            timezone: dash(r.spec.timezone),
            members: r.spec.members.length,
            // The compiled model's index, as for services: not a scan of every service per rotation.
            services: model.index.servicesCoveredBy(r.name).map((s) => s.name),
          })),
      };
    case 'people':
      return {
        columns: [
          { key: 'name', title: 'Name' },
          { key: 'displayName', title: 'Display name' },
          { key: 'team', title: 'Team' },
          { key: 'role', title: 'Role' },
          { key: 'level', title: 'Level' },
          { key: 'timezone', title: 'Time zone' },
          { key: 'onCall', title: 'On call' },
        ],
        rows: [...model.people.values()]
          .filter((p) => filters.team === undefined || p.spec.team === filters.team)
          .map((p) => ({
            name: p.name,
            displayName: dash(p.spec.displayName),
            team: dash(p.spec.team),
            role: dash(p.spec.role),
            level: dash(p.spec.level),
            timezone: dash(p.spec.timezone),
            onCall: p.spec.onCall === true,
          })),
      };
  }
}

/** A lookup as a Markdown table: names as code, lists joined, nothing as a dash. */
export function lookupMarkdown(lookup: Lookup): string {
  const cell = (v: Row[string] | undefined): string => {
    if (v === null || v === undefined) return '–';
    if (Array.isArray(v)) return v.length === 0 ? '–' : v.join(', ');
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    return String(v);
  };
  const head = `| ${lookup.columns.map((c) => c.title).join(' | ')} |`;
  const rule = `|${lookup.columns.map(() => '---').join('|')}|`;
  const rows = lookup.rows.map(
    (r) => `| ${lookup.columns.map((c) => cell(r[c.key])).join(' | ')} |`,
  );
  return `${[head, rule, ...rows].join('\n')}\n`;
}
