import { marked } from 'marked';
import { code, section, table, text } from './markdown.ts';

/**
 * Inline content of a plan section, written once and rendered to Markdown and to HTML: a
 * string is plain text (from the model or the plan: escaped for either format), `{code}` an
 * identifier, `{strong}` emphasis, an array a run of them.
 */
export type Inline = string | InlineCode | InlineStrong | readonly Inline[];
export interface InlineCode {
  readonly code: string;
}
export interface InlineStrong {
  readonly strong: Inline;
}

/** An identifier (a name, a run model), as inline code. */
export const mono = (value: string): InlineCode => ({ code: value });
/** Emphasis: what the reader must not miss. */
export const strong = (value: Inline): InlineStrong => ({ strong: value });

/**
 * A block of a section: a table of inline cells, or Markdown already written (short prose,
 * lists), which the HTML page converts with `marked`. Large tables are the cells, so the HTML
 * page writes them directly instead of parsing megabytes of Markdown back (issue #15).
 */
export type Block = TableBlock | string;

/** A table: headers written as Markdown by the section (short, fixed), cells as inline content. */
export interface TableBlock {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Inline[])[];
}

/** A section as blocks: its heading, the one line for the reader (Markdown), the body. */
export interface SectionBlocks {
  readonly title: string;
  readonly why: string;
  readonly blocks: readonly Block[];
}

export function inlineMarkdown(value: Inline): string {
  if (typeof value === 'string') return text(value);
  if (isArray(value)) return value.map(inlineMarkdown).join('');
  if ('code' in value) return code(value.code);
  return `**${inlineMarkdown(value.strong)}**`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const SPECIAL = /[&<>"']/g;

/** Text for HTML: the characters that could be markup escaped, as `marked` escapes them. */
export function escapeHtml(value: string): string {
  return value.replace(SPECIAL, (c) => ESCAPES[c] as string);
}

/** The HTML `marked` makes of `inlineMarkdown(value)`, written directly. */
export function inlineHtml(value: Inline): string {
  // `text` puts a line break in a table cell as a space; so does this.
  if (typeof value === 'string') return escapeHtml(value.replace(/\s*\n\s*/g, ' '));
  if (isArray(value)) return value.map(inlineHtml).join('');
  if ('code' in value) return `<code>${escapeHtml(value.code.replace(/`/g, ''))}</code>`;
  return `<strong>${inlineHtml(value.strong)}</strong>`;
}

function isArray(value: Inline): value is readonly Inline[] {
  return Array.isArray(value);
}

/** A block as Markdown: a table as `table` writes it, Markdown as it is. */
export function blockMarkdown(b: Block): string {
  return typeof b === 'string'
    ? b
    : table(
        b.headers,
        b.rows.map((r) => r.map(inlineMarkdown)),
      );
}

/** The section as Markdown, as `section` writes it. */
export function blocksMarkdown(s: SectionBlocks): string {
  return section(s.title, s.why, ...s.blocks.map(blockMarkdown));
}

/**
 * A table as HTML, as `marked` writes the Markdown table (cells trimmed, no alignment), so the
 * page is the same whichever way it was made.
 */
export function tableHtml({ headers, rows }: TableBlock): string {
  const parts: string[] = ['<table>\n<thead>\n<tr>\n'];
  for (const h of headers)
    parts.push(`<th>${marked.parseInline(h.trim(), { async: false, gfm: true })}</th>\n`);
  parts.push('</tr>\n</thead>\n');
  if (rows.length > 0) {
    parts.push('<tbody>');
    for (const row of rows) {
      parts.push('<tr>\n');
      for (let i = 0; i < headers.length; i++)
        parts.push(`<td>${row[i] === undefined ? '' : inlineHtml(row[i] as Inline).trim()}</td>\n`);
      parts.push('</tr>\n');
    }
    parts.push('</tbody>');
  }
  parts.push('</table>\n');
  return parts.join('');
}
