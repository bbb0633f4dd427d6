import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.ts';

const model = (spec: string) => [
  {
    name: 'rotations.yaml',
    text: `apiVersion: whorunsit/v1
kind: Person
metadata: { name: ana }
spec: { timezone: Asia/Singapore }
---
apiVersion: whorunsit/v1
kind: Rotation
metadata: { name: global }
spec:
  type: team
  members: [ana]
${spec}
`,
  },
];

describe('Rotation followTheSun', () => {
  it('accepts true, false or nothing on a 24x7 rotation', () => {
    for (const line of ['  followTheSun: true', '  followTheSun: false', '']) {
      const result = loadModel(model(`  coverage: 24x7\n${line}`));
      expect(result.ok).toBe(true);
    }
  });

  it('refuses followTheSun: true on a business-hours rotation, at the field', () => {
    const result = loadModel(model('  coverage: 8x5\n  followTheSun: true'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        file: 'rotations.yaml',
        line: 13,
        path: 'spec.followTheSun',
        message:
          'expected followTheSun only on a 24x7 rotation (8x5 and 8x7 keep business hours in the rotation’s zone), found true',
      }),
    ]);
  });

  it('refuses a follow-the-sun flag that is not a boolean', () => {
    const result = loadModel(model('  coverage: 24x7\n  followTheSun: yes-please'));
    expect(result.ok).toBe(false);
  });

  it('accepts when each site takes over, by a zone and a local time', () => {
    const result = loadModel(
      model(
        '  coverage: 24x7\n  followTheSun:\n    sites:\n      - { timezone: Asia/Singapore, from: "08:00" }\n      - { timezone: America/New_York, from: "07:30" }',
      ),
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a zone named twice',
      '[{ timezone: Asia/Singapore, from: "08:00" }, { timezone: Asia/Singapore, from: "20:00" }]',
      'spec.followTheSun.sites',
    ],
    [
      'a time that is no time of day',
      '[{ timezone: Asia/Singapore, from: "8am" }, { timezone: America/New_York, from: "07:30" }]',
      'spec.followTheSun.sites[0].from',
    ],
    [
      'an unknown zone',
      '[{ timezone: Mars/Olympus, from: "08:00" }, { timezone: America/New_York, from: "07:30" }]',
      'spec.followTheSun.sites[0].timezone',
    ],
  ])('refuses %s, at the field', (_, sites, path) => {
    const result = loadModel(model(`  coverage: 24x7\n  followTheSun: { sites: ${sites} }`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it('refuses stated takeovers on a business-hours rotation', () => {
    const result = loadModel(
      model(
        '  coverage: 8x5\n  followTheSun: { sites: [{ timezone: Asia/Singapore, from: "08:00" }, { timezone: America/New_York, from: "07:30" }] }',
      ),
    );
    expect(result.ok).toBe(false);
  });
});
