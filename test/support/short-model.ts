import type { Kind } from '../../src/model/index.ts';
import type { TestDoc } from './yaml-model.ts';

export { modelOf } from './yaml-model.ts';

/** One document in the short form tests write: kind, name and spec. */
export interface TestDocument extends TestDoc {
  readonly kind: Kind;
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
