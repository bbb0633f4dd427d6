import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { DEFAULT_ANNUAL_COST } from '../funding/index.ts';
import { consultingHours } from './consulting-hours.ts';
import { freeSres } from './free-sres.ts';
import { staffingCounts } from './staffing-counts.ts';

/**
 * An SRE team of two juniors that shares no development team's pager and consults for `app`:
 * the §12.10.2 table gives it no junior place (§12.4.1: a seat is a shared pager), so both are
 * beyond their places, and the hours it agreed decide whether one of them is spare.
 */
function consulting(hoursPerMonth: number | undefined) {
  const support =
    hoursPerMonth === undefined ? 'app' : `{ team: app, hoursPerMonth: ${hoursPerMonth} }`;
  return modelFrom(
    doc('Organization', 'dev', 'type: development'),
    doc('Organization', 'rel', 'type: sre'),
    doc('Team', 'app', 'type: development\norganization: dev'),
    doc('Service', 'app-api', 'owner: app\nrunModel: you-run-it\navailabilityTarget: 99.5'),
    doc('Team', 'sre', `type: sre\norganization: rel\nsupports: [${support}]`),
    doc(
      'Person',
      'ana',
      'team: sre\nrole: sre\nlevel: junior\nlocation: Berlin\ntimezone: Europe/Berlin',
    ),
    doc(
      'Person',
      'ben',
      'team: sre\nrole: sre\nlevel: junior\nlocation: Berlin\ntimezone: Europe/Berlin\nonCall: false',
    ),
  );
}

const surplusOf = (model: ReturnType<typeof consulting>) =>
  staffingCounts(model, { businessHours: DEFAULT_BUSINESS_HOURS, annualCost: DEFAULT_ANNUAL_COST })
    .surplus;

describe('consulting hours hold SREs before the surplus offers them (§12.4.7, §12.10.2)', () => {
  it('reads the hours of the teams an SRE team consults for', () => {
    expect(consultingHours(consulting(40))).toEqual([
      { sreTeam: 'sre', hoursPerMonth: 40, devTeams: ['app'] },
    ]);
    expect(consultingHours(consulting(undefined))).toEqual([]);
  });

  it('holds one SRE for hours within a working month: the one who takes no on-call', () => {
    const model = consulting(40);
    const surplus = surplusOf(model);
    expect(surplus.consulting).toEqual([
      { sreTeam: 'sre', hoursPerMonth: 40, devTeams: ['app'], sres: ['ben'], names: ['ben'] },
    ]);
    expect(surplus.levels).toMatchObject([{ level: 'junior', consulting: 1, spare: 1 }]);
    expect([...freeSres(model).names]).toEqual(['ana']);
  });

  it('holds as many as the hours fill working months', () => {
    const model = consulting(300);
    expect(surplusOf(model).levels).toMatchObject([{ level: 'junior', consulting: 2, spare: 0 }]);
    expect([...freeSres(model).names]).toEqual([]);
  });

  it('holds nobody where no hours are agreed: both are spare', () => {
    const model = consulting(undefined);
    expect(surplusOf(model).consulting).toEqual([]);
    expect([...freeSres(model).names].sort()).toEqual(['ana', 'ben']);
  });
});
