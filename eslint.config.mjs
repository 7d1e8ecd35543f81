// Lint: JavaScript's and typescript-eslint's recommended rules, and the Office add-in rules that office-addin-lint
// applies (eslint-plugin-office-addins: load before read, sync after load, no sync in loops, isNullObject …).
// Formatting is not linted (no prettier rule): the code keeps its layout.
import js from "@eslint/js";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default [
  { ignores: ["node_modules/**", "dist/**", "build/**", "coverage/**", "test-results/**", "assets/**"] },
  js.configs.recommended,
  ...tsPlugin.configs["flat/recommended"],
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins, react },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.node, ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    settings: { react: { version: "19" } },
    rules: {
      "react/jsx-key": "error",
      "react/jsx-no-target-blank": "error",
      "react/no-danger": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // the Office.js code (elsewhere `cell.address` is exceljs' or a fake's, and the rules would misfire)
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts"],
    rules: officeRules,
  },
  {
    // plain JavaScript run by Node (scripts, jest configs, the fake Excel) may require()
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // tests and their fakes: `any` where a test builds hostile or partial objects on purpose
    files: ["test/**", "bench/**"],
    languageOptions: { globals: { ...globals.jest } },
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];
