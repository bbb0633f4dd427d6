import { type Block, mono, monoNames, para, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

/**
 * §12.4.1: how far each SRE team's SREs stretch over the dev teams it shares on-call with; SRE
 * teams that run services alone (§12.5) apart, since their SREs are on their own rotations.
 */
export const sreCapacitySection = blockSection('sre-capacity', (analysis) => {
  const { capacities, runningAlone } = analysis;
  if (capacities.length === 0 && runningAlone.length === 0) return undefined;
  const shared: Block[] =
    capacities.length === 0
      ? []
      : [
          {
            headers: [
              'SRE team',
              'SREs',
              'Dev teams sharing on-call',
              'With an SRE',
              'Falling back to you-run-it',
              'SREs free for another team',
              'Consulting only (not counted)',
            ],
            rows: capacities.map((c) => [
              mono(c.team),
              String(c.sres.length),
              String(c.supported.length),
              monoNames(c.covered),
              c.fallback.length === 0 ? '–' : strong(monoNames(c.fallback)),
              String(c.spare),
              monoNames(c.consulting),
            ]),
          },
        ];
  const alone: Block[] =
    runningAlone.length === 0
      ? []
      : [
          para([
            'SRE teams running services alone (',
            mono('sre-runs-it'),
            ', §12.5) share no on-call: their capacity is their rotations; one whose SREs are free for another team has a row above too.',
          ]),
          {
            headers: ['SRE team', 'SREs', 'Dev teams', 'Services run alone', 'Rotations'],
            rows: runningAlone.map((r) => [
              mono(r.team),
              String(r.sres.length),
              monoNames(r.teams),
              monoNames(r.services),
              monoNames(r.rotations),
            ]),
          },
        ];
  return {
    title: 'Shared on-call capacity (§12.4.1)',
    why: [
      'Each SRE shares the on-call of one development team (',
      mono('you-and-sre-run-it'),
      ', §12.4); teams beyond the number of SREs fall back to running their services alone, so SRE teams must grow with the development teams. A team the SRE team only consults for (its developers alone on call, §12.3) takes support hours, not an SRE, and is not counted. An SRE is free for another team only when they share no team’s on-call, sit in no seat a rotation needs them in (§12.6, §12.9) and are beyond the places of their level in the SRE head count (§12.10.2): the same SREs the SRE head count by level calls free to go, so the two never disagree; the recommendations give them to teams that need one.',
    ],
    blocks: [...shared, ...alone],
  };
});
