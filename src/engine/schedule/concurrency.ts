/**
 * Whether a person may be on call for two rotations at the same moment: never (the default),
 * always (`true`), or for the listed pairs of rotations only (e.g. a thin layer and the team
 * rotation it forwards to).
 */
export type ConcurrencyRule = boolean | readonly (readonly [string, string])[];

export function concurrencyAllowed(rule: ConcurrencyRule): (a: string, b: string) => boolean {
  if (rule === true) return () => true;
  if (rule === false) return (a, b) => a === b;
  const pairs = new Set(rule.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
  return (a, b) => a === b || pairs.has(`${a}\u0000${b}`);
}
