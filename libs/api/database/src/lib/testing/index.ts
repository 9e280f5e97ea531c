export * from './test-database';
export * from './throwaway-cluster';
