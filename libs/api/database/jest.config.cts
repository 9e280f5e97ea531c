// The first run builds the PGlite template snapshot, which takes longer than Jest's default 5 s.
module.exports = require('../../../tools/test/jest-api-lib.cjs')(__dirname, { testTimeout: 120_000 });
