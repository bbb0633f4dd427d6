import { describe, expect, it } from 'vitest';
import { NEW_DIRECTOR_TABLE, REPORTING_LINES_TABLE } from './reporting-lines-table.ts';
import {
  HOME_OPTION,
  SETUP_OPTION,
  TEAM_TOPOLOGIES,
  YOU_RUN_IT_SETUPS,
} from './team-topologies.ts';

const MODELS = ['you-run-it', 'you-and-sre-run-it', 'sre-runs-it'] as const;
type Home = 'development' | 'operations' | 'sre';
const cellsOf = <T>(table: readonly [Home, readonly T[]][]) =>
  table.flatMap(([home, row]) =>
    row.map((value, i) => [home, MODELS[i] as string, value] as const),
  );

// §12.7 "Team Topologies", rows development / operations / SRE organization.
const TOPOLOGIES: readonly [Home, readonly (readonly string[])[]][] = [
  [
    'development',
    [
      [
        'Option 1: No dedicated SRE role. SRE is a responsibility borne by all developers on rotation.',
        'Option 2: Dedicated SRE role in the team.',
        'Option 3: Dedicated SRE role in the team and a dedicated developer on rotation.',
      ],
      [
        'Option 1: SRE team in the development organization. SRE infrastructure team in the operations organization. No SRE organization.',
      ],
      [
        'Option 1: SRE team in the development organization. SRE infrastructure team in the operations organization. No SRE organization.',
      ],
    ],
  ],
  [
    'operations',
    [
      ['SRE infrastructure team'],
      [
        'Option 2: SRE team and SRE infrastructure team in the operations organization. No SRE organization.',
      ],
      [
        'Option 2: SRE team and SRE infrastructure team in the operations organization. No SRE organization.',
      ],
    ],
  ],
  [
    'sre',
    [
      [],
      [
        'Option 3: SRE team and SRE infrastructure team in the SRE organization. SRE tool chain procurement and administration in the operations organization.',
      ],
      [
        'Option 3: SRE team and SRE infrastructure team in the SRE organization. SRE tool chain procurement and administration in the operations organization.',
      ],
    ],
  ],
];

// §12.7.1 "Reporting Lines".
const REPORTING: readonly [Home, readonly (readonly string[])[]][] = [
  [
    'development',
    [
      ['Developers (option 1)', 'SREs (option 2, 3)'],
      ['Developers', 'SREs (option 1)'],
      ['Developers', 'SREs (option 1)'],
    ],
  ],
  [
    'operations',
    [
      ['SRE infrastructure engineers'],
      ['SREs (option 2)', 'SRE infrastructure engineers (option 1, 2)'],
      ['SREs (option 2)', 'SRE infrastructure engineers (option 1, 2)'],
    ],
  ],
  [
    'sre',
    [
      [],
      ['SREs (option 3)', 'SRE infrastructure engineers (option 3)'],
      ['SREs (option 3)', 'SRE infrastructure engineers (option 3)'],
    ],
  ],
];

// §12.8.2 "New Director or VP for a New SRE Organization".
const DIRECTOR: readonly [Home, readonly (string | undefined)[]][] = [
  ['development', [undefined, undefined, undefined]],
  ['operations', [undefined, undefined, undefined]],
  ['sre', [undefined, 'New director or VP', 'New director or VP']],
];

describe('the team topologies table (§12.7)', () => {
  it.each(cellsOf(TOPOLOGIES))(
    'holds in the %s organization under %s what the chapter says',
    (home, model, value) => {
      expect(TEAM_TOPOLOGIES[home][model as (typeof MODELS)[number]]).toEqual(value);
    },
  );

  it('numbers the you-run-it setups 1, 2, 3 as §12.3 does, and the SRE team homes as §12.7 does', () => {
    expect(SETUP_OPTION).toEqual({
      'developers-on-rotation': 1,
      'dedicated-sre': 2,
      'dedicated-sre-and-developers': 3,
    });
    expect(HOME_OPTION).toEqual({ development: 1, operations: 2, sre: 3 });
  });

  it('describes the three ways of running you-run-it as §12.3 does', () => {
    expect(YOU_RUN_IT_SETUPS['developers-on-rotation'].whoOperates).toBe(
      'Developers operate the services',
    );
    expect(YOU_RUN_IT_SETUPS['dedicated-sre'].whoOperates).toBe('SRE operates the services');
    expect(YOU_RUN_IT_SETUPS['dedicated-sre-and-developers'].whoOperates).toBe(
      'SRE and developers operate the services',
    );
    expect(YOU_RUN_IT_SETUPS['developers-on-rotation'].sreReportingLine).toBe('N/A');
    expect(YOU_RUN_IT_SETUPS['dedicated-sre'].sreReportingLine).toBe(
      'Development manager -> Head of Development',
    );
    expect(YOU_RUN_IT_SETUPS['dedicated-sre-and-developers'].sresFullMembers).toBe('Yes');
  });
});

describe('the reporting lines table (§12.7.1)', () => {
  it.each(cellsOf(REPORTING))(
    'has %s organization reporting lines under %s as the chapter does',
    (home, model, value) => {
      expect(REPORTING_LINES_TABLE[home][model as (typeof MODELS)[number]]).toEqual(value);
    },
  );
});

describe('the new director or VP table (§12.8.2)', () => {
  it.each(cellsOf(DIRECTOR))(
    'for SREs in the %s organization under %s says %s',
    (home, model, value) => {
      expect(NEW_DIRECTOR_TABLE[home][model as (typeof MODELS)[number]]).toBe(value);
    },
  );
});
