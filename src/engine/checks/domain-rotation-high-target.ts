import { describeTier, serviceLevel } from '../spectrum/availability-tier.ts';
import { type Check, finding, listNames } from './check.ts';

/** §12.6: high targets need a team rotation; a domain rotation is the medium-target economy. */
export const domainRotationHighTarget: Check = {
  code: 'domain-rotation-high-target',
  severity: 'warning',
  section: '§12.6',
  summary: 'a high-tier service covered only by a domain rotation',
  run: ({ model, thresholds }) =>
    [...model.services.values()].flatMap((s) => {
      if (serviceLevel(s, thresholds) !== 'high') return [];
      // The thin layer triages and forwards; what matters is who it forwards to.
      const rotations = model.index
        .rotationsCovering(s.name)
        .filter((r) => r.spec.type !== 'thin-layer');
      if (rotations.length === 0 || rotations.some((r) => r.spec.type !== 'domain')) return [];
      return [
        finding(
          domainRotationHighTarget,
          { kind: 'Service', name: s.name },
          `Service ${s.name} has ${describeTier(s, thresholds)} but only the domain rotation(s) ${listNames(rotations.map((r) => r.name))} cover it: high targets need a team rotation, whose people know the service well enough to recover fast.`,
        ),
      ];
    }),
};
