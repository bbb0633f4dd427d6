import { describe, expect, it } from 'vitest';
import { orgPath, run } from './support/corpus.ts';

/**
 * hospital-group's three SREs share integration's pager and consult for three teams. The shared
 * on-call capacity (§12.4.1) said "Spare SREs: 2" beside the head count's "3 junior SREs short"
 * (§12.10.2, then; the places now come from the pager SRE shares), and a reader could not tell which to believe: the two count different things. The
 * capacity table says what its figure is, SREs on no team's pager yet, and that the places by
 * level are counted apart.
 */
describe('hospital-group: shared on-call capacity beside the head count by level', () => {
  it('names SREs free for another team, not spare SREs, and points to the head count by level', async () => {
    const { stdout } = await run(['plan', orgPath('hospital-group')]);
    const section = stdout.slice(
      stdout.indexOf('## Shared on-call capacity'),
      stdout.indexOf('<a id=', stdout.indexOf('## Shared on-call capacity')),
    );
    expect(section).toContain('SREs free for another team');
    expect(section).not.toContain('Spare SREs');
    expect(section).toContain('the SRE head count by level');
    // The places come from integration alone, whose pager SRE shares (§12.4.1; consulting holds
    // no seat, §12.4.7): one scope, held by the senior, and the junior in fhir-oncall's seat.
    expect(stdout).toMatch(
      /\| junior SRE \| 0 development teams \| 0 \| 1 \| 1 more than needed \|/,
    );
  });
});
