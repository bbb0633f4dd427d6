import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlertmanagerPayload, fastAlertmanagerPayload } from './alertmanager-payload.ts';
import { findUnsafeText, unsafeCharacter } from './plain-text.ts';

const FIXTURES = new URL('../../../test/fixtures/alertmanager/', import.meta.url);

/** Every webhook body of the fixtures, as Alertmanager sent it. */
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, body: JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) }));

/** The fast path agrees with the schema: the same output, key order included, or no answer. */
function expectSameAsSchema(body: unknown): 'fast' | 'schema' {
  const fast = fastAlertmanagerPayload(body);
  const schema = AlertmanagerPayload.safeParse(body);
  // Told its text is plain (as the server does once it made sure), the same answer.
  if (findUnsafeText(body) === undefined) {
    expect(fastAlertmanagerPayload(body, true)).toStrictEqual(fast);
  }
  if (fast === undefined) return 'schema';
  expect(schema.success).toBe(true);
  expect(fast).toStrictEqual(schema.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
  return 'fast';
}

/** Mostly what Alertmanager sends, now and then something else. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: bad });
const text = mostly(
  fc.string({ maxLength: 12 }).filter((t) => unsafeCharacter(t) === undefined),
  fc.oneof(
    fc.constantFrom('', 'a\u0000b', 'x\u007f', '\ud800', 'tab\there', 'line\nbreak', 'é😀'),
    fc.constantFrom('x'.repeat(17), 'x'.repeat(129), 'x'.repeat(1_025)),
  ),
);
const labels = fc.dictionary(text, text, { maxKeys: 4 });
const time = mostly(
  fc.constantFrom(
    '2018-03-07T06:33:21.873077559-05:00',
    '2026-12-06T10:00:00Z',
    '2026-12-06T09:00:00Z',
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:00:00.000Z',
  ),
  fc.oneof(
    fc.constantFrom(' 2026-12-06T10:00:00Z ', '2026-02-30T10:00:00Z', 'yesterday', ''),
    fc.integer({ min: -5, max: 2 ** 33 }),
    fc.double(),
    fc.constantFrom(null, true, '1765000000'),
  ),
);
/** Anything JSON can hold, for fields of the wrong type and for unknown fields. */
const anything = fc.oneof(
  text,
  fc.integer(),
  fc.constantFrom(null, true, 1.5, -1),
  fc.array(text, { maxLength: 2 }),
  labels,
);
/** Some of `fields`, each mostly right, with unknown fields now and then, in either order. */
function someOf(fields: Record<string, fc.Arbitrary<unknown>>) {
  const entries = Object.entries(fields).map(([key, value]) =>
    fc.option(fc.tuple(fc.constant(key), mostly(value, anything)), {
      freq: 6,
      nil: undefined,
    }),
  );
  return fc
    .tuple(
      fc.tuple(...entries),
      fc.array(fc.tuple(mostly(text, fc.constant('__proto__')), anything), { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, reversed]) => {
      const pairs = [...known.filter((e) => e !== undefined), ...extra];
      // As JSON.parse makes it: an own __proto__ key is a plain key there.
      return JSON.parse(
        `{${(reversed ? pairs.reverse() : pairs).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v ?? null)}`).join(',')}}`,
      ) as Record<string, unknown>;
    });
}
const status = mostly(fc.constantFrom('firing', 'resolved'), fc.constant('pending'));
const alert = someOf({
  status,
  labels,
  annotations: labels,
  startsAt: time,
  endsAt: time,
  generatorURL: text,
  fingerprint: text,
});
const payload = someOf({
  version: text,
  groupKey: text,
  truncatedAlerts: mostly(fc.integer({ min: 0, max: 3 }), fc.constantFrom(-1, 2 ** 53, 0.5)),
  status,
  receiver: text,
  groupLabels: labels,
  commonLabels: labels,
  commonAnnotations: labels,
  externalURL: text,
  alerts: fc.array(alert, { maxLength: 3 }),
});

describe('fastAlertmanagerPayload', () => {
  it("reads every fixture Alertmanager sent as the schema does, without the schema's help", () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const { body } of fixtures) expect(expectSameAsSchema(body)).toBe('fast');
  });

  it('gives what the schema gives, or leaves the body to the schema, on random bodies', () => {
    const seen = { fast: 0, schema: 0, schemaAccepted: 0 };
    fc.assert(
      fc.property(payload, (body) => {
        const path = expectSameAsSchema(body);
        seen[path] += 1;
        if (path === 'schema' && AlertmanagerPayload.safeParse(body).success) {
          seen.schemaAccepted += 1;
        }
      }),
      { numRuns: 3_000 },
    );
    // Both paths were taken: the generator makes valid and invalid bodies alike.
    expect(seen.fast).toBeGreaterThan(100);
    expect(seen.schema).toBeGreaterThan(100);
  });

  it('leaves invalid bodies to the schema, which locates the problem', () => {
    const [first] = fixtures;
    const body = structuredClone(first?.body) as { alerts: Record<string, unknown>[] };
    const cases: [string, (alert: Record<string, unknown>) => void][] = [
      ['a label value that is not text', (a) => Object.assign(a.labels as object, { job: 3 })],
      ['an empty label name', (a) => Object.assign(a.labels as object, { '': 'x' })],
      ['a control character', (a) => Object.assign(a.labels as object, { job: 'a\u0001' })],
      ['no startsAt', (a) => delete a.startsAt],
      ['endsAt null', (a) => Object.assign(a, { endsAt: null })],
      [
        'a resolution ending before it started',
        (a) => Object.assign(a, { status: 'resolved', endsAt: '2000-01-01T00:00:00Z' }),
      ],
      ['an empty fingerprint', (a) => Object.assign(a, { fingerprint: '' })],
    ];
    for (const [, spoil] of cases) {
      const bad = structuredClone(body);
      spoil(bad.alerts[0] as Record<string, unknown>);
      expect(fastAlertmanagerPayload(bad)).toBeUndefined();
      expect(AlertmanagerPayload.safeParse(bad).success).toBe(false);
    }
    expect(fastAlertmanagerPayload({ ...body, status: 'pending' })).toBeUndefined();
    expect(fastAlertmanagerPayload({ ...body, alerts: {} })).toBeUndefined();
    expect(fastAlertmanagerPayload([body])).toBeUndefined();
  });
});
