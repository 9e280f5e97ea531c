// Test helpers live behind their own entry point so the app bundle never pulls them in.
export * from './lib/testing';
