import type { OfferingsCatalog } from '../engine/offerings/index.ts';
import { amount } from './figures.ts';
import { code, names, section, table, text } from './plan/markdown.ts';

/** §12.4.3 and §12.4.7: what the SRE organization offers and how each offering is priced. */
export function offeringsSection(catalog: OfferingsCatalog): string | undefined {
  if (catalog.entries.length === 0) return undefined;
  return section(
    'SRE offerings and price models (§12.4.3, §12.4.7)',
    'The services the SRE organization offers inside the company, each with its price model; the chapter names project prices, negotiated transfer prices, prices per service supported and subscriptions.',
    table(
      ['Offering', 'Service', 'Price model', "Chapter's price model", 'Price', 'Provider'],
      catalog.entries.map((e) => [
        code(e.name),
        text(e.service),
        e.chapterPriceModel ? code(e.priceModel) : `**${code(e.priceModel)}** (not the chapter's)`,
        e.chapterPriceModels.map(code).join(' or '),
        amount(e.price),
        e.provider ? code(e.provider) : '–',
      ]),
    ),
    catalog.notOffered.length > 0 ? `Not offered yet: ${names(catalog.notOffered)}.` : '',
  );
}
