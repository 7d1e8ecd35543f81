// Typen für scripts/check-manifest.js (CommonJS) / types for the offline manifest check.
export interface ManifestCheckResult {
  ok: boolean;
  /** German description of the check */
  de: string;
  /** English description of the check */
  en: string;
  /** Why it failed (empty when ok) */
  details: string[];
}
export interface ManifestReport {
  ok: boolean;
  results: ManifestCheckResult[];
}
export interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}
/**
 * baseDir: folder containing assets/ (default: repository root); null skips the icon file check.
 * addinUrl: check as the production manifest for this ADDIN_URL (default: the ADDIN_URL its header comment names).
 * development: check as the development manifest (every URL under https://localhost:3000/).
 */
export function checkManifest(xmlText: string, options?: { baseDir?: string | null; addinUrl?: string; development?: boolean }): ManifestReport;
export function formatResults(report: ManifestReport): string;
export function parseXml(text: string): XmlElement;
