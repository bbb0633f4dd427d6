import type { CompiledModel, Problem } from '../../model/index.ts';
import { getLatestRevisionId, getRevision, type StoreDb } from '../../store/index.ts';
import { ApiError } from '../errors/api-error.ts';
import type { ModelParser } from '../parsing/model-parser.ts';

/** Models parsed from revisions, kept so each request does not parse YAML again. */
const CACHED_MODELS = 16;
/**
 * How far back from the latest revision the server looks for one that still validates. After
 * an upgrade that refuses a model, the revision before it usually serves; a long run of
 * unusable revisions means the model has not been fixed, and then nothing is served.
 */
const LOOK_BACK = 20;

/** A revision's model, ready for the engine. */
export interface RevisionModel {
  readonly revision: number;
  readonly model: CompiledModel;
}

/** What the server works with now: the newest revision that validates, and what it skipped. */
export interface Serving {
  /** The newest usable revision; undefined when none is stored or none near the latest loads. */
  readonly model: RevisionModel | undefined;
  /** The newest stored revision (0 when none): newer than `model` when it does not validate. */
  readonly latest: number;
  /** Revisions newer than `model` that do not validate with this version, newest first. */
  readonly unusable: readonly { readonly revision: number; readonly problems: number }[];
}

export interface ModelCache {
  /**
   * The model of a revision (422 `revision-invalid` when it does not validate), or, when
   * `revision` is undefined, of the serving revision: the newest that validates. `latest`,
   * when the caller has just read it, spares reading the newest revision number again.
   */
  readonly at: (revision?: number | undefined, latest?: number) => Promise<RevisionModel>;
  /** The serving revision's model, or undefined when there is none. */
  readonly latest: () => Promise<RevisionModel | undefined>;
  /** The serving revision and the newer ones it stands in for (`latest`: as for `at`). */
  readonly serving: (latest?: number) => Promise<Serving>;
  /** Keeps the model of a revision just stored, read already: it is not read again. */
  readonly remember: (revision: number, model: CompiledModel) => void;
}

/**
 * Loads models from stored revisions. Revisions are immutable, so a cached model never goes
 * stale, and a revision that does not validate with this version never will: both are kept.
 * The latest revision number is read from the database on every call, so a revision pushed to
 * another server is seen at once. When the latest revision does not validate (e.g. after an
 * upgrade made a rule stricter), the newest one that does keeps serving: alerts are still
 * routed and `/readyz` says the server is degraded, instead of everything failing with 422.
 * Models are read by `parser`, off the request path; requests that need the same revision at
 * the same time wait for one read.
 */
export function createModelCache(db: StoreDb, parser: ModelParser): ModelCache {
  const cache = new Map<number, CompiledModel>();
  const invalid = new Map<number, readonly Problem[]>();
  const reading = new Map<number, Promise<CompiledModel>>();
  const read = async (id: number): Promise<CompiledModel> => {
    const revision = await getRevision({ db, id });
    if (!revision) throw new ApiError('not-found', `revision ${id} does not exist`);
    const loaded = await parser.load(revision.sources);
    if (!loaded.ok) {
      invalid.set(id, loaded.problems);
      throw revisionInvalid(id, loaded.problems);
    }
    keep(id, loaded.model);
    return loaded.model;
  };
  const keep = (id: number, model: CompiledModel) => {
    if (cache.has(id)) return;
    if (cache.size >= CACHED_MODELS) cache.delete(cache.keys().next().value as number);
    cache.set(id, model);
  };
  const load = async (id: number): Promise<RevisionModel> => {
    const cached = cache.get(id);
    if (cached) return { revision: id, model: cached };
    const known = invalid.get(id);
    if (known) throw revisionInvalid(id, known);
    let pending = reading.get(id);
    if (!pending) {
      pending = read(id).finally(() => reading.delete(id));
      reading.set(id, pending);
    }
    return { revision: id, model: await pending };
  };
  const serving = async (known?: number): Promise<Serving> => {
    const latest = known ?? (await getLatestRevisionId({ db }));
    const unusable: { revision: number; problems: number }[] = [];
    for (let id = latest; id >= 1 && id > latest - LOOK_BACK; id--) {
      try {
        return { model: await load(id), latest, unusable };
      } catch (error) {
        const problems = invalid.get(id);
        if (!problems) throw error;
        unusable.push({ revision: id, problems: problems.length });
      }
    }
    return { model: undefined, latest, unusable };
  };
  return {
    serving,
    remember: keep,
    latest: async () => (await serving()).model,
    at: async (revision, known) => {
      if (revision !== undefined) return load(revision);
      const { model, latest } = await serving(known);
      if (model) return model;
      if (latest === 0) {
        throw new ApiError('no-revision', 'no model is stored yet: push one with whorunsit push');
      }
      throw revisionInvalid(latest, invalid.get(latest) ?? []);
    },
  };
}

function revisionInvalid(id: number, problems: readonly Problem[]): ApiError {
  return new ApiError(
    'revision-invalid',
    `revision ${id} does not validate with this version of whorunsit; push a corrected model`,
    { problems },
  );
}
