import { ownerTeamOnlyCover, ownerTeamOnlyWords } from '../routing/owner-team-only-cover.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.8.1, §12.2, §12.3: an `unorganized` service that rotations cover only because they name
 * its owner team (`ownerTeamOnlyCover`). `service-without-rotation` says nothing — the team
 * clause covers it — so without this finding a reader takes it for covered and decided; the
 * plan's run-model decision and `oncall` say the same words.
 */
export const unorganizedOnOwnerRotation: Check = {
  code: 'unorganized-on-owner-rotation',
  severity: 'warning',
  section: '§12.8.1',
  summary:
    'an unorganized service that rotations cover only because they name the team that owns it: it looks covered, but nobody decided who runs it',
  run: ({ model }) =>
    [...model.services.values()].flatMap((s) => {
      const cover = ownerTeamOnlyCover(model, s);
      return cover
        ? [
            finding(
              unorganizedOnOwnerRotation,
              { kind: 'Service', name: s.name },
              `Service ${s.name} is ${ownerTeamOnlyWords(cover)}.`,
            ),
          ]
        : [];
    }),
};
