import { parentPort } from 'node:worker_threads';
import { COLLECTION_OF, loadModel, type Source } from '../../model/index.ts';
import type { ParseReply, ParseRequest } from './parse-messages.ts';

/**
 * The thread that reads uploaded and stored models, so a hostile or huge document costs this
 * thread's time and memory (both capped by the server), never the request path.
 */
const port = parentPort;
if (!port) throw new Error('parse-model-worker runs as a worker thread');

port.on('message', (request: ParseRequest) => {
  const reply = (message: ParseReply) => port.postMessage(message);
  reply({ id: request.id, kind: 'started' });
  // The loader reads each file's text when it parses that file, in order, and not after the
  // files are parsed: saying which text was last asked for names the file being parsed when a
  // limit is hit (a message leaves at once, even while this thread is busy).
  let last = -1;
  const sources: Source[] = request.sources.map((source, index) => ({
    name: source.name,
    get text() {
      if (index !== last) {
        last = index;
        reply({ id: request.id, kind: 'reading', index });
      }
      return source.text;
    },
  }));
  const result = loadModel(sources);
  if (!result.ok) {
    reply({ id: request.id, kind: 'done', ok: false, problems: [...result.problems] });
    return;
  }
  // The compiled model holds functions, which cannot cross threads: send the entities only.
  const model = Object.fromEntries(
    Object.values(COLLECTION_OF).map((collection) => [collection, result.model[collection]]),
  );
  reply({ id: request.id, kind: 'done', ok: true, model });
});
