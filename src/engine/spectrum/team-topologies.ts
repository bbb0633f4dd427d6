import type { SreEraModel, TeamSetup } from '../../model/index.ts';
import type { ComparedHome } from './placement-table.ts';

export type TopologyOption = 1 | 2 | 3;

/**
 * "Team Topologies" (§12.7): what each organization holds, per model. The options of
 * `you-run-it` are the dev-team setups of §12.3; those of the SRE team models are the homes of
 * the SRE team (§12.4.1–§12.4.3, §12.5.1–§12.5.3). An empty cell is the chapter's "N/A".
 */
export const TEAM_TOPOLOGIES: Readonly<
  Record<ComparedHome, Readonly<Record<SreEraModel, readonly string[]>>>
> = {
  development: {
    'you-run-it': [
      'Option 1: No dedicated SRE role. SRE is a responsibility borne by all developers on rotation.',
      'Option 2: Dedicated SRE role in the team.',
      'Option 3: Dedicated SRE role in the team and a dedicated developer on rotation.',
    ],
    'you-and-sre-run-it': [
      'Option 1: SRE team in the development organization. SRE infrastructure team in the operations organization. No SRE organization.',
    ],
    'sre-runs-it': [
      'Option 1: SRE team in the development organization. SRE infrastructure team in the operations organization. No SRE organization.',
    ],
  },
  operations: {
    'you-run-it': ['SRE infrastructure team'],
    'you-and-sre-run-it': [
      'Option 2: SRE team and SRE infrastructure team in the operations organization. No SRE organization.',
    ],
    'sre-runs-it': [
      'Option 2: SRE team and SRE infrastructure team in the operations organization. No SRE organization.',
    ],
  },
  sre: {
    'you-run-it': [],
    'you-and-sre-run-it': [
      'Option 3: SRE team and SRE infrastructure team in the SRE organization. SRE tool chain procurement and administration in the operations organization.',
    ],
    'sre-runs-it': [
      'Option 3: SRE team and SRE infrastructure team in the SRE organization. SRE tool chain procurement and administration in the operations organization.',
    ],
  },
};

/** §12.3: the option each dev-team setup implements in `you-run-it`. */
export const SETUP_OPTION: Readonly<Record<TeamSetup, TopologyOption>> = {
  'developers-on-rotation': 1,
  'dedicated-sre': 2,
  'dedicated-sre-and-developers': 3,
};

/** §12.7: the option an SRE team's home implements in the SRE team models. */
export const HOME_OPTION: Readonly<Record<ComparedHome, TopologyOption>> = {
  development: 1,
  operations: 2,
  sre: 3,
};

/**
 * "Ways of Running the 'You Build It, You Run It' Model" (§12.3), one entry per setup: who
 * operates the services, whether SREs are full team members, their reporting line, incentives
 * and how the setup scales.
 */
export const YOU_RUN_IT_SETUPS: Readonly<
  Record<
    TeamSetup,
    {
      readonly whoOperates: string;
      readonly sresFullMembers: string;
      readonly sreReportingLine: string;
      readonly sreIncentives: string;
      readonly scalability: string;
    }
  >
> = {
  'developers-on-rotation': {
    whoOperates: 'Developers operate the services',
    sresFullMembers: 'N/A',
    sreReportingLine: 'N/A',
    sreIncentives: 'N/A',
    scalability: 'Scale the number of development teams',
  },
  'dedicated-sre': {
    whoOperates: 'SRE operates the services',
    sresFullMembers: 'Yes',
    sreReportingLine: 'Development manager -> Head of Development',
    sreIncentives: 'Incentives are aligned with the development team goals',
    scalability: 'Scale the number of development teams. Each team gets a dedicated SRE',
  },
  'dedicated-sre-and-developers': {
    whoOperates: 'SRE and developers operate the services',
    sresFullMembers: 'Yes',
    sreReportingLine: 'Development manager -> Head of Development',
    sreIncentives: 'Incentives are aligned with the development team goals',
    scalability: 'Scale the number of development teams. Each team gets a dedicated SRE',
  },
};
