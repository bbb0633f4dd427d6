import { describe, expect, it } from 'vitest';
import { doc, modelOf } from '../../../test/support/short-model.ts';
import { personReadiness, readinessForRole } from './readiness.ts';

const base = [
  doc.org('pd', { type: 'product-delivery' }),
  doc.team('sre-core', { type: 'sre', organization: 'pd', domain: 'payments' }),
];

function readinessOf(name: string, extra: ReturnType<typeof doc.person>[]) {
  const model = modelOf([...base, ...extra]);
  const person = model.people.get(name);
  if (!person) throw new Error(name);
  return { model, person, readiness: personReadiness(model, person) };
}

function statuses(criteria: readonly { id: string; status: string }[] | undefined) {
  return Object.fromEntries((criteria ?? []).map((c) => [c.id, c.status]));
}

const fullEvidence = {
  nextLevelWorkMonths: 7,
  influenceBeyondScope: true,
  communication: true,
  supportiveFeedbackMonths: 6,
  seeksResponsibility: true,
};

describe('personReadiness', () => {
  it('reports every criterion unknown when the model has no evidence, and never guesses', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', { team: 'sre-core', role: 'sre', level: 'junior' }),
    ]);
    expect(readiness.track).toBe('sre');
    expect(readiness.current?.verdict).toBe('unknown');
    expect(statuses(readiness.current?.criteria)).toEqual({
      'sre-practice-before-role': 'unknown',
      'minimum-experience': 'unknown',
    });
    expect(readiness.next?.level).toBe('senior');
    expect(readiness.next?.verdict).toBe('unknown');
    expect(new Set(readiness.next?.criteria.map((c) => c.status))).toEqual(new Set(['unknown']));
  });

  it('marks a junior with full evidence and three years ready for senior', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', {
        team: 'sre-core',
        role: 'sre',
        level: 'junior',
        experienceYears: 3,
        srePracticeMonths: 4,
        careerEvidence: fullEvidence,
      }),
    ]);
    expect(readiness.current?.verdict).toBe('meets');
    expect(readiness.next?.verdict).toBe('meets');
    // Junior to senior needs no mentoring (§12.10.2: only for principal).
    expect(readiness.next?.criteria.map((c) => c.id)).not.toContain('mentored-an-sre');
  });

  it('needs more than six months of next-level work, but six months of feedback suffice', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', {
        role: 'sre',
        level: 'junior',
        experienceYears: 4,
        srePracticeMonths: 2,
        careerEvidence: { ...fullEvidence, nextLevelWorkMonths: 6, supportiveFeedbackMonths: 6 },
      }),
    ]);
    const s = statuses(readiness.next?.criteria);
    expect(s['next-level-work']).toBe('unmet');
    expect(s['supportive-feedback']).toBe('met');
    expect(readiness.next?.verdict).toBe('does-not-meet');
  });

  it('holds the minimum experience of 1, 3 and 5 years per level', () => {
    const people = [
      doc.person('j0', { role: 'sre', level: 'junior', experienceYears: 0.5 }),
      doc.person('j1', { role: 'sre', level: 'junior', experienceYears: 1 }),
      doc.person('s2', { role: 'sre', level: 'senior', experienceYears: 2.9 }),
      doc.person('s3', { role: 'sre', level: 'senior', experienceYears: 3 }),
      doc.person('p4', { role: 'platform-sre', level: 'principal', experienceYears: 4 }),
      doc.person('p5', { role: 'platform-sre', level: 'principal', experienceYears: 5 }),
    ];
    const model = modelOf([...base, ...people]);
    const experience = (name: string) => {
      const person = model.people.get(name);
      if (!person) throw new Error(name);
      return statuses(personReadiness(model, person).current?.criteria)['minimum-experience'];
    };
    expect(['j0', 'j1', 's2', 's3', 'p4', 'p5'].map(experience)).toEqual([
      'unmet',
      'met',
      'unmet',
      'met',
      'unmet',
      'met',
    ]);
  });

  it('fails the role assignment rule when the person never practiced SRE before the role', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', { role: 'sre', level: 'junior', experienceYears: 2, srePracticeMonths: 0 }),
    ]);
    expect(statuses(readiness.current?.criteria)['sre-practice-before-role']).toBe('unmet');
    expect(readiness.current?.verdict).toBe('does-not-meet');
    // A title without practice is a candidacy, as every command that counts SREs says (§12.9.4).
    expect(readiness.track).toBe('candidate');
    expect(readiness.notes.join(' ')).toContain('without SRE practice');
  });

  it('requires a positively reviewed SRE mentorship for principal', () => {
    const mentee = doc.person('bo', { role: 'sre', level: 'junior' });
    const senior = (mentees: unknown) =>
      doc.person('ana', {
        role: 'sre',
        level: 'senior',
        experienceYears: 8,
        srePracticeMonths: 12,
        careerEvidence: { ...fullEvidence, ...(mentees === undefined ? {} : { mentees }) },
      });
    const mentoring = (mentees: unknown, extra = [mentee]) =>
      statuses(readinessOf('ana', [senior(mentees), ...extra]).readiness.next?.criteria)[
        'mentored-an-sre'
      ];
    expect(mentoring([{ person: 'bo', feedback: 'positive' }])).toBe('met');
    expect(mentoring([{ person: 'bo', feedback: 'mixed' }])).toBe('unmet');
    expect(mentoring([])).toBe('unmet');
    expect(mentoring([{ person: 'bo' }])).toBe('unknown');
    expect(mentoring(undefined)).toBe('unknown');
    // A developer's positive feedback does not count: the mentee must be an SRE.
    expect(
      mentoring(
        [{ person: 'dev', feedback: 'positive' }],
        [doc.person('dev', { role: 'developer' })],
      ),
    ).toBe('unmet');
    // A mentee whose role is not recorded could be an SRE: unknown, not unmet.
    expect(mentoring([{ person: 'x', feedback: 'positive' }], [doc.person('x')])).toBe('unknown');
  });

  it('treats a mentorship known only from the mentee side as unknown until its feedback is recorded', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', {
        role: 'sre',
        level: 'senior',
        careerEvidence: { mentees: [] },
      }),
      doc.person('bo', { role: 'sre', level: 'junior', mentors: ['ana'] }),
    ]);
    const criterion = readiness.next?.criteria.find((c) => c.id === 'mentored-an-sre');
    expect(criterion?.status).toBe('unknown');
    expect(criterion?.evidence).toContain('bo');
  });

  it('has no next level for a principal SRE', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', { role: 'sre', level: 'principal' }),
    ]);
    expect(readiness.next).toBeNull();
    expect(readiness.notes[0]).toContain('top');
  });

  it('cannot judge the next step of an SRE whose level is not set', () => {
    const { readiness } = readinessOf('ana', [
      doc.person('ana', { role: 'sre', experienceYears: 9, srePracticeMonths: 3 }),
    ]);
    expect(readiness.current?.verdict).toBe('unknown');
    expect(readiness.next).toBeNull();
    expect(readiness.notes[0]).toContain('level is not set');
  });

  it('judges a developer practicing SRE as a candidate for junior SRE', () => {
    const { readiness } = readinessOf('dev', [
      doc.person('dev', { role: 'developer', experienceYears: 2, srePracticeMonths: 5 }),
    ]);
    expect(readiness.track).toBe('candidate');
    expect(readiness.current).toBeNull();
    expect(readiness.next).toMatchObject({ role: 'sre', level: 'junior', verdict: 'meets' });
  });

  it('leaves people without SRE evidence and open positions off the SRE track', () => {
    const model = modelOf([
      ...base,
      doc.person('dev', { role: 'developer', onCall: true }),
      doc.person('seat', { role: 'sre', level: 'junior', team: 'sre-core', openPosition: true }),
    ]);
    const track = (name: string) => {
      const person = model.people.get(name);
      if (!person) throw new Error(name);
      return personReadiness(model, person);
    };
    expect(track('dev')).toMatchObject({ track: 'other', current: null, next: null });
    expect(track('seat')).toMatchObject({ track: 'open-position', current: null, next: null });
  });
});

