export * from './domain.ts';
export * from './events.ts';
