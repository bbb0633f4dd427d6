import { code, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.8.2: whether a new SRE director or VP is needed. */
export const newDirectorSection: PlanSection = {
  id: 'new-director',
  render: (analysis) => {
    const d = analysis.newDirector;
    const rows = d.organizations.map((o) => [
      code(o.organization),
      o.runsSreTeamModels ? 'yes' : 'no',
      o.head === null ? '**none**' : text(o.head),
      o.headReportsTo === null ? '–' : text(o.headReportsTo),
    ]);
    return section(
      'A new director or VP for SRE? (§12.8.2)',
      'Only a dedicated SRE organization running shared on-call or SRE-run services needs a new director or VP; the open question is whom that role reports to (CTO, CIO, head of product delivery or of the product area).',
      `${d.needed ? '**Needed.**' : '**Not needed.**'} ${text(d.reason)}`,
      rows.length === 0
        ? ''
        : table(['SRE organization', 'Runs SRE team models', 'Head', 'Head reports to'], rows),
    );
  },
};
