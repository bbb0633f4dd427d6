import { stringify } from 'yaml';
import { type CompiledModel, loadModel } from '../../src/model/index.ts';

/** A whorunsit/v1 document as YAML text, for building small models in tests. */
export function doc(kind: string, name: string, spec: string): string {
  const indented = spec
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `apiVersion: whorunsit/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${indented}\n`;
}

/** Loads YAML documents into a model, failing the test with the problems when invalid. */
export function modelFrom(...documents: string[]): CompiledModel {
  const result = loadModel([{ name: 'test.yaml', text: documents.join('---\n') }]);
  if (!result.ok)
    throw new Error(`invalid test model:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.model;
}

/** A whorunsit/v1 document as a plain object, for tests that build or change documents in code. */
export interface TestDoc {
  readonly kind: string;
  readonly name: string;
  readonly spec: Readonly<Record<string, unknown>>;
  readonly displayName?: string;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A document given as an object, as YAML text. */
export function docYaml(d: TestDoc): string {
  return stringify({
    apiVersion: 'whorunsit/v1',
    kind: d.kind,
    metadata: {
      name: d.name,
      ...(d.displayName ? { displayName: d.displayName } : {}),
      ...(d.annotations ? { annotations: d.annotations } : {}),
    },
    spec: d.spec,
  });
}

/** Documents given as objects, as one YAML stream, as a user would write or pipe them in. */
export function yamlOf(docs: readonly TestDoc[]): string {
  return docs.map(docYaml).join('---\n');
}

/** Loads documents given as objects into a model, failing the test with the problems when invalid. */
export function modelOf(docs: readonly TestDoc[]): CompiledModel {
  return modelFrom(...docs.map(docYaml));
}
