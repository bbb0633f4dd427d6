import type { CompiledModel as Model, SreLevel } from '../../../model/index.ts';
import {
  type CriterionId,
  careerLevel,
  personReadiness,
  type Verdict,
} from '../../people/index.ts';
import type { Staffing } from '../../staffing/index.ts';
import type { Promotion } from './plan-document-schema.ts';

/** Each §12.10 / §12.10.2 criterion in a few words, for a sentence that lists several. */
const CRITERION_WORDS: Readonly<Record<CriterionId, string>> = {
  'sre-practice-before-role': 'SRE practice',
  'minimum-experience': 'years of experience',
  'next-level-work': 'six months of the level’s work',
  'influence-beyond-scope': 'influence',
  communication: 'communication',
  'supportive-feedback': 'feedback',
  'seeks-responsibility': 'seeking responsibility',
  'mentored-an-sre': 'a mentee',
};

const VERDICT_ORDER: Readonly<Record<Verdict, number>> = {
  meets: 0,
  unknown: 1,
  'does-not-meet': 2,
};

/** The step up the ladder into each level (§12.10.2 describes junior → senior → principal). */
const FROM: Readonly<Partial<Record<SreLevel, 'junior' | 'senior'>>> = {
  senior: 'junior',
  principal: 'senior',
};

/**
 * For every level the hiring list hires for while the level just below has more SREs than it
 * needs: those SREs judged for the step up on the model's evidence (§12.10, §12.10.2), best
 * placed first — every criterion met, then none failed, at the location of the hire, the most
 * experienced. The chapter's ladder is grown from inside before it is hired from outside: a
 * promotion fills the place without adding a head; the plan's summary says which it recommends.
 */
export function promotions(model: Model, staffing: Staffing): Promotion[] {
  const roles = staffing.headcount.roles;
  const result: Promotion[] = [];
  for (const level of ['senior', 'principal'] as const) {
    const from = FROM[level];
    if (from === undefined) continue;
    const hired = staffing.hiring.filter((h) => h.level === level);
    const hires = hired.reduce((n, h) => n + h.count, 0);
    // A level that is itself short has no SRE to spare, nor do those holding a lower level's
    // places (a senior in a junior's place).
    const lent = roles[from].holdingBelow.reduce((n, h) => n + h.count, 0);
    const spare = staffing.hiring.some((h) => h.level === from)
      ? 0
      : Math.max(0, roles[from].current - roles[from].needed - lent);
    if (hires === 0 || spare === 0) continue;
    const locations = [...new Set(hired.map((h) => h.location))];
    const candidates = roles[from].people.flatMap((name) => {
      const person = model.people.get(name);
      const next = person ? personReadiness(model, person).next : null;
      if (!person || !next || next.level !== level) return [];
      const words = (status: 'unmet' | 'unknown') =>
        next.criteria
          .filter((c) => c.status === status)
          .map((c) =>
            status === 'unmet' ? `${CRITERION_WORDS[c.id]} (${c.evidence})` : CRITERION_WORDS[c.id],
          );
      return [
        {
          person: name,
          name: person.spec.displayName ?? person.metadata.displayName ?? name,
          location: person.spec.location ?? null,
          experienceYears: person.spec.experienceYears ?? null,
          verdict: next.verdict,
          unmet: words('unmet'),
          unknown: words('unknown'),
        },
      ];
    });
    const atHire = (c: { location: string | null }) =>
      c.location !== null && locations.includes(c.location) ? 0 : 1;
    candidates.sort(
      (a, b) =>
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
        atHire(a) - atHire(b) ||
        (b.experienceYears ?? 0) - (a.experienceYears ?? 0) ||
        a.person.localeCompare(b.person),
    );
    const best = candidates[0]?.verdict;
    result.push({
      level,
      from,
      spare,
      hires,
      locations,
      candidates,
      advice: best === 'meets' ? 'promote' : best === 'unknown' ? 'assess' : 'hire',
    });
  }
  return result;
}

/**
 * What the hiring decision says about growing spare SREs into a short level (§12.10.2): promote
 * the one who meets every criterion; promote one of those with the experience once the criteria
 * the model does not record are confirmed, and hire only if none meets them; or hire, saying
 * which criterion each spare SRE does not meet yet.
 */
export function promotionNote(p: Promotion, spareText: string): string {
  const { minExperienceYears } = careerLevel(p.level);
  const role = `${p.level} SRE`;
  const atHire = (c: Candidate) => c.location !== null && p.locations.includes(c.location);
  // Those at the hire's location by name, the others as a number.
  const who = (list: readonly Candidate[]) => {
    const here = list.filter(atHire).slice(0, 3);
    const named = (here.length > 0 ? here : list.slice(0, 2)).map((c) => c.name);
    const where = here.length > 0 ? ` at ${joinAnd(p.locations)}` : '';
    const more = list.length - named.length;
    return `${joinAnd(named)}${where}${more > 0 ? ` and ${more} more` : ''}`;
  };
  const grows = Math.min(p.spare, p.hires);
  const instead =
    grows === p.hires
      ? 'no hire'
      : `${p.hires - grows} ${role} hire${p.hires - grows === 1 ? '' : 's'} instead of ${p.hires}`;
  if (p.advice === 'promote') {
    const ready = p.candidates.filter((c) => c.verdict === 'meets');
    return `${spareText}, and ${who(ready)} ${ready.length === 1 ? 'meets' : 'meet'} every criterion for ${role}: promote before hiring — ${instead}, no head added`;
  }
  if (p.advice === 'assess') {
    const open = p.candidates.filter((c) => c.verdict === 'unknown');
    const missing = [...new Set(open.flatMap((c) => c.unknown))];
    const experienced = open.every(
      (c) => !c.unknown.includes(CRITERION_WORDS['minimum-experience']),
    );
    const has = open.length === 1 ? 'has' : 'have';
    return `${spareText}${experienced ? `, and ${who(open)} ${has} the ${minExperienceYears} years a ${role} needs (§12.10)` : ''}. The model records no evidence of ${joinAnd(missing)}: confirm them, promote one who meets them — ${instead}, no head added — and hire only if none does`;
  }
  const failed = p.candidates.slice(0, 3).map((c) => `${c.name}: ${c.unmet.join(', ')}`);
  return `${spareText}, but none meets the criteria for ${role} yet (${failed.join('; ')}${p.candidates.length > 3 ? '; …' : ''}): hire, and let them grow toward the role`;
}

type Candidate = Promotion['candidates'][number];

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
