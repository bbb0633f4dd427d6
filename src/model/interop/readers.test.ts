import { describe, expect, it } from 'vitest';
import { FOREIGN_API_VERSIONS, formatOf } from './detect-format.ts';
import { READERS } from './readers.ts';

describe('the reader registry', () => {
  it('has one reader per format, each recognising its own documents and no other reader’s', () => {
    const formats = READERS.map((r) => r.format);
    expect(new Set(formats).size).toBe(formats.length);
    const samples: Record<(typeof formats)[number], unknown> = {
      backstage: { apiVersion: 'backstage.io/v1alpha1', kind: 'Group' },
      openslo: { apiVersion: 'openslo/v1', kind: 'SLO' },
      sloth: { version: 'prometheus/v1', service: 'x', slos: [] },
      'slo-generator': { error_budget_policies: {} },
      'prometheus-rules': { groups: [{ name: 'g', rules: [] }] },
    };
    for (const reader of READERS) {
      const mine = samples[reader.format];
      expect(formatOf(mine), reader.format).toBe(reader.format);
      for (const other of READERS.filter((r) => r !== reader)) {
        expect(other.detects(mine), `${other.format} claims a ${reader.format} document`).toBe(
          false,
        );
      }
    }
  });

  it('leaves whorunsit documents, unknown apiVersions and shapeless values to nobody', () => {
    expect(formatOf({ apiVersion: 'whorunsit/v1', kind: 'Team' })).toBe('whorunsit');
    expect(formatOf({ apiVersion: 'example.com/v1', groups: [] })).toBe('unknown');
    expect(formatOf({ apiVersion: 7, slos: [], version: 'prometheus/v1' })).toBe('unknown');
    expect(formatOf('text')).toBe('unknown');
    expect(formatOf([])).toBe('unknown');
  });

  it('names in messages the apiVersions the readers read', () => {
    expect(FOREIGN_API_VERSIONS).toEqual([
      'backstage.io/v1alpha1',
      'openslo/v1',
      'openslo/v1alpha',
      'sloth.slok.dev/v1',
      'sre.google.com/v2',
    ]);
  });
});
