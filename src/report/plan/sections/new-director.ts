import { mono, para, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

/** §12.8.2: whether a new SRE director or VP is needed. */
export const newDirectorSection = blockSection('new-director', (analysis) => {
  const d = analysis.newDirector;
  const rows = d.organizations.map((o) => [
    mono(o.organization),
    o.runsSreTeamModels ? 'yes' : 'no',
    o.head === null ? strong('none') : o.head,
    o.headHeads !== null
      ? `– (heads ${o.headHeads})`
      : o.headReportsTo === null
        ? '–'
        : o.headReportsTo,
  ]);
  return {
    title: 'A new director or VP for SRE? (§12.8.2)',
    why: 'Only a dedicated SRE organization running shared on-call or SRE-run services needs a new director or VP; the open question is whom that role reports to (CTO, CIO, head of product delivery or of the product area).',
    blocks: [
      para([strong(d.needed ? 'Needed.' : 'Not needed.'), ' ', d.reason]),
      rows.length === 0
        ? null
        : {
            headers: ['SRE organization', 'Runs SRE team models', 'Head', 'Head reports to'],
            rows,
          },
    ],
  };
});
