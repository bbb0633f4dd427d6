import { chargeback } from '../../../engine/chargeback/index.ts';
import { offeringsCatalog } from '../../../engine/offerings/index.ts';
import { chargebackSection } from '../../chargeback-section.ts';
import { offeringsSection } from '../../offerings-section.ts';
import type { PlanSection } from '../plan-section.ts';

/** §12.4.7: chargeback statements for an average month (a plan has no calendar). */
export const chargebackPlanSection: PlanSection = {
  id: 'chargeback',
  render: (model) => chargebackSection(chargeback(model, 'average')),
};

/** §12.4.3, §12.4.7: the offerings catalog. */
export const offeringsPlanSection: PlanSection = {
  id: 'offerings',
  render: (model) => offeringsSection(offeringsCatalog(model)),
};
