/** Jest: ts-jest in transpile-only mode (types are checked once by `npm run typecheck`). */
const esmOnly = ["strip-bom", "uuid"]; // reached via office-addin-mock -> office-addin-manifest
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.test.ts?(x)"],
  // DOM tests of Fluent dialogs can take seconds on a busy 2-core CI machine
  testTimeout: 20000,
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx", allowJs: true } }],
    [`^.+/node_modules/(${esmOnly.join("|")})/.+\\.js$`]: ["ts-jest", { isolatedModules: true, tsconfig: { allowJs: true, module: "commonjs" } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!.*(${esmOnly.join("|")})/)`],
};
