export * from './check.ts';
export { CHECKS } from './registry.ts';
export { hasErrors, runChecks } from './run-checks.ts';
export { IGNORE_ANNOTATION, suppressedCodes } from './suppressed-codes.ts';
