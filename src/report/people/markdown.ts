/** Escapes text for a Markdown table cell: pipes split cells, newlines end rows. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A bullet list; `none` when there are no items, so a section is never silently empty. */
export function bullets(items: readonly string[], none = '_None._'): string {
  return items.length === 0 ? none : items.map((i) => `- ${i}`).join('\n');
}

/** Joins Markdown blocks with one blank line and ends with a newline. */
export function blocks(...parts: readonly (string | false | null | undefined)[]): string {
  return `${parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n')}\n`;
}
