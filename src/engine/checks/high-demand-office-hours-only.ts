import { selectPolicy } from '../compensation/select-policy.ts';
import { businessHoursOf, rotationBusinessHours } from '../coverage-hours/index.ts';
import { officeHoursElsewhere } from '../sites/index.ts';
import { describeTier, highDemandBelowItsTier } from '../spectrum/availability-tier.ts';
import { type Check, finding, listNames } from './check.ts';
import { officeHoursOnlyCover } from './office-hours-cover.ts';

/**
 * §12.6, §12.8.1: the target decides a service's tier (`tierOfService`), so a high-demand
 * service whose target is of a lower tier may be covered in office hours only, and
 * `high-tier-without-round-the-clock` says nothing. Its users still expect it at night: either
 * the target is too low for the demand, or office hours are a decision the business should
 * confirm. The optimized on-call design says the same where it moves such a service to office
 * hours (`highDemandBelowItsTier`, one rule for both). Where a rotation keeps another site's
 * office hours than its owners' (`officeHoursElsewhere`), both say whose and what they are in the
 * owners' time: Bangalore's office hours are Chicago's night.
 */
export const highDemandOfficeHoursOnly: Check = {
  code: 'high-demand-office-hours-only',
  severity: 'warning',
  section: '§12.6',
  summary:
    'a service of high demand whose availability target is below the high tier and that only office-hours rotations (8x5, 8x7) cover: nobody who knows it is on call at night',
  run: ({ model, thresholds }) => {
    const selected = selectPolicy(model);
    const defaultHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
    return [...model.services.values()].flatMap((s) => {
      if (!highDemandBelowItsTier(s, thresholds)) return [];
      const described = officeHoursOnlyCover(model, s);
      if (described === undefined) return [];
      const elsewhere = model.index.rotationsCovering(s.name).flatMap(
        (r) =>
          officeHoursElsewhere(model, s, {
            name: r.name,
            zone: r.spec.timezone,
            hours: rotationBusinessHours(model, r, defaultHours),
          }) ?? [],
      );
      const whose = elsewhere.length === 0 ? '' : ` (${elsewhere.join('; ')})`;
      return [
        finding(
          highDemandOfficeHoursOnly,
          { kind: 'Service', name: s.name },
          `Service ${s.name} has high demand and ${describeTier(s, thresholds)}, and only ${listNames(described)} cover${described.length === 1 ? 's' : ''} it${whose}: high demand, office hours only. Its target decides its tier, so nothing requires a round-the-clock rotation; confirm with the business that a breach at night may wait for office hours, or raise the target to the high tier (≥ ${thresholds.high}%) and put it on a 24x7 team rotation.`,
        ),
      ];
    });
  },
};
