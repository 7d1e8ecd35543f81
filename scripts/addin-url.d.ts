// Types for scripts/addin-url.js (CommonJS): the hosting address ADDIN_URL and the production manifest.
export const DEV_URL: string;
export const DEV_ORIGIN: string;
export const MARKER: string;
export const LOOPBACK_RE: RegExp;
export function isLoopbackHost(hostname: string): boolean;
/** "https://example.org/budget" -> "https://example.org/budget/"; throws an Error with a German message. */
export function normalizeAddinUrl(raw: string | undefined | null): string;
export function originOf(addinUrl: string): string;
/** The development manifest with every https://localhost:3000/ replaced by ADDIN_URL. Throws on leftovers. */
export function productionManifest(devXml: string, addinUrl: string): string;
/** The ADDIN_URL a production manifest was built for (its header comment), or undefined. */
export function addinUrlOf(xml: string): string | undefined;
