import { type Check, finding } from './check.ts';

/** §12.8.2: a dedicated SRE organization needs its own director or VP. */
export const sreOrgNeedsHead: Check = {
  code: 'sre-org-needs-head',
  severity: 'warning',
  section: '§12.8.2',
  summary: 'an SRE organization without a head',
  run: ({ model }) =>
    [...model.organizations.values()]
      .filter((o) => o.spec.type === 'sre' && o.spec.head === undefined)
      .map((o) =>
        finding(
          sreOrgNeedsHead,
          { kind: 'Organization', name: o.name },
          `SRE organization ${o.name} has no head: a new SRE organization needs a new director or VP, and someone to decide whom that role reports to.`,
        ),
      ),
};
