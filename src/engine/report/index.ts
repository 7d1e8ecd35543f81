/** Verwendungsnachweis: reading, checking and the result JSON. */
export * from "./types";
export { parseReport, REPORT_FORMAT, DEFAULT_REPORT_RULES } from "./parse";
export { checkReport } from "./check";
export { reportResultJson, type ReportResultJson } from "./json";
export { REPORT_RULES, type ReportRuleInfo } from "./rules/catalogue";
