import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { tierThresholds } from './availability-tier.ts';
import { plannedTransitions } from './planned-transitions.ts';
import { recommendServices } from './recommend-services.ts';

function transitions(docs: ReturnType<typeof tinyOrg>) {
  const model = modelOf(docs);
  return plannedTransitions(model, recommendServices(model, tierThresholds(model)));
}

describe('plannedTransitions (§12.8.1)', () => {
  it('classifies the organization’s stated move', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', {
      currentModel: 'you-run-it',
      targetModel: 'ops-runs-it',
    });
    expect(transitions(docs)).toEqual([
      {
        scope: 'organization',
        name: 'pd',
        from: 'you-run-it',
        to: 'ops-runs-it',
        verdict: 'unlikely',
      },
    ]);
  });

  it('classifies each service whose recommended model differs from today’s', () => {
    const docs = patch(
      patch(tinyOrg(), 'Service', 'cart', { runModel: 'ops-runs-it', sreTeam: undefined }),
      'Organization',
      'pd',
      { targetModel: 'you-and-sre-run-it' },
    );
    // The target model takes cart off operations to SRE; sre-core only consults for shop and sam
    // sits in a rotation seat (freeSres): shop's SRE is one the hiring list hires, and until it
    // joins the developers run cart.
    expect(transitions(docs)).toEqual([
      {
        scope: 'service',
        name: 'cart',
        from: 'ops-runs-it',
        to: 'you-and-sre-run-it',
        interim: 'you-run-it',
        until: { kind: 'sre-joins' },
        verdict: 'possible',
      },
    ]);
  });

  it('lists nothing when nothing changes', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', {
      currentModel: 'you-run-it',
      targetModel: 'you-run-it',
    });
    expect(transitions(docs)).toEqual([]);
  });
});
