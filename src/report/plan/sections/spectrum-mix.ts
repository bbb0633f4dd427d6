import { mono, monoNames, para } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

/** §12.2, §12.2.2: the mix of models in use and the hybrids it amounts to. */
export const spectrumMixSection = blockSection('spectrum-mix', (analysis) => {
  const { shares, hybrids } = analysis.mix;
  if (shares.length === 0) return undefined;
  return {
    title: 'Who runs what today (§12.2)',
    why: 'The spectrum runs from developers running their own services to operations running them; most organizations mix models service by service.',
    blocks: [
      {
        headers: ['Model', 'Services', 'Owner teams', 'Which services'],
        rows: shares.map((s) => [
          [mono(s.runModel), ` (${s.label})`],
          String(s.services.length),
          String(s.teams.length),
          monoNames(s.services),
        ]),
      },
      ...(hybrids.length === 0
        ? [para('No hybrid model of §12.2.2 applies.')]
        : [
            para('Hybrids in use (§12.2.2):'),
            { items: hybrids.map((h) => [`"${h.label}": `, monoNames(h.services)]) },
          ]),
    ],
  };
});
