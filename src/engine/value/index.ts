export * from './incident-losses.ts';
export * from './loss-basis.ts';
export * from './value-baseline.ts';
export * from './value-report.ts';
