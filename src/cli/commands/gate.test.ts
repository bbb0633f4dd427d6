import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { durationMillis } from '../../model/index.ts';
import { createToken } from '../../server/auth/create-token.ts';
import { DEFAULT_CONFIG } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import { insertSliSamples } from '../../store/index.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const NOW = new Date('2026-03-19T12:00:00Z');

const MODEL = [
  ...shopOrg(),
  doc('ErrorBudgetPolicy', 'strict', 'window: calendar-month\nfreezeWhenDepleted: true'),
  doc(
    'Service',
    'cart',
    'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99\nerrorBudgetPolicy: strict',
  ),
  doc(
    'Service',
    'shelf',
    'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99\nerrorBudgetPolicy: strict',
  ),
].join('---\n');

const dir = mkdtempSync(join(tmpdir(), 'whorunsit-gate-'));
let server: RunningServer;
let viewer = '';
let editor = '';

beforeAll(async () => {
  server = await startServer({
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    config: { ...DEFAULT_CONFIG, tickIntervalMs: durationMillis(0) },
    model: { sources: [{ name: 'model.yaml', text: MODEL }], label: 'model.yaml' },
    logger: false,
    now: () => NOW,
  });
  viewer = (await createToken({ db: server.store.db, name: 'ci', role: 'viewer', now: NOW })).token;
  editor = (
    await createToken({ db: server.store.db, name: 'release-manager', role: 'editor', now: NOW })
  ).token;
  // March so far, hourly, each sample stamped at the end of the hour it counts: cart fails 5%
  // of 1000 events an hour since the 10th (1% allowed), shelf 0.5%.
  const samples = [];
  for (let t = Date.parse('2026-03-01T01:00:00Z'); t <= NOW.getTime(); t += 3_600_000) {
    const timestamp = new Date(t).toISOString();
    const late = t > Date.parse('2026-03-10T00:00:00Z');
    samples.push({ service: 'cart', timestamp, good: late ? 950 : 1000, total: 1000 });
    samples.push({ service: 'shelf', timestamp, good: 995, total: 1000 });
  }
  await insertSliSamples({ db: server.store.db, samples });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real command, as a CI job runs it: a process with its exit code and its one line. */
async function gate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [MAIN, 'gate', ...args, '--server', server.url],
      { env: { ...process.env, WHORUNSIT_TOKEN: viewer }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The same command in-process (same code path and exit code, without starting Node.js again). */
async function gateInProcess(...args: string[]) {
  return runCli(['gate', ...args, '--server', server.url], { env: { WHORUNSIT_TOKEN: viewer } });
}

describe('whorunsit gate against a running server', () => {
  it('exits 0 with a one-line reason for a service whose budget allows a release, and 1 with the freeze for one whose budget is spent', async () => {
    const result = await gate('shelf');
    expect(result).toEqual({
      code: 0,
      stdout:
        'allowed: shelf: 50% of the error budget of 2026-03 left (2220 of 4440 bad events): policy strict freezes releases only once it is spent (§12.5)\n',
      stderr: '',
    });
    const frozen = await gate('cart');
    expect(frozen.code).toBe(1);
    expect(frozen.stdout).toMatch(
      /^frozen: cart: error budget of 2026-03 exhausted at 2026-03-1\dT\d\d:00:00Z \(\d+% consumed by the period's end\); policy strict freezes changes while the budget is depleted \(§12\.5\); frozen until 2026-04-01T00:00:00Z\n$/,
    );
  }, 120_000);

  it('records an override with its reason and author, answers with it, and keeps it on record', async () => {
    const refused = await runCli([
      'gate',
      'cart',
      '--server',
      server.url,
      '--token',
      viewer,
      '--override',
      'allowed',
      '--reason',
      'hotfix',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a viewer token may not do this');

    const overridden = await runCli([
      'gate',
      'cart',
      '--server',
      server.url,
      '--token',
      editor,
      '--override',
      'allowed',
      '--reason',
      'fix for INC-42',
      '--author',
      'Alice',
      '--until',
      '2026-03-19T18:00:00Z',
      '--json',
    ]);
    expect(overridden.code).toBe(0);
    const answer = JSON.parse(overridden.stdout) as {
      decision: string;
      policyDecision: string;
      reason: string;
      override: { author: string; reason: string; expiresAt: string };
    };
    expect(answer).toMatchObject({
      decision: 'allowed',
      policyDecision: 'frozen',
      override: {
        author: 'release-manager (Alice)',
        reason: 'fix for INC-42',
        expiresAt: '2026-03-19T18:00:00.000Z',
      },
    });
    expect(answer.reason).toBe(
      'allowed by override of release-manager (Alice) until 2026-03-19T18:00:00Z: fix for INC-42 (the policy alone: frozen)',
    );
    expect((await gateInProcess('cart')).code).toBe(0);

    const list = await fetch(new URL('/api/v1/services/cart/gate/overrides', server.url), {
      headers: { authorization: `Bearer ${viewer}` },
    });
    const { overrides } = (await list.json()) as {
      overrides: { id: number; revokedAt: string | null }[];
    };
    expect(overrides).toHaveLength(1);
    const revoked = await fetch(
      new URL(`/api/v1/services/cart/gate/overrides/${overrides[0]?.id}`, server.url),
      {
        method: 'DELETE',
        headers: { authorization: `Bearer ${editor}` },
      },
    );
    expect(revoked.status).toBe(200);
    expect((await revoked.json()) as unknown).toMatchObject({
      override: { revokedBy: 'release-manager' },
    });
    expect((await gateInProcess('cart')).code).toBe(1);
  });

  it('exits 2 for an unknown service, a missing token and an unreachable server', async () => {
    const unknown = await gateInProcess('basket');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('whorunsit: error[not-found]: service basket does not exist\n');
    const noToken = await runCli(['gate', 'cart', '--server', server.url]);
    expect(noToken).toMatchObject({
      code: 2,
      stderr: 'whorunsit: error[no-token]: no token: pass --token or set WHORUNSIT_TOKEN\n',
    });
    const down = await runCli([
      'gate',
      'cart',
      '--server',
      'http://127.0.0.1:1',
      '--token',
      viewer,
    ]);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('cannot reach http://127.0.0.1:1');
    const noReason = await runCli([
      'gate',
      'cart',
      '--server',
      server.url,
      '--token',
      editor,
      '--override',
      'allowed',
    ]);
    expect(noReason).toMatchObject({
      code: 2,
      stderr: 'whorunsit: error[no-reason]: --override needs --reason: why, for the record\n',
    });
  });
});
