import { describe, expect, it } from 'vitest';
import { doc } from '../../test/support/yaml-model.ts';
import { loadModel } from './load-model.ts';
import type { Problem } from './problem.ts';

const ORG = doc('Organization', 'dev', 'type: development');
const TEAM = doc('Team', 'checkout', 'type: development\norganization: dev');

function problemsOf(text: string, name = 'bad.yaml'): readonly Problem[] {
  const result = loadModel([{ name, text }]);
  expect(result.ok).toBe(false);
  return result.problems;
}

function only(text: string): Problem {
  const problems = problemsOf(text);
  expect(problems).toHaveLength(1);
  return problems[0] as Problem;
}

describe('loadModel', () => {
  it('loads a valid model into frozen maps by kind', () => {
    const result = loadModel([{ name: 'ok.yaml', text: `${ORG}---\n${TEAM}` }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const team = result.model.teams.get('checkout');
    expect(team?.spec.organization).toBe('dev');
    expect(team?.source).toEqual({ file: 'ok.yaml', line: 11, column: 9 });
    expect(Object.isFrozen(team?.spec)).toBe(true);
    expect(() => {
      (result.model.teams as Map<string, unknown>).clear();
    }).not.toThrow(); // Maps cannot be frozen, but the model object and entities are.
    expect(Object.isFrozen(result.model)).toBe(true);
  });

  it('applies documented defaults', () => {
    const rotation = doc('Rotation', 'r', 'type: team\ncoverage: 24x7\nmembers: [ann]');
    const person = doc('Person', 'ann', 'role: sre');
    const result = loadModel([{ name: 'r.yaml', text: `${rotation}---\n${person}` }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.rotations.get('r')?.spec).toMatchObject({
      timezone: 'UTC',
      shiftLength: '1w',
      handoff: 'Mon 09:00',
    });
  });

  it('reports yaml-syntax at the offending line and column', () => {
    const p = only('apiVersion: whorunsit/v1\nkind: Team\nmetadata: { name: x\n');
    expect(p).toMatchObject({ code: 'yaml-syntax', file: 'bad.yaml', line: 4, column: 1 });
  });

  it('reports a duplicated key as yaml-syntax', () => {
    const p = only(
      `${ORG}type: sre\n`.replace(
        'spec:\n  type: development\ntype: sre',
        'spec:\n  type: development\n  type: sre',
      ),
    );
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 7, column: 3 });
  });

  it('reports an alias with no anchor as unknown-alias at the alias, not as an alias bomb', () => {
    const p = only(`${ORG}---\n${TEAM}  oncall: *teams\n`);
    expect(p).toMatchObject({
      code: 'unknown-alias',
      file: 'bad.yaml',
      line: 15,
      column: 11,
      message: 'expected an anchor &teams before the alias *teams, found none',
    });
    // An anchor after the alias does not count: YAML reads a document in order.
    const later = only(`${ORG}---\n${TEAM}  a: *x\n  b: &x 1\n`);
    expect(later).toMatchObject({ code: 'unknown-alias', line: 15, column: 6 });
    // With its anchor before it, the same alias is fine, and the unknown field is what is left.
    expect(
      new Set(problemsOf(`${ORG}---\n${TEAM}  b: &x 1\n  a: *x\n`).map((p) => p.code)),
    ).toEqual(new Set(['unknown-field']));
  });

  it('reports unknown-kind with a suggestion', () => {
    const p = only(doc('Teem', 'x', 'type: development\norganization: dev'));
    expect(p).toMatchObject({ code: 'unknown-kind', line: 2, column: 7, path: 'kind' });
    expect(p.message).toContain('did you mean Team?');
  });

  it('reports a foreign apiVersion as unknown-kind', () => {
    const p = only('apiVersion: example.com/v9\nkind: Team\nmetadata: { name: x }\nspec: {}\n');
    expect(p).toMatchObject({ code: 'unknown-kind', line: 1, column: 13, path: 'apiVersion' });
  });

  it('reports unknown-field at the key, with the closest field name', () => {
    const p = only(
      `${doc('Team', 'x', 'type: development\norganization: dev\nmanger: bob')}---\n${ORG}`,
    );
    expect(p).toMatchObject({ code: 'unknown-field', line: 8, column: 3, path: 'spec.manger' });
    expect(p.message).toContain('did you mean "manager"?');
  });

  it('reports unknown-field at the top level of a document', () => {
    const p = only(`${ORG}status: {}\n`);
    expect(p).toMatchObject({ code: 'unknown-field', line: 7, column: 1, path: 'status' });
  });

  it('reports missing-field at the mapping that lacks it, naming what is expected', () => {
    const p = only(`${doc('Service', 'api', 'owner: checkout')}---\n${TEAM}---\n${ORG}`);
    expect(p).toMatchObject({ code: 'missing-field', line: 6, column: 3, path: 'spec.runModel' });
    expect(p.message).toContain('"you-run-it"');
  });

  it('reports a missing spec and a missing apiVersion', () => {
    expect(only('apiVersion: whorunsit/v1\nkind: Team\nmetadata: { name: x }\n')).toMatchObject({
      code: 'missing-field',
      path: 'spec',
      line: 1,
      column: 1,
    });
    expect(only('kind: Team\nmetadata: { name: x }\nspec: {}\n')).toMatchObject({
      code: 'missing-field',
      line: 1,
      column: 1,
    });
  });

  it('reports invalid-value with what was expected and what was found', () => {
    const p = only(doc('Organization', 'x', 'type: department'));
    expect(p).toMatchObject({ code: 'invalid-value', line: 6, column: 9, path: 'spec.type' });
    expect(p.message).toContain('found "department"');
    expect(p.message).toContain('"product-delivery"');
  });

  it('rejects names that are not lowercase slugs', () => {
    const p = only(doc('Organization', 'Dev Team', 'type: development'));
    expect(p).toMatchObject({ code: 'invalid-value', line: 4, column: 9, path: 'metadata.name' });
    expect(p.message).toContain('lowercase slug');
  });

  it('rejects unknown time zones, bad handoffs and targets of 100%', () => {
    const problems = problemsOf(
      [
        doc('Person', 'ann', 'timezone: Mars/Olympus'),
        doc('Rotation', 'r', 'type: team\ncoverage: 24x7\nmembers: [ann]\nhandoff: "Monday 9am"'),
        doc('Service', 's', 'owner: checkout\nrunModel: you-run-it\navailabilityTarget: 100'),
        TEAM,
        ORG,
      ].join('---\n'),
    );
    expect(problems.map((p) => [p.code, p.path, p.line, p.column])).toEqual([
      ['invalid-value', 'spec.timezone', 6, 13],
      ['invalid-value', 'spec.handoff', 16, 12],
      ['invalid-value', 'spec.availabilityTarget', 25, 23],
    ]);
  });

  it('reports duplicate-name at the second definition and points to the first', () => {
    const problems = problemsOf(`${ORG}---\n${ORG}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'duplicate-name', line: 11, column: 9 });
    expect(problems[0]?.message).toContain('bad.yaml:4');
  });

  it('allows the same name in different kinds', () => {
    const result = loadModel([
      {
        name: 'a.yaml',
        text: `${ORG}---\n${doc('Team', 'dev', 'type: development\norganization: dev')}`,
      },
    ]);
    expect(result.ok).toBe(true);
  });

  it('reports unknown-reference with the closest existing name', () => {
    const p = only(
      `${doc('Team', 'checkout', 'type: development\norganization: devs')}---\n${ORG}`,
    );
    expect(p).toMatchObject({
      code: 'unknown-reference',
      line: 7,
      column: 17,
      path: 'spec.organization',
    });
    expect(p.message).toContain('did you mean "dev"?');
  });

  it('resolves references inside lists and both forms of supports', () => {
    const sre = doc(
      'Team',
      'sre',
      'type: sre\norganization: dev\nsupports: [checkout, { team: checkou, hoursPerMonth: 10 }, nobody]',
    );
    const problems = problemsOf([ORG, TEAM, sre].join('---\n'));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-reference', 'spec.supports[1].team'],
      ['unknown-reference', 'spec.supports[2]'],
    ]);
  });

  it('does not cascade unknown-reference onto documents that failed validation', () => {
    const problems = problemsOf(
      `${[ORG, doc('Team', 'checkout', 'type: development\norganization: dev\ncolour: red')].join(
        '---\n',
      )}---\n${doc('Person', 'ann', 'team: checkout')}`,
    );
    expect(problems.map((p) => p.code)).toEqual(['unknown-field']);
  });

  it('still checks the references of a document that failed validation', () => {
    const problems = problemsOf(
      `${ORG}---\n${doc('Team', 'web', 'type: development\norganization: devs\ncolour: red')}`,
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-reference', 'spec.organization'],
      ['unknown-field', 'spec.colour'],
    ]);
  });

  it('reports reporting-cycle listing the loop once', () => {
    const people = [
      doc('Person', 'carol', 'reportsTo: alice'),
      doc('Person', 'alice', 'reportsTo: bob'),
      doc('Person', 'bob', 'reportsTo: carol'),
      doc('Person', 'dave', 'reportsTo: alice'),
    ].join('---\n');
    const p = only(people);
    expect(p).toMatchObject({
      code: 'reporting-cycle',
      line: 13,
      column: 14,
      path: 'spec.reportsTo',
    });
    expect(p.message).toBe(
      'reportsTo forms a loop: alice reports to bob reports to carol reports to alice',
    );
  });

  it('reports a person reporting to themselves', () => {
    expect(only(doc('Person', 'ann', 'reportsTo: ann'))).toMatchObject({ code: 'reporting-cycle' });
  });

  it('reports parent-cycle for organizations', () => {
    const orgs = [
      doc('Organization', 'a', 'type: development\nparent: b'),
      doc('Organization', 'b', 'type: development\nparent: a'),
    ].join('---\n');
    expect(only(orgs)).toMatchObject({ code: 'parent-cycle', line: 7, column: 11 });
  });

  it('reports every problem of every file in one run, sorted by file and position', () => {
    const result = loadModel([
      { name: 'b.yaml', text: doc('Organization', 'x', 'type: nope') },
      {
        name: 'a.yaml',
        text: `${doc('Team', 't', 'type: development\norganization: ghost')}---\nkind: [`,
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.code}`)).toEqual([
      'a.yaml:7:unknown-reference',
      'a.yaml:9:yaml-syntax',
      'b.yaml:6:invalid-value',
    ]);
  });

  it('skips empty documents and reports non-mapping documents', () => {
    expect(loadModel([{ name: 'e.yaml', text: `---\n${ORG}---\n` }]).ok).toBe(true);
    expect(only('just a string\n')).toMatchObject({ code: 'invalid-value', line: 1, column: 1 });
  });
});
