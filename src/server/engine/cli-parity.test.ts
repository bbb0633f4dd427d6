import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { RevisionSource } from '../../store/index.ts';
import { ENGINE_ENDPOINTS } from './endpoints/index.ts';

/**
 * Every engine endpoint answers, inside `result`, exactly what the matching CLI command prints
 * with `--json` for the same model, data and parameters: the CLI runs in-process on the example
 * files, the server on the same files stored as revisions and the same data ingested.
 */

const ROOT = new URL('../../../', import.meta.url).pathname;
const SERVER_NOW = '2025-07-15T12:00:00.000Z';
const AT = '2025-07-01';
const SLI = 'examples/acme/data/sli.csv';
const INCIDENTS = 'examples/acme/data/incidents.csv';

/** An example folder's YAML files as revision sources, named as the CLI names them. */
function exampleSources(example: string): RevisionSource[] {
  const folder = join(ROOT, 'examples', example);
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({
      name: `examples/${example}/${f}`,
      text: readFileSync(join(folder, f), 'utf8'),
    }));
}

/** The rows of a simple CSV file (no quoted fields) as objects keyed by the header. */
function csvRows(path: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(join(ROOT, path), 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

let t: TestApp;
const revisions: Record<'acme' | 'startup' | 'startupTarget', number> = {
  acme: 0,
  startup: 0,
  startupTarget: 0,
};

beforeAll(async () => {
  t = await startTestApp({ now: SERVER_NOW });
  const store = async (example: string) => {
    const stored = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { sources: exampleSources(example) },
    });
    expect(stored.statusCode, stored.body).toBe(201);
    return stored.json().revision.id as number;
  };
  revisions.startup = await store('startup');
  revisions.startupTarget = await store('startup-target');
  revisions.acme = await store('acme');
  const samples = csvRows(SLI).map((r) => ({
    service: r.service,
    timestamp: r.timestamp,
    good: Number(r.good),
    total: Number(r.total),
  }));
  const incidents = csvRows(INCIDENTS).map((r) => ({
    id: r.id,
    service: r.service,
    startedAt: r.startedAt,
    detectedAt: r.detectedAt || null,
    resolvedAt: r.resolvedAt || null,
    customerVisible: r.customerVisible === 'true',
  }));
  for (const [url, payload] of [
    ['/api/v1/sli-samples', { samples }],
    ['/api/v1/incidents', { incidents }],
  ] as const) {
    const ingested = await t.call({ method: 'POST', url, as: 'ingest', payload });
    expect(ingested.statusCode, ingested.body).toBeLessThan(300);
  }
}, 120_000);
afterAll(() => t.close());

interface Case {
  readonly endpoint: string;
  /** Path and query after /api/v1/, without the revision. */
  readonly url: string;
  readonly revision?: keyof typeof revisions;
  readonly cli: readonly string[];
}

const CASES: readonly Case[] = [
  { endpoint: 'checks', url: 'checks', cli: ['check', 'examples/acme'] },
  {
    endpoint: 'plan',
    url: `plan?at=${AT}`,
    cli: ['plan', 'examples/acme', '--sli', SLI, '--incidents', INCIDENTS, '--at', AT],
  },
  { endpoint: 'staffing', url: 'staffing', cli: ['staffing', 'examples/acme'] },
  {
    endpoint: 'staffing',
    url: 'staffing?policy=standard',
    cli: ['staffing', 'examples/acme', '--policy', 'standard'],
  },
  { endpoint: 'oncall-cost', url: 'oncall-cost', cli: ['oncall-cost', 'examples/acme'] },
  {
    endpoint: 'oncall-cost',
    url: 'oncall-cost?month=2025-03&incidents=stored',
    cli: ['oncall-cost', 'examples/acme', '--month', '2025-03', '--incidents', INCIDENTS],
  },
  {
    endpoint: 'schedules',
    url: 'schedules?from=2025-07-01&to=2025-07-15',
    cli: ['schedule', 'examples/acme', '--from', '2025-07-01', '--to', '2025-07-15'],
  },
  {
    endpoint: 'budgets',
    url: `budgets?at=${AT}`,
    cli: ['budgets', 'examples/acme', '--sli', SLI, '--at', AT],
  },
  {
    endpoint: 'handover',
    url: `handover?at=${AT}`,
    cli: ['handover', 'examples/acme', '--sli', SLI, '--incidents', INCIDENTS, '--at', AT],
  },
  {
    endpoint: 'kpis',
    url: `kpis?period=quarter&at=${AT}`,
    cli: [
      'kpis',
      'examples/acme',
      '--incidents',
      INCIDENTS,
      '--sli',
      SLI,
      '--period',
      'quarter',
      '--at',
      AT,
    ],
  },
  {
    endpoint: 'chargeback',
    url: 'chargeback?month=2025-03',
    cli: ['chargeback', 'examples/acme', '--month', '2025-03'],
  },
  { endpoint: 'careers', url: 'careers', cli: ['careers', 'examples/acme'] },
  {
    endpoint: 'change-plan',
    url: `change-plan?at=${AT}&target=`,
    revision: 'startup',
    cli: [
      'diff',
      'examples/startup',
      '--target',
      'examples/startup-target',
      '--sli',
      SLI,
      '--incidents',
      INCIDENTS,
      '--at',
      AT,
    ],
  },
];

