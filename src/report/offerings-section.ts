import type { OfferingsCatalog } from '../engine/offerings/index.ts';
import { toJson } from '../engine/plan/document/json-value.ts';
import type { PlanDocument } from '../engine/plan/document/plan-document-schema.ts';
import {
  blocksMarkdown,
  joined,
  mono,
  monoNames,
  para,
  type SectionBlocks,
  strong,
} from './plan/blocks.ts';
import { money } from './plan/doc-figures.ts';

/** §12.4.3 and §12.4.7 for `chargeback`: the offerings catalog as Markdown. */
export function offeringsSection(catalog: OfferingsCatalog): string | undefined {
  const blocks = offeringsBlocks(toJson(catalog));
  return blocks && blocksMarkdown(blocks);
}

/**
 * §12.4.3 and §12.4.7: what the SRE organization offers and how each offering is priced; the
 * one section `chargeback` and `plan` write.
 */
export function offeringsBlocks(catalog: PlanDocument['offerings']): SectionBlocks | undefined {
  if (catalog.entries.length === 0) return undefined;
  return {
    title: 'SRE offerings and price models (§12.4.3, §12.4.7)',
    why: 'The services the SRE organization offers inside the company, each with its price model; the chapter names project prices, negotiated transfer prices, prices per service supported and subscriptions.',
    blocks: [
      {
        headers: [
          'Offering',
          'Service',
          'Price model',
          "Chapter's price model",
          'Price',
          'Provider',
        ],
        rows: catalog.entries.map((e) => [
          mono(e.name),
          e.service,
          e.chapterPriceModel
            ? mono(e.priceModel)
            : [strong(mono(e.priceModel)), " (not the chapter's)"],
          joined(e.chapterPriceModels.map(mono), ' or '),
          money(e.price),
          e.provider ? mono(e.provider) : '–',
        ]),
      },
      catalog.notOffered.length > 0
        ? para(['Not offered yet: ', monoNames(catalog.notOffered), '.'])
        : null,
    ],
  };
}
