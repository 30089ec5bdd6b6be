export * from './store';
export * from './selectors';
