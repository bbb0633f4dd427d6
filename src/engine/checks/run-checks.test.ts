import { describe, expect, it } from 'vitest';
import { annotate, modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { CHECKS } from './registry.ts';
import { hasErrors, runChecks } from './run-checks.ts';

describe('the check registry', () => {
  it('has unique, kebab-case codes, each with a severity, a § and a summary', () => {
    const codes = CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const check of CHECKS) {
      expect(check.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(check.severity);
      expect(check.section).toMatch(/^§12\.\d/);
      expect(check.summary.length).toBeGreaterThan(10);
    }
  });

  it('holds every rule the catalog promises', () => {
    expect(CHECKS.map((c) => [c.code, c.severity])).toEqual([
      ['sre-run-needs-policy', 'error'],
      ['sre-policy-without-rules', 'error'],
      ['shared-on-call-without-policy', 'warning'],
      ['slo-without-policy', 'info'],
      ['sre-team-cannot-hand-back', 'warning'],
      ['sre-model-needs-sre-team', 'error'],
      ['setup-needs-dedicated-sre', 'error'],
      ['ops-run-high-target', 'warning'],
      ['shared-on-call-capacity', 'warning'],
      ['sre-overload', 'warning'],
      ['on-call-overload', 'warning'],
      ['support-hours-beyond-working-time', 'warning'],
      ['sre-teams-below-scale', 'warning'],
      ['sre-teams-home', 'info'],
      ['sre-org-needs-head', 'warning'],
      ['cost-center-positioning', 'warning'],
      ['domain-rotation-high-target', 'warning'],
      ['high-tier-without-round-the-clock', 'error'],
      ['high-demand-office-hours-only', 'warning'],
      ['team-rotation-medium-target', 'info'],
      ['thin-layer-without-forward', 'error'],
      ['service-without-rotation', 'error'],
      ['unorganized-on-owner-rotation', 'warning'],
      ['off-hours-without-compensation', 'warning'],
      ['standby-unpaid', 'warning'],
      ['rotation-too-small', 'warning'],
      ['follow-the-sun-at-night', 'warning'],
      ['office-hours-across-sites', 'warning'],
      ['member-takes-no-out-of-hours', 'info'],
      ['sre-experience-below-level', 'warning'],
      ['sre-role-without-practice', 'warning'],
      ['sre-team-of-renamed-ops', 'warning'],
      ['reporting-line-mismatch', 'warning'],
      ['transition-unlikely', 'warning'],
      ['transition-no-reason', 'warning'],
      ['over-headcount-limit', 'error'],
      ['over-budget', 'error'],
      ['over-budget-at-default-salaries', 'warning'],
    ]);
  });
});

describe('runChecks', () => {
  it('finds nothing on a healthy organization', () => {
    expect(runChecks(modelOf(tinyOrg()))).toEqual([]);
  });

  it('orders errors before warnings before infos', () => {
    let docs = patch(tinyOrg(), 'Service', 'cart', { availabilityTarget: 99.5 }); // info, with
    docs = [
      ...docs,
      {
        kind: 'Team',
        name: 'checkout',
        spec: { type: 'development', organization: 'dev', domain: 'payments' },
      },
    ]; // a second team of the domain to share a domain rotation with
    docs = patch(docs, 'Organization', 'sre', { positioning: 'cost-center' }); // warning
    docs = patch(docs, 'Organization', 'dev', { headcountLimit: 0 }); // error
    expect(runChecks(modelOf(docs)).map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('suppresses the codes an entity’s whorunsit/ignore annotation lists, and only for it', () => {
    let docs = patch(tinyOrg(), 'Organization', 'sre', { positioning: 'cost-center' });
    docs = patch(docs, 'Organization', 'dev', { headcountLimit: 0 });
    docs = patch(docs, 'Organization', 'pd', { headcountLimit: 0 });
    docs = annotate(docs, 'Organization', 'sre', {
      'whorunsit/ignore': ' cost-center-positioning , other-code',
    });
    docs = annotate(docs, 'Organization', 'dev', { 'whorunsit/ignore': 'over-headcount-limit' });
    expect(runChecks(modelOf(docs)).map((f) => [f.code, f.subject.name])).toEqual([
      ['over-headcount-limit', 'pd'],
    ]);
  });

  it('ignores an empty or unrelated annotation', () => {
    let docs = patch(tinyOrg(), 'Organization', 'sre', { positioning: 'cost-center' });
    docs = annotate(docs, 'Organization', 'sre', { 'whorunsit/ignore': ',', owner: 'x' });
    expect(runChecks(modelOf(docs)).map((f) => f.code)).toEqual(['cost-center-positioning']);
  });

  it('tells whether any finding is an error', () => {
    expect(hasErrors([])).toBe(false);
    const docs = patch(tinyOrg(), 'Organization', 'dev', { headcountLimit: 0 });
    expect(hasErrors(runChecks(modelOf(docs)))).toBe(true);
  });
});
