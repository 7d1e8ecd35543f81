/**
 * Jest for the browser tests (npm run test:e2e): Debian's chromium through playwright-core against the
 * production build in build/e2e-web (made by test/e2e/build.js). One worker: the tests share 2 cores
 * with chromium.
 */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  maxWorkers: 1,
  testTimeout: 60000,
  slowTestThreshold: 20,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", isolatedModules: true } }],
  },
};
