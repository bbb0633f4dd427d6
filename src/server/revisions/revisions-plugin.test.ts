import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModelSources, withFile } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { listRevisions } from '../../store/index.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const push = (sources = serverModelSources(), headers: Record<string, string> = {}) =>
  t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'editor',
    headers,
    payload: { message: 'initial model', sources },
  });

describe('POST /api/v1/revisions', () => {
  it('stores a valid model as revision 1 with author, message and what it added', async () => {
    const response = await push();
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const { revision, created } = response.json();
    expect(created).toBe(true);
    expect(revision).toMatchObject({ id: 1, author: 'editor-token', message: 'initial model' });
    expect(revision.summary.added).toContain('Service/checkout-api');
    expect(revision.summary.removed).toEqual([]);
  });

  it('summarizes what the next revision added, removed and changed', async () => {
    await push();
    const services = serverModelSources().find((s) => s.name === 'services.yaml')?.text ?? '';
    // checkout-api's target changes and search-api (the third document) goes.
    const edited = services
      .replace('availabilityTarget: 99.9\n', 'availabilityTarget: 99.95\n')
      .split('---\n')
      .filter((d) => !d.includes('name: search-api'))
      .join('---\n');
    const next = withFile(
      withFile(serverModelSources(), 'services.yaml', edited),
      'extra.yaml',
      doc('Service', 'orders-api', 'owner: payments\nrunModel: you-run-it'),
    );
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { message: 'tune', author: 'Ana <ana@example.com>', sources: next },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().revision).toMatchObject({
      id: 2,
      author: 'Ana <ana@example.com> (via editor-token)',
      summary: {
        added: ['Service/orders-api'],
        removed: ['Service/search-api'],
        changed: ['Service/checkout-api'],
      },
    });
  });

  it('rejects an invalid model with every problem and stores nothing', async () => {
    const broken = withFile(
      serverModelSources(),
      'broken.yaml',
      doc('Service', 'bad', 'owner: nobody\nrunModel: you-run-it\nfoo: 1'),
    );
    const response = await push(broken);
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('invalid-model');
    const problems = (error.details as { problems: { code: string; file: string }[] }).problems;
    expect(problems.map((p) => p.code).sort()).toEqual(['unknown-field', 'unknown-reference']);
    expect(problems[0]?.file).toBe('broken.yaml');
    expect(await listRevisions({ db: t.store.db, limit: 10 })).toEqual([]);
  });

  it('stores nothing new when the documents equal the latest revision', async () => {
    await push();
    const again = await push();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, revision: { id: 1 } });
  });

  it('answers 409 with the latest revision when If-Match names an older one', async () => {
    await push();
    const edited = withFile(serverModelSources(), 'x.yaml', doc('Organization', 'x', 'type: sre'));
    expect((await push(edited, { 'if-match': '"1"' })).statusCode).toBe(201);
    const stale = withFile(serverModelSources(), 'y.yaml', doc('Organization', 'y', 'type: sre'));
    const response = await push(stale, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'revision-conflict',
      details: { expected: 1, latest: 2 },
    });
    expect(await listRevisions({ db: t.store.db, limit: 10 })).toHaveLength(2);
  });

  it('answers 400 for an If-Match that names no revision', async () => {
    const response = await push(serverModelSources(), { 'if-match': 'yesterday' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('bad-request');
  });

  it('answers 400 with where and what when the body lacks the documents', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { message: 'no files' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'bad-request',
      details: { issues: [{ in: 'body', path: 'sources' }] },
    });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      headers: { 'content-type': 'application/json' },
      payload: '{"sources": [',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('bad-request');
  });

  it('answers 413 for a body above the model upload limit', async () => {
    const small = await startTestApp({ config: { modelBodyLimit: 1_000 } });
    try {
      const response = await small.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'editor',
        payload: { sources: [{ name: 'a.yaml', text: 'x'.repeat(2_000) }] },
      });
      expect(response.statusCode).toBe(413);
      expect(errorOf(response).code).toBe('payload-too-large');
    } finally {
      await small.close();
    }
  });

  it('accepts a raw YAML body as one file, with the message in a header', async () => {
    const text = serverModelSources()
      .map((s) => s.text)
      .join('---\n');
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      headers: { 'content-type': 'application/yaml', 'x-whorunsit-message': 'from curl' },
      payload: text,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().revision.message).toBe('from curl');
  });

  it('answers 401 without a token and 403 for viewer and ingest tokens', async () => {
    const payload = { sources: serverModelSources() };
    const url = '/api/v1/revisions';
    const anonymous = await t.call({ method: 'POST', url, payload });
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('unauthorized');
    for (const as of ['viewer', 'ingest'] as const) {
      const response = await t.call({ method: 'POST', url, payload, as });
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).code).toBe('forbidden');
    }
  });

  it('answers 401 for an unknown token', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      headers: { authorization: 'Bearer wri_000000000000_nope' },
      payload: { sources: serverModelSources() },
    });
    expect(response.statusCode).toBe(401);
  });

  it('loses no revision when uploads race without If-Match', async () => {
    const uploads = Array.from({ length: 8 }, (_, i) =>
      push(withFile(serverModelSources(), 'n.yaml', doc('Organization', `o${i}`, 'type: sre'))),
    );
    const responses = await Promise.all(uploads);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const ids = responses.map((r) => r.json().revision.id).sort((a, b) => a - b);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('reading revisions', () => {
  it('answers 404 no-revision for the current model before any upload', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/revisions/current',
      as: 'viewer',
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('no-revision');
  });

  it('returns the current revision with its documents and ETag', async () => {
    await push();
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/revisions/current',
      as: 'viewer',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json().revision.sources).toEqual(serverModelSources());
  });

  it('lists the history newest first, a page at a time', async () => {
    await push();
    await push(withFile(serverModelSources(), 'x.yaml', doc('Organization', 'x', 'type: sre')));
    const all = await t.call({ method: 'GET', url: '/api/v1/revisions', as: 'viewer' });
    expect(all.json().revisions.map((r: { id: number }) => r.id)).toEqual([2, 1]);
    const first = await t.call({ method: 'GET', url: '/api/v1/revisions?limit=1', as: 'viewer' });
    expect(first.json().revisions.map((r: { id: number }) => r.id)).toEqual([2]);
    const cursor = first.json().nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const page = await t.call({
      method: 'GET',
      url: `/api/v1/revisions?limit=1&cursor=${cursor}`,
      as: 'viewer',
    });
    expect(page.json()).toMatchObject({ revisions: [{ id: 1 }], nextCursor: null });
  });

  it('answers 400 for a page size out of range and 404 for a revision never stored', async () => {
    const bad = await t.call({ method: 'GET', url: '/api/v1/revisions?limit=0', as: 'viewer' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details).toMatchObject({ issues: [{ in: 'query', path: 'limit' }] });
    const missing = await t.call({ method: 'GET', url: '/api/v1/revisions/7', as: 'viewer' });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('not-found');
  });

  it('answers 401 to anonymous readers unless anonymous read is enabled', async () => {
    expect((await t.call({ method: 'GET', url: '/api/v1/revisions' })).statusCode).toBe(401);
    const open = await startTestApp({ config: { anonymousRead: true } });
    try {
      expect((await open.call({ method: 'GET', url: '/api/v1/revisions' })).statusCode).toBe(200);
      const write = await open.call({
        method: 'POST',
        url: '/api/v1/revisions',
        payload: { sources: serverModelSources() },
      });
      expect(write.statusCode).toBe(401);
    } finally {
      await open.close();
    }
  });

  it('answers 403 to an ingest token reading the history', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/revisions', as: 'ingest' });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/v1/revisions/{id}/restore', () => {
  it('makes an old revision current again as a new revision', async () => {
    await push();
    await push(withFile(serverModelSources(), 'x.yaml', doc('Organization', 'x', 'type: sre')));
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions/1/restore',
      as: 'editor',
      headers: { 'if-match': '"2"' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().revision).toMatchObject({
      id: 3,
      restoredFrom: 1,
      message: 'Restore revision 1',
      summary: { removed: ['Organization/x'] },
    });
    const current = await t.call({ method: 'GET', url: '/api/v1/revisions/current', as: 'viewer' });
    expect(current.json().revision.sources).toEqual(serverModelSources());
  });

  it('answers 409 when the restore was prepared against a revision that is no longer latest', async () => {
    await push();
    await push(withFile(serverModelSources(), 'x.yaml', doc('Organization', 'x', 'type: sre')));
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/revisions/1/restore',
      as: 'editor',
      headers: { 'if-match': '1' },
    });
    expect(response.statusCode).toBe(409);
  });

  it('answers 404 for a revision never stored, 400 for a bad id, 403 for a viewer', async () => {
    const missing = await t.call({
      method: 'POST',
      url: '/api/v1/revisions/9/restore',
      as: 'editor',
    });
    expect(missing.statusCode).toBe(404);
    const bad = await t.call({
      method: 'POST',
      url: '/api/v1/revisions/abc/restore',
      as: 'editor',
    });
    expect(bad.statusCode).toBe(400);
    const viewer = await t.call({
      method: 'POST',
      url: '/api/v1/revisions/1/restore',
      as: 'viewer',
    });
    expect(viewer.statusCode).toBe(403);
  });
});
