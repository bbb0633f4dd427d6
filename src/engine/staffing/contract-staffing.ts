import { type CompiledModel, rotationProvider } from '../../model/index.ts';

/**
 * What a rotation another company staffs asks when it is short by the sizing rule (§12.4.6, §12.6,
 * §12.9.5): its people are the provider's, under a contract (`rotationProvider`), so the fix is the
 * contract — the provider puts more people on it, or the contract says how it covers the hours —
 * and never a hire into the company's organizations. One wording for `check`, `staffing`,
 * `oncall-cost` and the plan (its decision and its risks), so none of them counts it among the
 * people to hire or move in.
 */
export interface ContractShortfall {
  readonly rotation: string;
  /** The provider's name as the reader knows it (`RotationProvider.displayName`). */
  readonly provider: string;
  /** People who take its turns today. */
  readonly current: number;
  /** People it needs by the sizing rule. */
  readonly needed: number;
}

/**
 * "ask Andina NOC Services to put 2 more people on it (8 taking turns), or to show how the
 * contract covers its hours with 6": what the company asks of the provider (`who`: its name, or
 * "it" where the sentence has named it).
 */
export function contractAsk(s: ContractShortfall, who: string = s.provider): string {
  const short = s.needed - s.current;
  return `ask ${who} to put ${short} more ${short === 1 ? 'person' : 'people'} on it (${s.needed} taking turns), or to show how the contract covers its hours with ${s.current}`;
}

/**
 * "2 short, for the contract with Andina NOC Services to staff": how many a rotation of the
 * provider's lacks, beside the company's own in a list of shortfalls.
 */
export function contractShortWords(s: ContractShortfall): string {
  return `${s.needed - s.current} short, for the contract with ${s.provider} to staff`;
}

/** Why the company hires nobody for it (§12.4.6). */
export const NOT_A_HIRE =
  "the contract's to staff, not a hire: no head count of the company grows for it (§12.4.6)";

/**
 * The sentence a check or a risk gives a short rotation of the provider's: "Andina NOC Services
 * staffs it under contract: ask … (§12.4.6, §12.6)."
 */
export function contractStaffingSentence(s: ContractShortfall): string {
  return `${s.provider} staffs it under contract: ${contractAsk(s, 'it')}; ${NOT_A_HIRE}.`;
}

/**
 * Rotations on which another company's people take turns, each with the provider that staffs it
 * where one does (`rotationProvider`): "noc-first-line, staffed by Andina NOC Services". What the
 * on-call figures say of the turns they price at 0 because a contract pays them, so a reader does
 * not take them for free.
 */
export function rotationsStaffedWords(model: CompiledModel, names: readonly string[]): string {
  return names
    .map((name) => {
      const rotation = model.rotations.get(name);
      const provider = rotation === undefined ? undefined : rotationProvider(model, rotation);
      return provider === undefined ? name : `${name}, staffed by ${provider.displayName}`;
    })
    .join('; ');
}
