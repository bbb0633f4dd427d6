import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DurationMillis, durationMillis } from '../../model/concepts/time-units.ts';
import { COLLECTION_OF, loadModel } from '../../model/index.ts';
import { createModelParser, type ModelParser } from './model-parser.ts';

const ACME = join(import.meta.dirname, '../../../examples/acme');
const acme = () =>
  readdirSync(ACME)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ name: file, text: readFileSync(join(ACME, file), 'utf8') }));

/** A one-document model with a problem: read in no time, even by a cold thread. */
const broken = [{ name: 'team.yaml', text: 'apiVersion: whorunsit/v1\nkind: Team\n' }];

/** A YAML flow sequence of `items` numbers: seconds and gigabytes for the YAML parser. */
const longList = (items: number) => `a: [${'1,'.repeat(items - 1)}1]\n`;

describe('the model parse thread', () => {
  let parser: ModelParser | undefined;
  const start = (
    limits: { memoryMb?: number; timeoutMs?: DurationMillis; maxQueue?: number } = {},
  ) => {
    parser = createModelParser({
      memoryMb: 512,
      timeoutMs: durationMillis(60_000),
      maxQueue: 8,
      advice: 'raise the limits',
      ...limits,
    });
    return parser;
  };
  afterEach(async () => {
    await parser?.close();
    parser = undefined;
  });

  it('reads a model into the same entities as the loader, and its problems alike', async () => {
    const parsed = await start().load(acme());
    const direct = loadModel(acme());
    if (!parsed.ok || !direct.ok) throw new Error('acme does not load');
    for (const collection of Object.values(COLLECTION_OF)) {
      expect(parsed.model[collection], collection).toEqual(direct.model[collection]);
    }
    expect(Object.isFrozen([...parsed.model.people.values()][0]?.spec)).toBe(true);

    const problems = await parser?.load(broken);
    expect(problems).toEqual({ ok: false, problems: loadModel(broken).problems });
  });

  it('refuses a model that takes longer than the limit, at the file being read, and reads the next', async () => {
    const p = start({ timeoutMs: durationMillis(1_500) });
    const sources = [
      { name: 'fine.yaml', text: acme()[0]?.text ?? '' },
      { name: 'huge.yaml', text: longList(400_000) },
      { name: 'after.yaml', text: 'a: 1\n' },
    ];
    const result = await p.load(sources);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'input-too-large',
      file: 'huge.yaml',
      line: 1,
      column: 1,
    });
    expect(result.problems[0]?.message).toMatch(/longer than 1.5 s to read.*raise the limits/);
    // The thread was replaced: the next model is read.
    expect(await p.load(broken)).toEqual({ ok: false, problems: loadModel(broken).problems });
  });

  it('refuses a model that needs more memory than the thread has', async () => {
    const p = start({ memoryMb: 48 });
    // A 7 MB string: within the loader's size limit, and copied a few times while parsed.
    const result = await p.load([{ name: 'huge.yaml', text: `a: "${'x'.repeat(7_000_000)}"\n` }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'input-too-large', file: 'huge.yaml' });
    expect(result.problems[0]?.message).toMatch(/needs more than 48 MiB of memory/);
    expect(await p.load(broken)).toEqual({ ok: false, problems: loadModel(broken).problems });
  });

  it('answers 503 overloaded past its queue, and unavailable once closed', async () => {
    const p = start({ timeoutMs: durationMillis(2_000), maxQueue: 1 });
    const hostile = [{ name: 'huge.yaml', text: longList(400_000) }];
    const first = p.load(hostile);
    const waiting = p.load(broken);
    await expect(p.load(broken)).rejects.toMatchObject({ code: 'overloaded' });
    expect(await first).toMatchObject({ ok: false, problems: [{ code: 'input-too-large' }] });
    expect(await waiting).toEqual({ ok: false, problems: loadModel(broken).problems });
    const inFlight = expect(p.load(hostile)).rejects.toMatchObject({ code: 'unavailable' });
    await p.close();
    await inFlight;
    await expect(p.load(broken)).rejects.toMatchObject({ code: 'unavailable' });
  });
});
