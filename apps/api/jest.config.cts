module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // Each HTTP suite boots the app on its own database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set).
  testTimeout: 120000,
  coverageDirectory: '../../coverage/apps/api',
};
