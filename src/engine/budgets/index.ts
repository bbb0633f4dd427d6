export * from './budget-periods.ts';
export * from './day-budgets.ts';
export * from './epoch.ts';
export * from './incident-budget-share.ts';
export * from './objective.ts';
export * from './period-budgets.ts';
export * from './service-budgets.ts';
export * from './sli-series.ts';
