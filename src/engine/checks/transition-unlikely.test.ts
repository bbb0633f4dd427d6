import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { transitionUnlikely } from './transition-unlikely.ts';

const planning = (currentModel: string, targetModel: string) =>
  patch(tinyOrg(), 'Organization', 'pd', { currentModel, targetModel });

describe('transition-unlikely (§12.8.1)', () => {
  it.each(['you-run-it', 'you-and-sre-run-it', 'sre-runs-it'])(
    'reports a planned move from %s to ops-runs-it',
    (from) => {
      expect(findingsOf(transitionUnlikely, planning(from, 'ops-runs-it'))).toEqual([
        {
          code: 'transition-unlikely',
          severity: 'warning',
          subject: { kind: 'Organization', name: 'pd' },
          message: expect.stringContaining('the chapter calls this unlikely'),
          section: '§12.8.1',
        },
      ]);
    },
  );

  it('accepts possible moves and organizations without a plan', () => {
    expect(findingsOf(transitionUnlikely, planning('ops-runs-it', 'you-run-it'))).toEqual([]);
    expect(findingsOf(transitionUnlikely, tinyOrg())).toEqual([]);
  });
});
