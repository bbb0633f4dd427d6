import { formatInstant, type OnCallAnswer } from '../../engine/schedule/index.ts';
import type { CompiledModel } from '../../model/index.ts';
import { zoneOf } from './schedule-json.ts';

/** Who is on call for a service, in the order an alert reaches them (§12.6). */
export function onCallMarkdown(options: {
  readonly model: CompiledModel;
  readonly answer: OnCallAnswer;
  readonly at: number;
}): string {
  const { model, answer } = options;
  const lines = [
    `# On call for ${answer.service}`,
    '',
    `At ${formatInstant(options.at)} · run model: ${answer.runModel}${answer.runModel === answer.agreedRunModel ? '' : ` (agreed: ${answer.agreedRunModel}; its error budget policy moved it, §12.5)`}`,
    '',
  ];
  for (const note of answer.notes) lines.push(`> ${note}`, '');
  if (answer.onCall.length === 0) lines.push('Nobody is on call for this service at this moment.');
  else {
    lines.push('| order | rotation | type | person | until |', '|---:|---|---|---|---|');
    answer.onCall.forEach((o, i) => {
      const type = model.rotations.get(o.rotation)?.spec.type ?? '';
      lines.push(
        `| ${i + 1} | ${o.rotation} | ${type} | ${o.person} | ${formatInstant(o.until, zoneOf(model, o.rotation))} |`,
      );
    });
  }
  if (answer.offDuty.length > 0) {
    lines.push(
      '',
      `Off duty at this moment: ${answer.offDuty
        .map((r) => `${r} (${model.rotations.get(r)?.spec.coverage ?? ''})`)
        .join(', ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
