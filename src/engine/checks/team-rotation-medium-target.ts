import { domainPartners } from '../sites/index.ts';
import { serviceTier } from '../spectrum/availability-tier.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.6: a team rotation is justified by high targets; for medium ones a domain rotation shared
 * by the teams of a domain costs less. Only where there is a team to share it with: another
 * development team of the domain that works the same hours (`domainPartners`); a team alone in
 * its domain, with none, or whose domain's other teams work on other continents, keeps its
 * team rotation.
 */
export const teamRotationMediumTarget: Check = {
  code: 'team-rotation-medium-target',
  severity: 'info',
  section: '§12.6',
  summary:
    'a team rotation protecting only medium/low targets whose team has other teams of its domain, working the same hours, to share a cheaper domain rotation with',
  run: ({ model, thresholds }) =>
    [...model.rotations.values()].flatMap((r) => {
      if (r.spec.type !== 'team') return [];
      // Services run by ops are outside the high-cost models §12.6 optimizes.
      const services = model.index
        .servicesCoveredBy(r.name)
        .filter((s) => s.spec.runModel !== 'ops-runs-it');
      if (services.length === 0) return [];
      const tiers = services.map((s) => serviceTier(s, thresholds));
      if (tiers.some((t) => t === undefined || t === 'high')) return [];
      const owners = [...new Set(services.map((s) => s.spec.owner))];
      const partners = [
        ...new Set(owners.flatMap((o) => domainPartners(model, o).map((t) => t.name))),
      ].filter((t) => !owners.includes(t));
      if (partners.length === 0) return [];
      return [
        finding(
          teamRotationMediumTarget,
          { kind: 'Rotation', name: r.name },
          `Team rotation ${r.name} protects only medium or low targets (${listNames(services.map((s) => s.name))}): a domain rotation shared with ${listNames(partners)} (the same domain, the same working hours) would cost less.`,
        ),
      ];
    }),
};
