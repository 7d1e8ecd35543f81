/** Public API of the domain engine: pure, exact, free of Office.js and the DOM. */
export * from "./money";
export * from "./errors";
export * from "./findings";
export * from "./parse";
export * from "./dates";
export * from "./legal/tables";
export * from "./employer-cost";
export * from "./employer-cost/json";
export * from "./plan/types";
export { parsePlan, parseOverrides, parseRatio } from "./plan/parse";
export * from "./plan/compute";
export * from "./plan/json";
export * from "./pflege";
export * from "./reste/reste";
export * from "./reste/vorperiode";
export * from "./report";
export * from "./forms";
