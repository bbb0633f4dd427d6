import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { durationMillis } from '../../src/model/index.ts';
import { listAlerts } from '../../src/store/index.ts';
import { oneAlert, postAlerts } from '../support/alert-intake.ts';
import { eachDialect } from '../support/each-dialect.ts';
import { serverModelSources } from '../support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A YAML flow sequence of half a million items (1 MB, well inside the upload limit): the YAML
 * parser takes over 20 s and a gigabyte for it. Before models were read in their own thread,
 * it froze the server, intake included, and three in one upload ran it out of memory.
 */
const longList = `a: [${'1,'.repeat(499_999)}1]\n`;

describe.each(eachDialect())('hostile model uploads, on $dialect', (engine) => {
  let t: TestApp;
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  afterEach(() => t.close());

  it('get a located 400 at the limit while alerts keep being stored, and the next upload is read', async () => {
    // Limits small enough for a test; the defaults are 20 s and 2 GiB.
    t = await startTestApp({
      store: await engine.open(),
      config: { parseTimeoutMs: durationMillis(3_000), parseMemoryMb: 512 },
    });
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/v1/revisions',
          as: 'editor',
          payload: { sources: serverModelSources() },
        })
      ).statusCode,
    ).toBe(201);

    const uploads = [
      // An editor's raw YAML body.
      t.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'editor',
        headers: { 'content-type': 'application/yaml' },
        payload: longList,
      }),
      // Three such files in one JSON upload.
      t.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'editor',
        payload: {
          sources: [
            { name: 'people.yaml', text: longList },
            { name: 'teams.yaml', text: longList },
            { name: 'services.yaml', text: longList },
          ],
        },
      }),
    ];
    // Alerts sent one after another while the uploads are read.
    let acknowledged = 0;
    let answered: number | undefined;
    const finished = Promise.all(uploads).finally(() => {
      answered = acknowledged;
    });
    while (answered === undefined) {
      const response = await postAlerts(t, oneAlert(`Burn${acknowledged}`));
      expect(response.statusCode, response.body).toBe(200);
      acknowledged += 1;
    }
    const [yaml, json] = await finished;

    for (const [response, file] of [
      [yaml, 'upload.yaml'],
      [json, 'people.yaml'],
    ] as const) {
      expect(response?.statusCode, response?.body).toBe(400);
      const error = errorOf(response as NonNullable<typeof response>);
      expect(error.code).toBe('invalid-model');
      expect(error.details).toEqual({
        problems: [expect.objectContaining({ code: 'input-too-large', file, line: 1, column: 1 })],
      });
    }
    // Intake was answered all along: several alerts while the uploads were read (before, none).
    expect(answered).toBeGreaterThanOrEqual(5);
    const stored = await listAlerts({ db: t.store.db, limit: 10_000 });
    expect(stored).toHaveLength(acknowledged);

    // Nothing was stored for the refused uploads; a good upload is read by a fresh thread.
    const next = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: {
        message: 'next',
        sources: [...serverModelSources(), { name: 'extra.yaml', text: '# nothing\n' }],
      },
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().revision.id).toBe(2);
  }, 180_000);
});
