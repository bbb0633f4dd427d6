import {
  getLatestRevisionId,
  getRevision,
  insertRevision,
  type RevisionInfo,
  type RevisionSource,
  type StoreDb,
} from '../../store/index.ts';
import { ApiError } from '../errors/api-error.ts';
import type { ModelParser } from '../parsing/model-parser.ts';
import { contentHash } from './content-hash.ts';
import type { ModelCache } from './model-cache.ts';
import { summarizeChanges } from './summarize-changes.ts';

export interface CreateRevisionOptions {
  readonly db: StoreDb;
  readonly models: ModelCache;
  /** Reads the uploaded documents off the request path, within the server's limits. */
  readonly parser: ModelParser;
  readonly sources: readonly RevisionSource[];
  readonly author: string;
  /** Who stored it, as the audit log records it. */
  readonly actor: string;
  readonly message: string;
  readonly now: Date;
  /** The revision the caller edited (`If-Match`): a newer latest is a conflict. */
  readonly ifMatch?: number | undefined;
  /** Store nothing when the documents equal the latest revision's (pushes from CI). */
  readonly skipUnchanged: boolean;
  readonly restoredFrom?: number | undefined;
}

export interface CreateRevisionResult {
  readonly revision: RevisionInfo;
  readonly created: boolean;
}

/** Writers racing without If-Match retry this often before giving up with a conflict. */
const ATTEMPTS = 20;

/**
 * Validates the documents and stores them as the next revision. An invalid model is rejected
 * with every problem and stores nothing. Without `ifMatch`, a revision stored concurrently by
 * someone else is built on (the summary is recomputed against it); with `ifMatch`, it is a
 * conflict: the caller's edit was based on a model that is no longer current.
 */
export async function createRevision(
  options: CreateRevisionOptions,
): Promise<CreateRevisionResult> {
  const { db, models, sources, ifMatch } = options;
  const loaded = await options.parser.load(sources);
  if (!loaded.ok) {
    const count = loaded.problems.length;
    throw new ApiError('invalid-model', `the model has ${count} problem${count === 1 ? '' : 's'}`, {
      problems: loaded.problems,
    });
  }
  const hash = contentHash(sources);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const latest = await getLatestRevisionId({ db });
    if (ifMatch !== undefined && ifMatch !== latest) throw conflict(ifMatch, latest);
    const previous = latest === 0 ? undefined : await getRevision({ db, id: latest });
    if (options.skipUnchanged && previous?.contentHash === hash) {
      const { sources: _, ...info } = previous;
      models.remember(info.id, loaded.model);
      return { revision: info, created: false };
    }
    const before =
      latest === 0 ? undefined : (await models.at(latest).catch(() => undefined))?.model;
    const result = await insertRevision({
      db,
      parent: latest,
      revision: {
        createdAt: options.now.toISOString(),
        author: options.author,
        message: options.message,
        summary: summarizeChanges(before, loaded.model),
        sources,
        contentHash: hash,
        restoredFrom: options.restoredFrom ?? null,
      },
      audit: (id) => ({
        at: options.now.toISOString(),
        actor: options.actor,
        action: 'revision.created',
        target: `revision/${id}`,
        details: {
          message: options.message,
          author: options.author,
          ...(options.restoredFrom !== undefined ? { restoredFrom: options.restoredFrom } : {}),
        },
      }),
    });
    if (result.ok) {
      const { sources: _, ...info } = result.revision;
      // Alerts routed next need this model: it is not read a second time.
      models.remember(info.id, loaded.model);
      return { revision: info, created: true };
    }
    if (ifMatch !== undefined) throw conflict(ifMatch, result.latest);
  }
  throw new ApiError('revision-conflict', 'too many concurrent revisions; retry', {});
}

function conflict(expected: number, latest: number): ApiError {
  return new ApiError(
    'revision-conflict',
    `revision ${expected} is no longer the latest (revision ${latest} is): reload, reapply the change and retry`,
    { expected, latest },
  );
}
