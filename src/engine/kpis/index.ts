export * from './downtime.ts';
export * from './kpi-groups.ts';
export * from './kpi-periods.ts';
export * from './kpis.ts';
export * from './mttr-downtime-notes.ts';
export * from './period-kpis.ts';
