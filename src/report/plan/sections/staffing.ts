import { selectPolicy } from '../../../engine/compensation/index.ts';
import { businessHoursOf } from '../../../engine/coverage-hours/index.ts';
import { DEFAULT_ANNUAL_COST } from '../../../engine/funding/index.ts';
import { type Staffing, staffing } from '../../../engine/staffing/index.ts';
import type { CompiledModel } from '../../../model/index.ts';
import { fundingSection } from '../../funding-section.ts';
import { rotationSizingSection } from '../../rotation-sizing-section.ts';
import { headcountSection, hiringSection, sreTeamsSection } from '../../staffing-section.ts';
import type { PlanSection } from '../plan-section.ts';

function staffingOf(model: CompiledModel): Staffing {
  const selected = selectPolicy(model);
  return staffing(model, {
    businessHours: businessHoursOf(selected.ok ? selected.policy?.spec : undefined),
    annualCost: DEFAULT_ANNUAL_COST,
  });
}

/** §12.4.1: SRE teams needed against those that exist. */
export const sreTeamsPlanSection: PlanSection = {
  id: 'sre-teams',
  render: (model) => {
    const s = staffingOf(model);
    return s.sreTeams.developmentTeams.length === 0 && s.sreTeams.current === 0
      ? undefined
      : sreTeamsSection(s);
  },
};

/** §12.10.2: SREs by level and location. */
export const headcountPlanSection: PlanSection = {
  id: 'sre-headcount',
  render: (model) => headcountSection(staffingOf(model)),
};

/** §12.10.2: the hiring list. */
export const hiringPlanSection: PlanSection = {
  id: 'hiring',
  render: (model) => hiringSection(staffingOf(model)),
};

/** §12.6: people each rotation needs. */
export const rotationSizesPlanSection: PlanSection = {
  id: 'rotation-sizes',
  render: (model) => rotationSizingSection(staffingOf(model)),
};

/** §12.4.6: budgets and head count limits after the hiring list. */
export const fundingPlanSection: PlanSection = {
  id: 'funding',
  render: (model) => fundingSection(staffingOf(model), DEFAULT_ANNUAL_COST),
};
