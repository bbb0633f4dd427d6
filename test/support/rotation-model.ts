import { type CompiledModel, type EpochMillis, epochMillis } from '../../src/model/index.ts';
import { doc, modelFrom } from './yaml-model.ts';

/** Test helpers: small models of people and rotations. */

export interface PersonDef {
  readonly name: string;
  readonly timezone?: string;
}

export interface RotationDef {
  readonly name: string;
  readonly members: readonly string[];
  readonly coverage?: '24x7' | '8x5' | '8x7';
  readonly type?: 'team' | 'domain' | 'thin-layer';
  readonly timezone?: string;
  readonly shiftLength?: string;
  readonly handoff?: string;
  readonly covers?: string;
  readonly forwardsTo?: readonly string[];
  /** `true`/`false`, or the sites' takeovers (`{ sites: [{ timezone, from }] }`). */
  readonly followTheSun?:
    | boolean
    | { readonly sites: readonly { readonly timezone: string; readonly from: string }[] };
}

/** YAML documents of people (with optional zones) and rotations. */
export function rotationDocs(
  people: readonly PersonDef[],
  rotations: readonly RotationDef[],
): string[] {
  return [
    ...people.map((p) =>
      doc('Person', p.name, p.timezone ? `timezone: ${p.timezone}` : 'role: sre'),
    ),
    ...rotations.map((r) =>
      doc(
        'Rotation',
        r.name,
        [
          `type: ${r.type ?? 'team'}`,
          `coverage: "${r.coverage ?? '24x7'}"`,
          `timezone: ${r.timezone ?? 'Europe/Berlin'}`,
          `shiftLength: ${r.shiftLength ?? '1w'}`,
          `handoff: "${r.handoff ?? 'Mon 09:00'}"`,
          `members: [${r.members.join(', ')}]`,
          ...(r.covers ? [`covers: ${r.covers}`] : []),
          ...(r.forwardsTo ? [`forwardsTo: [${r.forwardsTo.join(', ')}]`] : []),
          ...(r.followTheSun !== undefined
            ? [`followTheSun: ${JSON.stringify(r.followTheSun)}`]
            : []),
        ].join('\n'),
      ),
    ),
  ];
}

/** A model of people and rotations, plus any extra documents. */
export function rotationModel(
  people: readonly PersonDef[],
  rotations: readonly RotationDef[],
  ...extra: string[]
): CompiledModel {
  return modelFrom(...rotationDocs(people, rotations), ...extra);
}

/** People `a`, `b`, … without a zone of their own. */
export function people(...names: string[]): PersonDef[] {
  return names.map((name) => ({ name }));
}

export const at = (iso: string): EpochMillis => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test date ${iso}`);
  return epochMillis(t);
};

export { doc };
