import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/fake-io.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';

// The example's SLI data: payment-gateway-api (sre-runs-it, policy strict: back after 1 depleted
// month of 2) depleted its budget in March 2025, so it was handed back on 2025-04-01 (§12.5).
const acme = 'examples/acme';
const sli = 'examples/acme/data/sli.csv';
const files = tempFiles();

describe('oncall --sli: who runs the service follows its error budget policy (§12.5)', () => {
  it('after the handback the developers run it and the SRE rotation is not on call for it', async () => {
    const args = ['oncall', acme, 'payment-gateway-api', '--at', '2025-04-10T03:00:00Z', '--json'];
    const agreed = JSON.parse((await runCli(args)).stdout);
    // Without --sli, the contract exactly (#5).
    expect(Object.keys(agreed)).toEqual(['service', 'runModel', 'onCall']);
    expect(agreed.runModel).toBe('sre-runs-it');
    expect(agreed.onCall.map((o: { rotation: string }) => o.rotation)).toContain('sre-payments');
    const run = await runCli([...args, '--sli', sli]);
    expect(run.code).toBe(0);
    const now = JSON.parse(run.stdout);
    expect(now).toMatchObject({ runModel: 'you-run-it', agreedRunModel: 'sre-runs-it' });
    expect(now.onCall.map((o: { rotation: string }) => o.rotation)).not.toContain('sre-payments');
    expect(now.notes[0]).toMatch(
      /^Handed back to its developers on 2025-04-01: error budget depleted/,
    );
    // The handback is the agreement at work: the agreed model stands and returns (§12.5).
    expect(now.notes[1]).toMatch(
      /^The agreement stands: .* sre-runs-it returns when the budget recovers/,
    );
    // 03:00 is outside the developers' 8x7 rotation: nobody of them is on call, and it says so.
    expect(now.notes[2]).toContain(
      'Nobody of payment-gateway is on call for payment-gateway-api at this moment',
    );
    const md = await runCli(args.slice(0, -1).concat('--sli', sli));
    expect(md.stdout).toContain(
      'run model: you-run-it (agreed: sre-runs-it; its error budget policy moved it, §12.5)',
    );
  });

  it('refuses bad SLI rows with their location, no stack trace', async () => {
    const bad = files.write(
      'bad-sli.csv',
      'service,timestamp,good,total\npayment-gateway-api,yesterday,1,1\n',
    );
    const run = await runCli([
      'oncall',
      acme,
      'payment-gateway-api',
      '--sli',
      bad,
      '--at',
      '2025-04-10',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad-sli.csv:2:');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    const missing = await runCli(['oncall', acme, 'payment-gateway-api', '--sli', 'no/such.csv']);
    expect(missing.code).toBe(2);
  });
});
