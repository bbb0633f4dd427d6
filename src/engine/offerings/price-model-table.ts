import type { OfferingType, PriceModel } from '../../model/index.ts';

export interface ChapterOffering {
  readonly type: OfferingType;
  /** The service as the chapter names it. */
  readonly service: string;
  /** §12.4.3, "Services Offered by the SRE Organization". */
  readonly explanation: string;
  /** §12.4.7, "Price Models for Different SRE Services". */
  readonly priceModels: readonly PriceModel[];
  readonly priceModelText: string;
}

/** The chapter's two tables of SRE offerings and their price models, as data. */
export const CHAPTER_OFFERINGS: readonly ChapterOffering[] = [
  {
    type: 'advisory',
    service: 'SRE advisory',
    explanation:
      'Reliability advice for organizations and teams. Typically, this would be done without formal deliverables.',
    priceModels: ['project'],
    priceModelText: 'Project price',
  },
  {
    type: 'consulting',
    service: 'SRE consulting',
    explanation:
      'Concrete reliability consulting for teams. Typically, some concrete deliverables will be negotiated.',
    priceModels: ['project'],
    priceModelText: 'Project price',
  },
  {
    type: 'co-design',
    service: 'Services co-design',
    explanation: 'Designing services together with a team, with a focus on reliability.',
    priceModels: ['transfer-price'],
    priceModelText: 'Transfer price based on negotiated rates',
  },
  {
    type: 'transformation',
    service: 'SRE transformation',
    explanation:
      'Providing SRE coaches to run the SRE transformation within an organization or a team.',
    priceModels: ['project', 'transfer-price'],
    priceModelText: 'Project price or transfer price based on negotiated rates',
  },
  {
    type: 'shared-on-call',
    service: 'Shared on call',
    explanation:
      'Providing SREs to implement the "you build it, you and SRE run it" on-call model in a team.',
    priceModels: ['transfer-price'],
    priceModelText: 'Transfer price based on negotiated rates',
  },
  {
    type: 'dedicated-on-call',
    service: 'Dedicated on call',
    explanation:
      'Providing SREs to implement full production ownership for an organization with strictly defined entry and exit criteria expressed in terms of service reliability.',
    priceModels: ['per-service'],
    priceModelText: 'Price based on services supported',
  },
  {
    type: 'infrastructure',
    service: 'SRE infrastructure',
    explanation:
      'SRE infrastructure as a service provided for use by other organizations on a subscription basis.',
    priceModels: ['subscription'],
    priceModelText: 'Software as a service recurring pricing',
  },
];

export function chapterOffering(type: OfferingType): ChapterOffering {
  return CHAPTER_OFFERINGS.find((o) => o.type === type) as ChapterOffering;
}
