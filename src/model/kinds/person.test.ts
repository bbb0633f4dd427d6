import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.ts';

const person = (spec: string) => `apiVersion: whorunsit/v1
kind: Person
metadata: { name: ana }
spec:
${spec}
`;

describe('Person career evidence', () => {
  it('accepts the evidence fields of §12.10.2 and an open position', () => {
    const result = loadModel([
      {
        name: 'people.yaml',
        text: `${person(`  role: sre
  level: senior
  openPosition: false
  careerEvidence:
    nextLevelWorkMonths: 7
    influenceBeyondScope: true
    communication: true
    supportiveFeedbackMonths: 6
    seeksResponsibility: false
    mentees: [{ person: bo, feedback: positive }]`)}---
apiVersion: whorunsit/v1
kind: Person
metadata: { name: bo }
spec: { role: sre }
`,
      },
    ]);
    expect(result.ok).toBe(true);
  });

  it('rejects a misspelt evidence field at its location', () => {
    const result = loadModel([
      { name: 'p.yaml', text: person('  careerEvidence:\n    comunication: true') },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      code: 'unknown-field',
      line: 6,
      path: expect.stringContaining('careerEvidence'),
    });
  });

  it('rejects negative months and unknown feedback values', () => {
    const result = loadModel([
      {
        name: 'p.yaml',
        text: person(
          '  careerEvidence:\n    nextLevelWorkMonths: -1\n    mentees: [{ person: ana, feedback: great }]',
        ),
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-value', 'invalid-value']);
  });

  it('reports a mentee that is not a person in the model', () => {
    const result = loadModel([
      { name: 'p.yaml', text: person('  careerEvidence:\n    mentees: [{ person: ghost }]') },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      code: 'unknown-reference',
      path: 'spec.careerEvidence.mentees[0].person',
    });
  });
});
