import { Worker } from 'node:worker_threads';
import type { DurationMillis } from '../../model/concepts/time-units.ts';
import {
  type CompiledModel,
  compileModel,
  type Model,
  type Problem,
  type Source,
} from '../../model/index.ts';
import { ApiError } from '../errors/api-error.ts';
import type { ParseReply, ParseRequest } from './parse-messages.ts';

/** A model read off the request path: the compiled model, or every problem found. */
export type ParsedModel =
  | { readonly ok: true; readonly model: CompiledModel }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ModelParser {
  /**
   * Reads a model in the parse thread, within its memory and time limits. A model that
   * exceeds them is a located `input-too-large` problem, like any other problem of the input;
   * more models waiting than the queue holds is 503 `overloaded`.
   */
  readonly load: (sources: readonly Source[]) => Promise<ParsedModel>;
  /** Stops the parse thread; models waiting are refused. */
  readonly close: () => Promise<void>;
}

export interface ModelParserLimits {
  /** Heap of the parse thread, in MiB: a model needing more is refused. */
  readonly memoryMb: number;
  /** Longest a model may take to read, in milliseconds. */
  readonly timeoutMs: DurationMillis;
}

export interface ModelParserOptions extends ModelParserLimits {
  /** Models that may wait for the parse thread; more are answered 503. */
  readonly maxQueue: number;
  /** How a refusal for a limit ends: the flags that raise it. */
  readonly advice: string;
}

interface Job {
  readonly id: number;
  readonly sources: readonly Source[];
  readonly resolve: (result: ParsedModel) => void;
  readonly reject: (error: unknown) => void;
}

interface Current {
  readonly job: Job;
  reading: number;
  timer: NodeJS.Timeout | undefined;
}

/** The worker's file: the TypeScript source when running from sources, the build otherwise. */
const WORKER_URL = new URL(
  `./parse-model-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/**
 * Reads models (YAML, Backstage, OpenSLO…) in one worker thread with a capped heap and a
 * deadline, one at a time. A YAML flow sequence of half a million items takes the YAML parser
 * over 20 s and a gigabyte; here it costs the worker, which is ended and replaced, while the
 * request path (alert intake above all) keeps its thread. The worker starts on first use and,
 * idle, does not keep the process alive.
 */
export function createModelParser(options: ModelParserOptions): ModelParser {
  const queue: Job[] = [];
  let worker: Worker | undefined;
  let current: Current | undefined;
  let nextId = 1;
  let closed = false;

  const spawn = (): Worker => {
    const w = new Worker(WORKER_URL, {
      resourceLimits: {
        maxOldGenerationSizeMb: options.memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(options.memoryMb / 16))),
      },
    });
    w.on('message', (reply: ParseReply) => {
      if (worker !== w || !current || reply.id !== current.job.id) return;
      if (reply.kind === 'started') {
        // The deadline counts from here: starting the thread is not the model's doing.
        current.timer = setTimeout(
          () => fail(`takes longer than ${options.timeoutMs / 1000} s to read`, undefined),
          options.timeoutMs,
        );
        return;
      }
      if (reply.kind === 'reading') {
        current.reading = reply.index;
        return;
      }
      const { job, timer } = current;
      clearTimeout(timer);
      current = undefined;
      // Idle, the thread must not keep the process alive; busy, it must (a pending read is
      // all `serve --model` has before it listens).
      w.unref();
      job.resolve(
        reply.ok
          ? { ok: true, model: modelOf(reply.model) }
          : { ok: false, problems: reply.problems },
      );
      next();
    });
    // The heap limit ends the worker with ERR_WORKER_OUT_OF_MEMORY; anything else is a bug.
    // A worker ended on purpose (limit, close) is no longer `worker` and is not reported again.
    w.on('error', (error: Error & { code?: string }) => {
      if (worker !== w) return;
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `needs more than ${options.memoryMb} MiB of memory to read`
          : undefined,
        error,
      );
    });
    w.on('exit', () => {
      if (worker !== w) return;
      worker = undefined;
      fail(undefined, new Error('the model parse thread exited'));
    });
    return w;
  };

  /** Ends the job in hand: a limit hit is a problem of its input, anything else an error. */
  const fail = (limit: string | undefined, error: unknown) => {
    const stuck = worker;
    worker = undefined;
    void stuck?.terminate();
    if (!current) return;
    const { job, reading, timer } = current;
    clearTimeout(timer);
    current = undefined;
    if (limit) {
      job.resolve({ ok: false, problems: [tooLarge(job.sources, reading, limit, options.advice)] });
    } else job.reject(error);
    next();
  };

  const next = () => {
    if (current || closed) return;
    const job = queue.shift();
    if (!job) return;
    worker ??= spawn();
    current = { job, reading: 0, timer: undefined };
    const request: ParseRequest = {
      id: job.id,
      sources: job.sources.map(({ name, text }) => ({ name, text })),
    };
    worker.ref();
    worker.postMessage(request);
  };

  return {
    load: (sources) =>
      new Promise<ParsedModel>((resolve, reject) => {
        if (closed) {
          reject(new ApiError('unavailable', 'the server is shutting down'));
          return;
        }
        if (queue.length >= options.maxQueue) {
          reject(
            new ApiError(
              'overloaded',
              `${queue.length} models are already waiting to be read; retry shortly`,
            ),
          );
          return;
        }
        queue.push({ id: nextId++, sources, resolve, reject });
        next();
      }),
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) {
        job.reject(new ApiError('unavailable', 'the server is shutting down'));
      }
      const w = worker;
      worker = undefined;
      if (current) {
        clearTimeout(current.timer);
        current.job.reject(new ApiError('unavailable', 'the server is shutting down'));
        current = undefined;
      }
      await w?.terminate();
    },
  };
}

/**
 * The problem for a model that exhausted a limit, at the file being read when it did (the
 * worker names each as the loader reads it).
 */
function tooLarge(
  sources: readonly Source[],
  reading: number,
  limit: string,
  advice: string,
): Problem {
  const source = sources[reading] ?? sources[0];
  return {
    code: 'input-too-large',
    file: source?.name ?? '(upload)',
    line: 1,
    column: 1,
    path: '',
    message: `expected a model that whorunsit can read within its limits; reading it stopped in this file, as the model ${limit} (very long lists or deep structures): split it, or ${advice}`,
  };
}

/** The entities sent back by the worker, frozen again and compiled here. */
function modelOf(entities: Record<string, ReadonlyMap<string, unknown>>): CompiledModel {
  for (const collection of Object.values(entities)) {
    for (const entity of collection.values()) deepFreeze(entity);
    Object.freeze(collection);
  }
  return compileModel(Object.freeze(entities) as unknown as Model);
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
