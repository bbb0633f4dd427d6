export * from './alert-rules.ts';
export * from './alert-rules-of.ts';
export * from './burn-rate-alerts.ts';
export * from './policy-alert-rules.ts';
export * from './service-alerts.ts';
export * from './service-budgets-and-alerts.ts';
