/**
 * The reference documents generated from the code, so they cannot drift from it:
 * docs/reference/commands.md (every command's `--help`), docs/reference/checks.md (every check
 * of the catalog), docs/reference/problems.md (every problem code of `validate`) and
 * docs/reference/errors.md (every error code of the server and the CLI).
 *
 *   node scripts/reference-docs.ts --write     (part of `npm run examples`)
 *
 * test/reference-docs.test.ts fails when a committed file differs from what this prints.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CliIo } from '../src/cli/io.ts';
import { buildProgram } from '../src/cli/program.ts';
import { CHECKS } from '../src/engine/checks/registry.ts';
import {
  CLI_ERROR_MEANINGS,
  ERROR_MEANINGS,
  type ErrorCode,
  exitCodeOf,
  httpStatusOf,
  retryAfterOf,
  SERVER_ERROR_MEANINGS,
} from '../src/errors/index.ts';
import { PROBLEM_CODES, PROBLEM_MEANINGS } from '../src/model/problem.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const GENERATED_NOTE = '<!-- Generated from the code by `npm run examples`; do not edit. -->';

/** Help is wrapped at this width whatever the terminal, so the document is the same everywhere. */
const HELP_WIDTH = 100;

/** Every command that runs (a leaf of the tree, hidden ones aside), by its path. */
function leaves(command: Command, path: string[] = []): { path: string; command: Command }[] {
  const visible = command.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
  if (visible.length === 0) return [{ path: path.join(' '), command }];
  return visible.flatMap((c) => leaves(c, [...path, c.name()]));
}

/** What `whorunsit <path> --help` prints, without colour, at HELP_WIDTH. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({
    writeOut: (s) => {
      text += s;
    },
    getOutHelpWidth: () => HELP_WIDTH,
    getOutHasColors: () => false,
  });
  command.outputHelp();
  return text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '\n');
}

const quietIo: CliIo = {
  stdout: () => {},
  stderr: () => {},
  readStdin: async () => Buffer.alloc(0),
  isTty: false,
  env: {},
  cwd: ROOT,
  now: () => new Date('2026-01-01T00:00:00Z'),
};

async function commandsDoc(): Promise<string> {
  const program = await buildProgram({ io: quietIo, exit: () => {} });
  const commands = leaves(program);
  const anchor = (path: string) => `whorunsit-${path.replace(/ /g, '-')}`;
  return [
    GENERATED_NOTE,
    '',
    '# Commands',
    '',
    'What `whorunsit <command> --help` prints, for every command. Every command takes `--format`',
    '(and `--json` for `--format json`); exit codes: `0` done, `1` the model is invalid or a check',
    'found an error (or what `--fail-on` names), `2` usage or input/output error.',
    '',
    ...commands.map(
      ({ path, command }) =>
        `- [\`whorunsit ${path}\`](#${anchor(path)}): ${command.description()}`,
    ),
    '',
    '## whorunsit',
    '',
    '```text',
    helpOf(program).trimEnd(),
    '```',
    ...commands.flatMap(({ path, command }) => [
      '',
      `## whorunsit ${path}`,
      '',
      '```text',
      helpOf(command).trimEnd(),
      '```',
    ]),
    '',
  ].join('\n');
}

function checksDoc(): string {
  const severities = ['error', 'warning', 'info'] as const;
  return [
    GENERATED_NOTE,
    '',
    '# Check codes',
    '',
    'Every rule `whorunsit check` (and `plan`) applies, in catalog order. Codes are stable: scripts,',
    '`whorunsit/ignore` annotations and code-scanning UIs (`check --format sarif`) refer to them.',
    'Each cites the section of the chapter it comes from; [plan and check](../plan.md#the-catalog)',
    'says in detail what each looks at.',
    '',
    `${CHECKS.length} checks: ${severities
      .map((s) => `${CHECKS.filter((c) => c.severity === s).length} ${s}`)
      .join(', ')}.`,
    ...CHECKS.flatMap((check) => [
      '',
      `## ${check.code}`,
      '',
      `**${check.severity}** · ${check.section} · ${check.summary[0]?.toUpperCase() ?? ''}${check.summary.slice(1)}.`,
    ]),
    '',
  ].join('\n');
}

function problemsDoc(): string {
  return [
    GENERATED_NOTE,
    '',
    '# Problem codes',
    '',
    'What makes a model invalid: `whorunsit validate` (and every command that reads a model) reports',
    'each problem at its file, line and column with one of these stable codes, and exits 1. With',
    '`--json`: `{"valid": false, "errors": [{"code", "file", "line", "column", "path", "message"}]}`.',
    '',
    '| code | meaning |',
    '|---|---|',
    ...PROBLEM_CODES.map((code) => `| \`${code}\` | ${PROBLEM_MEANINGS[code]} |`),
    '',
  ].join('\n');
}

function errorsDoc(): string {
  const row = (code: ErrorCode, status: boolean) => {
    const wait = retryAfterOf(code);
    const cells = [
      `\`${code}\``,
      ...(status ? [`${httpStatusOf(code)}${wait ? ` (\`Retry-After: ${wait}\`)` : ''}`] : []),
      String(exitCodeOf(code)),
      ERROR_MEANINGS[code],
    ];
    return `| ${cells.join(' | ')} |`;
  };
  return [
    GENERATED_NOTE,
    '',
    '# Error codes',
    '',
    'Every error whorunsit reports carries one of these stable codes (scripts may branch on them),',
    'the same for the server and the command line. A command prints it on stderr as',
    '',
    '```text',
    'whorunsit: error[CODE]: message',
    '```',
    '',
    'or, when JSON output was asked for (`--json`, `--format json`), as the server answers:',
    '',
    '```json',
    '{"error": {"code": "CODE", "message": "…", "details": null}}',
    '```',
    '',
    'and ends with the exit code below. A model that does not validate is not an error of this',
    'list: its problems are reported one by one with [problem codes](problems.md) (exit 1).',
    '',
    '## Server answers',
    '',
    'The HTTP status the server answers each with; every 429 and 503 carries `Retry-After`',
    '(seconds). The CLI reports the same codes, e.g. when `push` or `gate` is refused.',
    '',
    '| code | status | exit | meaning |',
    '|---|---|---|---|',
    ...(Object.keys(SERVER_ERROR_MEANINGS) as ErrorCode[]).map((code) => row(code, true)),
    '',
    '## Command line',
    '',
    'A flag, an argument, a file or a server the command cannot use.',
    '',
    '| code | exit | meaning |',
    '|---|---|---|',
    ...(Object.keys(CLI_ERROR_MEANINGS) as ErrorCode[]).map((code) => row(code, false)),
    '',
  ].join('\n');
}

/**
 * What `whorunsit --help` lists of each command (its term and description), so that listing
 * them loads none of their modules (src/cli/program.ts).
 */
