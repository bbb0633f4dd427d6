import type { SreLevel } from '../../model/index.ts';

/** One hire of the hiring list, as the waves read it. */
export interface WaveHire {
  readonly level: SreLevel;
  readonly count: number;
  readonly location: string;
}

/** The hires of one quarter, counted from the plan's start (quarter 1). */
export interface HiringWave {
  readonly quarter: number;
  readonly hires: readonly WaveHire[];
}

/** Who is hired first: the principal drives SRE hiring, a senior hires juniors (§12.10). */
const FIRST: Readonly<Record<SreLevel, number>> = { principal: 0, senior: 1, junior: 2 };

/**
 * The hiring list in quarterly waves. The SREs there are onboard, mentor and hire the new ones
 * (§12.10: a senior SRE hires junior SREs, a principal drives SRE hiring and coaches the other
 * SREs), so a quarter takes no more new SREs than the organization has at its start (at least
 * one, to start a team from none), and §12.1's planning question asks for the head count "in the
 * next one to three years", not at once. Principals first, then seniors, then juniors, each in the
 * hiring list's order. One wave when the SREs there can take every hire in the first quarter.
 */
export function hiringWaves(hiring: readonly WaveHire[], sresToday: number): HiringWave[] {
  const queue = [...hiring]
    .map((h, i) => ({ h, i }))
    .sort((a, b) => FIRST[a.h.level] - FIRST[b.h.level] || a.i - b.i)
    .map(({ h }) => ({ ...h }));
  const waves: HiringWave[] = [];
  let sres = sresToday;
  while (queue.some((h) => h.count > 0)) {
    let room = Math.max(1, sres);
    const hires: WaveHire[] = [];
    for (const h of queue) {
      const n = Math.min(room, h.count);
      if (n === 0) continue;
      hires.push({ level: h.level, count: n, location: h.location });
      h.count -= n;
      room -= n;
    }
    const added = hires.reduce((n, h) => n + h.count, 0);
    waves.push({ quarter: waves.length + 1, hires });
    sres += added;
  }
  return waves;
}

/**
 * The hiring pace as `staffing`'s and the plan's hiring list and the plan's hiring decision say it,
 * once there is more than one wave: "Hire in 2 quarterly waves, no more new SREs in a quarter than
 * the SREs there to bring them in (3 today): quarter 1 of the plan, …; quarter 2, … (§12.1, §12.10)".
 */
export function hiringPace(hiring: readonly WaveHire[], sresToday: number): string | null {
  const waves = hiringWaves(hiring, sresToday);
  if (waves.length <= 1) return null;
  const total = hiring.reduce((n, h) => n + h.count, 0);
  const wave = (w: HiringWave) =>
    `quarter ${w.quarter}${w.quarter === 1 ? ' of the plan' : ''}: ${w.hires
      .map((h) => `${h.count} ${h.level} SRE${h.count === 1 ? '' : 's'} at ${h.location}`)
      .join(', ')}`;
  return `Hire the ${total} in ${waves.length} quarterly waves, no more new SREs in a quarter than the SREs there at its start to bring them in (${today(sresToday)}): ${waves.map(wave).join('; ')}. The SREs there onboard and mentor the new ones, and a senior SRE hires juniors (§12.10); §12.1 plans the head count over the next one to three years, not at once.`;
}

/** "3 today", or for a team started from nobody, that its first hire starts it. */
function today(sres: number): string {
  return sres === 0 ? 'none today: the first hire starts the team' : `${sres} today`;
}

/**
 * The waves in brief, for the plan's hiring decision: "in 2 quarterly waves (3 hires in quarter 1
 * of the plan, 2 in quarter 2)"; null with one wave. The hiring list says which hire is in which.
 */
export function hiringWavesInBrief(hiring: readonly WaveHire[], sresToday: number): string | null {
  const waves = hiringWaves(hiring, sresToday);
  if (waves.length <= 1) return null;
  const sizes = waves.map((w, i) => {
    const n = w.hires.reduce((x, h) => x + h.count, 0);
    return i === 0
      ? `${n} hire${n === 1 ? '' : 's'} in quarter 1 of the plan`
      : `${n} in quarter ${w.quarter}`;
  });
  return `in ${waves.length} quarterly waves (${sizes.join(', ')}), no more in a quarter than the SREs there at its start (${today(sresToday)}) can bring in (§12.10)`;
}

/** The SREs the head count has: every level's, and those without a level. */
export function sreCount(h: {
  readonly roles: Readonly<Record<string, { readonly current: number }>>;
  readonly unleveled: readonly string[];
}): number {
  return Object.values(h.roles).reduce((n, r) => n + r.current, 0) + h.unleveled.length;
}

/**
 * The basis of a yearly cost that prices phased hires, for the funding section `staffing` and
 * `plan` write and the plan's operating cost alike: every hire counts a full year's salary, the
 * run rate once the last wave has joined, not what the waves cost in the plan's first year
 * (§12.1 plans the head count over one to three years). Null with one wave.
 */
export function phasedCostBasis(hiring: readonly WaveHire[], sresToday: number): string | null {
  const waves = hiringWaves(hiring, sresToday);
  if (waves.length <= 1) return null;
  const last = waves[waves.length - 1]?.quarter ?? waves.length;
  return `a full year's salary for every hire: the run rate once all ${waves.length} quarterly waves of the hiring list have joined (quarter ${last} of the plan), not what the waves cost in the plan's first year, when the later ones have not joined`;
}
