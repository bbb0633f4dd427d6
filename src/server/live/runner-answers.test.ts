import { describe, expect, it } from 'vitest';
import { createRunnerAnswers } from './runner-answers.ts';

const at = (revision: number, live: number) => ({ revision, live, tokens: 0 });

describe('runner answers kept per second and store versions', () => {
  it('computes once per service, second and versions, and anew when any of them moves on', async () => {
    const answers = createRunnerAnswers();
    let computed = 0;
    const answer = (versions: ReturnType<typeof at>, second: number, name = 'checkout-api') =>
      answers(versions, second, name, async () => {
        computed += 1;
        return { name, second, ...versions, computed };
      }).then((s) => JSON.parse(s.json) as { computed: number });

    const first = await answer(at(1, 5), 100);
    expect(await answer(at(1, 5), 100)).toEqual(first);
    expect(computed).toBe(1);
    await answer(at(1, 5), 100, 'payments-api');
    expect(computed).toBe(2);
    // A new second, new live data, a new revision: each is answered afresh.
    expect((await answer(at(1, 5), 101)).computed).toBe(3);
    expect((await answer(at(1, 6), 101)).computed).toBe(4);
    expect((await answer(at(2, 6), 101)).computed).toBe(5);
    // A request that read older versions gets its own answer and does not replace the newer ones.
    expect((await answer(at(1, 5), 101)).computed).toBe(6);
    expect((await answer(at(2, 6), 101)).computed).toBe(5);
  });

  it('keeps no failure', async () => {
    const answers = createRunnerAnswers();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      if (calls === 1) throw new Error('unknown service');
      return { ok: true };
    };
    await expect(answers(at(1, 1), 7, 'x', compute)).rejects.toThrow('unknown service');
    expect((await answers(at(1, 1), 7, 'x', compute)).json).toBe('{"ok":true}');
  });
});
