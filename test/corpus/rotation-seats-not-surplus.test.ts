import { describe, expect, it } from 'vitest';
import { orgPath, run } from './support/corpus.ts';

/**
 * A rotation's seats at a site are that site's places too (§12.6): a person a rotation needs where
 * they are is never "beyond their site's places", least of all at a site where the rotation is
 * short. game-studio's follow-the-sun pager needs 4 at Tokyo and has 3 there; the head count said
 * Tokyo's 2 junior and 1 senior SREs were beyond their site's places and counted them as growth
 * room.
 */
describe('game-studio: Tokyo’s SREs hold seats of the short relay', () => {
  it('lists Tokyo in the rotation seats, not beyond its places, and counts them as no surplus', async () => {
    const { stdout } = await run(['staffing', orgPath('game-studio')]);
    const line = stdout.split('\n').find((l) => l.startsWith('Beyond their site’s places')) ?? '';
    const beyond = line.slice(0, line.indexOf('. '));
    expect(beyond).not.toContain('Tokyo');
    expect(line).toContain(
      'In seats a rotation needs at their site (§12.6: sre-live-oncall), which the §12.10.2 table does not count: junior SREs 2 at Tokyo; senior SRE 1 at Tokyo.',
    );
    expect(line).toContain('That leaves 3 junior SREs and 3 senior SREs beyond the places');
    expect(stdout).toMatch(/`sre-live-oncall` \| team \| `24x7` \| 15 \| 14 \| \*\*1\*\*/);
  });
});
