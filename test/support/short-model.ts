import { stringify } from 'yaml';
import { type Kind, loadModel, type Model } from '../../src/model/index.ts';

/** One document in the short form tests write: kind, name and spec. */
export interface TestDocument {
  readonly kind: Kind;
  readonly name: string;
  readonly spec: Readonly<Record<string, unknown>>;
  readonly displayName?: string;
}

/**
 * Builds a Model from short documents through the real loader, so tests see exactly what users
 * get. Throws with the loader's problems when the documents are invalid: a broken test model is a
 * bug in the test.
 */
export function modelOf(documents: readonly TestDocument[]): Model {
  const text = documents
    .map((d) =>
      stringify({
        apiVersion: 'whorunsit/v1',
        kind: d.kind,
        metadata: d.displayName ? { name: d.name, displayName: d.displayName } : { name: d.name },
        spec: d.spec,
      }),
    )
    .join('---\n');
  const result = loadModel([{ name: 'test.yaml', text }]);
  if (!result.ok) {
    throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
  return result.model;
}

/** Shorthands for the documents most tests need. */
export const doc = {
  org: (name: string, spec: Record<string, unknown>): TestDocument => ({
    kind: 'Organization',
    name,
    spec,
  }),
  team: (name: string, spec: Record<string, unknown>): TestDocument => ({
    kind: 'Team',
    name,
    spec,
  }),
  person: (name: string, spec: Record<string, unknown> = {}): TestDocument => ({
    kind: 'Person',
    name,
    spec,
  }),
  service: (name: string, spec: Record<string, unknown>): TestDocument => ({
    kind: 'Service',
    name,
    spec,
  }),
};
