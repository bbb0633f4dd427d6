import { plural } from '../../../engine/change/plural.ts';
import { DEFAULT_ANNUAL_COST } from '../../../engine/funding/index.ts';
import { sreCount } from '../../../engine/staffing/index.ts';
import { fundingBlocks } from '../../funding-section.ts';
import {
  contractShortfallsBlock,
  ROTATION_SIZES_RULE,
  rotationSizesBlock,
} from '../../rotation-sizing-section.ts';
import { headcountBlocks, hiringBlocks, sreTeamsBlocks } from '../../staffing-section.ts';
import { joined, mono, para, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

/** §12.4.1: SRE teams needed against those that exist, or that none is and none is needed. */
export const sreTeamsPlanSection = blockSection('sre-teams', ({ staffing }) =>
  sreTeamsBlocks(staffing.sreTeams, sreCount(staffing.headcount)),
);

/** §12.10.2: SREs by level and location. */
export const headcountPlanSection = blockSection('sre-headcount', ({ staffing }) =>
  headcountBlocks(staffing),
);

/** §12.10.2: the hiring list, as `staffing` writes it, with the hiring decision's trade-off. */
export const hiringPlanSection = blockSection('hiring', ({ staffing, summary, promotions }) =>
  hiringBlocks(
    { staffing, promotions },
    summary.decisions.find((d) => d.id === 'hiring')?.tradeOff ?? null,
  ),
);

/** §12.6: people each rotation needs, exactly as `staffing` shows it. */
export const rotationSizesPlanSection = blockSection('rotation-sizes', ({ staffing }) =>
  staffing.rotations.length === 0
    ? undefined
    : {
        title: 'Rotation sizes (§12.6)',
        why: ROTATION_SIZES_RULE,
        blocks: [rotationSizesBlock(staffing), contractShortfallsBlock(staffing)],
      },
);

const ONCALL_LOAD_TITLE = 'On-call load per person (§12.6)';
const ONCALL_LOAD_WHY =
  'People on call more than a quarter of their time (42 h a week), all their rotations added up, have no time left to make tomorrow better than today (§12.1).';

/** §12.6: people on call more than a quarter of their time. */
export const onCallLoadPlanSection = blockSection('oncall-load', ({ staffing, onCallLoad }) => {
  if (onCallLoad.length === 0) return undefined;
  const most = Math.max(...onCallLoad.map((l) => l.hoursPerWeek));
  const summary = `${plural(onCallLoad.length, 'person')} ${onCallLoad.length === 1 ? 'is' : 'are'} on call; the most loaded ${onCallLoad.length === 1 ? 'carries' : 'carry'} ${most} h a week over all their rotations.`;
  if (staffing.overloaded.length === 0)
    return {
      title: ONCALL_LOAD_TITLE,
      why: ONCALL_LOAD_WHY,
      blocks: [para(`${summary} Nobody is on call more than a quarter of their time.`)],
    };
  return {
    title: ONCALL_LOAD_TITLE,
    why: ONCALL_LOAD_WHY,
    blocks: [
      para(
        `${summary} ${staffing.overloaded.length} of them ${staffing.overloaded.length === 1 ? 'is' : 'are'} on call more than a quarter of their time:`,
      ),
      {
        headers: ['Person', 'On call per week', 'Share of their time', 'Rotations'],
        rows: staffing.overloaded.map((o) => [
          mono(o.person),
          `${o.hoursPerWeek} h`,
          strong(`${Math.round(o.share * 1000) / 10} %`),
          joined(o.rotations.map(mono), ', '),
        ]),
      },
    ],
  };
});

/**
 * §12.4.6: budgets and head count limits after the hiring list, as `staffing` writes them. The
 * document is priced with the default salaries (`buildPlanDocument`'s), which the basis names.
 */
export const fundingPlanSection = blockSection('funding', ({ staffing, promotions }) =>
  fundingBlocks({ staffing, promotions }, DEFAULT_ANNUAL_COST),
);
