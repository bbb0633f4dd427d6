import { describe, expect, it } from 'vitest';
import { table, text } from './markdown.ts';
import { markdownToHtml } from './markdown-to-html.ts';

describe('markdownToHtml', () => {
  it('renders headings with anchors, paragraphs and emphasis', () => {
    expect(markdownToHtml('# Title\n\n## Who runs it (§12.2)\n\n_Why._ **Bold** and `code`')).toBe(
      '<h1>Title</h1>\n<h2 id="who-runs-it-12-2">Who runs it (§12.2)</h2>\n<p><em>Why.</em> <strong>Bold</strong> and <code>code</code></p>',
    );
  });

  it('renders tables, with escaped pipes inside cells', () => {
    const html = markdownToHtml(table(['Name', 'Note'], [[text('a|b'), '**x**']]));
    expect(html).toBe(
      '<table>\n<thead><tr><th>Name</th><th>Note</th></tr></thead>\n<tbody>\n<tr><td>a|b</td><td><strong>x</strong></td></tr>\n</tbody>\n</table>',
    );
  });

  it('renders lists', () => {
    expect(markdownToHtml('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('escapes HTML in text and in code spans', () => {
    const html = markdownToHtml(`${text('<script>alert("x")</script>')} \`<b>&\``);
    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <code>&lt;b&gt;&amp;</code></p>',
    );
    expect(markdownToHtml('<img src=x onerror=alert(1)>')).not.toContain('<img');
  });

  it('closes emphasis left open and keeps a lone backtick as text', () => {
    expect(markdownToHtml('**open and `lone')).toBe('<p><strong>open and `lone</strong></p>');
  });

  it('keeps a backslash that escapes nothing, and underscores inside words', () => {
    expect(markdownToHtml('From \\ to snake_case_name')).toBe('<p>From \\ to snake_case_name</p>');
  });

  it('renders nothing for blank input', () => {
    expect(markdownToHtml('\n\n  \n')).toBe('');
  });
});
