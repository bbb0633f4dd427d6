export * from './alertmanager-payload.ts';
export * from './field-schema.ts';
export * from './fields.ts';
export * from './incident-record.ts';
export * from './iso-time.ts';
export * from './plain-text.ts';
export * from './sli-sample-record.ts';
export * from './time-parameter.ts';
