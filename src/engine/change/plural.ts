const IRREGULAR: Readonly<Record<string, string>> = {
  person: 'people',
  'affected person': 'affected people',
  responsibility: 'responsibilities',
};

/** `3 services`, `1 person`, `2 people`: counts in plan text. */
export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : (IRREGULAR[word] ?? `${word}s`)}`;
}
