import type { StoreVersions } from '../../store/index.ts';
import { Serialized } from '../http/add-route.ts';

/** Answers kept per second at most; more (many services asked) start afresh. */
const MAX_ANSWERS = 4_096;

interface Generation {
  readonly revision: number;
  readonly live: number;
  readonly second: number;
  readonly answers: Map<string, Promise<Serialized>>;
}

/**
 * The runner's answers, written as JSON once per service, second and store versions: who runs
 * a service, who is on call and its error budget do not change within a second while no
 * revision or live data arrives, so the requests of that second share one answer. A request
 * that read older versions or an earlier second than the newest seen computes its own.
 */
export function createRunnerAnswers(): (
  versions: StoreVersions,
  second: number,
  name: string,
  compute: () => Promise<unknown>,
) => Promise<Serialized> {
  let current: Generation = { revision: -1, live: -1, second: -1, answers: new Map() };
  const serialize = async (compute: () => Promise<unknown>) =>
    new Serialized(JSON.stringify(await compute()));
  return (versions, second, name, compute) => {
    const { revision, live } = versions;
    if (revision !== current.revision || live !== current.live || second !== current.second) {
      if (revision < current.revision || live < current.live || second < current.second) {
        return serialize(compute);
      }
      current = { revision, live, second, answers: new Map() };
    }
    const { answers } = current;
    const found = answers.get(name);
    if (found) return found;
    if (answers.size >= MAX_ANSWERS) answers.clear();
    const computed = serialize(compute);
    answers.set(name, computed);
    // A failure (an unknown service, a store briefly unreachable) is not kept.
    computed.catch(() => {
      if (answers.get(name) === computed) answers.delete(name);
    });
    return computed;
  };
}
