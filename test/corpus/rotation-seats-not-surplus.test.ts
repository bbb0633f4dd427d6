import { describe, expect, it } from 'vitest';
import { orgPath, run } from './support/corpus.ts';

/**
 * A rotation's seats at a site are that site's places too (§12.6): a person a rotation needs where
 * they are is never "beyond their site's places", least of all at a site where the rotation is
 * short. game-studio's follow-the-sun pager needs 4 at Tokyo and has 3 there; the head count said
 * Tokyo's 2 junior and 1 senior SREs were beyond their site's places and counted them as growth
 * room.
 */
describe('game-studio: the SREs each site’s part of the relay needs hold its seats', () => {
  it('lists Tokyo in the rotation seats, not beyond its places, and counts them as no surplus', async () => {
    const { stdout } = await run(['staffing', orgPath('game-studio')]);
    const line = stdout.split('\n').find((l) => l.startsWith('Beyond their site’s places')) ?? '';
    const beyond = line.slice(0, line.indexOf('. '));
    expect(beyond).not.toContain('Tokyo');
    expect(line).toContain(
      'In seats a rotation needs at their site (§12.6: sre-live-oncall), which the §12.10.2 table does not count: junior SREs 2 at Warsaw and 2 at Tokyo; senior SREs 1 at Warsaw and 1 at Tokyo.',
    );
    // Each site's part needs 4 (§12.9.5): Warsaw keeps 4 of its 5, Los Angeles 4 of its 6 (its
    // 4 places); attrition may take only the 3 beyond both. It offered to take all 6 spare at
    // Los Angeles and Warsaw, which left Warsaw's part of the day with 1. Of the 3, the 2 the
    // options redeploy into store-oncall are no attrition (growth-room-left.test.ts).
    expect(line).toContain('That leaves 1 junior SRE and 2 senior SREs beyond the places');
    expect(line).toContain('let attrition absorb the 1 no rotation or team needs (Carlos Rivera)');
    expect(stdout).toMatch(/`sre-live-oncall` \| team \| `24x7` \| 15 \| 14 \| \*\*1\*\*/);
    // The rotation sizes say what each site's part needs, so the 3 free to go agree with them.
    expect(stdout).toContain(
      'Warsaw: 5 (8 h a day; its part needs 4), Los Angeles: 6 (9 h a day; its part needs 4)',
    );
  });
});
