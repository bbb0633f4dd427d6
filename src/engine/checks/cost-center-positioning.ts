import { type Check, finding } from './check.ts';

/** §12.8.4: a cost center is the weakest position for an SRE organization. */
export const costCenterPositioning: Check = {
  code: 'cost-center-positioning',
  severity: 'warning',
  section: '§12.8.4',
  summary: 'SRE positioned as a cost center',
  run: ({ model }) =>
    [...model.organizations.values()]
      .filter((o) => o.spec.positioning === 'cost-center')
      .map((o) =>
        finding(
          costCenterPositioning,
          { kind: 'Organization', name: o.name },
          `${o.name} is positioned as a cost center: expect yearly cost cuts and no budget beyond the first; reposition it as an asset, partner or enabler.`,
        ),
      ),
};
