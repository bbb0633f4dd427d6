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
