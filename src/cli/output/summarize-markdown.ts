/**
 * The short form of a long report for a terminal: everything before the second `##` section
 * (the title, the lead and the first section, which each report opens with its summary), then
 * the headings of the other sections and how to see them. A report that fits the screen is
 * printed whole.
 */
export function summarizeMarkdown(md: string, rows: number): string {
  const lines = md.split('\n');
  if (lines.length <= rows) return md;
  const sections = lines.flatMap((line, i) => (/^## /.test(line) ? [i] : []));
  const second = sections[1];
  if (second === undefined) return md;
  const rest = sections.slice(1).map((i) => (lines[i] ?? '').replace(/^## /, ''));
  return `${lines.slice(0, second).join('\n').trimEnd()}\n\n## ${rest.length} more section${rest.length === 1 ? '' : 's'}\n\n${rest.map((h) => `- ${h}`).join('\n')}\n\n_Add \`--all\` to print them, or \`--format md\` for Markdown._\n`;
}
