export { type CatalogEntry, type OfferingsCatalog, offeringsCatalog } from './offerings-catalog.ts';
export { CHAPTER_OFFERINGS, type ChapterOffering, chapterOffering } from './price-model-table.ts';
