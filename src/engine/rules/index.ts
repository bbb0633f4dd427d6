export * from './allowed-error-ratio.ts';
export * from './prometheus-duration.ts';
export * from './prometheus-rules.ts';
export * from './rule-group.ts';
