import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type Inference, MAX_SOURCE_BYTES, type Problem, type Source } from '../model/index.ts';
import {
  type LocationTarget,
  locationTargets,
} from '../model/interop/backstage/location-targets.ts';
import { CliError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

const YAML_FILE = /\.ya?ml$/i;

export interface ReadResult {
  readonly sources: readonly Source[];
  /** Files that could be found but not used as text (too large, binary). */
  readonly problems: readonly Problem[];
  /** Backstage Location targets that were not read, and why (a URL, a missing file). */
  readonly inferences: readonly Inference[];
}

/**
 * Reads the inputs named on the command line: files, folders (recursively, `*.yaml`/`*.yml`, in
 * name order so output is stable) and `-` for stdin. A path that does not exist is a usage
 * error; a file that is too large or not text is a located problem like any other.
 *
 * Backstage `Location` documents are followed to the files they list, like the catalog does:
 * relative paths only, inside the folder of the path given on the command line (the catalog's
 * folder), each file once. URLs are never fetched.
 */
export async function readSources(paths: readonly string[], io: CliIo): Promise<ReadResult> {
  if (paths.length === 0)
    throw new CliError('no-input', 'no input: give files, folders or - for stdin');
  const sources: Source[] = [];
  const problems: Problem[] = [];
  const inferences: Inference[] = [];
  const seen = new Set<string>();
  const queue: { source: Source; root: string }[] = [];
  const add = (name: string, bytes: Buffer, root: string) => {
    const decoded = decode(bytes);
    if (decoded === undefined)
      problems.push(fileProblem(name, 'not-text', 'expected UTF-8 YAML text, found binary data'));
    else {
      const source = { name, text: decoded };
      sources.push(source);
      queue.push({ source, root });
    }
  };
  // Files named on the command line are read as given (twice if given twice, as before);
  // a Location target already read is not read again.
  const readFileAt = async (file: string, root: string, followed = false) => {
    const absolute = resolve(io.cwd, file);
    const key = await realpath(absolute).catch(() => absolute);
    if (followed && seen.has(key)) return;
    seen.add(key);
    const info = await stat(absolute);
    if (info.size > MAX_SOURCE_BYTES) problems.push(tooLarge(file, info.size));
    else add(file, await readFile(absolute), root);
  };
  for (const path of paths) {
    if (path === '-') {
      const bytes = await io.readStdin();
      if (bytes.length > MAX_SOURCE_BYTES) problems.push(tooLarge('-', bytes.length));
      else add('-', bytes, '.');
      continue;
    }
    const { files, folder } = await expand(path, io.cwd);
    for (const file of files) await readFileAt(file, folder ? path : dirname(path));
  }
  // Breadth first, so files named on the command line come before the files they pull in.
  for (let i = 0; i < queue.length; i++) {
    const { source, root } = queue[i] as { source: Source; root: string };
    const found = locationTargets(source, root);
    problems.push(...found.problems);
    inferences.push(...found.inferences);
    for (const target of found.targets) {
      const files = await targetFiles(target, { root, io, problems, inferences });
      for (const file of files) await readFileAt(file, root, true);
    }
  }
  return { sources, problems, inferences };
}

/** The files a Location target names that exist inside the catalog folder (`*` globs expanded). */
async function targetFiles(
  target: LocationTarget,
  context: { root: string; io: CliIo; problems: Problem[]; inferences: Inference[] },
): Promise<string[]> {
  const { io, root } = context;
  const notFollowed = (message: string) =>
    context.inferences.push({
      code: 'not-followed',
      file: target.file,
      line: target.line,
      column: target.column,
      path: '',
      message: `Location ${target.location}: ${target.written} not read: ${message}`,
    });
  const candidates = target.path.includes('*') ? await glob(target.path, io.cwd) : [target.path];
  if (candidates.length === 0) notFollowed('no file matches it');
  const rootReal = await realpath(resolve(io.cwd, root)).catch(() => resolve(io.cwd, root));
  const files: string[] = [];
  for (const candidate of candidates) {
    const absolute = resolve(io.cwd, candidate);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      notFollowed('the file does not exist');
      continue;
    }
    if (!info.isFile()) {
      notFollowed('it is not a file');
      continue;
    }
    // A symbolic link may point out of the catalog even when its path does not.
    const real = await realpath(absolute);
    if (real !== rootReal && !real.startsWith(rootReal + sep)) {
      context.problems.push({
        code: 'outside-catalog',
        file: target.file,
        line: target.line,
        column: target.column,
        path: '',
        message: `Location ${target.location}: ${target.written} leads outside the catalog's folder (${root}) through a link; it is not read`,
      });
      continue;
    }
    files.push(candidate);
  }
  return files;
}

/** Files matching a slash-separated pattern with `*` (within a name) and `**` (any folders). */
async function glob(pattern: string, cwd: string): Promise<string[]> {
  const parts = pattern.split('/');
  const firstWild = parts.findIndex((p) => p.includes('*'));
  const base = parts.slice(0, firstWild).join('/') || '.';
  const regex = new RegExp(
    `^${parts
      .slice(firstWild)
      .map((p) =>
        p === '**'
          ? '(?:.*/)?'
          : `${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`,
      )
      .join('')
      .replace(/\/$/, '')}$`,
  );
  const entries = await readdir(resolve(cwd, base), { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(resolve(cwd, base), join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((rel) => regex.test(rel))
    .map((rel) => (base === '.' ? rel : `${base}/${rel}`))
    .sort();
}

async function expand(path: string, cwd: string): Promise<{ files: string[]; folder: boolean }> {
  const absolute = resolve(cwd, path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch {
    throw new CliError('not-found', `${path}: no such file or folder`);
  }
  if (info.isFile()) return { files: [path], folder: false };
  if (!info.isDirectory()) throw new CliError('not-a-file', `${path}: not a file or folder`);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && YAML_FILE.test(e.name))
    .map((e) => join(path, relative(absolute, join(e.parentPath, e.name))))
    .sort();
  return { files, folder: true };
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
