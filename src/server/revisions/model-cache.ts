import { type CompiledModel, loadModel } from '../../model/index.ts';
import { getLatestRevisionId, getRevision, type StoreDb } from '../../store/index.ts';
import { ApiError } from '../errors/api-error.ts';

/** Models parsed from revisions, kept so each request does not parse YAML again. */
const CACHED_MODELS = 16;

/** A revision's model, ready for the engine. */
export interface RevisionModel {
  readonly revision: number;
  readonly model: CompiledModel;
}

export interface ModelCache {
  /** The model of a revision, or of the latest when `revision` is undefined. */
  readonly at: (revision?: number | undefined) => Promise<RevisionModel>;
  /** The latest model, or undefined when nothing is stored yet. */
  readonly latest: () => Promise<RevisionModel | undefined>;
}

/**
 * Loads models from stored revisions. Revisions are immutable, so a cached model never goes
 * stale; the latest revision number is read from the database on every call, so a revision
 * pushed to another server is seen at once.
 */
export function createModelCache(db: StoreDb): ModelCache {
  const cache = new Map<number, CompiledModel>();
  const load = async (id: number): Promise<RevisionModel> => {
    const cached = cache.get(id);
    if (cached) return { revision: id, model: cached };
    const revision = await getRevision({ db, id });
    if (!revision) throw new ApiError('not-found', `revision ${id} does not exist`);
    const loaded = loadModel(revision.sources);
    if (!loaded.ok) {
      throw new ApiError(
        'revision-invalid',
        `revision ${id} does not validate with this version of whorunsit; push a corrected model`,
        { problems: loaded.problems },
      );
    }
    if (cache.size >= CACHED_MODELS) cache.delete(cache.keys().next().value as number);
    cache.set(id, loaded.model);
    return { revision: id, model: loaded.model };
  };
  const latest = async () => {
    const id = await getLatestRevisionId({ db });
    return id === 0 ? undefined : load(id);
  };
  return {
    latest,
    at: async (revision) => {
      if (revision !== undefined) return load(revision);
      const current = await latest();
      if (!current) {
        throw new ApiError('no-revision', 'no model is stored yet: push one with whorunsit push');
      }
      return current;
    },
  };
}
