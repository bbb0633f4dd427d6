/**
 * The console examples of README.md and docs/: every ```console block is a shell session whose
 * `$ ` lines are run and whose other lines are what they print. `runExample` runs one block as
 * a reader would (from a copy of the repository's examples/ in a temporary folder, `whorunsit`
 * on PATH, no colour, UTC), in a network namespace of its own when it can, so a server an example
 * starts on port 8080 meets no other. `node scripts/docs-examples.ts --write` (part of
 * `npm run examples`) writes what the commands print now into the documents.
 *
 * A command ending in ` &` runs in the background (a server); its block waits for its first line
 * of output and stops it at the end. A `\` at the end of a line continues the command.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Step {
  readonly command: string;
  readonly expected: string;
}

export interface Example {
  /** The document, relative to the repository. */
  readonly file: string;
  /** The line of the opening fence, 1-based. */
  readonly line: number;
  readonly steps: readonly Step[];
}

/** README.md, docs/**\/*.md and examples/**\/README.md. */
export function documents(): string[] {
  const found = ['README.md'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.name.endsWith('.md') &&
        (dir.startsWith('docs') || entry.name === 'README.md')
      ) {
        found.push(path);
      }
    }
  };
  walk('docs');
  walk('examples');
  return found.sort();
}

/** The console blocks of one document. */
export function examplesOf(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```console') continue;
    const start = i;
    const steps: { command: string; expected: string[] }[] = [];
    for (i++; i < lines.length && lines[i]?.trim() !== '```'; i++) {
      const line = lines[i] ?? '';
      if (line.startsWith('$ ')) {
        let command = line.slice(2);
        while (command.endsWith('\\') && i + 1 < lines.length) command += `\n${lines[++i]}`;
        steps.push({ command, expected: [] });
      } else steps.at(-1)?.expected.push(line);
    }
    examples.push({
      file,
      line: start + 1,
      steps: steps.map((s) => ({
        command: s.command,
        // Blank lines between commands separate them; they are not output.
        expected: trimBlankEnd(s.expected),
      })),
    });
  }
  return examples;
}

/** Output as compared: trailing blank lines dropped, one newline at the end (none when empty). */
export function normalize(text: string): string {
  return trimBlankEnd(text.split('\n'));
}

function trimBlankEnd(lines: readonly string[]): string {
  const out = [...lines];
  while (out.length > 0 && out.at(-1)?.trim() === '') out.pop();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/**
 * Runs a document's blocks in order in one folder, as a reader following the page would (what
 * one block writes, the next finds); returns what each command printed (stdout and stderr).
 */
export function runDocument(examples: readonly Example[]): string[][] {
  const sandbox = mkdtempSync(join(tmpdir(), 'whorunsit-docs-'));
  try {
    cpSync(join(ROOT, 'examples'), join(sandbox, 'examples'), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures'), join(sandbox, 'test', 'fixtures'), { recursive: true });
    const bin = join(sandbox, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'whorunsit'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'src', 'cli', 'main.ts')}" "$@"\n`,
      { mode: 0o755 },
    );
    return examples.map((example, i) => runExample(example, sandbox, join(sandbox, `.out-${i}`)));
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

/** Runs one block in `sandbox`, writing each command's output under `out`. */
function runExample(example: Example, sandbox: string, out: string): string[] {
  const bin = join(sandbox, '.bin');
  {
    mkdirSync(out);
    // Job control gives each background command a process group of its own, so the end of the
    // block stops the server itself, not only the shell that started it.
    const script = [
      'set -m',
      'ip link set lo up 2>/dev/null',
      ...example.steps.map((step, n) => {
        const file = `${out}/${n}`;
        if (/&\s*$/.test(step.command)) {
          const command = step.command.replace(/&\s*$/, '');
          return `{ ${command}\n} >${file} 2>&1 &\nfor _ in $(seq 300); do [ -s ${file} ] && break; sleep 0.1; done; sleep 0.2`;
        }
        return `{ ${step.command}\n} >${file} 2>&1`;
      }),
      // What a server printed is read before it is stopped: its shutdown lines are not the example's.
      ...example.steps.flatMap((step, n) =>
        /&\s*$/.test(step.command) ? [`cp ${out}/${n} ${out}/${n}.shown`] : [],
      ),
      'for job in $(jobs -p); do kill -TERM -- -$job 2>/dev/null; done; wait 2>/dev/null; true',
    ].join('\n');
    const env = {
      PATH: `${bin}:${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin`,
      HOME: sandbox,
      NO_COLOR: '1',
      TZ: 'UTC',
      LANG: 'C.UTF-8',
    };
    // A network namespace of its own (root, util-linux): port 8080 is free in there.
    const isolated = spawnSync('unshare', ['--net', 'true']).status === 0;
    const run = spawnSync(
      isolated ? 'unshare' : 'bash',
      isolated ? ['--net', 'bash', '-c', script] : ['-c', script],
      {
        cwd: sandbox,
        env,
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
    if (run.error) throw run.error;
    return example.steps.map((_, n) => {
      try {
        const shown = join(out, `${n}.shown`);
        return readFileSync(existsSync(shown) ? shown : join(out, String(n)), 'utf8');
      } catch {
        return '';
      }
    });
  }
}

/** The document with each block's output replaced by what its commands print now. */
export function rewrite(file: string, text: string): string {
  const lines = text.split('\n');
  const examples = examplesOf(file, text);
  const outputs = runDocument(examples);
  // From the last block up, so earlier line numbers stay right.
  for (const [i, example] of [...examples.entries()].reverse()) {
    const actual = outputs[i] ?? [];
    const start = example.line; // index of the first line inside the block
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    const body = example.steps.flatMap((step, n) => [
      ...(n > 0 ? [''] : []),
      ...step.command.split('\n').map((l, i) => (i === 0 ? `$ ${l}` : l)),
      ...(normalize(actual[n] ?? '') === ''
        ? []
        : normalize(actual[n] ?? '')
            .slice(0, -1)
            .split('\n')),
    ]);
    lines.splice(start, end - start, ...body);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const write = process.argv.includes('--write');
  // `--write docs/plan.md …` refreshes only those documents.
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const file of documents().filter((f) => only.length === 0 || only.includes(f))) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (examplesOf(file, text).length === 0) continue;
    if (write) {
      writeFileSync(join(ROOT, file), rewrite(file, text));
      process.stdout.write(`wrote ${relative(ROOT, join(ROOT, file))}\n`);
    } else {
      const examples = examplesOf(file, text);
      const outputs = runDocument(examples);
      for (const [i, example] of examples.entries()) {
        const actual = outputs[i] ?? [];
        const same = example.steps.every((s, n) => s.expected === normalize(actual[n] ?? ''));
        process.stdout.write(`${same ? 'ok  ' : 'DIFF'} ${file}:${example.line}\n`);
      }
    }
  }
}
