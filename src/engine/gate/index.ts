export * from './deployment-gate.ts';
