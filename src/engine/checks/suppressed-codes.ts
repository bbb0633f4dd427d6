import { type CompiledModel, entitiesOf } from '../../model/index.ts';
import type { Subject } from './check.ts';

/** The annotation that silences checks for one entity: `whorunsit/ignore: "code,code"`. */
export const IGNORE_ANNOTATION = 'whorunsit/ignore';

/** The check codes an entity's `whorunsit/ignore` annotation suppresses (spaces are ignored). */
export function suppressedCodes(model: CompiledModel, subject: Subject): ReadonlySet<string> {
  const entity = entitiesOf(model, subject.kind).get(subject.name);
  const value = entity?.metadata.annotations?.[IGNORE_ANNOTATION];
  if (value === undefined) return new Set();
  return new Set(
    value
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== ''),
  );
}
