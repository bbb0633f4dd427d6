import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { OFFERING_TYPES } from '../../model/index.ts';
import { formatMoney } from '../money/index.ts';
import { offeringsCatalog } from './offerings-catalog.ts';
import { CHAPTER_OFFERINGS } from './price-model-table.ts';

describe('CHAPTER_OFFERINGS', () => {
  it("has the seven services of §12.4.3 in the chapter's order", () => {
    expect(CHAPTER_OFFERINGS.map((o) => o.type)).toEqual([...OFFERING_TYPES]);
  });

  // §12.4.7 "Price Models for Different SRE Services", row by row.
  it.each([
    ['advisory', ['project']],
    ['consulting', ['project']],
    ['co-design', ['transfer-price']],
    ['transformation', ['project', 'transfer-price']],
    ['shared-on-call', ['transfer-price']],
    ['dedicated-on-call', ['per-service']],
    ['infrastructure', ['subscription']],
  ])('prices %s with %j', (type, models) => {
    expect(CHAPTER_OFFERINGS.find((o) => o.type === type)?.priceModels).toEqual(models);
  });
});

describe('offeringsCatalog', () => {
  const model = modelFrom(
    doc('Organization', 'sre', 'type: sre'),
    doc(
      'Offering',
      'advice',
      'type: advisory\npriceModel: project\nprice: { amount: 12000, currency: EUR }\nprovider: sre',
    ),
    doc('Offering', 'odd', 'type: infrastructure\npriceModel: project'),
  );
  const catalog = offeringsCatalog(model);

  it('lists each offering with its price in exact money', () => {
    const [advice] = catalog.entries;
    expect(advice).toMatchObject({
      name: 'advice',
      service: 'SRE advisory',
      priceModel: 'project',
      chapterPriceModel: true,
    });
    expect(advice?.price && formatMoney(advice.price)).toBe('12000.00');
  });

  it('marks a price model the chapter does not name for the service', () => {
    expect(catalog.entries[1]).toMatchObject({
      chapterPriceModel: false,
      chapterPriceModels: ['subscription'],
    });
  });

  it("names the chapter's offerings not offered yet", () => {
    expect(catalog.notOffered).toEqual([
      'consulting',
      'co-design',
      'transformation',
      'shared-on-call',
      'dedicated-on-call',
    ]);
  });
});
