export * from './freezes.ts';
export * from './handover-timeline.ts';
export * from './postmortems.ts';
export * from './run-models.ts';
export * from './service-handover.ts';
export * from './takeover-eligibility.ts';