describe('readinessForRole', () => {
  it('adds the transition criteria only when the level goes up or a senior role is newly assigned', () => {
    const model = modelOf([
      ...base,
      doc.person('ana', { role: 'sre', level: 'senior', experienceYears: 6 }),
    ]);
    const person = model.people.get('ana');
    if (!person) throw new Error('ana');
    const same = readinessForRole({ model, person, role: 'sre', level: 'senior', from: 'senior' });
    const up = readinessForRole({ model, person, role: 'sre', level: 'principal', from: 'senior' });
    const down = readinessForRole({ model, person, role: 'sre', level: 'junior', from: 'senior' });
    const assigned = readinessForRole({
      model,
      person,
      role: 'sre',
      level: 'senior',
      from: 'none',
    });
    const assignedJunior = readinessForRole({
      model,
      person,
      role: 'sre',
      level: 'junior',
      from: 'none',
    });
    expect(same?.criteria.map((c) => c.id)).toEqual(['minimum-experience']);
    expect(assigned?.criteria.map((c) => c.id)).toContain('sre-practice-before-role');
    expect(assigned?.criteria.map((c) => c.id)).toContain('next-level-work');
    expect(assignedJunior?.criteria).toHaveLength(2);
    expect(down?.criteria.map((c) => c.id)).toEqual(['minimum-experience']);
    expect(up?.criteria.map((c) => c.id)).toContain('mentored-an-sre');
  });

  it('has no criteria for roles off the SRE engineering ladder', () => {
    const model = modelOf([...base, doc.person('ana', { role: 'developer' })]);
    const person = model.people.get('ana');
    if (!person) throw new Error('ana');
    expect(readinessForRole({ model, person, role: 'manager', level: undefined })).toBeUndefined();
  });
});