describe('engine endpoints and the CLI --json', () => {
  it('have a parity case for every engine endpoint', () => {
    const covered = new Set(CASES.map((c) => c.endpoint));
    expect(ENGINE_ENDPOINTS.map((e) => e.path).filter((p) => !covered.has(p))).toEqual([]);
  });

  it.each(CASES)('GET /api/v1/$url answers what `whorunsit $cli.0 … --json` prints', async (c) => {
    const revision = revisions[c.revision ?? 'acme'];
    const url =
      c.endpoint === 'change-plan'
        ? `/api/v1/${c.url}${revisions.startupTarget}&revision=${revision}`
        : `/api/v1/${c.url}${c.url.includes('?') ? '&' : '?'}revision=${revision}`;
    const response = await t.call({ method: 'GET', url, as: 'viewer' });
    expect(response.statusCode, response.body).toBe(200);
    const cli = await runCli([...c.cli, '--json'], { cwd: ROOT, now: new Date(SERVER_NOW) });
    expect(cli.stderr).not.toMatch(/whorunsit:/);
    // The plan document says where it comes from: files and their digest on the CLI, the
    // revision and the store on the server. Everything else is the same document.
    const printed = withoutProvenance(JSON.parse(cli.stdout));
    const result = withoutProvenance(response.json().result);
    expect(result).toEqual(printed);
    // Same keys in the same order, not only equal values: the bytes scripts see.
    expect(JSON.stringify(result)).toBe(JSON.stringify(printed));
  });
});

describe('GET /api/v1/schedules with stored on-call overrides', () => {
  it('applies the overrides in force as `schedule --overrides FILE --json` applies the same takes', async () => {
    const range = 'from=2025-07-15T12:00:00Z&to=2025-07-22T12:00:00Z';
    const url = `/api/v1/schedules?${range}&revision=${revisions.acme}`;
    const planned = await t.call({ method: 'GET', url, as: 'viewer' });
    expect(planned.statusCode, planned.body).toBe(200);
    const shifts = planned.json().result.shifts as {
      rotation: string;
      person: string;
      start: string;
      end: string;
    }[];
    const at = (list: typeof shifts, iso: string) =>
      list.find(
        (s) =>
          s.rotation === 'checkout-oncall' &&
          Date.parse(s.start) <= Date.parse(iso) &&
          Date.parse(iso) < Date.parse(s.end),
      )?.person;
    const before = at(shifts, '2025-07-16T10:00:00Z');
    expect(before).toBeDefined();
    const other = before === 'lena-schulz' ? 'felix-braun' : 'lena-schulz';
    const take = {
      rotation: 'checkout-oncall',
      person: other,
      from: '2025-07-16T09:00:00Z',
      to: '2025-07-16T13:00:00Z',
    };
    const made = await t.call({
      method: 'POST',
      url: '/api/v1/on-call-overrides',
      as: 'editor',
      payload: { ...take, reason: `${before} at the dentist` },
    });
    expect(made.statusCode, made.body).toBe(201);
    const folder = mkdtempSync(join(tmpdir(), 'whorunsit-overrides-'));
    try {
      const applied = await t.call({ method: 'GET', url, as: 'viewer' });
      expect(applied.statusCode, applied.body).toBe(200);
      const result = applied.json().result;
      expect(at(result.shifts, '2025-07-16T10:00:00Z')).toBe(other);
      expect(at(result.shifts, '2025-07-16T14:00:00Z')).toBe(before);

      const file = join(folder, 'overrides.yaml');
      writeFileSync(
        file,
        `overrides:\n  - { type: take, rotation: ${take.rotation}, person: ${take.person}, from: "${take.from}", to: "${take.to}" }\n`,
      );
      const cli = await runCli(
        [
          'schedule',
          'examples/acme',
          '--from',
          '2025-07-15T12:00:00Z',
          '--to',
          '2025-07-22T12:00:00Z',
          '--overrides',
          file,
          '--json',
        ],
        { cwd: ROOT, now: new Date(SERVER_NOW) },
      );
      expect(cli.stderr).not.toMatch(/whorunsit:/);
      expect(JSON.stringify(result)).toBe(JSON.stringify(JSON.parse(cli.stdout)));
    } finally {
      rmSync(folder, { recursive: true, force: true });
      const revoked = await t.call({
        method: 'DELETE',
        url: `/api/v1/on-call-overrides/${made.json().override.id}`,
        as: 'editor',
      });
      expect(revoked.statusCode).toBe(200);
    }
    // Revoked, the plan again.
    const again = await t.call({ method: 'GET', url, as: 'viewer' });
    expect(again.json().result).toEqual(planned.json().result);
  });
});

