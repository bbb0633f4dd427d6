import { type Check, finding } from './check.ts';

/** §12.6: every service's SLO breaches need someone on call. */
export const serviceWithoutRotation: Check = {
  code: 'service-without-rotation',
  severity: 'error',
  section: '§12.6',
  summary: 'a service no rotation covers',
  run: ({ model }) =>
    [...model.services.values()]
      .filter((s) => model.index.rotationsCovering(s.name).length === 0)
      .map((s) =>
        finding(
          serviceWithoutRotation,
          { kind: 'Service', name: s.name },
          `No rotation covers service ${s.name} (by name, owner team ${s.spec.owner} or domain): its SLO breaches reach no one.`,
        ),
      ),
};
