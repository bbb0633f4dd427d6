import { careerLevel } from '../../people/index.ts';
import { CRITERION_WORDS } from '../../staffing/index.ts';
import type { Promotion } from './plan-document-schema.ts';

/**
 * What the hiring decision says about growing spare SREs into a short level (§12.10.2): promote
 * the one who meets every criterion; promote one of those with the experience once the criteria
 * the model does not record are confirmed, and hire only if none meets them; or hire, saying
 * which criterion each spare SRE does not meet yet.
 */
export function promotionNote(p: Promotion, spareText: string): string {
  const { minExperienceYears } = careerLevel(p.level);
  const role = `${p.level} SRE`;
  // Those counted on first, each where they sit: by name, the others as a number.
  const who = (list: readonly Candidate[]) => {
    const named = list.slice(0, 3);
    const at = [...new Set(named.map((c) => c.location))].map((location) => {
      const here = named.filter((c) => c.location === location).map((c) => c.name);
      return `${joinAnd(here)}${location === null ? '' : ` at ${location}`}`;
    });
    const more = list.length - named.length;
    return `${joinAnd(at)}${more > 0 ? ` and ${more} more` : ''}`;
  };
  const grows = p.promoted;
  const instead =
    grows === p.hires
      ? 'no hire'
      : `${p.hires - grows} ${role} hire${p.hires - grows === 1 ? '' : 's'} instead of ${p.hires}`;
  if (p.advice === 'promote') {
    const ready = p.candidates.filter((c) => c.verdict === 'meets');
    return `${spareText}, and ${who(ready)} ${ready.length === 1 ? 'meets' : 'meet'} every criterion for ${role}: promote before hiring — ${instead}, no head added${staysWhere(p)}`;
  }
  if (p.advice === 'assess') {
    const open = p.candidates.filter((c) => c.verdict === 'unknown');
    const missing = [...new Set(open.flatMap((c) => c.unknown))];
    const experienced = open.every(
      (c) => !c.unknown.includes(CRITERION_WORDS['minimum-experience']),
    );
    const has = open.length === 1 ? 'has' : 'have';
    // The ones free to grow come first (`promotions` counts them on); the others hold a place or
    // a rotation seat, so promoting one of them instead opens a place to fill: said apart, so
    // the reader knows whom to assess first (§12.10.2). saas-global listed five seniors with the
    // years after "1 of the 2 … free to grow" without saying which one that was.
    const free = open.slice(0, grows);
    const holding = open.slice(grows);
    // Only where every SRE free to grow is counted on (`spare`) are the others sure to hold one.
    if (grows > 0 && p.spare <= grows && holding.length > 0) {
      const years = `the ${minExperienceYears} years a ${role} needs (§12.10)`;
      const first = grows === 1 ? (free[0]?.name ?? 'them') : `these ${grows}`;
      const also = experienced
        ? ` ${holding.length === 1 ? 'has' : 'have'} the years too, but`
        : '';
      const holds = holding.length === 1 ? 'holds' : 'each holds';
      return `${spareText}: ${who(free)}${experienced ? `, with ${years}` : ''}. The model records no evidence of ${joinAnd(missing)}: confirm them for ${first} and promote on that evidence — ${instead}, no head added${staysWhere(p)}; ${who(holding)}${also} ${holds} a place or a rotation seat, which promoting ${holding.length === 1 ? 'them' : 'one of them'} instead opens to fill: hire ${grows === 1 ? `if ${first} does not meet them` : 'for a place none of these fills'}`;
    }
    return `${spareText}${experienced ? `, and ${who(open)} ${has} the ${minExperienceYears} years a ${role} needs (§12.10)` : ''}. The model records no evidence of ${joinAnd(missing)}: confirm them, ${grows === 1 ? 'promote one who meets them' : `promote ${grows} who meet them`} — ${instead}, no head added${staysWhere(p)} — and ${grows === 1 ? 'hire only if none does' : 'hire only for a place none of them fills'}`;
  }
  const failed = p.candidates.slice(0, 3).map((c) => `${c.name}: ${c.unmet.join(', ')}`);
  return `${spareText}, but none meets the criteria for ${role} yet (${failed.join('; ')}${p.candidates.length > 3 ? '; …' : ''}): hire, and let them grow toward the role`;
}

type Candidate = Promotion['candidates'][number];

/**
 * The hiring decision's words for a promotion the plan counts on (§12.10.2). A promotion is a
 * decision only on evidence, as a handback is (§12.5): with every criterion met it cites them and
 * names who; with evidence missing (`assess`) it is a question, naming the evidence to gather and
 * the hire that follows if nobody meets them — never "Promote" alone.
 */
export function promotionDecision(p: Promotion): string {
  const role = `${p.level} SRE`;
  const places = `the ${role} place${p.promoted === 1 ? '' : 's'}`;
  if (p.advice === 'promote') {
    const chosen = p.candidates.filter((c) => c.verdict === 'meets').slice(0, p.promoted);
    const cited = chosen.map((c) => `${c.name}: ${c.met.join(', ')}`).join('; ');
    return `promote ${joinAnd(chosen.map((c) => c.name))} into ${places}, on the evidence of every §12.10.2 criterion (${cited})`;
  }
  const open = p.candidates.filter((c) => c.verdict === 'unknown');
  const missing = [...new Set(open.flatMap((c) => c.unknown))];
  // Criteria every candidate has evidence for: what the model can already cite.
  const shown = (open[0]?.met ?? [])
    .map((m) => m.replace(/ \(.*\)$/, ''))
    .filter((m) => open.every((c) => c.met.some((x) => x.startsWith(m))));
  const evidence =
    shown.length === 0
      ? 'the model records evidence of none of the §12.10.2 criteria'
      : `the model records only ${joinAnd(shown)}`;
  const names = open.slice(0, 3).map((c) => c.name);
  const more = open.length - names.length;
  const who = joinAnd(more > 0 ? [...names, `${more} more`] : names);
  return `whether ${p.promoted} ${p.from} SRE${p.promoted === 1 ? '' : 's'} can take ${places} instead of ${p.promoted === 1 ? 'a hire' : 'hires'} is a question, not a decision: ${evidence}, and no evidence of ${joinAnd(missing)}; gather it for ${who} (their careerEvidence) and promote ${p.promoted === 1 ? 'one who meets them' : 'those who meet them'}, else hire for ${p.promoted === 1 ? 'it' : 'them'}, which the hiring list does not count yet`;
}

/**
 * Where a promoted SRE counted on sits when it is not where the place is: a principal SRE's place
 * follows the business line, not a site (§12.10.2), so they stay where they are.
 */
export function staysWhere(p: {
  readonly level: string;
  readonly promoted: number;
  readonly locations: readonly string[];
  readonly candidates: readonly { readonly site: string }[];
}): string {
  const away = p.candidates.slice(0, p.promoted).filter((c) => !p.locations.includes(c.site));
  if (away.length === 0) return '';
  const at = joinAnd([...new Set(away.map((c) => c.site))]);
  return `; ${away.length === 1 ? 'they stay' : 'those promoted stay'} at ${at}: a ${p.level} SRE’s place follows the business line, not a site (§12.10.2)`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
