import { type Command, Option } from 'commander';
import { marked } from 'marked';
import type { CommandContext } from '../command.ts';
import { type CliIo, useColor } from '../io.ts';
import { writeIndentedJson } from './indented-json.ts';
import { summarizeMarkdown } from './summarize-markdown.ts';
import { terminalMarkdown } from './terminal-markdown.ts';

/** What a command can print. `md` also gives `text` (for a terminal) and `html`. */
export interface Outputs {
  /** JSON: every command has it. */
  readonly json: () => unknown;
  /** Markdown: reports; a terminal gets it as aligned tables, `--format html` as a page. */
  readonly md?: () => string;
  /** For people, when the command's output is not a report (one-line answers, lists). */
  readonly text?: () => string;
  /** Formats of the command's own (csv, ics, sarif, its own html, …), by name. */
  readonly [format: string]: (() => unknown) | undefined;
}

/** The flags `withOutputOptions` adds. */
export interface OutputFlags {
  readonly format?: string | undefined;
  readonly json?: boolean | undefined;
  readonly all?: boolean | undefined;
}

/** The formats a command with these outputs prints, in the order help lists them. */
export function formatsOf(outputs: readonly string[]): string[] {
  const formats = new Set<string>();
  if (outputs.includes('md') || outputs.includes('text')) formats.add('text');
  for (const f of outputs) formats.add(f);
  if (outputs.includes('md')) formats.add('html');
  formats.add('json');
  return [...formats];
}

/**
 * Adds `--format`, `--json` (its alias) and, for reports, `--all`: the same three options on
 * every command. `outputs` names what the command's `Outputs` hold (`md`, `text`, `csv`, …);
 * `fallback` is the format when stdout is not a terminal.
 */
export function withOutputOptions(
  command: Command,
  options: {
    readonly outputs: readonly string[];
    readonly fallback: string;
    /** What --json prints, for its help line. */
    readonly jsonHelp?: string;
    /** A long report: on a terminal, its summary unless --all. */
    readonly summary?: boolean;
  },
): Command {
  const { outputs, fallback, jsonHelp = 'the same as --format json' } = options;
  const formats = formatsOf(outputs);
  const onTerminal = formats.includes('text') ? 'text' : fallback;
  command.addOption(
    new Option(
      '--format <format>',
      `output format (default: ${onTerminal === fallback ? fallback : `${onTerminal} on a terminal, else ${fallback}`})`,
    ).choices(formats),
  );
  command.option('--json', jsonHelp);
  if (options.summary === true) {
    // false, not undefined, tells printOutput that this command's report has a summary.
    command.option(
      '--all',
      'on a terminal, print the whole report, not its summary and headings',
      false,
    );
  }
  return command;
}

/** The format the flags ask for: `--json`, else `--format`, else by terminal. */
export function chosenFormat(
  flags: OutputFlags,
  context: CommandContext,
  outputs: Outputs,
  fallback: string,
): string {
  if (flags.json) return 'json';
  if (flags.format !== undefined) return flags.format;
  if (context.io.isTty && (outputs.md !== undefined || outputs.text !== undefined)) return 'text';
  return fallback;
}

/**
 * Prints a command's result in the chosen format. A report (`md`) on a terminal is its summary
 * (the first section and the headings of the rest) when it is longer than the screen, unless
 * `--all`; with `--format text` asked for explicitly, the whole of it.
 */
export function printOutput(
  context: CommandContext,
  flags: OutputFlags,
  outputs: Outputs,
  fallback: string,
): void {
  const { io } = context;
  const format = chosenFormat(flags, context, outputs, fallback);
  if (format === 'json') {
    printJson(io, outputs.json());
    return;
  }
  const own = outputs[format];
  if (own !== undefined) {
    const value = own();
    if (typeof value === 'string') io.stdout(value);
    else printJson(io, value);
    return;
  }
  const md = outputs.md?.();
  if (format === 'text' && md !== undefined) {
    const whole = flags.all !== false || flags.format === 'text' || !io.isTty;
    const shown = whole ? md : summarizeMarkdown(md, io.rows ?? 40);
    io.stdout(terminalMarkdown(shown, { columns: io.columns ?? 100, color: useColor(io) }));
    return;
  }
  if (format === 'html' && md !== undefined) {
    io.stdout(htmlPage(md));
    return;
  }
  // withOutputOptions lists only formats the command has; reaching here is a programming error.
  throw new Error(`no ${format} output`);
}

/** `value` as indented JSON and a newline (`JSON.stringify(value, null, 2)`). */
function printJson(io: CliIo, value: unknown): void {
  const written =
    io.stdoutUtf8 === undefined
      ? writeIndentedJson(value, (piece) => io.stdout(piece.toString('utf8')))
      : writeIndentedJson(value, io.stdoutUtf8);
  if (!written) io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A report as one standalone HTML page: the Markdown rendered, with a little style. */
export function htmlPage(md: string): string {
  const title = /^# (.+)$/m.exec(md)?.[1] ?? 'whorunsit';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title.replace(/[`*]/g, ''))}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; vertical-align: top; }
th { background: #f6f8fa; text-align: left; }
code { background: #f6f8fa; padding: 0 0.2rem; border-radius: 3px; }
</style>
</head>
<body>
${marked.parse(md, { async: false })}</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
