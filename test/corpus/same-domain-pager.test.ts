import { describe, expect, it } from 'vitest';
import { SAME_DOMAIN_PAGER } from '../../src/engine/oncall-cost/same-domain-pager.ts';
import { orgPath, runJson } from './support/corpus.ts';
import type { OnCallCostJson } from './support/outputs.ts';

/**
 * streaming-media: DRM's three developers run the licence server (99.95 %, high) on their own
 * 24x7 pager, 5 short. The §12.6 design grew that pager to 8 and said nothing else; an SRE leader
 * puts the licence server on the playback pager (same domain, same manager, same SRE team), where
 * the playback developers and the video SREs are already 9 round the clock for the 8 it needs.
 * The design offers that alternative with its figures; the design itself is unchanged.
 */
describe('streaming-media: a short team pager of a high tier is offered the same-domain pager with room', () => {
  it('names drm-licence on playback-oncall, with the people either way', async () => {
    const cost = await runJson<OnCallCostJson>([
      'oncall-cost',
      orgPath('streaming-media'),
      '--json',
    ]);
    const offered = cost.optimized.notes.filter((n) => n.startsWith(SAME_DOMAIN_PAGER));
    expect(offered).toHaveLength(1);
    const [note] = offered;
    expect(note).toContain('drm-licence on playback-oncall');
    expect(note).toContain('domain playback, manager aisha-khan, SRE team video-sre');
    expect(note).toContain('9 who take turns for the 8 it needs');
    expect(note).toContain('drm-oncall grown from 3 to 8 (5 more people)');
    expect(note).toContain('8 fewer people needed');
    expect(note).toContain('12 who take turns on one rotation');
    // No other rotation is offered a partner: the content domain rotation and the live relay are
    // not short, and delivery operations have no development team of their domain.
    expect(offered.join('\n')).not.toMatch(/delivery-ops-oncall|live-oncall|content-oncall/);
  });
});
