export * from './alert-rules.ts';
export * from './burn-rate-alerts.ts';
export * from './service-alerts.ts';
export * from './sloth-alert-windows.ts';
