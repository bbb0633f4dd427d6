import {
  type CompiledModel,
  compareInferences,
  type Inference,
  loadModel,
  type Problem,
  type Slo,
  type Source,
} from '../model/index.ts';
import { compareProblems } from '../model/problem.ts';
import type { CliIo } from './io.ts';
import { readSources } from './read-sources.ts';

export type InputResult =
  | {
      readonly ok: true;
      readonly model: CompiledModel;
      /** Decisions taken while reading other tools' files (Backstage, OpenSLO, …). */
      readonly inferences: readonly Inference[];
      readonly slos: ReadonlyMap<string, Slo>;
      /** The files read, as named by the user, with their text. */
      readonly sources: readonly Source[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly inferences: readonly Inference[];
    };

/** Reads the paths and loads one model: what every command that takes `<paths…>` starts with. */
export async function loadInput(paths: readonly string[], io: CliIo): Promise<InputResult> {
  const read = await readSources(paths, io);
  const loaded = loadModel(read.sources);
  const problems = [...read.problems, ...loaded.problems].sort(compareProblems);
  const inferences = [...read.inferences, ...loaded.inferences].sort(compareInferences);
  if (loaded.ok && problems.length === 0) {
    return { ok: true, model: loaded.model, inferences, slos: loaded.slos, sources: read.sources };
  }
  return { ok: false, problems, inferences };
}
