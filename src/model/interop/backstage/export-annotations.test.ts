import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { fixtureSources } from '../../../../test/support/fixtures.ts';
import { loadModel } from '../../load-model.ts';
import type { Model } from '../../model.ts';
import type { Source } from '../../source.ts';
import { backstagePatches } from './export-annotations.ts';

const OVERLAY = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'backstage-overlay');

function overlay(...except: string[]): Source[] {
  return readdirSync(OVERLAY)
    .filter((f) => f.endsWith('.yaml') && !except.includes(f))
    .sort()
    .map((f) => ({ name: `overlay/${f}`, text: readFileSync(join(OVERLAY, f), 'utf8') }));
}

function load(sources: Source[]) {
  const result = loadModel(sources);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

const original = load([...fixtureSources('backstage'), ...overlay()]);

describe('backstagePatches', () => {
  const patches = backstagePatches(original.model, original.inferences);

  it('says who owns and who runs each service', () => {
    const search = patches.find((p) => p.ref === 'component:default/wayback-search');
    expect(search).toMatchObject({
      inCatalog: true,
      kind: 'Component',
      metadata: {
        name: 'wayback-search',
        annotations: {
          'whorunsit.dev/owner': 'team-a',
          'whorunsit.dev/runModel': 'you-and-sre-run-it',
          'whorunsit.dev/sreTeam': 'sre-core',
          'whorunsit.dev/availabilityTarget': 99.95,
          'whorunsit.dev/run-by': 'team-a with sre-core',
          'whorunsit.dev/rotations': 'wayback, team-a',
        },
      },
      inferred: [],
    });
  });

  it('marks values that were only inferred', () => {
    const petstore = patches.find((p) => p.ref === 'component:default/petstore');
    expect(petstore?.inferred).toEqual(['runModel']);
    expect(petstore?.metadata.annotations['whorunsit.dev/rotations']).toBeUndefined();
  });

  it('patches users of other namespaces in their namespace, and marks entities the catalog lacks', () => {
    expect(
      patches.find((p) => p.metadata.name === 'guest' && p.metadata.namespace === 'development')
        ?.ref,
    ).toBe('user:development/guest');
    expect(patches.find((p) => p.ref === 'group:default/sre-core')).toMatchObject({
      inCatalog: false,
      metadata: { annotations: { 'whorunsit.dev/type': 'sre' } },
    });
  });

  it('round-trips: the catalog with the patches merged gives the services the same run model', () => {
    const byRef = new Map(
      patches.map((p) => [`${p.kind}:${p.metadata.namespace}/${p.metadata.name}`, p]),
    );
    const patched = fixtureSources('backstage').map((source) => {
      const docs = parseAllDocuments(source.text) as unknown as { toJS(): unknown }[];
      const texts = docs.map((d) => {
        const data = d.toJS() as {
          kind: string;
          metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
        };
        const patch = byRef.get(
          `${data.kind}:${data.metadata.namespace ?? 'default'}/${data.metadata.name}`,
        );
        if (patch) {
          data.metadata.annotations = Object.fromEntries(
            Object.entries(patch.metadata.annotations).map(([k, v]) => [
              k,
              typeof v === 'string' ? v : JSON.stringify(v),
            ]),
          );
        }
        return JSON.stringify(data);
      });
      return { name: source.name, text: texts.join('\n---\n') };
    });
    // services.yaml held who runs what; now only the catalog says it.
    const again = load([...patched, ...overlay('services.yaml')]);
    const runs = (model: Model) =>
      [...model.services.values()].map((s) => [
        s.name,
        s.spec.owner,
        s.spec.runModel,
        s.spec.sreTeam,
        s.spec.errorBudgetPolicy,
        s.spec.availabilityTarget,
      ]);
    expect(runs(again.model)).toEqual(runs(original.model));
    expect(again.inferences.filter((i) => i.field === 'runModel')).toHaveLength(0);
  });
});
