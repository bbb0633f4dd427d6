import { code, list, section, table, text } from './markdown.ts';

/**
 * Inline content of a plan section, written once and rendered to Markdown and to HTML: a
 * string is plain text (from the model or the plan: escaped for either format), `{code}` an
 * identifier, `{strong}` emphasis, `{em}` a note or a qualifier in italics, `{literal}`
 * punctuation the section writes that Markdown reads as text where it stands (` -> `), `{link}`
 * a link to a section of the document (with the document pointer of the figure it shows, if it
 * shows one), an array a run of them.
 */
export type Inline =
  | string
  | InlineCode
  | InlineStrong
  | InlineEmphasis
  | InlineLiteral
  | InlineLink
  | readonly Inline[];
export interface InlineCode {
  readonly code: string;
}
export interface InlineStrong {
  readonly strong: Inline;
}
export interface InlineEmphasis {
  readonly em: Inline;
}
export interface InlineLiteral {
  readonly literal: string;
}
export interface InlineLink {
  readonly link: Inline;
  /** The section linked to. */
  readonly anchor: string;
  /** The JSON pointer of the figure the link shows, for a reader (or a test) to check it. */
  readonly source?: string | undefined;
}

/** An identifier (a name, a run model), as inline code. */
export const mono = (value: string): InlineCode => ({ code: value });
/** Emphasis: what the reader must not miss. */
export const strong = (value: Inline): InlineStrong => ({ strong: value });
/** Italics: a basis, a note, a qualifier such as "(today)". */
export const em = (value: Inline): InlineEmphasis => ({ em: value });
/** Punctuation written as it is in the Markdown (no escape), as text in the HTML. */
export const literal = (value: string): InlineLiteral => ({ literal: value });

/** A link to a section of the document, showing the figure at `source` if it is one. */
export const linkTo = (value: Inline, anchor: string, source?: string): InlineLink => ({
  link: value,
  anchor,
  source,
});

/** A paragraph of inline content. */
/** Text with code in backticks (`like this`), as inline code. */
export function codeSpans(text: string): Inline {
  return text.split('`').map((part, i) => (i % 2 === 1 ? mono(part) : part));
}

export const para = (paragraph: Inline): ParagraphBlock => ({ paragraph });

/** Names as a comma-separated run of identifiers, or a dash for none (as `names` writes them). */
export function monoNames(values: readonly string[]): Inline {
  if (values.length === 0) return '–';
  const run: Inline[] = [];
  for (const v of values) {
    if (run.length > 0) run.push(', ');
    run.push(mono(v));
  }
  return run;
}

/** Inline runs joined by a separator (`, `, `; `). */
export function joined(values: readonly Inline[], separator: Inline): Inline {
  const run: Inline[] = [];
  for (const v of values) {
    if (run.length > 0) run.push(separator);
    run.push(v);
  }
  return run;
}

/**
 * A block of a section: a table of inline cells, a bulleted list or a paragraph of inline
 * content. The HTML page writes every block directly from its content (no Markdown parsed back:
 * issue #13 item 8, and at scale megabytes of it, issue #15); `null` is a block this
 * organization has nothing for.
 */
export type Block = TableBlock | ListBlock | ParagraphBlock;

/** A bulleted list, one inline run per item. */
export interface ListBlock {
  readonly items: readonly Inline[];
}

/** A paragraph of inline content. */
export interface ParagraphBlock {
  readonly paragraph: Inline;
}

/** A table: headers and cells as inline content. */
export interface TableBlock {
  readonly headers: readonly Inline[];
  readonly rows: readonly (readonly Inline[])[];
}

/**
 * A section as blocks: its heading (fixed text, written as it is in Markdown), the one line for
 * the reader, the body.
 */
export interface SectionBlocks {
  readonly title: string;
  readonly why: Inline;
  readonly blocks: readonly (Block | null)[];
}

