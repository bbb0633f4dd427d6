import { describe, expect, it } from 'vitest';
import { orgPath, runJson } from './support/corpus.ts';

/**
 * §12.1: "SRE needs SLOs with consequences". hospital-group's patient portal and telehealth state
 * their SLOs in OpenSLO; whorunsit makes each a policy from the SLO's window, which says nothing
 * about what happens when the budget is spent. `check` said nothing of them, as if the policy
 * were a signed one.
 */
interface Finding {
  readonly code: string;
  readonly subject: { readonly name: string };
  readonly message: string;
}

describe('slo-without-policy: a policy that is only a window has no consequence', () => {
  it('hospital-group: the OpenSLO services not run with SRE are reported, the signed ones are not', async () => {
    const findings = await runJson<{ checks: Finding[] }>([
      'check',
      orgPath('hospital-group'),
      '--json',
    ]);
    const windowOnly = findings.checks
      .filter(
        (f) => f.code === 'slo-without-policy' && f.message.includes('states only its window'),
      )
      .map((f) => f.subject.name)
      .sort();
    expect(windowOnly).toEqual(['patient-portal-api', 'telehealth-video']);
    const reported = new Set(
      findings.checks.filter((f) => f.code === 'slo-without-policy').map((f) => f.subject.name),
    );
    // fhir-gateway and appointment-booking have signed policies with consequences.
    expect(reported.has('appointment-booking')).toBe(false);
    expect(reported.has('fhir-gateway')).toBe(false);
  });
});
