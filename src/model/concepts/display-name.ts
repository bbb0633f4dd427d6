import type { CompiledModel } from '../compiled/compiled-model.ts';

/**
 * How people read an entity's name: the display name its spec or metadata gives, else its name
 * (the id other files refer to it by). One rule for every report, finding and console view.
 */
export function displayName(entity: {
  readonly name: string;
  readonly metadata: { readonly displayName?: string | undefined };
  readonly spec: object;
}): string {
  const spec = entity.spec as { readonly displayName?: string | undefined };
  return spec.displayName ?? entity.metadata.displayName ?? entity.name;
}

/** A person's display name by their name, or the name itself when the model has no such person. */
export function personDisplayName(model: CompiledModel, name: string): string {
  const person = model.people.get(name);
  return person === undefined ? name : displayName(person);
}
