/**
 * Add-in-Adresse für den Betrieb / the add-in's hosting address (ADDIN_URL).
 *
 * The Office templates' urlDev/urlProd convention: manifest.xml (the development manifest) names
 * https://localhost:3000/ everywhere; the build copies it to dist/manifest.xml and, when ADDIN_URL is set,
 * replaces that address with ADDIN_URL. Used by webpack.config.js (the build) and scripts/check-manifest.js
 * (the offline check), so both agree on what a valid production address and manifest are.
 *
 *   normalizeAddinUrl("https://example.org/budget")  -> "https://example.org/budget/"   (throws a German Error)
 *   productionManifest(devXml, "https://example.org/budget/") -> the production manifest's XML
 *   addinUrlOf(xml) -> the ADDIN_URL a production manifest was built for (its header comment), or undefined
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
/** Header line of a production manifest; the check reads the address back from it. */
const MARKER = "Add-in-Adresse (ADDIN_URL):";

/** localhost, 127.x, ::1, 0.0.0.0 and *.localhost: this machine, never a hosting address. */
function isLoopbackHost(hostname) {
  const h = String(hostname).toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || /^127\./.test(h) || h === "::1" || h === "0.0.0.0" || h === "::";
}

/** Any mention of this machine in a text (a manifest, a URL). */
const LOOPBACK_RE = /localhost|127\.0\.0\.\d+|\[::1\]|0\.0\.0\.0/i;

/**
 * ADDIN_URL as the folder address every manifest URL starts with: https, no user, query or fragment,
 * not this machine, always ending in "/". Throws an Error with a German message (and the English gist).
 */
function normalizeAddinUrl(raw) {
  const text = String(raw === undefined || raw === null ? "" : raw).trim();
  const fail = (why) => {
    throw new Error(`ADDIN_URL „${text}“: ${why}`);
  };
  if (!text) fail("ist leer – bitte die https-Adresse angeben, unter der dist/ liegt (z. B. https://intranet.example.org/budget). / is empty");
  if (/[\s"'<>&\\`{}|^]/.test(text)) fail("enthält Zeichen, die in einer Adresse nichts zu suchen haben (Leerzeichen, Anführungszeichen, <, >, &, \\). / contains invalid characters");
  let url;
  try {
    url = new URL(text);
  } catch {
    fail("ist keine gültige Adresse (Beispiel: https://intranet.example.org/budget). / is not a valid URL");
  }
  if (url.protocol !== "https:") fail("muss mit https:// beginnen – Excel lädt Add-ins nur über https. / must use https");
  if (url.username || url.password) fail("darf keinen Benutzernamen oder kein Kennwort enthalten. / must not contain credentials");
  if (url.search || url.hash || text.includes("?") || text.includes("#")) fail("darf kein ? und kein # enthalten. / must not contain a query or fragment");
  if (isLoopbackHost(url.hostname)) {
    fail("zeigt auf diesen Rechner (localhost) – das ist die Entwicklungsadresse von `npm start`, keine Adresse für andere. / points to this machine");
  }
  const pathname = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${pathname}`;
}

/** The origin (https://host[:port]) of a normalized ADDIN_URL: what <AppDomain> names. */
function originOf(addinUrl) {
  return new URL(addinUrl).origin;
}

function productionHeader(addinUrl) {
  return [
    "<!--",
    "  Budgetplaner – Produktions-Manifest (erzeugt von `npm run build` mit ADDIN_URL, nicht von Hand ändern).",
    `  ${MARKER} ${addinUrl}`,
    "  Alle Adressen zeigen auf diesen Ordner; dort muss der Inhalt von dist/ über https liegen.",
    "  Prüfen: npm run check:manifest   Quelle: manifest.xml (Entwicklungs-Manifest)",
    "-->",
  ].join("\n");
}

/**
 * The production manifest: every https://localhost:3000/… becomes ADDIN_URL…, the AppDomain becomes
 * ADDIN_URL's origin, and the header comment says which address it was built for. Throws when anything
 * still names this machine afterwards (the development manifest then has an address in an unusual form).
 */
function productionManifest(devXml, rawAddinUrl) {
  const addinUrl = normalizeAddinUrl(rawAddinUrl);
  let xml = String(devXml);
  const header = /<!--[\s\S]*?-->/;
  xml = header.test(xml) ? xml.replace(header, () => productionHeader(addinUrl)) : xml.replace(/(<\?xml[^>]*\?>\s*)?/, (m) => `${m}${productionHeader(addinUrl)}\n`);
  xml = xml.split(DEV_URL).join(addinUrl).split(DEV_ORIGIN).join(originOf(addinUrl));
  const left = LOOPBACK_RE.exec(xml);
  if (left) {
    const line = xml.slice(0, left.index).split("\n").length;
    throw new Error(
      `Produktions-Manifest nennt noch „${left[0]}“ (Zeile ${line}) – manifest.xml verwendet dort nicht genau ${DEV_URL}. / production manifest still names this machine`,
    );
  }
  return xml;
}

/** The ADDIN_URL named in a production manifest's header comment, or undefined (development manifest). */
function addinUrlOf(xml) {
  for (const c of String(xml).matchAll(/<!--([\s\S]*?)-->/g)) {
    const i = c[1].indexOf(MARKER);
    if (i >= 0) return c[1].slice(i + MARKER.length).trim().split(/\s+/)[0] || undefined;
  }
  return undefined;
}

module.exports = { DEV_URL, DEV_ORIGIN, MARKER, LOOPBACK_RE, isLoopbackHost, normalizeAddinUrl, originOf, productionManifest, addinUrlOf };
