import type { EngineEndpoint } from '../engine-endpoint.ts';
import { budgetsEndpoint } from './budgets.ts';
import { careersEndpoint } from './careers.ts';
import { changePlanEndpoint } from './change-plan.ts';
import { chargebackEndpoint } from './chargeback.ts';
import { checksEndpoint } from './checks.ts';
import { handoverEndpoint } from './handover.ts';
import { kpisEndpoint } from './kpis.ts';
import { onCallCostEndpoint } from './oncall-cost.ts';
import { planEndpoint } from './plan.ts';
import { schedulesEndpoint } from './schedules.ts';
import { staffingEndpoint } from './staffing.ts';

/** Every engine endpoint, in the order the API documentation lists them. */
export const ENGINE_ENDPOINTS: readonly EngineEndpoint[] = [
  checksEndpoint,
  planEndpoint,
  staffingEndpoint,
  onCallCostEndpoint,
  schedulesEndpoint,
  budgetsEndpoint,
  handoverEndpoint,
  kpisEndpoint,
  chargebackEndpoint,
  careersEndpoint,
  changePlanEndpoint,
];
