import type { Problem } from '../model/index.ts';

/** Problems as `file:line:column  code  message`, the form editors and terminals link. */
export function formatProblems(problems: readonly Problem[], color: boolean): string {
  const red = (s: string) => (color ? `\u001b[31m${s}\u001b[39m` : s);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const lines = problems.map(
    (p) =>
      `${p.file}:${p.line}:${p.column}  ${red(p.code)}  ${p.message}${p.path ? dim(`  (${p.path})`) : ''}`,
  );
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${lines.join('\n')}\n${count}\n`;
}
