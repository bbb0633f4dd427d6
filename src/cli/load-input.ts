import { loadModel, type Model, type Problem } from '../model/index.ts';
import { compareProblems } from '../model/problem.ts';
import type { CliIo } from './io.ts';
import { readSources } from './read-sources.ts';

export type InputResult =
  | { readonly ok: true; readonly model: Model }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads the paths and loads one model: what every command that takes `<paths…>` starts with. */
export async function loadInput(paths: readonly string[], io: CliIo): Promise<InputResult> {
  const read = await readSources(paths, io);
  const loaded = loadModel(read.sources);
  const problems = [...read.problems, ...loaded.problems].sort(compareProblems);
  if (loaded.ok && problems.length === 0) return { ok: true, model: loaded.model };
  return { ok: false, problems };
}
