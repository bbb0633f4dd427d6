import { describe, expect, it } from 'vitest';
import { CORPUS, orgPath, run } from './support/corpus.ts';

/**
 * A count of 1 is said in the singular (#12): streaming-media's on-call decision read "it puts 1
 * fewer people on call at night", one-team's plan "3 services, 1 teams, 8 people, 1 rotations".
 * Counts said with a noun go through one helper (`plural`); this reads what every command prints
 * for every organization of the corpus.
 */

const NOUNS = [
  'people',
  'persons',
  'services',
  'teams',
  'rotations',
  'SREs',
  'hires',
  'places',
  'seats',
  'positions',
  'developers',
  'members',
  'promotions',
  'organizations',
  'sites',
  'domains',
  'engineers',
  'managers',
  'candidates',
].join('|');
/**
 * "1 teams", "1 fewer people", "1 senior SREs", "1 of them are" — not "1.5 rotations" or "21
 * people".
 */
const ONE_PLURAL = new RegExp(
  `(?<![\\d.,])1 (?:[a-z-]+ )?(?:${NOUNS})\\b|(?<![\\d.,])1 of them (?:are|were|have)\\b`,
  'g',
);

const COMMANDS = ['plan', 'staffing', 'oncall-cost', 'check', 'careers', 'chargeback'] as const;

describe.each(CORPUS)('counts of 1 in what whorunsit says of %s', (name) => {
  it.each(COMMANDS)('%s says 1 in the singular', async (command) => {
    const { stdout } = await run([command, orgPath(name)]);
    const wrong = [...stdout.matchAll(ONE_PLURAL)].map((m) =>
      stdout.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20),
    );
    expect(wrong).toEqual([]);
  });
});
