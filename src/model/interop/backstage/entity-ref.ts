/** A Backstage entity reference: `[<kind>:][<namespace>/]<name>`. */
export interface EntityRef {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

/**
 * Parses a reference as Backstage does: the kind and namespace may be left out and then come
 * from `defaults` (a Component's `owner` defaults to kind Group and the Component's namespace).
 * Returns undefined for text that is no reference (empty, or a name with `:` or `/` in it).
 */
export function parseEntityRef(
  ref: string,
  defaults: { readonly kind: string; readonly namespace: string },
): EntityRef | undefined {
  const text = ref.trim();
  const colon = text.indexOf(':');
  const kind = colon > 0 ? text.slice(0, colon) : defaults.kind;
  const rest = colon >= 0 ? text.slice(colon + 1) : text;
  const slash = rest.indexOf('/');
  const namespace = slash > 0 ? rest.slice(0, slash) : defaults.namespace;
  const name = slash >= 0 ? rest.slice(slash + 1) : rest;
  if (name === '' || kind === '' || name.includes(':') || name.includes('/')) return undefined;
  return { kind, namespace, name };
}

/** The key Backstage compares references by: kind, namespace and name, case-insensitively. */
export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`.toLowerCase();
}

/** The reference as people write it, with the default namespace left out. */
export function formatRef(ref: EntityRef): string {
  const kind = ref.kind.toLowerCase();
  return ref.namespace.toLowerCase() === 'default'
    ? `${kind}:${ref.name}`
    : `${kind}:${ref.namespace}/${ref.name}`;
}
