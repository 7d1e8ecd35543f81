/**
 * A minimal stand-in for the Office runtime's `CustomFunctions` global (CustomFunctionsRuntime 1.2):
 * the `Error` class and the string enum `ErrorCode` as declared in @types/custom-functions-runtime.
 * Plain CommonJS so jest tests and bench/*.bench.js can both install it: `require(".../custom-functions-shim")`.
 */
"use strict";
const ErrorCode = Object.freeze({
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
});

class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

if (!globalThis.CustomFunctions) {
  globalThis.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate() {} };
}
module.exports = globalThis.CustomFunctions;
