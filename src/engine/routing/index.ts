export * from './label-fingerprint.ts';
export * from './owner-on-call.ts';
export * from './route-alert.ts';
export * from './run-model-rotations.ts';
export * from './running-teams.ts';
