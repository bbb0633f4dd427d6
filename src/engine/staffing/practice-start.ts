import type { SreLevel } from '../../model/index.ts';
import { hiringWaves, sreCount, type WaveHire } from './hiring-waves.ts';

/** Levels whose SREs mentor and hire the ones below them (§12.10). */
const MENTORS: readonly SreLevel[] = ['principal', 'senior'];

/**
 * When the practice places can start (§12.9.4: they practise SRE on real services; §12.10: a senior
 * SRE mentors and hires juniors, a principal coaches the other SREs). Someone has to practise SRE
 * there to show them how: quarter 1 when a senior or principal SRE is there today, else the quarter
 * after the wave that hires the first one (the waves' rule: who is there at a quarter's start
 * brings the new ones in). `mentor` is that first hire; null when nobody is hired who can.
 */
export interface PracticeStart {
  readonly quarter: number;
  readonly mentor: { readonly level: SreLevel; readonly quarter: number } | null;
}

export function practiceStart(
  hiring: readonly WaveHire[],
  headcount: {
    readonly roles: Readonly<Record<string, { readonly current: number }>>;
    readonly unleveled: readonly string[];
  },
): PracticeStart | null {
  if (MENTORS.some((l) => (headcount.roles[l]?.current ?? 0) > 0))
    return { quarter: 1, mentor: null };
  for (const w of hiringWaves(hiring, sreCount(headcount))) {
    const h = w.hires.find((x) => MENTORS.includes(x.level));
    if (h) return { quarter: w.quarter + 1, mentor: { level: h.level, quarter: w.quarter } };
  }
  return null;
}

/**
 * When the practice places start, as the hiring list's offer and the plan's hiring decision both
 * say it: "from quarter 2 of the plan, once the principal SRE hired in quarter 1 is there to
 * mentor them (§12.10)"; null when a senior or principal SRE is there today.
 */
export function practiceStartWords(
  hiring: readonly WaveHire[],
  headcount: Parameters<typeof practiceStart>[1],
): string | null {
  const start = practiceStart(hiring, headcount);
  if (start === null)
    return 'with no senior or principal SRE there today or on the hiring list to mentor them: hire one before the places start (§12.10)';
  if (start.mentor === null) return null;
  return `from quarter ${start.quarter} of the plan, once the ${start.mentor.level} SRE hired in quarter ${start.mentor.quarter} is there to mentor them (§12.10)`;
}
