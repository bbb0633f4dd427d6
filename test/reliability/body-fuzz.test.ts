import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../support/each-dialect.ts';
import { serverModelSources } from '../support/server-model.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** `npm run test:soak` sets WHORUNSIT_SOAK: many more cases per route. */
const RUNS_PER_ROUTE = process.env.WHORUNSIT_SOAK ? 1_000 : 60;
/** Printed with the figures: WHORUNSIT_FUZZ_SEED=<seed> replays a run. */
const SEED = Number(process.env.WHORUNSIT_FUZZ_SEED ?? Date.now() % 1_000_000_000);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
};

/** Values no schema admits but every client may send: NUL and control characters, extremes. */
const hostile = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\u001b[31m',
    '\u202e',
    '\ud800',
    '',
    ' ',
    'x'.repeat(70_000),
    '2026-02-30',
    '2026-02-30T10:00:00Z',
    'not-a-time',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '../../etc/passwd',
    '__proto__',
  ),
  fc.constantFrom(
    0,
    -1,
    -0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    0.1,
    true,
    null,
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

const isoTime = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

/**
 * Values shaped by a JSON Schema of the OpenAPI document (so they get past the first checks and
 * reach the handlers), where any value may instead be a hostile one.
 */
function arbitraryOf(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: shaped(schema, depth) },
    { weight: 1, arbitrary: hostile },
  );
}

function shaped(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices && choices.length > 0) return fc.oneof(...choices.map((c) => shaped(c, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0)
    return shaped(Object.assign({}, ...schema.allOf), depth);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => shaped({ ...schema, type: t }, depth)));
  switch (type[0]) {
    case 'string':
      if (schema.format === 'date-time' || schema.format === 'date') return isoTime;
      return fc.oneof(
        isoTime,
        fc.string({
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 40, 40),
        }),
      );
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = schema.minItems ?? 0;
      return fc.array(arbitraryOf(schema.items ?? {}, depth + 1), {
        minLength: min,
        maxLength: Math.max(min, Math.min(schema.maxItems ?? 4, 4)),
      });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const keys = Object.keys(properties);
      return fc.record(
        Object.fromEntries(
          keys.map((k) => [k, arbitraryOf(properties[k] as JsonSchema, depth + 1)]),
        ),
        { requiredKeys: keys.filter((k) => required.has(k)) },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

interface BodyRoute {
  readonly method: string;
  readonly path: string;
  readonly url: string;
  readonly schema: JsonSchema;
}

const urlOf = (path: string) =>
  path
    .replace('{id}', path.includes('tokens') ? '0123456789ab' : '1')
    .replace('{name}', 'checkout-api')
    .replace(/\{[^}]+\}/g, '1');

/**
 * Every route that takes a JSON body, fed values generated from its own schema in the OpenAPI
 * document (valid shapes mixed with hostile values), on both engines: never a 5xx, and every
 * refusal in the one error shape, a 400 located at where the input is wrong.
 */
describe.each(eachDialect())('request body fuzz on $dialect', (engine) => {
  let t: TestApp;
  let routes: BodyRoute[] = [];
  beforeAll(async () => {
    await engine.setup();
    t = await startTestApp({
      store: await engine.open(),
      config: { rateLimitPerMinute: 1_000_000 },
    });
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { message: 'model', sources: serverModelSources() },
    });
    expect(pushed.statusCode, pushed.body).toBe(201);
    const document = (await t.call({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
      >;
    };
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) => {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        return schema ? [{ method: method.toUpperCase(), path, url: urlOf(path), schema }] : [];
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await engine.teardown();
  }, 60_000);

  it('never answers 5xx, and refuses in the one shape with where and what', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const statuses = new Map<number, number>();
    let cases = 0;
    const failures: string[] = [];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(arbitraryOf(route.schema), async (body) => {
          cases += 1;
          const response = await t.call({
            method: route.method as 'POST',
            url: route.url,
            as: 'admin',
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(body) ?? 'null',
          });
          const status = response.statusCode;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const shown = `${route.method} ${route.path} ${status} ${JSON.stringify(body)?.slice(0, 200)} → ${response.body.slice(0, 200)}`;
          if (status >= 500) failures.push(shown);
          if (status >= 400) {
            const error = (response.json() as { error?: { code?: unknown; details?: unknown } })
              .error;
            if (typeof error?.code !== 'string' || !('details' in (error ?? {})))
              failures.push(shown);
            if (status === 400 && error?.code === 'bad-request') {
              const issues = (error.details as { issues?: { in?: string }[] } | null)?.issues;
              if (!issues?.length || !issues.every((i) => typeof i.in === 'string'))
                failures.push(shown);
            }
          }
          return true;
        }),
        {
          numRuns: RUNS_PER_ROUTE,
          seed: SEED,
        },
      );
    }
    const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(
      `body fuzz (${engine.dialect}, seed ${SEED}): ${routes.length} routes, ${cases} cases, ${fivexx} 5xx; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
  }, 600_000);
});
