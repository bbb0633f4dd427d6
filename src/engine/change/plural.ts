const IRREGULAR: Readonly<Record<string, string>> = {
  person: 'people',
  responsibility: 'responsibilities',
};

/**
 * `3 services`, `1 person`, `2 people`, `1 fewer person`, `2 senior SREs`: counts in plan text,
 * the last word of `words` in the plural unless `n` is 1. Every count said with a noun goes
 * through it: "1 fewer people" and "1 services, 1 teams" were counts pluralized by hand.
 */
export function plural(n: number, words: string): string {
  if (n === 1) return `${n} ${words}`;
  const last = /\S+$/.exec(words)?.[0] ?? words;
  const head = words.slice(0, words.length - last.length);
  return `${n} ${head}${IRREGULAR[last] ?? `${last}s`}`;
}
