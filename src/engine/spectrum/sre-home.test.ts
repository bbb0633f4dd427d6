import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { sreHome } from './sre-home.ts';

/**
 * An existing SRE organization whose head the model does not name is not a *new* director
 * (§12.8.2): its missing head is a question to answer ("name the head of sre"), not a point off
 * that moves SRE out of the organization it sits in.
 */
function company(sreOrganization: string): ReturnType<typeof modelFrom> {
  return modelFrom(
    doc('Organization', 'dev', 'type: development\ntargetModel: you-and-sre-run-it'),
    doc('Organization', 'sre', sreOrganization),
    doc('Person', 'h1', 'role: manager'),
    ...['a', 'b'].flatMap((t) => [
      doc('Team', t, 'type: development\norganization: dev\ndomain: pay\nproductLine: shop'),
      doc('Service', `${t}-api`, `owner: ${t}\nrunModel: you-run-it\navailabilityTarget: 99.95`),
      doc('Person', `${t}1`, `team: ${t}\nrole: developer\nlocation: Berlin`),
    ]),
    doc('Team', 'sre-core', 'type: sre\norganization: sre'),
    doc('Person', 's1', 'team: sre-core\nrole: sre\nlevel: junior\nlocation: Berlin'),
  );
}

describe('sreHome: an existing SRE organization without a named head', () => {
  it('keeps SRE where it sits, scored as if its head were named', () => {
    const unnamed = sreHome(company('type: sre'));
    const named = sreHome(company('type: sre\nhead: h1'));
    expect(unnamed.recommended).toBe('sre');
    expect(unnamed.moves).toEqual([]);
    const score = (h: typeof unnamed) => h.homes.find((x) => x.home === 'sre');
    expect(score(unnamed)?.score).toBe(score(named)?.score);
    expect(score(unnamed)?.needsDirector).toBe(false);
  });

  it('asks to name its head instead', () => {
    const sre = sreHome(company('type: sre')).homes.find((x) => x.home === 'sre');
    expect(sre?.reasons.join(' ')).toContain('sre names no head: name its director or VP');
    expect(sre?.reasons.join(' ')).not.toContain('Needs a new director');
  });

  it('still counts a new director where the recommended SRE organization does not exist yet', () => {
    const model = modelFrom(
      doc('Organization', 'dev', 'type: development\ntargetModel: sre-runs-it'),
      ...Array.from({ length: 17 }, (_, i) => [
        doc('Team', `t${i}`, 'type: development\norganization: dev'),
        doc(
          'Service',
          `t${i}-api`,
          `owner: t${i}\nrunModel: you-run-it\navailabilityTarget: 99.95`,
        ),
      ]).flat(),
    );
    const sre = sreHome(model).homes.find((x) => x.home === 'sre');
    expect(sre?.organization).toBeUndefined();
    expect(sre?.needsDirector).toBe(true);
    expect(sre?.reasons.join(' ')).toContain('Needs a new director or VP');
  });
});

/**
 * An SRE team in an operations organization, sharing on-call with two development teams
 * (§12.4.2): the development organization would score higher as a home, but the move is itself a
 * change of its head count (§12.4.6).
 */
function underOperations(developmentLimit: number): ReturnType<typeof modelFrom> {
  return modelFrom(
    doc('Organization', 'dev', `type: development\nheadcountLimit: ${developmentLimit}`),
    doc('Organization', 'tech', 'type: operations'),
    ...['a', 'b'].flatMap((t) => [
      doc('Team', t, 'type: development\norganization: dev\ndomain: pay\nproductLine: shop'),
      doc(
        'Service',
        `${t}-api`,
        `owner: ${t}\nrunModel: you-and-sre-run-it\nsreTeam: sre-core\navailabilityTarget: 99.95`,
      ),
      doc('Person', `${t}1`, `team: ${t}\nrole: developer\nlocation: Berlin`),
    ]),
    doc('Team', 'sre-core', 'type: sre\norganization: tech\nsupports: [a, b]'),
    ...['s1', 's2', 's3'].map((p) =>
      doc('Person', p, 'team: sre-core\nrole: sre\nlevel: senior\nsrePracticeMonths: 24'),
    ),
  );
}

describe('sreHome: a move that takes the organization over its head count limit', () => {
  it('moves SRE into a development organization with room for its people', () => {
    const home = sreHome(underOperations(10));
    expect(home.current).toBe('operations');
    expect(home.recommended).toBe('development');
    expect(home.moves.map((m) => [m.team, m.from, m.to, m.people.length])).toEqual([
      ['sre-core', 'tech', 'dev', 3],
    ]);
  });

  it('keeps SRE where it sits when moving its team in breaks the limit before any hire', () => {
    const home = sreHome(underOperations(4));
    expect(home.recommended).toBe('operations');
    expect(home.moves).toEqual([]);
    const development = home.homes.find((h) => h.home === 'development');
    expect(development?.reasons).toContain(
      'Moving the SRE team in takes dev to 5 people against its head count limit of 4, before anyone is hired (§12.4.6).',
    );
  });

  it('weighs nothing against a home that is already where SRE sits, or has no limit', () => {
    const operations = sreHome(underOperations(4)).homes.find((h) => h.home === 'operations');
    expect(operations?.reasons.join(' ')).not.toContain('head count limit');
  });
});
