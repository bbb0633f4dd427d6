import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../../test/support/fake-io.ts';
import { promtool } from '../../../test/support/prometheus-tools.ts';
import { tempFiles } from '../../../test/support/temp-files.ts';

const files = tempFiles();

/** One service with a policy of one fast burn-rate alert: 2% of a 30-day budget in an hour. */
const MODEL = `apiVersion: whorunsit/v1
kind: Organization
metadata: { name: pd }
spec: { type: product-delivery }
---
apiVersion: whorunsit/v1
kind: Team
metadata: { name: shop }
spec: { type: development, organization: pd }
---
apiVersion: whorunsit/v1
kind: ErrorBudgetPolicy
metadata: { name: fast-only }
spec:
  window: 30d
  burnRateAlerts:
    - { window: 1h, shortWindow: 5m, burnRate: 14.4, severity: page }
---
apiVersion: whorunsit/v1
kind: Service
metadata: { name: cart }
spec:
  owner: shop
  runModel: you-run-it
  availabilityTarget: 99.9
  errorBudgetPolicy: fast-only
  runbooks: [https://runbooks.example/cart]
  sli:
    errors: sum(rate(http_requests_total{service="cart",code=~"5.."}[{{.window}}]))
    total: sum(rate(http_requests_total{service="cart"}[{{.window}}]))
---
apiVersion: whorunsit/v1
kind: Service
metadata: { name: shelf }
spec: { owner: shop, runModel: you-run-it, availabilityTarget: 99.5 }
`;

describe('whorunsit rules', () => {
  it('writes rules for examples/acme that promtool accepts: seven services, twelve rules each', async () => {
    const result = await runCli(['rules', 'examples/acme']);
    expect(result.code).toBe(0);
    const path = files.write('acme.rules.yml', result.stdout);
    const checked = await promtool(['check', 'rules', path]);
    expect(checked.output).toContain('SUCCESS: 84 rules found');
    expect(checked.code).toBe(0);
    const groups = (parse(result.stdout) as { groups: { name: string }[] }).groups;
    expect(groups.map((g) => g.name)).toEqual([
      'whorunsit-checkout-api',
      'whorunsit-checkout-web',
      'whorunsit-payment-gateway-api',
      'whorunsit-fraud-scoring',
      'whorunsit-product-catalog-api',
      'whorunsit-search-api',
      'whorunsit-orders-api',
    ]);
    expect(result.stdout).toContain('# no rules for invoicing: no sli queries');
  });

  it("fires the policy's burn-rate alert in promtool's unit test only while both windows burn", async () => {
    const model = files.write('cart.yaml', MODEL);
    const result = await runCli(['rules', model]);
    expect(result.code).toBe(0);
    files.write('cart.rules.yml', result.stdout);
    // 1000 requests a minute throughout; 100 errors a minute from minute 61 to 90, then none.
    // At 70m: 1000 errors of 61000 requests over the hour (1.639%) and 500 of 5500 over 5m,
    // both above 14.4 × 0.1%. At 59m nothing failed; at 100m the 5-minute window is clean again.
    const labels = {
      service: 'cart',
      severity: 'page',
      runbook: 'https://runbooks.example/cart',
      burn_rate: '14.4',
      long_window: '1h',
      short_window: '5m',
      whorunsit_rule: 'page-1h',
    };
    const annotations = {
      summary: 'cart is burning its error budget 14.4 times too fast',
      description:
        'Error ratio 1.639% over 1h (and over 5m), above 14.4 × the 0.001 the 99.9% objective allows: at this rate 2% of the 30d error budget goes in 1h (policy fast-only, §12.5).',
      runbook_url: 'https://runbooks.example/cart',
    };
    const unitTest = {
      rule_files: ['cart.rules.yml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            { series: 'http_requests_total{service="cart",code="200"}', values: '0+1000x120' },
            {
              series: 'http_requests_total{service="cart",code="500"}',
              values: '0+0x60 100+100x29 3000+0x30',
            },
          ],
          alert_rule_test: [
            { eval_time: '59m', alertname: 'ErrorBudgetBurn', exp_alerts: [] },
            {
              eval_time: '70m',
              alertname: 'ErrorBudgetBurn',
              exp_alerts: [{ exp_labels: labels, exp_annotations: annotations }],
            },
            { eval_time: '100m', alertname: 'ErrorBudgetBurn', exp_alerts: [] },
          ],
        },
      ],
    };
    const path = files.write('cart.test.yml', JSON.stringify(unitTest));
    const tested = await promtool(['test', 'rules', path], files.dir);
    expect(tested.output).toContain('SUCCESS');
    expect(tested.code).toBe(0);
  });

  it('fails promtool’s unit test when the alert is expected where the errors stay under the threshold', async () => {
    // The same rules with 0.5% errors: under 14.4 × 0.1%, so expecting an alert must fail.
    const result = await runCli(['rules', files.write('cart-quiet.yaml', MODEL)]);
    files.write('cart-quiet.rules.yml', result.stdout);
    const unitTest = {
      rule_files: ['cart-quiet.rules.yml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            { series: 'http_requests_total{service="cart",code="200"}', values: '0+995x120' },
            { series: 'http_requests_total{service="cart",code="500"}', values: '0+5x120' },
          ],
          alert_rule_test: [
            {
              eval_time: '90m',
              alertname: 'ErrorBudgetBurn',
              exp_alerts: [{ exp_labels: { service: 'cart', severity: 'page' } }],
            },
          ],
        },
      ],
    };
    const path = files.write('cart-quiet.test.yml', JSON.stringify(unitTest));
    const tested = await promtool(['test', 'rules', path], files.dir);
    expect(tested.code).not.toBe(0);
    expect(tested.output).toContain('got:[]');
  });

  it('scales windows down for tests, lists services without rules, and prints JSON', async () => {
    const model = files.write('cart-scaled.yaml', MODEL);
    const result = await runCli([
      'rules',
      model,
      '--time-scale',
      '60',
      '--interval',
      '1s',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      groups: { name: string; interval: string; rules: { record?: string; expr: string }[] }[];
      skipped: { service: string; reason: string }[];
    };
    expect(json.groups[0]?.interval).toBe('1s');
    expect(json.groups[0]?.rules.map((r) => r.record ?? r.expr)).toEqual([
      'whorunsit:sli_error:ratio_rate5s',
      'whorunsit:sli_error:ratio_rate1m',
      'whorunsit:slo_objective:ratio',
      'whorunsit:sli_error:ratio_rate1m{service="cart"} > (14.4 * 0.001)\nand\nwhorunsit:sli_error:ratio_rate5s{service="cart"} > (14.4 * 0.001)',
    ]);
    expect(json.skipped).toEqual([{ service: 'shelf', reason: 'no sli queries' }]);
  });

  it('refuses a time scale below 1 and an interval that is no duration, as usage errors', async () => {
    const model = files.write('cart-usage.yaml', MODEL);
    const scale = await runCli(['rules', model, '--time-scale', '0.5']);
    expect(scale.code).toBe(2);
    expect(scale.stderr).toContain('--time-scale 0.5: expected a number of at least 1');
    const interval = await runCli(['rules', model, '--interval', 'soon']);
    expect(interval.code).toBe(2);
    expect(interval.stderr).toContain('--interval soon: expected a Prometheus duration');
  });
});
