/**
 * Markdown building blocks for plan sections. Everything that comes from the model goes through
 * `text` (or a helper that calls it), so a name or message can never break a table or inject
 * markup — in the Markdown, and in the HTML made from it.
 */

const SPECIAL = /[\\`*[\]<>|#]/g;
/** An underscore at a word edge could open or close emphasis; inside a word it is just text. */
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** Whether a text needs any of the replacements below (most names need none). */
const ANY_SPECIAL = /[\\`*[\]<>|#_\n]/;

/** Text from the model, escaped for Markdown. Newlines become spaces (tables are one line). */
export function text(value: string | number): string {
  const s = String(value);
  if (!ANY_SPECIAL.test(s)) return s;
  return s
    .replace(/\s*\n\s*/g, ' ')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(EDGE_UNDERSCORE, '\\_');
}

/** An identifier as inline code, e.g. `you-run-it`. Backticks inside are dropped. */
export function code(value: string): string {
  return `\`${value.includes('`') ? value.replace(/`/g, '') : value}\``;
}

/** A table; cells are Markdown already (use `text` for model values). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A bulleted list; items are Markdown already. */
export function list(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/**
 * A section: its heading, the one-line explanation for the reader (in italics), then the body
 * blocks separated by blank lines.
 */
export function section(title: string, explanation: string, ...body: readonly string[]): string {
  return [`## ${title}`, `_${explanation}_`, ...body.filter((b) => b !== '')].join('\n\n');
}

/** Names as a comma-separated list of inline code, or a dash for none. */
export function names(values: readonly string[]): string {
  return values.length === 0 ? '–' : values.map(code).join(', ');
}

/** A link to a section of the document, by its anchor. */
export function link(label: string, anchor: string): string {
  return `[${label}](#${anchor})`;
}
