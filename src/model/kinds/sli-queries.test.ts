import { describe, expect, it } from 'vitest';
import { fixtureSources } from '../../../test/support/fixtures.ts';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { loadModel } from '../load-model.ts';
import { queryForWindow } from './sli-queries.ts';

const GOOD = 'sum(rate(http_requests_total{job="shop",code!~"5.."}[{{.window}}]))';
const TOTAL = 'sum(rate(http_requests_total{job="shop"}[{{.window}}]))';

function load(...docs: string[]) {
  return loadModel([{ name: 'test.yaml', text: [...shopOrg(), ...docs].join('---\n') }]);
}

function service(name: string, extra: string): string {
  return doc(
    'Service',
    name,
    `owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.9\n${extra}`,
  );
}

describe('Service sli', () => {
  it('takes good and total PromQL with the window placeholder', () => {
    const result = load(service('cart', `sli:\n  good: '${GOOD}'\n  total: '${TOTAL}'`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sli = result.model.services.get('cart')?.spec.sli;
    expect(sli).toEqual({ good: GOOD, total: TOTAL });
    expect(queryForWindow(sli?.total ?? '', '5m')).toBe(
      'sum(rate(http_requests_total{job="shop"}[5m]))',
    );
  });

  it('refuses a query without the window placeholder, and good with errors, at their lines', () => {
    const result = load(
      service('cart', `sli:\n  good: 'sum(rate(x[5m]))'\n  total: '${TOTAL}'`),
      service('shop-web', `sli:\n  good: '${GOOD}'\n  errors: '${GOOD}'\n  total: '${TOTAL}'`),
    );
    expect(result.ok).toBe(false);
    const problems = result.problems.map((p) => `${p.line} ${p.path} ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(
        /^33 spec\.sli\.good expected a PromQL rate over the window placeholder/,
      ),
      expect.stringMatching(/^\d+ spec\.sli expected either good or errors/),
    ]);
  });

  it('is taken from a Sloth SLO of the service, errors and total as Sloth writes them', () => {
    const result = loadModel([
      ...fixtureSources('sloth/getting-started.yml'),
      {
        name: 'm.yaml',
        text: [...shopOrg(), doc('Service', 'myservice', 'owner: shop\nrunModel: you-run-it')].join(
          '---\n',
        ),
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.services.get('myservice')?.spec.sli).toEqual({
      errors:
        'sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))',
      total: 'sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))',
    });
    expect(result.inferences.map((i) => i.message)).toContain(
      'Service myservice: sli taken from the queries of SLO myservice-requests-availability (pulled by the server, recorded by whorunsit rules)',
    );
  });

  it('is taken from an OpenSLO v1alpha ratio objective (as Sloth reads OpenSLO)', () => {
    const result = loadModel([
      ...fixtureSources('sloth/openslo-getting-started.yml'),
      {
        name: 'm.yaml',
        text: [
          ...shopOrg(),
          doc('Service', 'my-service', 'owner: shop\nrunModel: you-run-it'),
        ].join('---\n'),
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.services.get('my-service')?.spec.sli).toEqual({
      good: 'sum(rate(http_request_duration_seconds_count{job="myservice",code!~"(5..|429)"}[{{.window}}]))',
      total: 'sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))',
    });
  });

  it('takes the rate of an OpenSLO v1 counter selector through indicatorRef, and reports a counter aggregation it cannot window', () => {
    const openslo = (good: string) => `apiVersion: openslo/v1
kind: SLI
metadata: { name: cart-requests }
spec:
  ratioMetric:
    counter: true
    good: { metricSource: { type: Prometheus, spec: { query: '${good}' } } }
    total: { metricSource: { type: Prometheus, spec: { query: 'http_requests_total{job="cart"}' } } }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: cart-availability }
spec:
  service: cart
  indicatorRef: cart-requests
  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`;
    const model = [...shopOrg(), doc('Service', 'cart', 'owner: shop\nrunModel: you-run-it')].join(
      '---\n',
    );
    const ok = loadModel([
      { name: 'slo.yaml', text: openslo('http_requests_total{job="cart",code!~"5.."}') },
      { name: 'm.yaml', text: model },
    ]);
    expect(ok.ok && ok.model.services.get('cart')?.spec.sli).toEqual({
      good: 'sum(rate(http_requests_total{job="cart",code!~"5.."}[{{.window}}]))',
      total: 'sum(rate(http_requests_total{job="cart"}[{{.window}}]))',
    });
    const aggregated = loadModel([
      { name: 'slo.yaml', text: openslo('sum(http_requests_total{job="cart"})') },
      { name: 'm.yaml', text: model },
    ]);
    expect(aggregated.ok && aggregated.model.services.get('cart')?.spec.sli).toBeUndefined();
    expect(aggregated.inferences).toContainEqual(
      expect.objectContaining({
        code: 'ignored',
        file: 'slo.yaml',
        line: 7,
        message: expect.stringContaining('is not a bare selector'),
      }),
    );
  });

  it('keeps the sli a service states over its SLO queries', () => {
    const result = loadModel([
      ...fixtureSources('sloth/getting-started.yml'),
      {
        name: 'm.yaml',
        text: [
          ...shopOrg(),
          doc(
            'Service',
            'myservice',
            `owner: shop\nrunModel: you-run-it\nsli:\n  good: '${GOOD}'\n  total: '${TOTAL}'`,
          ),
        ].join('---\n'),
      },
    ]);
    expect(result.ok && result.model.services.get('myservice')?.spec.sli?.good).toBe(GOOD);
  });
});
