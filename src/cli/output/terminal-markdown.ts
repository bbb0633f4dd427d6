import Table from 'cli-table3';
import { Lexer, type Token, type Tokens } from 'marked';
import { createColors } from 'picocolors';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export interface TerminalOptions {
  /** The terminal's width in columns: paragraphs wrap and tables shrink to fit it. */
  readonly columns: number;
  /** Colour and bold (on a terminal without NO_COLOR). */
  readonly color: boolean;
}

/** Columns narrower than this are not shrunk further: a cell this narrow still reads. */
const MIN_COLUMN = 8;

/**
 * A Markdown report for a terminal: headings in bold, paragraphs and lists wrapped to the
 * width, pipe tables as aligned box tables whose columns wrap to fit, `code` and **strong** as
 * colour and bold instead of their marks. Every command's Markdown goes through this one
 * renderer, so all of them look alike.
 */
export function terminalMarkdown(markdown: string, options: TerminalOptions): string {
  const c = createColors(options.color);
  const width = Math.max(40, options.columns);
  const inline = (tokens: readonly Token[] | undefined, fallback = ''): string =>
    tokens === undefined ? fallback : tokens.map(inlineToken).join('');
  const inlineToken = (token: Token): string => {
    switch (token.type) {
      case 'strong':
        return c.bold(inline(token.tokens, token.text));
      case 'em':
        return c.italic(inline(token.tokens, token.text));
      case 'codespan':
        return c.cyan(decodeEntities(token.text));
      case 'del':
        return c.strikethrough(inline(token.tokens, token.text));
      case 'link': {
        const text = inline(token.tokens, token.text);
        return token.href === token.text || token.href.startsWith('#')
          ? c.underline(text)
          : `${c.underline(text)} ${c.dim(`(${token.href})`)}`;
      }
      case 'br':
        return '\n';
      case 'text':
        return 'tokens' in token && token.tokens
          ? inline(token.tokens)
          : decodeEntities(token.text);
      case 'escape':
        return token.text;
      case 'html':
        return '';
      default:
        return 'text' in token ? decodeEntities(String(token.text)) : token.raw;
    }
  };
  const wrap = (text: string, indent = '') =>
    wrapAnsi(text, width - indent.length, { hard: true, trim: false })
      .split('\n')
      .map((line) => indent + line)
      .join('\n');

  const table = (token: Tokens.Table): string => {
    const header = token.header.map((cell) => c.bold(inline(cell.tokens, cell.text)));
    const rows = token.rows.map((row) => row.map((cell) => inline(cell.tokens, cell.text)));
    const columns = header.map((h, i) => [h, ...rows.map((r) => r[i] ?? '')]);
    const widths = fitColumns(
      columns.map((cells) => Math.max(...cells.map(longestLine)) + 2),
      columns.map((cells) => Math.max(...cells.map(longestWord)) + 2),
      width,
    );
    const headless = token.header.every((cell) => cell.text.trim() === '');
    const out = new Table({
      ...(headless ? {} : { head: header }),
      colWidths: widths,
      colAligns: token.align.map((a) =>
        a === 'right' ? 'right' : a === 'center' ? 'center' : 'left',
      ),
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [], compact: true },
    });
    for (const row of rows) out.push(row);
    const text = out.toString();
    return options.color ? text.replace(/[─│┌┐└┘├┤┬┴┼]+/g, (b) => c.dim(b)) : text;
  };

  const block = (token: Token): string | undefined => {
    switch (token.type) {
      case 'space':
      case 'hr':
        return undefined;
      case 'heading': {
        const text = inline(token.tokens, token.text);
        return token.depth === 1 ? c.bold(c.underline(text)) : c.bold(text);
      }
      case 'paragraph':
        return wrap(inline(token.tokens, token.text));
      case 'table':
        return table(token as Tokens.Table);
      case 'list':
        return (token as Tokens.List).items
          .map((item, i) => {
            const mark = (token as Tokens.List).ordered
              ? `${Number((token as Tokens.List).start || 1) + i}. `
              : '• ';
            const body = item.tokens
              .map((t) =>
                t.type === 'text' ? inline((t as Tokens.Text).tokens, t.text) : (block(t) ?? ''),
              )
              .join('\n');
            const wrapped = wrap(body, ' '.repeat(mark.length + 2));
            return `  ${mark}${wrapped.slice(mark.length + 2)}`;
          })
          .join('\n');
      case 'code':
        return token.text
          .split('\n')
          .map((line: string) => `  ${c.dim(line)}`)
          .join('\n');
      case 'blockquote':
        return (token as Tokens.Blockquote).tokens
          .map(block)
          .filter((b) => b !== undefined)
          .join('\n\n')
          .split('\n')
          .map((line) => `${c.dim('│')} ${line}`)
          .join('\n');
      case 'html':
        return undefined;
      default:
        return 'text' in token ? wrap(String(token.text)) : token.raw;
    }
  };
  const blocks = Lexer.lex(markdown)
    .map(block)
    .filter((b): b is string => b !== undefined);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Column widths that fit `total` terminal columns with the table's borders. `natural` is each
 * column's widest line, `least` its longest word (cells wrap between words, never inside one):
 * the widest columns give up width first, none below its longest word or MIN_COLUMN. A table
 * whose words alone do not fit is left wider than the terminal rather than cut.
 */
export function fitColumns(
  natural: readonly number[],
  least: readonly number[],
  total: number,
): number[] {
  const widths = [...natural];
  const floor = natural.map((n, i) => Math.min(n, Math.max(MIN_COLUMN, least[i] ?? 0)));
  let excess = widths.reduce((a, b) => a + b, 0) + widths.length + 1 - total;
  while (excess > 0) {
    const shrinkable = widths.flatMap((w, i) => (w > (floor[i] ?? 0) ? [i] : []));
    if (shrinkable.length === 0) break;
    const widest = Math.max(...shrinkable.map((i) => widths[i] ?? 0));
    for (const i of shrinkable) {
      if (excess > 0 && widths[i] === widest) {
        widths[i] = widest - 1;
        excess -= 1;
      }
    }
  }
  return widths;
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => stringWidth(word)));
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => stringWidth(line)));
}

/** marked keeps HTML entities in text; the terminal wants the characters. */
function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
