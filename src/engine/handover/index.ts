export * from './agreement-stands.ts';
export * from './freezes.ts';
export * from './handback-to.ts';
export * from './handover-timeline.ts';
export * from './postmortems.ts';
export * from './run-from-days.ts';
export * from './service-handover.ts';
export * from './takeover-eligibility.ts';
