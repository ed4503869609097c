export * from './limits.ts';
export * from './errors.ts';
export * from './analyze.ts';
export * from './detection.ts';
export * from './share.ts';
