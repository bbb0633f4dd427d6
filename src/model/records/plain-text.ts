/**
 * Characters no name, label or message should hold: C0 controls other than tab, line feed and
 * carriage return, DEL, and UTF-16 halves without their pair. PostgreSQL refuses NUL in text
 * outright, and a lone surrogate cannot be written as UTF-8, so the same input would be stored
 * by one engine and fail on the other; both refuse it instead, at the edge.
 */
// In `u` mode a surrogate pair is one code point, so [\uD800-\uDFFF] matches only halves.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/u;

/** Where the first unsafe character of a string is, and which; undefined for plain text. */
export function unsafeCharacter(
  text: string,
): { readonly index: number; readonly name: string } | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  return { index: match.index, name: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** The message for text holding an unsafe character. */
export function unsafeTextMessage(found: {
  readonly index: number;
  readonly name: string;
}): string {
  return `expected text without control characters, found ${found.name} at character ${found.index + 1}`;
}

/**
 * The path of the first string (key or value) anywhere in a JSON value that holds an unsafe
 * character, with the character; undefined when all text is plain. Iterative, so a deeply
 * nested value cannot exhaust the stack.
 */
export function findUnsafeText(
  value: unknown,
):
  | { readonly path: readonly PropertyKey[]; readonly index: number; readonly name: string }
  | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof node === 'string') {
      const found = unsafeCharacter(node);
      if (found) return { path, ...found };
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...path, i] });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const found = unsafeCharacter(key);
        if (found) return { path: [...path, key], ...found };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return undefined;
}
