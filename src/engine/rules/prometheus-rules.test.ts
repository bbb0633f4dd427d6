import { describe, expect, it } from 'vitest';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { allowedErrorRatio } from './allowed-error-ratio.ts';
import { prometheusDuration } from './prometheus-duration.ts';
import { prometheusRules } from './prometheus-rules.ts';

describe('allowedErrorRatio', () => {
  it('writes 1 − target exactly, without binary noise', () => {
    expect(allowedErrorRatio(99.95)).toBe('0.0005');
    expect(allowedErrorRatio(99.9)).toBe('0.001');
    expect(allowedErrorRatio(99)).toBe('0.01');
    expect(allowedErrorRatio(99.999)).toBe('0.00001');
    expect(allowedErrorRatio(95.5)).toBe('0.045');
    expect(1 - 0.9995).not.toBe(0.0005);
  });
});

describe('prometheusDuration', () => {
  it('uses the largest unit that divides the seconds', () => {
    expect([300, 3600, 86_400, 259_200, 90, 0.4].map(prometheusDuration)).toEqual([
      '5m',
      '1h',
      '1d',
      '3d',
      '90s',
      '1s',
    ]);
  });
});

describe('prometheusRules', () => {
  const model = modelFrom(
    ...shopOrg(),
    doc(
      'Service',
      'cart',
      `owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.5\nsli:\n  good: 'sum(rate(ok_total[{{.window}}]))'\n  total: 'sum(rate(all_total[{{.window}}]))'`,
    ),
    doc('Service', 'shelf', 'owner: shop\nrunModel: you-run-it'),
  );

  it("records the error ratio from good events and alerts with the workbook's four rules when no policy sets any", () => {
    const rules = prometheusRules({ model });
    const group = rules.groups[0];
    expect(group?.name).toBe('whorunsit-cart');
    expect(group?.rules[0]).toEqual({
      record: 'whorunsit:sli_error:ratio_rate5m',
      expr: '1 - (\n  (sum(rate(ok_total[5m])))\n  /\n  (sum(rate(all_total[5m])))\n)',
      labels: { service: 'cart' },
    });
    const alerts = group?.rules.filter((r) => 'alert' in r) ?? [];
    expect(
      alerts.map(
        (a) =>
          `${a.labels.severity} ${a.labels.long_window}/${a.labels.short_window} ${a.labels.burn_rate}`,
      ),
    ).toEqual(['page 1h/5m 14.4', 'page 6h/30m 6', 'ticket 1d/2h 3', 'ticket 3d/6h 1']);
    expect(rules.skipped).toEqual([{ service: 'shelf', reason: 'no availabilityTarget' }]);
  });

  it('refuses a time scale below 1 (windows may only shrink)', () => {
    expect(() => prometheusRules({ model, timeScale: 0.5 })).toThrow(RangeError);
  });
});
