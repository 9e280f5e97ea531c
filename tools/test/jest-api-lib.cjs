// The Jest project of a libs/api/* library: its unit tests (ts-jest, Node), one definition for every library.
// Each library's jest.config.cts names itself and may add options (a longer timeout for database tests).
/** @param {string} dir the library's folder (the config's __dirname) @param {object} [extra] further options */
module.exports = function apiLibJestConfig(dir, extra = {}) {
  const name = dir.split(/[\\/]libs[\\/]api[\\/]/)[1];
  return {
    displayName: `api-${name}`,
    // Relative to the library (libs/api/<name>), as Jest resolves a preset from the project's root.
    preset: '../../../jest.preset.js',
    testEnvironment: 'node',
    transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
    moduleFileExtensions: ['ts', 'js'],
    coverageDirectory: `../../../coverage/libs/api/${name}`,
    ...extra,
  };
};
