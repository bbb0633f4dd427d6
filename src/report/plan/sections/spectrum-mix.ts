import { code, list, names, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.2, §12.2.2: the mix of models in use and the hybrids it amounts to. */
export const spectrumMixSection: PlanSection = {
  id: 'spectrum-mix',
  render: (analysis) => {
    const { shares, hybrids } = analysis.mix;
    if (shares.length === 0) return undefined;
    const rows = shares.map((s) => [
      `${code(s.runModel)} (${text(s.label)})`,
      String(s.services.length),
      String(s.teams.length),
      names(s.services),
    ]);
    const hybridText =
      hybrids.length === 0
        ? 'No hybrid model of §12.2.2 applies.'
        : `Hybrids in use (§12.2.2):\n\n${list(
            hybrids.map((h) => `"${text(h.label)}": ${names(h.services)}`),
          )}`;
    return section(
      'Who runs what today (§12.2)',
      'The spectrum runs from developers running their own services to operations running them; most organizations mix models service by service.',
      table(['Model', 'Services', 'Owner teams', 'Which services'], rows),
      hybridText,
    );
  },
};
