import { domainPartners } from '../sites/index.ts';
import { type TierBasis, tierOfService } from '../spectrum/availability-tier.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.6: a team rotation is justified by high targets; for medium ones a domain rotation shared
 * by the teams of a domain costs less. The tiers are `tierOfService`'s, the optimized design's:
 * a service without a target is judged by its demand, else as medium, and the finding says so. Only where there is a team to share it with: another
 * development team of the domain that works the same hours (`domainPartners`); a team alone in
 * its domain, with none, or whose domain's other teams work on other continents, keeps its
 * team rotation.
 */
export const teamRotationMediumTarget: Check = {
  code: 'team-rotation-medium-target',
  severity: 'info',
  section: '§12.6',
  summary:
    'a team rotation protecting only medium/low tiers whose team has other teams of its domain, working the same hours, to share a cheaper domain rotation with',
  run: ({ model, thresholds }) =>
    [...model.rotations.values()].flatMap((r) => {
      if (r.spec.type !== 'team') return [];
      // Services run by ops are outside the high-cost models §12.6 optimizes.
      const services = model.index
        .servicesCoveredBy(r.name)
        .filter((s) => s.spec.runModel !== 'ops-runs-it');
      if (services.length === 0) return [];
      const tiers = services.map((s) => tierOfService(s, thresholds));
      if (tiers.some((t) => t.tier === 'high')) return [];
      const owners = [...new Set(services.map((s) => s.spec.owner))];
      const partners = [
        ...new Set(owners.flatMap((o) => domainPartners(model, o).map((t) => t.name))),
      ].filter((t) => !owners.includes(t));
      if (partners.length === 0) return [];
      // A tier without a target is provisional: the finding says whose, so nobody reads it as agreed.
      const without = (b: TierBasis) =>
        services.filter((_, i) => tiers[i]?.basis === b).map((s) => s.name);
      const byDemand = without('demand');
      const byDefault = without('default');
      const one = (names: string[]) => names.length === 1;
      const untilTargets = [
        byDemand.length === 0
          ? ''
          : ` ${listNames(byDemand)} ${one(byDemand) ? 'states' : 'state'} no availability target: ${one(byDemand) ? 'its tier comes from its' : 'their tiers come from their'} demand until one is set.`,
        byDefault.length === 0
          ? ''
          : ` ${listNames(byDefault)} ${one(byDefault) ? 'states' : 'state'} neither an availability target nor demand: medium by default until a target is set.`,
      ].join('');
      return [
        finding(
          teamRotationMediumTarget,
          { kind: 'Rotation', name: r.name },
          `Team rotation ${r.name} protects only medium or low tiers (${listNames(services.map((s) => s.name))}): a domain rotation shared with ${listNames(partners)} (the same domain, the same working hours) would cost less.${untilTargets}`,
        ),
      ];
    }),
};
