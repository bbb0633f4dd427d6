import { type Check, finding } from './check.ts';

/** §12.9.5: off-hours on-call without compensation snowballs into burnout and resignations. */
export const offHoursWithoutCompensation: Check = {
  code: 'off-hours-without-compensation',
  severity: 'warning',
  section: '§12.9.5',
  summary: 'off-hours coverage and no compensation policy',
  run: ({ model }) => {
    if (model.compensationPolicies.size > 0) return [];
    // 24x7 covers nights, 8x7 weekends: both reach outside business hours.
    return [...model.rotations.values()]
      .filter((r) => r.spec.coverage !== '8x5')
      .map((r) =>
        finding(
          offHoursWithoutCompensation,
          { kind: 'Rotation', name: r.name },
          `Rotation ${r.name} covers ${r.spec.coverage}, outside business hours, but the model has no compensation policy: uncompensated off-hours on-call leads to burnout; time off in lieu can be granted at once.`,
        ),
      );
  },
};
