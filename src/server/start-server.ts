import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Source } from '../model/index.ts';
import { openStore, type RevisionInfo, type Store } from '../store/index.ts';
import { buildApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createRevision } from './revisions/create-revision.ts';

export interface StartServerOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly host: string;
  readonly port: number;
  readonly config: ServerConfig;
  /** Model files to store as a new revision when they differ from the latest one. */
  readonly model?: { readonly sources: readonly Source[]; readonly label: string } | undefined;
  readonly logger: FastifyServerOptions['logger'];
  readonly now: () => Date;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly url: string;
  /** The revision stored from `model`, and whether it was new. */
  readonly loaded: { readonly revision: RevisionInfo; readonly created: boolean } | undefined;
  /** Stops taking requests, finishes those in flight and background work, closes the store. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the store (running migrations), stores the model files as a revision when they changed,
 * and listens. A model that does not validate stops the start with its problems, before the
 * server takes any request.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  let app: FastifyInstance | undefined;
  try {
    const built = await buildApp({
      store,
      config: options.config,
      now: options.now,
      logger: options.logger,
    });
    app = built.app;
    const loaded = options.model
      ? await createRevision({
          db: store.db,
          models: built.context.models,
          parser: built.context.parsers.uploads,
          sources: options.model.sources,
          author: 'whorunsit serve',
          actor: 'whorunsit serve --model',
          message: `Loaded from ${options.model.label} at start`,
          now: options.now(),
          skipUnchanged: true,
        })
      : undefined;
    // The serving model is read now, in its thread, rather than by the first alert to come.
    void built.context.models.latest().catch(() => undefined);
    const url = await app.listen({ host: options.host, port: options.port });
    const started = app;
    return {
      app: started,
      store,
      url,
      loaded,
      close: async () => {
        await started.close();
        await store.close();
      },
    };
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
}