describe('GET /api/v1/revisions/{id}/diff/{target}', () => {
  it('answers `whorunsit diff --json` as its change plan, and the entities that differ', async () => {
    const { startup, startupTarget } = revisions;
    const response = await t.call({
      method: 'GET',
      url: `/api/v1/revisions/${startup}/diff/${startupTarget}`,
      as: 'viewer',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    // As of the server's clock, with the stored samples: `diff --sli --incidents` now.
    const cli = await runCli(
      [
        'diff',
        'examples/startup',
        '--target',
        'examples/startup-target',
        '--sli',
        SLI,
        '--incidents',
        INCIDENTS,
        '--json',
      ],
      { cwd: ROOT, now: new Date(SERVER_NOW) },
    );
    expect(body.changePlan.moveEvidence.given).toBe(true);
    expect(JSON.stringify(withoutProvenance(body.changePlan))).toBe(
      JSON.stringify(withoutProvenance(JSON.parse(cli.stdout))),
    );
    expect(body.revision).toBe(startup);
    expect(body.target).toBe(startupTarget);
    // startup-target adds an SRE team the startup does not have.
    expect(body.changes.added.some((e: string) => e.startsWith('Team/'))).toBe(true);
    expect(body.changePlan.modelChanges.length).toBeGreaterThan(0);

    const same = await t.call({
      method: 'GET',
      url: `/api/v1/revisions/${startup}/diff/${startup}`,
      as: 'viewer',
    });
    expect(same.json().changes).toEqual({ added: [], removed: [], changed: [] });
    expect(same.json().changePlan.modelChanges).toEqual([]);
  });

  it('says which revision does not exist, and refuses a number that is not one', async () => {
    const missing = await t.call({
      method: 'GET',
      url: `/api/v1/revisions/${revisions.startup}/diff/9999`,
      as: 'viewer',
    });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).message).toContain('revision 9999');
    const bad = await t.call({
      method: 'GET',
      url: `/api/v1/revisions/${revisions.startup}/diff/latest`,
      as: 'viewer',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('bad-request');
  });
});

function withoutProvenance(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'moveEvidence' in value) {
    // The change plan names its evidence in its figures' basis: the files, or the store.
    let text = JSON.stringify(value);
    for (const name of [SLI, INCIDENTS]) text = text.replaceAll(name, '<evidence>');
    return JSON.parse(text.replace(/the server's store \(last \d+ days\)/g, '<evidence>'));
  }
  if (value === null || typeof value !== 'object' || !('meta' in value)) return value;
  const { meta, errorBudgets } = value as {
    meta: Record<string, unknown>;
    errorBudgets?: Record<string, unknown>;
  };
  return {
    ...value,
    meta: { ...meta, revision: null, sources: [] },
    ...(errorBudgets?.given ? { errorBudgets: { ...errorBudgets, sli: '', incidents: '' } } : {}),
  };
}
