import { serviceTier } from '../spectrum/availability-tier.ts';
import { type Check, finding, listNames } from './check.ts';

/** §12.6: a team rotation is justified by high targets; for medium ones a domain rotation costs less. */
export const teamRotationMediumTarget: Check = {
  code: 'team-rotation-medium-target',
  severity: 'info',
  section: '§12.6',
  summary: 'a team rotation protecting only medium/low targets: a domain rotation would cost less',
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
      return [
        finding(
          teamRotationMediumTarget,
          { kind: 'Rotation', name: r.name },
          `Team rotation ${r.name} protects only medium or low targets (${listNames(services.map((s) => s.name))}): a domain rotation shared by the teams of the domain would cost less.`,
        ),
      ];
    }),
};
