import { chargebackBlocks } from '../../chargeback-section.ts';
import { offeringsBlocks } from '../../offerings-section.ts';
import { blockSection } from '../plan-section.ts';

/** §12.4.7: chargeback statements for an average month (a plan has no calendar). */
export const chargebackPlanSection = blockSection('chargeback', ({ chargeback }) =>
  chargebackBlocks(chargeback, 'an average month'),
);

/** §12.4.3, §12.4.7: the offerings catalog. */
export const offeringsPlanSection = blockSection('offerings', ({ offerings }) =>
  offeringsBlocks(offerings),
);
