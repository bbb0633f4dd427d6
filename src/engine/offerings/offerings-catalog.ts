import type { CompiledModel, OfferingType, PriceModel } from '../../model/index.ts';
import { type Money, moneyFromMajor } from '../money/index.ts';
import { CHAPTER_OFFERINGS, chapterOffering } from './price-model-table.ts';

export interface CatalogEntry {
  readonly name: string;
  readonly type: OfferingType;
  readonly service: string;
  readonly description: string | undefined;
  readonly priceModel: PriceModel;
  readonly price: Money | undefined;
  readonly provider: string | undefined;
  /** Whether the price model is one the chapter names for this service (§12.4.7). */
  readonly chapterPriceModel: boolean;
  readonly chapterPriceModels: readonly PriceModel[];
}

export interface OfferingsCatalog {
  readonly entries: readonly CatalogEntry[];
  /** Chapter offerings the SRE organization does not offer (yet): room to grow (§12.4.3). */
  readonly notOffered: readonly OfferingType[];
}

/** The SRE organization's offerings with their price models, checked against the chapter. */
export function offeringsCatalog(model: CompiledModel): OfferingsCatalog {
  const entries = [...model.offerings.values()].map((o) => {
    const chapter = chapterOffering(o.spec.type);
    return {
      name: o.name,
      type: o.spec.type,
      service: chapter.service,
      description: o.metadata.description,
      priceModel: o.spec.priceModel,
      price: o.spec.price ? moneyFromMajor(o.spec.price.amount, o.spec.price.currency) : undefined,
      provider: o.spec.provider,
      chapterPriceModel: chapter.priceModels.includes(o.spec.priceModel),
      chapterPriceModels: chapter.priceModels,
    };
  });
  const offered = new Set(entries.map((e) => e.type));
  return {
    entries,
    notOffered: CHAPTER_OFFERINGS.map((o) => o.type).filter((t) => !offered.has(t)),
  };
}
