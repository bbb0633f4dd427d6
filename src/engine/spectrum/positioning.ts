import type { CompiledModel, Positioning } from '../../model/index.ts';

/** "Four Types of SRE Organizations" (§12.8.4): what each positioning focuses on, and its strategy. */
export const POSITIONING_TABLE: Readonly<
  Record<Positioning, { readonly label: string; readonly focus: string; readonly strategy: string }>
> = {
  'cost-center': {
    label: 'SRE as a cost center',
    focus: 'Cost reduction',
    strategy: 'Reduce cost',
  },
  asset: { label: 'SRE as an asset', focus: 'Reliability asset', strategy: 'Optimize the asset' },
  partner: {
    label: 'SRE as a partner',
    focus: 'Reliability business value',
    strategy: 'Exploit revenue',
  },
  enabler: {
    label: 'SRE as an enabler',
    focus: 'Enabling business through reliability',
    strategy: 'Nurture',
  },
};

/** What each positioning means in practice (§12.8.4, §12.8.5), for the reader. */
export const POSITIONING_ADVICE: Readonly<Record<Positioning, string>> = {
  'cost-center':
    'Expect yearly pressure to cut cost and head count, and almost no budget beyond the initial one: reposition it as an asset, partner or enabler.',
  asset:
    'Invest for economies of scale: SRE infrastructure and coaching packaged as self-service products; bespoke requests are not in focus.',
  partner:
    'Open new revenue streams: infrastructure as the core offering plus advisory, consulting, co-design, transformation and on-call services.',
  enabler:
    'Nurture the business through reliability; keep conveying the value to executives in money (§12.8.5).',
};

export interface SreOrganizationPositioning {
  readonly organization: string;
  /** Undefined when the organization does not state it. */
  readonly positioning: Positioning | undefined;
  readonly focus: string | undefined;
  readonly strategy: string | undefined;
  readonly advice: string;
}

/** The positioning of every SRE organization (§12.8.4). */
export function positionSreOrganizations(model: CompiledModel): SreOrganizationPositioning[] {
  return [...model.organizations.values()]
    .filter((o) => o.spec.type === 'sre')
    .map((org) => {
      const positioning = org.spec.positioning;
      if (positioning === undefined) {
        return {
          organization: org.name,
          positioning,
          focus: undefined,
          strategy: undefined,
          advice:
            'Not stated: decide whether SRE is a cost center, an asset, a partner or an enabler; anything but a cost center (§12.8.4).',
        };
      }
      const row = POSITIONING_TABLE[positioning];
      return {
        organization: org.name,
        positioning,
        focus: row.focus,
        strategy: row.strategy,
        advice: POSITIONING_ADVICE[positioning],
      };
    });
}
