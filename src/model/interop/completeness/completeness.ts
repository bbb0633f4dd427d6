import { KINDS, type Kind } from '../../vocabulary.ts';
import type { Inference } from '../inference.ts';
import { ANALYSES, type Analysis, FIELD_NEEDS, KIND_NEEDS, type RawEntity } from './field-needs.ts';

/**
 * One gap of the model: a field missing (or only inferred) on some entities, a kind with no
 * entity at all, or entities other files refer to that are not defined.
 */
export interface CompletenessItem {
  readonly kind: Kind;
  /** The spec field; `*` when no entity of the kind exists or the entities are not defined. */
  readonly field: string;
  /** `missing`: no value; `inferred`: a value taken by a rule, to be confirmed; `undefined`: referred to, not defined. */
  readonly status: 'missing' | 'inferred' | 'undefined';
  readonly entities: readonly string[];
  /**
   * What the gap keeps whorunsit from working out; for an inferred value, what a wrong guess
   * would mislead.
   */
  readonly blocks: readonly string[];
  readonly hint: string;
}

/** What blocks validation outweighs everything; then the more analyses, the earlier. */
function weight(analyses: readonly Analysis[], status: CompletenessItem['status']): number {
  const base = analyses.includes('validation') ? 1000 : analyses.length * 10;
  return base + (status === 'missing' ? 2 : status === 'undefined' ? 1 : 0);
}

/**
 * What a complete whorunsit model still needs, per entity and field, ordered by what blocks the
 * most analysis: required fields first (nothing runs without them), then the fields that most
 * analyses depend on. Values taken by inference are listed to be confirmed.
 */
export function completeness(
  entities: readonly RawEntity[],
  inferences: readonly Inference[],
): CompletenessItem[] {
  const inferred = new Set(
    inferences
      .filter((i) => i.code === 'inferred' && i.subject && i.field)
      .map((i) => `${i.subject?.kind}\u0000${i.subject?.name}\u0000${i.field}`),
  );
  const items: (CompletenessItem & { weight: number })[] = [];
  for (const need of FIELD_NEEDS) {
    const missing: string[] = [];
    const guessed: string[] = [];
    for (const entity of entities) {
      if (entity.kind !== need.kind || (need.applies && !need.applies(entity))) continue;
      const present = need.present ? need.present(entity) : entity.spec[need.field] !== undefined;
      if (!present) missing.push(entity.name);
      else if (inferred.has(`${entity.kind}\u0000${entity.name}\u0000${need.field}`))
        guessed.push(entity.name);
    }
    for (const [status, names] of [
      ['missing', missing],
      ['inferred', guessed],
    ] as const) {
      if (names.length === 0) continue;
      // An inferred required value blocks nothing; what it feeds is misled if it is wrong.
      const analyses = status === 'inferred' && need.feeds ? need.feeds : need.analyses;
      items.push({
        kind: need.kind,
        field: need.field,
        status,
        entities: names,
        blocks: analyses.map((a) => ANALYSES[a]),
        hint: need.hint,
        weight: weight(analyses, status),
      });
    }
  }
  for (const need of KIND_NEEDS) {
    if (entities.some((e) => e.kind === need.kind) || (need.when && !need.when(entities))) continue;
    items.push({
      kind: need.kind,
      field: '*',
      status: 'missing',
      entities: [],
      blocks: need.analyses.map((a) => ANALYSES[a]),
      hint: need.hint,
      weight: weight(need.analyses, 'missing'),
    });
  }
  const undefinedServices = [
    ...new Set(
      inferences
        .filter((i) => i.code === 'unattached' && i.subject?.kind === 'Service')
        .map((i) => i.subject?.name as string)
        .filter((name) => !entities.some((e) => e.kind === 'Service' && e.name === name)),
    ),
  ];
  if (undefinedServices.length > 0) {
    const analyses: Analysis[] = ['tiers', 'budgets'];
    items.push({
      kind: 'Service',
      field: '*',
      status: 'undefined',
      entities: undefinedServices,
      blocks: analyses.map((a) => ANALYSES[a]),
      hint: 'services that SLOs measure but no catalog entity or whorunsit document defines: write each with owner and runModel',
      weight: weight(analyses, 'undefined'),
    });
  }
  const kindOrder = (k: Kind) => KINDS.indexOf(k);
  return items
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        b.entities.length - a.entities.length ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        a.field.localeCompare(b.field),
    )
    .map(({ weight: _, ...item }) => item);
}
