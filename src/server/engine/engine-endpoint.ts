import type { z } from 'zod';
import type { CompiledModel } from '../../model/index.ts';
import type { ServerContext } from '../context.ts';
import type { LiveData } from '../live/load-live-data.ts';

/** What an engine endpoint computes from: one revision's model, the time and the live data. */
export interface EngineInput<Q> {
  readonly revision: number;
  readonly model: CompiledModel;
  readonly query: Q;
  readonly now: Date;
  /** Stored SLI samples and incidents, read only when the endpoint asks for them. */
  readonly live: () => Promise<LiveData>;
  readonly context: ServerContext;
}

/** One `GET /api/v1/<path>` that runs an engine on the current or a given revision. */
export interface EngineEndpoint<Q extends z.ZodObject = z.ZodObject> {
  readonly path: string;
  readonly summary: string;
  /**
   * The CLI command whose `--json` the `result` is, byte for byte in content: both build it
   * with the same report function (src/report/), and a test compares them.
   */
  readonly command: string;
  /** The schema of `result`, for the OpenAPI document; unknown when not given. */
  readonly result?: z.ZodType;
  /** Query parameters besides `revision`. */
  readonly query?: Q;
  /** The command's `--json`, ready to serialize. */
  readonly compute: (input: EngineInput<z.output<Q>>) => unknown | Promise<unknown>;
}

/** Declares an endpoint with its query type inferred. */
export function engineEndpoint<Q extends z.ZodObject>(
  endpoint: EngineEndpoint<Q>,
): EngineEndpoint<z.ZodObject> {
  return endpoint as unknown as EngineEndpoint<z.ZodObject>;
}
