import { describe, expect, it } from 'vitest';
import type { SurplusFigures, SurplusPlaces } from '../../src/engine/staffing/index.ts';
import { CORPUS, orgPath, run, runJson } from './support/corpus.ts';

/**
 * Growth room and attrition are for the free SREs the placements leave (`surplusPlaces.left`),
 * never for one they already send somewhere (#12). streaming-media's options offered to "keep 1
 * junior SRE and 1 senior SRE as growth room" beside sending that junior, Ravi Patel, to share
 * drm's on-call; game-studio's let attrition absorb the two it redeployed into store-oncall. The
 * options counted levels; a head of SRE reads them as people.
 */

interface Staffing {
  readonly surplus: SurplusFigures;
  readonly surplusPlaces: SurplusPlaces;
}

/** The option that begins with `start` in the staffing text, up to the next option. */
function option(text: string, start: RegExp): string | null {
  const line = text.split('\n').find((l) => l.includes('Options: ')) ?? '';
  const options = line.slice(line.indexOf('Options: ') + 'Options: '.length).split('; ');
  return options.find((o) => start.test(o)) ?? null;
}

describe.each(CORPUS)('growth room in the options of %s', (name) => {
  it('counts and names the free SREs the placements leave, no one they place', async () => {
    const json = await runJson<Staffing>(['staffing', orgPath(name), '--json']);
    const { stdout } = await run(['staffing', orgPath(name)]);
    const places = json.surplusPlaces;
    const placed = [
      ...places.joined.flatMap((x) => x.sres.map((p) => p.shown)),
      ...places.sentApart.map((p) => p.shown),
    ];
    // A candidate for a promotion is growth room, never attrition (§12.10.2); one who takes no
    // nights, kept for daytime SRE work (§12.10.1: airline's Agnieszka Wiśniewska), is neither.
    const candidates = new Set(places.candidates.map((c) => c.sre));
    const daytime = places.left.filter(
      (p) => places.noTurns.includes(p.sre) && !candidates.has(p.sre),
    );
    const left = places.left.filter((p) => !daytime.includes(p)).map((p) => p.shown);
    const mayGo = places.left
      .filter((p) => !candidates.has(p.sre) && !daytime.includes(p))
      .map((p) => p.shown);
    const room = option(stdout, /^keep .* as growth room/);
    const attrition = option(stdout, /^let attrition absorb/);
    const kept = option(stdout, /^keep .* for SRE work in business hours, not attrition/);
    if (daytime.length === 0) expect(kept).toBeNull();
    else for (const p of daytime) expect(kept).toContain(p.shown);
    if (left.length === 0) {
      expect(room, 'nobody is left: no growth room').toBeNull();
      expect(attrition, 'nobody is left: no attrition').toBeNull();
      return;
    }
    expect(room).not.toBeNull();
    for (const who of left) expect(room).toContain(who);
    for (const who of placed) expect(room).not.toContain(who);
    if (mayGo.length === 0) expect(attrition, 'only candidates are left: no attrition').toBeNull();
    else {
      for (const who of mayGo) expect(attrition).toContain(who);
      for (const who of placed) expect(attrition).not.toContain(who);
      expect(attrition).toContain(`absorb the ${mayGo.length} `);
    }
    // "keep 1 senior SRE (…) and 2 junior SREs (…)": as many as are left, level by level.
    const counted = [...(room ?? '').matchAll(/(\d+) \w+ SREs? \(/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    expect(counted).toBe(left.length);
  });
});

describe('streaming-media: the junior sent to drm is no growth room', () => {
  it('keeps the Dublin senior as growth room at her salary, and not Ravi Patel', async () => {
    const { stdout } = await run(['staffing', orgPath('streaming-media')]);
    const json = await runJson<Staffing>(['staffing', orgPath('streaming-media'), '--json']);
    expect(json.surplusPlaces.sentApart.map((p) => p.shown)).toEqual(['Ravi Patel']);
    const room = option(stdout, /^keep .* as growth room/);
    // Marc Leblanc (Toronto) does sports-sre's agreed consulting (§12.4.7): not growth room.
    expect(room).toMatch(/^keep 1 senior SRE \(Siobhán O'Hara\) as growth room: /);
    // Her salary alone: Ravi Patel's, sent to drm's on-call, is not in it.
    const siobhan = json.surplus.byLocation.find((b) => b.free.includes('siobhan-ohara'));
    const each = Number(siobhan?.annualEach.amount).toLocaleString('en-US', {
      minimumFractionDigits: 2,
    });
    // A candidate for the principal place: kept for it, not let go (§12.10.2).
    expect(room).toBe(
      `keep 1 senior SRE (Siobhán O'Hara) as growth room: ${each} ${siobhan?.annualEach.currency} a year in salaries (Siobhán O'Hara is a candidate for a principal SRE place, §12.10.2: growth room, not attrition).`,
    );
  });
});
