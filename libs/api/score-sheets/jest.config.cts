module.exports = {
  displayName: 'api-score-sheets',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  coverageDirectory: '../../../coverage/libs/api/score-sheets',
  // The first run builds the PGlite template snapshot, which takes longer than Jest's default 5 s.
  testTimeout: 120_000,
};
