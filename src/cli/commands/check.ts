import { Option } from 'commander';
import type { Finding } from '../../engine/checks/check.ts';
import { runChecks } from '../../engine/checks/run-checks.ts';
import { type CompiledModel, entitiesOf } from '../../model/index.ts';
import { checksJson } from '../../report/checks-json.ts';
import { findingsSarif } from '../check/findings-sarif.ts';
import type { RegisterCommand } from '../command.ts';
import { withExamples, withModel } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { useColor } from '../io.ts';
import { type OutputFlags, printOutput, withOutputOptions } from '../output/print-output.ts';
import { VERSION } from '../version.ts';

/** `whorunsit check <paths…>`: the findings; exit 1 when any is an error, else 0. */
export const registerCheck: RegisterCommand = (program, context) => {
  const command = program
    .command('check')
    .description(
      'check the organization against the rules of SRE organizational design (§12); exit 1 on any error (or warning, with --fail-on warning)',
    )
    .argument('<paths...>', 'files, folders (searched for *.yaml/*.yml) or - for stdin')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is this severe or more')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option(
      '--docs-url <url>',
      "where whorunsit's docs/ folder is served (e.g. a mirror on your Git host; default: $WHORUNSIT_DOCS_URL): SARIF rules then link to their entry in reference/checks.md",
    )
    .action(async (paths: string[], options: CheckOptions) => {
      const docs = options.docsUrl ?? context.io.env.WHORUNSIT_DOCS_URL;
      const docsUrl = docs ? httpUrl(docs) : undefined;
      await withModel(paths, options, context, (model) => {
        const findings = runChecks(model);
        printOutput(
          context,
          options,
          {
            json: () => checksJson(findings),
            text: () => formatFindings(model, findings, useColor(context.io)),
            sarif: () => findingsSarif(model, findings, VERSION, { docsUrl }),
          },
          'text',
        );
        const failing = findings.some(
          (f) =>
            f.severity === 'error' || (options.failOn === 'warning' && f.severity === 'warning'),
        );
        return failing ? EXIT.invalid : EXIT.ok;
      });
    });
  withOutputOptions(command, {
    outputs: ['text', 'sarif'],
    fallback: 'text',
    jsonHelp: 'print {"checks": [{code, severity, subject, message, section}]}',
  });
  withExamples(
    command,
    'whorunsit check examples/acme',
    'whorunsit check models/ --format sarif --fail-on warning > whorunsit.sarif',
    'whorunsit check examples/acme --json | jq \'.checks[] | select(.severity == "error")\'',
    '# silence a finding for one entity: metadata.annotations: {whorunsit/ignore: "rotation-too-small"}',
  );
};

interface CheckOptions extends OutputFlags {
  readonly failOn: 'error' | 'warning';
  readonly docsUrl?: string;
}

/** An absolute http(s) URL, or a usage error that says what was expected. */
function httpUrl(value: string): string {
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CliError(
      'bad-url',
      `--docs-url ${value}: expected an http(s) URL, e.g. https://git.example.com/whorunsit/blob/v1/docs`,
    );
  }
  return url.href;
}

/** Findings as `file:line:column  severity  code  message (§)`, then a count. */
export function formatFindings(
  model: CompiledModel,
  findings: readonly Finding[],
  color: boolean,
): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[39m` : s);
  const severity = (f: Finding) =>
    f.severity === 'error'
      ? paint(31, 'error  ')
      : f.severity === 'warning'
        ? paint(33, 'warning')
        : paint(36, 'info   ');
  const lines = findings.map((f) => {
    const at = entitiesOf(model, f.subject.kind).get(f.subject.name)?.source;
    const where = at ? `${at.file}:${at.line}:${at.column}` : `${f.subject.kind} ${f.subject.name}`;
    return `${where}  ${severity(f)}  ${f.code}  ${f.message} (${f.section})`;
  });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const summary =
    findings.length === 0
      ? 'no findings'
      : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info(s)`;
  return `${lines.map((l) => `${l}\n`).join('')}${summary}\n`;
}
