import { describe, expect, it } from 'vitest';
import { patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { transitionNoReason } from './transition-no-reason.ts';

const planning = (currentModel: string, targetModel: string) =>
  patch(tinyOrg(), 'Organization', 'pd', { currentModel, targetModel });

describe('transition-no-reason (§12.8.1)', () => {
  it('reports a planned move back to unorganized operations', () => {
    expect(findingsOf(transitionNoReason, planning('ops-runs-it', 'unorganized'))).toEqual([
      {
        code: 'transition-no-reason',
        severity: 'warning',
        subject: { kind: 'Organization', name: 'pd' },
        message: expect.stringContaining('no reason to give up organized operations'),
        section: '§12.8.1',
      },
    ]);
  });

  it('accepts organizing unorganized operations', () => {
    expect(findingsOf(transitionNoReason, planning('unorganized', 'you-run-it'))).toEqual([]);
  });
});
