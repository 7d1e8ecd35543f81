/** Types of hf-budget-plugin.js (plain CommonJS shared with the bench). */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; dimensionality?: string; optional?: boolean }[];
    result?: { dimensionality?: string; type?: string };
  }[];
}
export function createBudgetPlugin(
  hf: typeof import("hyperformula"),
  metadata: FunctionsMetadata,
  functionsById: Readonly<Record<string, (...args: any[]) => unknown>>,
  fixedSizes?: Readonly<Record<string, { rows: number; cols: number }>>,
  namespace?: string,
): { BudgetPlugin: unknown; translations: Record<string, Record<string, string>> };
export function registerBudget(
  hf: typeof import("hyperformula"),
  metadata: FunctionsMetadata,
  functionsById: Readonly<Record<string, (...args: any[]) => unknown>>,
  deDE: unknown,
  fixedSizes?: Readonly<Record<string, { rows: number; cols: number }>>,
): void;
export const GERMAN_CONFIG: {
  readonly licenseKey: "gpl-v3";
  readonly language: "deDE";
  readonly functionArgSeparator: ";";
  readonly decimalSeparator: ",";
  readonly thousandSeparator: ".";
};
