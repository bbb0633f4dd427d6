import { describe, expect, it } from 'vitest';
import { PLACEMENT_TABLE, type PlacementRow, SRE_TEAM_HOMES } from './placement-table.ts';

// §12.4.4 "Ways of Running the 'You Build It, You and SRE Run It' Model", §12.4.5 "SRE Team
// Identity and Pride" and §12.4.8 "Example SRE Team KPIs", in the chapter's column order:
// development organization, operations organization, dedicated SRE organization.
const CHAPTER: readonly [keyof PlacementRow, readonly unknown[]][] = [
  [
    'placement',
    [
      'SRE team within development organization',
      'SRE team within operations organization',
      'SRE Team in a dedicated SRE Organization',
    ],
  ],
  [
    'reportingLine',
    [
      'Development manager -> Head of Development',
      'Operations manager -> Head of operations',
      'Head of SRE',
    ],
  ],
  [
    'incentives',
    [
      "Aligned with the development organization's goals",
      "Aligned with the operations organization's goals",
      "Aligned with the SRE organization's goals",
    ],
  ],
  [
    'headCount',
    [
      "Part of the development organization's head count",
      "Part of the operations organization's head count",
      "SRE organization's own head count",
    ],
  ],
  [
    'budget',
    [
      "Part of the development organization's budget",
      "Part of the operation's budget",
      "SRE organization's own budget",
    ],
  ],
  [
    'costAccounting',
    [
      'Cost accounting within the development organization',
      'Cost accounting within the operations organization or cross-organizational cost accounting',
      'Cost accounting within the SRE organization or cross-organizational cost accounting or by service offered',
    ],
  ],
  [
    'kpis',
    [
      'Set by the development organization',
      'Set by the operations organization',
      'Set by the SRE organization',
    ],
  ],
  [
    'scalability',
    [
      'Scale the number of SRE teams',
      'Scale the number of SRE teams',
      'Scale the number of SRE teams',
    ],
  ],
  [
    'identityAndPride',
    [
      'Might be product-specific',
      'Might be incident-specific',
      'Might be specific to user experience in terms of reliability',
    ],
  ],
  ['kpiRoot', ['products-under-development', 'incidents', 'reliability-user-experience']],
  [
    'exampleKpis',
    [
      [
        '97% of customer complaints about product A are not related to reliability',
        'NPS score of at least 75 for product B',
        'Reliability engineering implemented in new product C from the outset',
      ],
      [
        'Mean time between failures (MTBF) of at least two weeks (the chapter prints "less than two weeks", a slip: MTBF should be long, so the KPI is a floor)',
        'Mean time to recovery (MTTR) from an incident is less than a day',
        'Number of incidents is on a decline quarterly',
      ],
      [
        '90% of supported services are within error budget',
        '95% of incidents with supported services consume less than 30% of the monthly error budget',
        '95% of customer complaints for supported services are not related to reliability',
      ],
    ],
  ],
];

const cells = CHAPTER.flatMap(([field, row]) =>
  row.map((value, i) => [field, SRE_TEAM_HOMES[i] as string, value] as const),
);

describe('the SRE team placement table (§12.4.4–§12.4.8)', () => {
  it.each(cells)(
    'gives %s for an SRE team in the %s organization as the chapter does',
    (field, home, value) => {
      expect(PLACEMENT_TABLE[home as (typeof SRE_TEAM_HOMES)[number]][field]).toEqual(value);
    },
  );

  it('compares exactly the development, operations and SRE organizations', () => {
    expect(Object.keys(PLACEMENT_TABLE)).toEqual(['development', 'operations', 'sre']);
  });
});
