import { backstageReader } from './backstage/backstage-reader.ts';
import { openSloReader } from './openslo/openslo-reader.ts';
import { prometheusRulesReader } from './prometheus-rules/prometheus-rules-reader.ts';
import { sloGeneratorReader } from './slo-generator/slo-generator-reader.ts';
import { slothReader } from './sloth/sloth-reader.ts';

/**
 * Every reader of another tool's files, in the order their entities and policies are assembled
 * (a catalog's entities first). A new source is its folder and one entry here; its format,
 * detection and messages follow from the entry.
 */
export const READERS = [
  backstageReader,
  openSloReader,
  slothReader,
  sloGeneratorReader,
  prometheusRulesReader,
] as const;

/** The formats of other tools whorunsit reads. */
export type ReaderFormat = (typeof READERS)[number]['format'];
