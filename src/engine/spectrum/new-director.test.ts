import { describe, expect, it } from 'vitest';
import { modelOf, patch, tinyOrg } from '../../../test/support/docs-model.ts';
import { newDirector } from './new-director.ts';

describe('newDirector (§12.8.2)', () => {
  it('needs a new director or VP for an SRE organization running shared on-call', () => {
    expect(newDirector(modelOf(tinyOrg()))).toEqual({
      needed: true,
      organizations: [
        {
          organization: 'sre',
          runsSreTeamModels: true,
          head: 'sre-head',
          headReportsTo: 'pd-head',
        },
      ],
      reason: expect.stringContaining('needs its own director or VP'),
    });
  });

  it('needs none while the SRE organization runs no SRE team model and none is planned', () => {
    const docs = patch(tinyOrg(), 'Service', 'cart', {
      runModel: 'you-run-it',
      sreTeam: undefined,
    });
    const result = newDirector(modelOf(docs));
    expect(result.needed).toBe(false);
    expect(result.reason).toContain('runs no services with SRE teams yet');
  });

  it('needs one when the organization plans to move to an SRE team model', () => {
    let docs = patch(tinyOrg(), 'Service', 'cart', { runModel: 'you-run-it', sreTeam: undefined });
    docs = patch(docs, 'Organization', 'pd', {
      currentModel: 'you-run-it',
      targetModel: 'sre-runs-it',
    });
    expect(newDirector(modelOf(docs)).needed).toBe(true);
  });

  it('needs none when SREs report into the development organization', () => {
    const docs = patch(
      tinyOrg().filter((d) => !(d.kind === 'Organization' && d.name === 'sre')),
      'Team',
      'sre-core',
      { organization: 'dev' },
    );
    const result = newDirector(modelOf(docs));
    expect(result).toMatchObject({ needed: false, organizations: [] });
    expect(result.reason).toContain('development or operations organization');
  });

  it('says which organization above SRE its head heads too, and none for a head of SRE alone', () => {
    const docs = patch(tinyOrg(), 'Organization', 'sre', { head: 'pd-head' });
    expect(newDirector(modelOf(docs)).organizations[0]).toMatchObject({
      head: 'pd-head',
      headReportsTo: undefined,
      headHeads: 'pd',
    });
    expect(newDirector(modelOf(tinyOrg())).organizations[0]?.headHeads).toBeUndefined();
  });

  it('shows an SRE organization without a head', () => {
    const docs = patch(tinyOrg(), 'Organization', 'sre', { head: undefined });
    expect(newDirector(modelOf(docs)).organizations[0]).toMatchObject({
      head: undefined,
      headReportsTo: undefined,
    });
  });
});
