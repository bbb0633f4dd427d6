import type { CompiledModel, Service } from '../../model/index.ts';
import { policyOf } from '../budgets/service-budgets.ts';
import type { AlertRule } from './alert-rules.ts';
import { type PolicyBurnRateAlert, rulesFromPolicy } from './policy-alert-rules.ts';

/**
 * The burn-rate alert rules a service is watched with: its error budget policy's
 * `burnRateAlerts`, else `defaultRules` (the workbook's four). `source` says which, for reports.
 */
export function alertRulesOf(
  model: CompiledModel,
  service: Service,
  defaultRules: readonly AlertRule[],
): { readonly rules: readonly AlertRule[]; readonly source: string } {
  const policy = policyOf(model, service);
  // Read structurally: the field is optional in the policy schema.
  const configured = (policy?.spec as { readonly burnRateAlerts?: readonly PolicyBurnRateAlert[] })
    ?.burnRateAlerts;
  return configured && configured.length > 0
    ? { rules: rulesFromPolicy(configured), source: `policy ${policy?.name}` }
    : { rules: defaultRules, source: 'workbook' };
}
