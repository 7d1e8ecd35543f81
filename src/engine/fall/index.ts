export * from "./types";
export { parseFall, mergeFall, BEDARFSERMITTLUNG_MONATE } from "./parse";
export { checkFall } from "./check";
export { fallJson } from "./json";
