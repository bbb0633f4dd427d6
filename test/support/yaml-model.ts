import { loadModel, type Model } from '../../src/model/index.ts';

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
export function modelFrom(...documents: string[]): Model {
  const result = loadModel([{ name: 'test.yaml', text: documents.join('---\n') }]);
  if (!result.ok)
    throw new Error(`invalid test model:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.model;
}
