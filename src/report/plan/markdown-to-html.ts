/**
 * Turns the Markdown the plan sections write into HTML: headings, paragraphs, pipe tables,
 * bulleted lists, `**strong**`, `_emphasis_`, `` `code` `` and backslash escapes. That is
 * the whole subset; anything else is shown as text. Every character of content is HTML-escaped,
 * so nothing from the model can become markup.
 */
/** As in CommonMark, a backslash escapes ASCII punctuation only; before anything else it is text. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
/** `[label](#anchor)`: a link within the page, the only kind the plan writes. */
const IN_DOCUMENT_LINK = /^\[([^\]\n]*)\]\(#([a-z0-9-]+)\)/;

/** `headingIds: false` when the caller anchors sections itself (ids must be unique). */
export function markdownToHtml(markdown: string, options: { headingIds?: boolean } = {}): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => renderBlock(block, options.headingIds ?? true))
    .join('\n');
}

function renderBlock(block: string, headingIds: boolean): string {
  const lines = block.split('\n');
  const heading = /^(#{1,6}) (.*)$/.exec(block);
  if (heading && lines.length === 1) {
    const level = (heading[1] as string).length;
    const content = heading[2] as string;
    const id = level > 1 && headingIds ? ` id="${escapeHtml(slug(plainText(content)))}"` : '';
    return `<h${level}${id}>${inline(content)}</h${level}>`;
  }
  if (
    lines.every((l) => l.startsWith('|')) &&
    lines.length >= 2 &&
    isSeparator(lines[1] as string)
  ) {
    return renderTable(lines);
  }
  if (lines.every((l) => l.startsWith('- '))) {
    return `<ul>\n${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('\n')}\n</ul>`;
  }
  // A paragraph that introduces a list or a table ("…:\n\n- a") is split by the blank line.
  return `<p>${lines.map(inline).join('<br>\n')}</p>`;
}

function isSeparator(line: string): boolean {
  return cells(line).every((c) => /^:?-{3,}:?$/.test(c));
}

function renderTable(lines: readonly string[]): string {
  const [head = '', , ...body] = lines;
  const th = cells(head)
    .map((c) => `<th>${inline(c)}</th>`)
    .join('');
  const rows = body.map(
    (l) =>
      `<tr>${cells(l)
        .map((c) => `<td>${inline(c)}</td>`)
        .join('')}</tr>`,
  );
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** The cells of a table row, split at unescaped pipes, escapes kept for `inline`. */
function cells(line: string): string[] {
  const out: string[] = [];
  let current = '';
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '\\' && ASCII_PUNCTUATION.test(inner[i + 1] ?? '')) {
      current += c + (inner[i + 1] as string);
      i++;
    } else if (c === '|') {
      out.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current.trim());
  return out;
}

/** Inline Markdown to HTML: escapes, code spans, strong and emphasis; all text HTML-escaped. */
function inline(source: string): string {
  let out = '';
  const open: string[] = [];
  const toggle = (tag: string) => {
    if (open.at(-1) === tag) {
      open.pop();
      out += `</${tag}>`;
    } else {
      open.push(tag);
      out += `<${tag}>`;
    }
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '')) {
      out += escapeHtml(source[i + 1] as string);
      i++;
    } else if (c === '[' && IN_DOCUMENT_LINK.test(source.slice(i))) {
      // Only links to an anchor of the same page: nothing from the model can become a URL.
      const [whole, label = '', anchor = ''] = IN_DOCUMENT_LINK.exec(
        source.slice(i),
      ) as RegExpExecArray;
      out += `<a href="#${anchor}">${inline(label)}</a>`;
      i += whole.length - 1;
    } else if (c === '`') {
      const end = source.indexOf('`', i + 1);
      if (end === -1) {
        out += escapeHtml(c);
      } else {
        out += `<code>${escapeHtml(source.slice(i + 1, end))}</code>`;
        i = end;
      }
    } else if (c === '*' && source[i + 1] === '*') {
      toggle('strong');
      i++;
    } else if (c === '_' && isEmphasisEdge(source, i)) {
      toggle('em');
    } else {
      out += escapeHtml(c);
    }
  }
  // Close anything left open so the page stays well-formed.
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}

/** `_` opens or closes emphasis only at a word edge, so snake_case stays text. */
function isEmphasisEdge(source: string, i: number): boolean {
  const before = source[i - 1];
  const after = source[i + 1];
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return !(word(before) && word(after));
}

function plainText(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1').replace(/[`*_]/g, '');
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
