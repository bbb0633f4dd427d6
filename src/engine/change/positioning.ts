import type { Positioning } from '../../model/index.ts';

/** The four types of SRE organizations (§12.8.4): what each focuses on and its strategy. */
export const POSITIONING_FOCUS: Readonly<
  Record<Positioning, { readonly label: string; readonly focus: string; readonly strategy: string }>
> = {
  'cost-center': { label: 'a cost center', focus: 'cost reduction', strategy: 'reduce cost' },
  asset: { label: 'an asset', focus: 'the reliability asset', strategy: 'optimize the asset' },
  partner: {
    label: 'a partner',
    focus: 'reliability business value',
    strategy: 'exploit revenue',
  },
  enabler: {
    label: 'an enabler',
    focus: 'enabling business through reliability',
    strategy: 'nurture',
  },
};
