import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { MAX_SOURCE_BYTES, type Problem, type Source } from '../model/index.ts';
import { CliError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

const YAML_FILE = /\.ya?ml$/i;

export interface ReadResult {
  readonly sources: readonly Source[];
  /** Files that could be found but not used as text (too large, binary). */
  readonly problems: readonly Problem[];
}

/**
 * Reads the inputs named on the command line: files, folders (recursively, `*.yaml`/`*.yml`, in
 * name order so output is stable) and `-` for stdin. A path that does not exist is a usage
 * error; a file that is too large or not text is a located problem like any other.
 */
export async function readSources(paths: readonly string[], io: CliIo): Promise<ReadResult> {
  if (paths.length === 0)
    throw new CliError('no-input', 'no input: give files, folders or - for stdin');
  const sources: Source[] = [];
  const problems: Problem[] = [];
  const add = (name: string, bytes: Buffer) => {
    const decoded = decode(bytes);
    if (decoded === undefined)
      problems.push(fileProblem(name, 'not-text', 'expected UTF-8 YAML text, found binary data'));
    else sources.push({ name, text: decoded });
  };
  for (const path of paths) {
    if (path === '-') {
      const bytes = await io.readStdin();
      if (bytes.length > MAX_SOURCE_BYTES) problems.push(tooLarge('-', bytes.length));
      else add('-', bytes);
      continue;
    }
    for (const file of await expand(path, io.cwd)) {
      const info = await stat(resolve(io.cwd, file));
      if (info.size > MAX_SOURCE_BYTES) {
        problems.push(tooLarge(file, info.size));
        continue;
      }
      add(file, await readFile(resolve(io.cwd, file)));
    }
  }
  return { sources, problems };
}

async function expand(path: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch {
    throw new CliError('not-found', `${path}: no such file or folder`);
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) throw new CliError('not-a-file', `${path}: not a file or folder`);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && YAML_FILE.test(e.name))
    .map((e) => join(path, relative(absolute, join(e.parentPath, e.name))))
    .sort();
}

function decode(bytes: Buffer): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

function tooLarge(file: string, size: number): Problem {
  return fileProblem(
    file,
    'input-too-large',
    `expected at most ${MAX_SOURCE_BYTES} bytes, found ${size} bytes`,
  );
}

function fileProblem(file: string, code: Problem['code'], message: string): Problem {
  return { code, file, line: 1, column: 1, path: '', message };
}
