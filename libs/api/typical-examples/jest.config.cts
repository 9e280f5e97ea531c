module.exports = require('../../../tools/test/jest-api-lib.cjs')(__dirname);