export function inlineMarkdown(value: Inline): string {
  if (typeof value === 'string') return text(value);
  if (isArray(value)) return value.map(inlineMarkdown).join('');
  if ('code' in value) return code(value.code);
  if ('literal' in value) return value.literal;
  if ('link' in value) return `[${inlineMarkdown(value.link)}](#${value.anchor})`;
  if ('em' in value) return `_${inlineMarkdown(value.em)}_`;
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
const ANY_SPECIAL = /[&<>"']/;

/** Text for HTML: the characters that could be markup escaped, as `marked` escapes them. */
export function escapeHtml(value: string): string {
  // Most names need nothing: test once rather than build a copy (millions of cells, issue #15).
  return ANY_SPECIAL.test(value) ? value.replace(SPECIAL, (c) => ESCAPES[c] as string) : value;
}

/** The HTML `marked` makes of `inlineMarkdown(value)`, written directly. */
export function inlineHtml(value: Inline): string {
  // `text` puts a line break in a table cell as a space; so does this.
  if (typeof value === 'string')
    return escapeHtml(value.includes('\n') ? value.replace(/\s*\n\s*/g, ' ') : value);
  if (isArray(value)) {
    let out = '';
    for (const v of value) out += inlineHtml(v);
    return out;
  }
  if ('code' in value)
    return `<code>${escapeHtml(value.code.includes('`') ? value.code.replace(/`/g, '') : value.code)}</code>`;
  if ('literal' in value) return escapeHtml(value.literal);
  if ('link' in value)
    return `<a href="#${escapeHtml(value.anchor)}"${value.source === undefined ? '' : ` data-source="${escapeHtml(value.source)}"`}>${inlineHtml(value.link)}</a>`;
  if ('em' in value) return `<em>${inlineHtml(value.em)}</em>`;
  return `<strong>${inlineHtml(value.strong)}</strong>`;
}

function isArray(value: Inline): value is readonly Inline[] {
  return Array.isArray(value);
}

/** A block as Markdown: a table as `table` writes it, a list as `list`, nothing as ''. */
export function blockMarkdown(b: Block | null): string {
  if (b === null) return '';
  if ('items' in b) return list(b.items.map(inlineMarkdown));
  if ('paragraph' in b) return inlineMarkdown(b.paragraph);
  return table(
    b.headers.map(inlineMarkdown),
    b.rows.map((r) => r.map(inlineMarkdown)),
  );
}

/**
 * Lists as HTML, as `marked` writes the Markdown of `list` (items on one line each). Lists that
 * follow one another with only a blank line between are one list in Markdown, a loose one
 * (each item a paragraph): so they are written here, to keep the page what the Markdown says.
 */
export function listHtml(...lists: readonly ListBlock[]): string {
  const items = lists.flatMap((l) => l.items);
  if (items.length === 0) return '';
  const loose = lists.filter((l) => l.items.length > 0).length > 1;
  const parts: string[] = ['<ul>\n'];
  for (const item of items) {
    const body = inlineHtml(item).trim();
    parts.push(loose ? `<li><p>${body}</p>\n</li>\n` : `<li>${body}</li>\n`);
  }
  parts.push('</ul>\n');
  return parts.join('');
}

/** Whether a block writes nothing (the Markdown of a section leaves it out). */
export function isEmptyBlock(b: Block | null): b is null {
  if (b === null) return true;
  if ('items' in b) return b.items.length === 0;
  if ('paragraph' in b) return inlineMarkdown(b.paragraph) === '';
  return false;
}

/** A paragraph as HTML, as `marked` writes a Markdown line of inline content. */
export function paragraphHtml({ paragraph }: ParagraphBlock): string {
  const body = inlineHtml(paragraph).trim();
  return body === '' ? '' : `<p>${body}</p>\n`;
}

/** The section as Markdown, as `section` writes it. */
export function blocksMarkdown(s: SectionBlocks): string {
  return section(s.title, inlineMarkdown(s.why), ...s.blocks.map(blockMarkdown));
}

/**
 * A table as HTML, as `marked` writes the Markdown table (cells trimmed, no alignment), so the
 * page is the same whichever way it was made.
 */
export function tableHtml({ headers, rows }: TableBlock): string {
  let out = '<table>\n<thead>\n<tr>\n';
  for (const h of headers) out += `<th>${inlineHtml(h).trim()}</th>\n`;
  out += '</tr>\n</thead>\n';
  if (rows.length > 0) {
    out += '<tbody>';
    for (const row of rows) {
      out += '<tr>\n';
      for (let i = 0; i < headers.length; i++) {
        const cell = row[i];
        out += `<td>${cell === undefined ? '' : inlineHtml(cell).trim()}</td>\n`;
      }
      out += '</tr>\n';
    }
    out += '</tbody>';
  }
  return `${out}</table>\n`;
}
