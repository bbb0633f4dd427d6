import { durationMillis } from '../../model/concepts/time-units.ts';
import { createModelParser, type ModelParser, type ModelParserLimits } from './model-parser.ts';

/**
 * Two parse threads: one for uploads, one for stored revisions. A hostile upload may hold its
 * thread for the whole time limit; the revision alerts are routed with must not wait behind it.
 */
export interface ModelParsers {
  /** Models sent by clients (uploads, `serve --model`): untrusted, within the limits. */
  readonly uploads: ModelParser;
  /**
   * Stored revisions, read when a server starts or another server stored a new one. They were
   * read within the limits when stored, so theirs are wider: a busy machine must not turn a
   * good revision into an unusable one.
   */
  readonly stored: ModelParser;
}

/** Uploads that may wait for the upload thread; more are answered 503 `overloaded`. */
const UPLOAD_QUEUE = 8;
/** Stored revisions waiting to be read: one per revision asked for, so a few. */
const STORED_QUEUE = 64;
/** How much longer than an upload a stored revision may take to read. */
const STORED_TIME_FACTOR = 5;

const ADVICE = "raise the server's --parse-memory or --parse-timeout";

const shared = new Map<string, ModelParsers>();

/**
 * The parse threads for these limits, one pair per process (tests build many apps; a server
 * builds one). Starting a thread takes a second or more; idle, threads do not keep the process
 * alive.
 */
export function modelParsersFor(limits: ModelParserLimits): ModelParsers {
  const key = `${limits.memoryMb}/${limits.timeoutMs}`;
  let parsers = shared.get(key);
  if (!parsers) {
    parsers = {
      uploads: createModelParser({ ...limits, maxQueue: UPLOAD_QUEUE, advice: ADVICE }),
      stored: createModelParser({
        ...limits,
        timeoutMs: durationMillis(limits.timeoutMs * STORED_TIME_FACTOR),
        maxQueue: STORED_QUEUE,
        advice: ADVICE,
      }),
    };
    shared.set(key, parsers);
  }
  return parsers;
}
