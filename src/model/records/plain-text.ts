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
 * Escapes and characters through which JSON text can give a string an unsafe character: `\b`,
 * `\f`, `\u` of a C0 control, of U+0070–U+007F (DEL among them) or of a surrogate, and DEL
 * itself. JSON refuses every other control character raw in its text, and text decoded from
 * UTF-8 holds no lone surrogate (Node.js decodes invalid bytes to U+FFFD), so a JSON text
 * without any of these parses to strings (keys included) that are all plain. It may find more
 * than it must (an escaped backslash before `u00…`, a surrogate pair): those texts are checked
 * value by value as before.
 */
const RISKY_JSON = /\\(?:[bf]|u00[01]|u007|u[dD])|\u007f/;

/**
 * Whether any string of the value `JSON.parse(json)` gives may hold an unsafe character;
 * false only when none can (see RISKY_JSON). One scan of the text instead of one test per key
 * and value: an Alertmanager webhook holds about two dozen strings per alert.
 */
export function jsonMayHoldUnsafeText(json: string): boolean {
  return RISKY_JSON.test(json);
}

/**
 * The path of the first string (key or value) anywhere in a JSON value that holds an unsafe
 * character, with the character; undefined when all text is plain. Iterative, so a deeply
 * nested value cannot exhaust the stack; paths are built only once something is found, so the
 * common case (plain text) allocates nothing per node.
 */
export function findUnsafeText(
  value: unknown,
):
  | { readonly path: readonly PropertyKey[]; readonly index: number; readonly name: string }
  | undefined {
  if (!hasUnsafeText(value)) return undefined;
  // Something is there: walk again keeping each node's parent, and rebuild the path from it.
  interface Frame {
    readonly value: unknown;
    readonly key: PropertyKey | undefined;
    readonly parent: Frame | undefined;
  }
  const pathOf = (frame: Frame, last?: PropertyKey): PropertyKey[] => {
    const path: PropertyKey[] = last === undefined ? [] : [last];
    for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) path.push(f.key);
    return path.reverse();
  };
  const stack: Frame[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.value;
    if (typeof node === 'string') {
      const found = unsafeCharacter(node);
      if (found) return { path: pathOf(frame), ...found };
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ value: node[i], key: i, parent: frame });
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (const [key] of entries) {
        const found = unsafeCharacter(key);
        if (found) return { path: pathOf(frame, key), ...found };
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, key, parent: frame });
      }
    }
  }
  return undefined;
}

/** Whether any string (key or value) in a JSON value holds an unsafe character. */
function hasUnsafeText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (UNSAFE.test(node)) return true;
    } else if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        if (UNSAFE.test(key)) return true;
        stack.push((node as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}
