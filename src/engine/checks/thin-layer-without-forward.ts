import { type Check, finding } from './check.ts';

/** §12.6: the thin layer forwards what its runbooks cannot handle to the team rotations. */
export const thinLayerWithoutForward: Check = {
  code: 'thin-layer-without-forward',
  severity: 'error',
  section: '§12.6',
  summary: 'a thin layer that forwards to no team rotation',
  run: ({ model }) =>
    [...model.rotations.values()].flatMap((r) => {
      if (r.spec.type !== 'thin-layer') return [];
      const targets = (r.spec.forwardsTo ?? []).map((name) => model.rotations.get(name));
      if (targets.some((t) => t?.spec.type === 'team')) return [];
      const why =
        targets.length === 0 ? 'forwards to no rotation' : 'forwards to no rotation of type team';
      return [
        finding(
          thinLayerWithoutForward,
          { kind: 'Rotation', name: r.name },
          `Thin layer ${r.name} ${why}: SLO breaches its runbooks cannot handle reach no one who knows the services.`,
        ),
      ];
    }),
};
