import type { Inference } from '../model/index.ts';

/**
 * Inferences as `file:line:column  code  message`, like problems, under a line that says what
 * they are: values whorunsit took by a rule because the files did not state them.
 */
export function formatInferences(inferences: readonly Inference[], color: boolean): string {
  if (inferences.length === 0) return '';
  const cyan = (s: string) => (color ? `\u001b[36m${s}\u001b[39m` : s);
  const lines = inferences.map(
    (i) => `${i.file}:${i.line}:${i.column}  ${cyan(i.code)}  ${i.message}`,
  );
  const count = `${inferences.length} inference${inferences.length === 1 ? '' : 's'} made reading other tools' files (see docs/interop.md)`;
  return `${lines.join('\n')}\n${count}\n`;
}