async function commandSummaries(): Promise<string> {
  const program = await buildProgram({ io: quietIo, exit: () => {} });
  const help = program.createHelp();
  const summaries = Object.fromEntries(
    help
      .visibleCommands(program)
      .filter((command) => command.name() !== 'help')
      .map((command) => [
        command.name(),
        { term: help.subcommandTerm(command), description: help.subcommandDescription(command) },
      ]),
  );
  return [
    '// Generated from the commands by `npm run examples` (scripts/reference-docs.ts); do not edit.',
    '',
    '/** What `whorunsit --help` lists of each command, so that listing them loads none of them. */',
    'export const COMMAND_SUMMARIES: Readonly<',
    '  Record<string, { readonly term: string; readonly description: string } | undefined>',
    `> = ${JSON.stringify(summaries, null, 2)};`,
    '',
  ].join('\n');
}

/** Each generated file, relative to the repository, and its content: documents and code. */
export async function generatedFiles(): Promise<Record<string, string>> {
  return {
    ...(await referenceDocs()),
    'src/cli/command-summaries.gen.ts': await commandSummaries(),
  };
}

/** Each generated document, relative to the repository, and its content. */
export async function referenceDocs(): Promise<Record<string, string>> {
  return {
    'docs/reference/commands.md': await commandsDoc(),
    'docs/reference/checks.md': checksDoc(),
    'docs/reference/problems.md': problemsDoc(),
    'docs/reference/errors.md': errorsDoc(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  for (const [file, text] of Object.entries(await generatedFiles())) {
    writeFileSync(join(ROOT, file), text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
