export * from './error-meanings.ts';
export * from './error-table.ts';
export * from './whorunsit-error.ts';
