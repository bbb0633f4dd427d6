import { describe, expect, it } from 'vitest';
import { doc, modelOf, type TestDocument } from '../../../../test/support/short-model.ts';
import { drivingQuestions } from '../driving-questions.ts';

const org: TestDocument[] = [
  doc.org('pd', { type: 'product-delivery', head: 'ceo' }),
  doc.person('ceo', { role: 'manager' }),
];
const band = (name: string, spec: Record<string, unknown>): TestDocument => ({
  kind: 'SalaryBand',
  name,
  spec,
});

function salaryQuestion(docs: TestDocument[]) {
  return drivingQuestions(modelOf(docs))
    .find((c) => c.category === 'Budget')
    ?.questions.find((q) => q.question.startsWith('What are the salaries'));
}

describe('the budget question on SRE salaries', () => {
  it('is answered by the salary bands of SRE levels and roles, with their location', () => {
    expect(
      salaryQuestion([
        ...org,
        band('dev', { role: 'developer', annual: 85000, currency: 'EUR' }),
        band('junior', { level: 'junior', annual: 78000, currency: 'EUR' }),
        band('sre-blr', { role: 'sre', location: 'Bangalore', annual: 2400000, currency: 'INR' }),
      ]),
    ).toEqual({
      question: 'What are the salaries by role and location in the realm of SRE?',
      status: 'answered',
      source: 'model',
      answer: [
        'junior SRE, every location: 78,000 EUR a year',
        'SRE, Bangalore: 2,400,000 INR a year',
      ],
    });
  });

  it('stays open, saying why, when the bands price no SRE', () => {
    expect(
      salaryQuestion([...org, band('dev', { role: 'developer', annual: 85000, currency: 'EUR' })]),
    ).toMatchObject({
      status: 'open',
      why: 'the salary bands of the model state none for an SRE role or level',
    });
  });

  it('stays open when the model has no salary bands', () => {
    expect(salaryQuestion(org)).toMatchObject({
      status: 'open',
      why: 'not described by the model: decide and record it',
    });
  });
});
