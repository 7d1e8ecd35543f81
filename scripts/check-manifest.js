#!/usr/bin/env node
/**
 * Offline-Strukturprüfung von manifest.xml / offline structural check of manifest.xml.
 *
 * `office-addin-manifest validate` needs Microsoft's online service, so CI runs this instead.
 * It checks what the shared-runtime + custom-functions layout depends on (resids, URLs,
 * namespace, runtime wiring, requirement sets, version, id, icons). No dependencies: a small
 * XML parser below is enough for a manifest.
 *
 * Two kinds of manifest (scripts/addin-url.js):
 *  - the development manifest (manifest.xml in the repository): every URL on https://localhost:3000/;
 *  - a production manifest (dist/manifest.xml after `ADDIN_URL=https://… npm run build`): its header
 *    comment names the ADDIN_URL it was built for; every URL must be https and under that address, the
 *    AppDomain its origin, and nothing in the file may name localhost.
 *
 * CLI:  node scripts/check-manifest.js                  manifest.xml (development) and, when present,
 *                                                       dist/manifest.xml (production if built with ADDIN_URL)
 *       node scripts/check-manifest.js FILE [--addin-url URL]   one file; with --addin-url (or the
 *                                                       environment's ADDIN_URL) it must be that production manifest
 *       (exit 1 on any failed check)
 * API:  const { checkManifest } = require("./scripts/check-manifest");
 *       checkManifest(xmlText, { baseDir, addinUrl, development }) -> { ok, results: [{ ok, de, en, details }] }
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { DEV_URL, LOOPBACK_RE, addinUrlOf, normalizeAddinUrl, originOf } = require("./addin-url");

const EXPECTED_NAMESPACE = "BUDGET";
const EXPECTED_LOCALE = "de-DE";
// ExcelApi 1.13: the pane reads merged areas (Range.getMergedAreasOrNullObject, RangeAreas) and spills (1.12);
// mergeUndoGroup (1.20) is optional, older hosts ignore it.
const REQUIRED_SETS = { ExcelApi: "1.13", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" };
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;

// ---------------------------------------------------------------------------
// Minimal XML parser (elements, attributes, text, comments, CDATA, PI, DOCTYPE)
// ---------------------------------------------------------------------------

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    if (e in ENTITIES) return ENTITIES[e];
    throw new Error(`unbekannte Entität / unknown entity ${m}`);
  });
}

function lineOf(text, index) {
  return text.slice(0, index).split("\n").length;
}

/** Parses XML text into { name, local, attrs, children, text, parent }. Throws on malformed input. */
function parseXml(text) {
  const root = { name: "#document", local: "#document", attrs: {}, children: [], text: "", parent: null };
  let current = root;
  let i = 0;
  const fail = (msg) => {
    throw new Error(`XML-Fehler / XML error (Zeile/line ${lineOf(text, i)}): ${msg}`);
  };
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt === -1) {
      if (text.slice(i).trim()) fail("Text außerhalb des Wurzelelements / text outside the root element");
      break;
    }
    if (lt > i) {
      const chunk = text.slice(i, lt);
      if (current === root) {
        if (chunk.trim()) fail("Text außerhalb des Wurzelelements / text outside the root element");
      } else current.text += decodeEntities(chunk);
    }
    i = lt;
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end === -1) fail("Kommentar nicht geschlossen / unterminated comment");
      i = end + 3;
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end === -1) fail("CDATA nicht geschlossen / unterminated CDATA");
      current.text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end === -1) fail("Verarbeitungsanweisung nicht geschlossen / unterminated processing instruction");
      i = end + 2;
    } else if (text.startsWith("<!", i)) {
      const end = text.indexOf(">", i);
      if (end === -1) fail("Deklaration nicht geschlossen / unterminated declaration");
      i = end + 1;
    } else if (text.startsWith("</", i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(text.slice(i));
      if (!m) fail("ungültiges End-Tag / invalid end tag");
      if (current === root || m[1] !== current.name) fail(`End-Tag </${m[1]}> passt nicht zu <${current.name}> / end tag does not match`);
      current = current.parent;
      i += m[0].length;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i));
      if (!m) fail("ungültiges Start-Tag / invalid start tag");
      if (current === root && root.children.length > 0) fail("mehr als ein Wurzelelement / more than one root element");
      const el = { name: m[1], local: m[1].split(":").pop(), attrs: {}, children: [], text: "", parent: current };
      i += m[0].length;
      const attrRe = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/;
      for (;;) {
        const rest = text.slice(i, i + 4096);
        const a = attrRe.exec(rest);
        if (a) {
          if (a[1] in el.attrs) fail(`doppeltes Attribut / duplicate attribute ${a[1]}`);
          el.attrs[a[1]] = decodeEntities(a[3] !== undefined ? a[3] : a[4]);
          i += a[0].length;
          continue;
        }
        const close = /^\s*(\/?)>/.exec(rest);
        if (!close) fail(`ungültige Attribute in <${el.name}> / invalid attributes`);
        i += close[0].length;
        current.children.push(el);
        if (!close[1]) current = el;
        break;
      }
    }
  }
  if (current !== root) fail(`<${current.name}> nicht geschlossen / not closed`);
  if (root.children.length !== 1) fail("kein Wurzelelement / no root element");
  return root.children[0];
}

/** All descendants (depth first) whose local name is in `names` (or all when names is empty). */
function findAll(el, ...names) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      if (names.length === 0 || names.includes(c.local)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}
const child = (el, local) => (el ? el.children.find((c) => c.local === local) : undefined);
const xsiType = (el) => (el ? el.attrs["xsi:type"] : undefined);

function compareVersions(a, b) {
  const pa = String(a).split(".").map(Number);
  const pb = String(b).split(".").map(Number);
  for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
    const d = (pa[k] || 0) - (pb[k] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

function pngSize(buf) {
  const sig = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== sig) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/**
 * @param {string} xmlText manifest XML
 * @param {{ baseDir?: string | null, addinUrl?: string, development?: boolean }} [options]
 *   baseDir: folder holding assets/ (null skips the file check);
 *   addinUrl: check it as the production manifest for this ADDIN_URL (default: the one its header names);
 *   development: check it as the development manifest (every URL on https://localhost:3000/)
 */
function checkManifest(xmlText, options = {}) {
  const baseDir = options.baseDir === undefined ? path.resolve(__dirname, "..") : options.baseDir;
  const results = [];
  const add = (ok, de, en, details = []) => results.push({ ok: Boolean(ok), de, en, details: ok ? [] : details });

  let doc;
  try {
    doc = parseXml(xmlText);
  } catch (e) {
    add(false, "XML ist wohlgeformt", "XML is well-formed", [e.message]);
    return { ok: false, results };
  }
  add(true, "XML ist wohlgeformt", "XML is well-formed");

  add(
    doc.local === "OfficeApp" && xsiType(doc) === "TaskPaneApp",
    "Wurzel ist OfficeApp vom Typ TaskPaneApp",
    "root is OfficeApp of type TaskPaneApp",
    [`gefunden / found: <${doc.name} xsi:type="${xsiType(doc) || ""}">`],
  );

  const idText = (child(doc, "Id") || { text: "" }).text.trim();
  add(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(idText),
    "Id ist eine GUID",
    "Id is a GUID",
    [`Id: "${idText}"`],
  );

  const versionText = (child(doc, "Version") || { text: "" }).text.trim();
  add(/^\d+\.\d+\.\d+\.\d+$/.test(versionText), "Version hat die Form x.y.z.w", "Version matches x.y.z.w", [`Version: "${versionText}"`]);

  const locale = (child(doc, "DefaultLocale") || { text: "" }).text.trim();
  add(locale === EXPECTED_LOCALE, `DefaultLocale ist ${EXPECTED_LOCALE}`, `DefaultLocale is ${EXPECTED_LOCALE}`, [`DefaultLocale: "${locale}"`]);

  const displayName = (child(doc, "DisplayName") || { attrs: {} }).attrs.DefaultValue || "";
  add(displayName.trim() !== "", "DisplayName ist gesetzt", "DisplayName is set", ["DisplayName/@DefaultValue fehlt / missing"]);

  // Requirement sets (top-level <Requirements>, not the ones inside VersionOverrides)
  const sets = {};
  for (const s of findAll(child(doc, "Requirements") || { children: [] }, "Set")) {
    const setsEl = s.parent;
    sets[s.attrs.Name] = s.attrs.MinVersion || (setsEl && setsEl.attrs.DefaultMinVersion) || "1.1";
  }
  for (const [name, min] of Object.entries(REQUIRED_SETS)) {
    const have = sets[name];
    add(
      have !== undefined && compareVersions(have, min) >= 0,
      `Anforderung ${name} ≥ ${min}`,
      `requirement set ${name} ≥ ${min}`,
      [have === undefined ? `${name} fehlt in <Requirements> / missing` : `${name} MinVersion="${have}"`],
    );
  }

  // Resources
  const overrides = child(doc, "VersionOverrides");
  const resourcesEl = overrides ? child(overrides, "Resources") : undefined;
  const resources = new Map(); // id -> { kind, value, el }
  const duplicates = [];
  const kinds = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };
  for (const group of resourcesEl ? resourcesEl.children : []) {
    const kind = kinds[group.local];
    if (!kind) continue;
    for (const r of group.children) {
      const id = r.attrs.id;
      if (!id) continue;
      if (resources.has(id)) duplicates.push(id);
      resources.set(id, { kind, value: r.attrs.DefaultValue || "", el: r });
    }
  }
  add(Boolean(overrides && resourcesEl), "VersionOverrides mit Resources vorhanden", "VersionOverrides with Resources present", [
    "<VersionOverrides>/<Resources> fehlt / missing",
  ]);
  add(duplicates.length === 0, "Ressourcen-IDs sind eindeutig", "resource ids are unique", duplicates.map((d) => `doppelt / duplicate: ${d}`));

  // Every resid resolves, with the expected kind where it is determined by the element
  const expectedKind = (el) => {
    if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(el.local)) return "Url";
    if (el.local === "Image") return "Image";
    if (el.local === "Namespace" || el.local === "Label" || el.local === "Title") return "ShortString";
    if (el.local === "Description") return "LongString";
    return undefined;
  };
  const dangling = [];
  const wrongKind = [];
  const residEls = findAll(doc).filter((e) => "resid" in e.attrs);
  for (const el of residEls) {
    const r = resources.get(el.attrs.resid);
    if (!r) dangling.push(`<${el.name} resid="${el.attrs.resid}">`);
    else {
      const want = expectedKind(el);
      if (want && r.kind !== want) wrongKind.push(`<${el.name} resid="${el.attrs.resid}">: ${r.kind}, erwartet / expected ${want}`);
    }
  }
  add(
    dangling.length === 0,
    `alle resid-Verweise lösen auf (${residEls.length})`,
    `every resid resolves (${residEls.length})`,
    dangling.map((d) => `nicht definiert / undefined: ${d}`),
  );
  add(wrongKind.length === 0, "resid-Verweise haben den passenden Typ", "resids point to the right resource kind", wrongKind);

  // String lengths
  const tooLong = [];
  for (const [id, r] of resources) {
    const max = r.kind === "ShortString" ? MAX_SHORT_STRING : r.kind === "LongString" ? MAX_LONG_STRING : 0;
    if (max && r.value.length > max) tooLong.push(`${id}: ${r.value.length} > ${max}`);
    if ((r.kind === "ShortString" || r.kind === "LongString") && !r.value.trim()) tooLong.push(`${id}: leer / empty`);
  }
  add(tooLong.length === 0, "Texte nicht leer und nicht zu lang", "strings are non-empty and within length limits", tooLong);

  // URLs: https and one origin
  const urls = [];
  const pushUrl = (where, value) => value !== undefined && urls.push({ where, value });
  for (const local of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) pushUrl(local, (child(doc, local) || { attrs: {} }).attrs.DefaultValue);
  const defaultSource = child(child(doc, "DefaultSettings"), "SourceLocation");
  pushUrl("DefaultSettings/SourceLocation", defaultSource && defaultSource.attrs.DefaultValue);
  for (const [id, r] of resources) {
    if (r.kind !== "Url" && r.kind !== "Image") continue;
    pushUrl(`${r.kind} ${id}`, r.value);
    for (const o of r.el.children.filter((c) => c.local === "Override")) pushUrl(`${r.kind} ${id} (${o.attrs.Locale})`, o.attrs.Value);
  }
  const appDomains = findAll(child(doc, "AppDomains") || { children: [] }, "AppDomain").map((a) => a.text.trim());
  const notHttps = [];
  const origins = new Map();
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u.value);
    } catch {
      notHttps.push(`${u.where}: ungültige URL / invalid URL "${u.value}"`);
      continue;
    }
    if (parsed.protocol !== "https:") notHttps.push(`${u.where}: ${u.value}`);
    else origins.set(parsed.origin, [...(origins.get(parsed.origin) || []), u.where]);
  }
  for (const d of appDomains) if (!/^https:\/\//.test(d)) notHttps.push(`AppDomain: ${d}`);
  add(urls.length > 0 && notHttps.length === 0, `alle URLs verwenden https (${urls.length})`, `all URLs use https (${urls.length})`, notHttps);
  add(
    origins.size <= 1,
    `alle URLs haben denselben Ursprung${origins.size === 1 ? ` (${[...origins.keys()][0]})` : ""}`,
    "all URLs share one origin",
    [...origins].map(([o, where]) => `${o}: ${where.join(", ")}`),
  );

  // Shared runtime wiring and custom functions
  const hostEls = overrides ? findAll(overrides, "Host").filter((h) => xsiType(h) === "Workbook") : [];
  const host = hostEls[0];
  add(Boolean(host), "VersionOverrides enthält Host Workbook", "VersionOverrides has a Workbook host", ['<Host xsi:type="Workbook"> fehlt / missing']);
  const runtimes = host ? findAll(child(host, "Runtimes") || { children: [] }, "Runtime") : [];
  const runtime = runtimes[0];
  add(runtimes.length === 1, "genau eine Runtime", "exactly one Runtime", [`gefunden / found: ${runtimes.length}`]);
  add(
    Boolean(runtime) && runtime.attrs.lifetime === "long",
    'Runtime lifetime="long" (gemeinsame Laufzeit)',
    'Runtime lifetime="long" (shared runtime)',
    [`lifetime: "${runtime ? runtime.attrs.lifetime || "" : "—"}"`],
  );
  add(
    Boolean(host) && host.children.length > 0 && host.children[0].local === "Runtimes",
    "Runtimes ist das erste Kind von Host",
    "Runtimes is the first child of Host",
    ["<Runtimes> muss direkt nach <Host> stehen / must come first inside <Host>"],
  );

  const cf = host ? findAll(host, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions") : undefined;
  const cfResid = (local) => {
    const el = child(cf, local);
    const src = local === "Namespace" ? el : child(el, "SourceLocation");
    return src ? src.attrs.resid : undefined;
  };
  add(
    Boolean(cf) && ["Script", "Page", "Metadata", "Namespace"].every((l) => cfResid(l)),
    "CustomFunctions mit Script, Page, Metadata und Namespace",
    "CustomFunctions has Script, Page, Metadata and Namespace",
    [cf ? `fehlend / missing: ${["Script", "Page", "Metadata", "Namespace"].filter((l) => !cfResid(l)).join(", ")}` : "ExtensionPoint CustomFunctions fehlt / missing"],
  );
  const functionFile = host ? findAll(host, "FunctionFile")[0] : undefined;
  const runtimeResid = runtime && runtime.attrs.resid;
  const pageResid = cf && cfResid("Page");
  const ffResid = functionFile && functionFile.attrs.resid;
  add(
    Boolean(runtimeResid) && runtimeResid === pageResid && runtimeResid === ffResid,
    "Runtime-resid = CustomFunctions-Page-resid = FunctionFile-resid",
    "Runtime resid = CustomFunctions Page resid = FunctionFile resid",
    [`Runtime: ${runtimeResid}, Page: ${pageResid}, FunctionFile: ${ffResid}`],
  );
  const nsResid = cf && cfResid("Namespace");
  const ns = nsResid && resources.get(nsResid);
  add(
    Boolean(ns) && ns.kind === "ShortString" && ns.value === EXPECTED_NAMESPACE,
    `Namespace ist ${EXPECTED_NAMESPACE}`,
    `namespace is ${EXPECTED_NAMESPACE}`,
    [`Namespace: "${ns ? ns.value : "—"}"`],
  );
  const metadata = cf && resources.get(cfResid("Metadata"));
  add(
    Boolean(metadata) && /\/functions\.json$/.test(metadata.value),
    "Metadata zeigt auf functions.json",
    "Metadata points to functions.json",
    [`Metadata: ${metadata ? metadata.value : "—"}`],
  );

  // Development or production manifest
  const named = addinUrlOf(xmlText);
  const wanted = options.addinUrl !== undefined ? options.addinUrl : named;
  if (options.development) {
    const off = urls.filter((u) => !u.value.startsWith(DEV_URL)).map((u) => `${u.where}: ${u.value}`);
    for (const d of appDomains) if (d.replace(/\/$/, "") !== DEV_URL.replace(/\/$/, "")) off.push(`AppDomain: ${d}`);
    if (named) off.push(`Kopfkommentar nennt ADDIN_URL ${named} – das ist ein Produktions-Manifest / header names an ADDIN_URL`);
    add(off.length === 0, `Entwicklungs-Manifest: alle URLs unter ${DEV_URL}`, `development manifest: all URLs under ${DEV_URL}`, off);
  } else if (wanted !== undefined) {
    checkProduction(doc, xmlText, wanted, named, urls, appDomains, add);
  }

  // Icons exist in assets/ (and the declared size matches the PNG)
  if (baseDir !== null) {
    const iconProblems = [];
    const checked = new Set();
    const sizeFor = new Map(); // resid -> declared sizes
    for (const el of residEls.filter((e) => e.local === "Image" && e.attrs.size)) {
      sizeFor.set(el.attrs.resid, [...(sizeFor.get(el.attrs.resid) || []), Number(el.attrs.size)]);
    }
    let appBase;
    try {
      appBase = defaultSource ? new URL(".", defaultSource.attrs.DefaultValue).href : undefined;
    } catch {
      appBase = undefined;
    }
    const iconUrls = urls.filter((u) => /\.png$/i.test(u.value));
    for (const u of iconUrls) {
      let rel;
      try {
        // path relative to the add-in's base URL (folder of DefaultSettings/SourceLocation)
        const full = new URL(u.value).href;
        rel = decodeURIComponent(appBase && full.startsWith(appBase) ? full.slice(appBase.length) : new URL(u.value).pathname.replace(/^\/+/, ""));
      } catch {
        continue;
      }
      if (!rel.startsWith("assets/")) {
        iconProblems.push(`${u.where}: nicht unter assets/ / not under assets/: ${u.value}`);
        continue;
      }
      const file = path.join(baseDir, rel);
      if (!fs.existsSync(file)) {
        iconProblems.push(`${u.where}: Datei fehlt / file missing: ${rel}`);
        continue;
      }
      const dim = pngSize(fs.readFileSync(file));
      if (!dim) iconProblems.push(`${u.where}: kein PNG / not a PNG: ${rel}`);
      const id = u.where.startsWith("Image ") ? u.where.slice(6).split(" ")[0] : undefined;
      for (const size of (id && sizeFor.get(id)) || []) {
        if (dim && dim.width !== size) iconProblems.push(`${id}: size="${size}", PNG ist ${dim.width}×${dim.height} / PNG is ${dim.width}×${dim.height}`);
      }
      checked.add(rel);
    }
    add(
      iconProblems.length === 0 && checked.size > 0,
      `Symbole vorhanden in assets/ (${checked.size})`,
      `icons exist in assets/ (${checked.size})`,
      iconProblems.length ? iconProblems : ["keine Symbol-URLs gefunden / no icon URLs found"],
    );
  }

  return { ok: results.every((r) => r.ok), results };
}

/** Every attribute value and text of the manifest that is a URL (namespace declarations excepted). */
function allUrls(doc) {
  const out = [];
  const walk = (el) => {
    for (const [k, v] of Object.entries(el.attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v.trim())) out.push({ where: `<${el.name} ${k}>`, value: v.trim() });
    }
    const t = el.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) out.push({ where: `<${el.name}>`, value: t, el });
    el.children.forEach(walk);
  };
  walk(doc);
  return out;
}

function checkProduction(doc, xmlText, wanted, named, urls, appDomains, add) {
  let addinUrl;
  try {
    addinUrl = normalizeAddinUrl(wanted);
  } catch (e) {
    add(false, "ADDIN_URL ist eine gültige https-Adresse", "ADDIN_URL is a valid https address", [e.message]);
    return;
  }
  add(true, `Produktions-Manifest für ADDIN_URL ${addinUrl}`, `production manifest for ADDIN_URL ${addinUrl}`);
  let namedUrl;
  try {
    namedUrl = named === undefined ? undefined : normalizeAddinUrl(named);
  } catch {
    namedUrl = named;
  }
  add(
    namedUrl === addinUrl,
    "Kopfkommentar nennt dieselbe ADDIN_URL",
    "header comment names the same ADDIN_URL",
    [named === undefined ? "kein Kopfkommentar mit ADDIN_URL (nicht mit `npm run build` erzeugt?) / no ADDIN_URL header" : `Kopfkommentar / header: ${named}`],
  );

  const origin = originOf(addinUrl);
  const off = [];
  for (const u of allUrls(doc)) {
    if (u.el && u.el.local === "AppDomain") continue;
    if (!u.value.startsWith(addinUrl)) off.push(`${u.where}: ${u.value}`);
  }
  add(urls.length > 0 && off.length === 0, `alle URLs unter ${addinUrl}`, `all URLs under ${addinUrl}`, off);

  const badDomains = appDomains.filter((d) => d.replace(/\/$/, "") !== origin && !d.startsWith(addinUrl));
  add(
    badDomains.length === 0,
    `AppDomains nur ${origin}`,
    `AppDomains only ${origin}`,
    badDomains.map((d) => `AppDomain: ${d}`),
  );

  const mentions = [];
  const re = new RegExp(LOOPBACK_RE.source, "gi");
  for (const m of xmlText.matchAll(re)) mentions.push(`Zeile / line ${lineOf(xmlText, m.index)}: ${m[0]}`);
  add(mentions.length === 0, "nennt nirgends localhost", "names localhost nowhere", mentions);
}

function formatResults(report) {
  const lines = [];
  for (const r of report.results) {
    lines.push(`${r.ok ? "✔ OK    " : "✘ FEHLER"} ${r.de} / ${r.en}`);
    for (const d of r.details) lines.push(`           ${d}`);
  }
  const failed = report.results.filter((r) => !r.ok).length;
  lines.push(
    failed === 0
      ? `Manifest in Ordnung: ${report.results.length} Prüfungen bestanden / manifest OK: ${report.results.length} checks passed.`
      : `Manifest fehlerhaft: ${failed} von ${report.results.length} Prüfungen fehlgeschlagen / manifest invalid: ${failed} of ${report.results.length} checks failed.`,
  );
  return lines.join("\n");
}

function checkFile(file, options, label) {
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.error(`✘ Manifest nicht lesbar / cannot read manifest: ${file}: ${e.message}`);
    return false;
  }
  const rel = path.relative(process.cwd(), file) || file;
  const addinUrl = options.addinUrl !== undefined ? options.addinUrl : addinUrlOf(xml);
  const kind = options.development
    ? "Entwicklungs-Manifest / development manifest"
    : addinUrl !== undefined
      ? `Produktions-Manifest / production manifest, ADDIN_URL ${addinUrl}`
      : label || "ohne ADDIN_URL gebaut: Kopie des Entwicklungs-Manifests / built without ADDIN_URL: copy of the development manifest";
  // icons are looked up relative to the manifest's folder (repo root, or dist/ for the copied manifest)
  // a manifest that is no production manifest must be the development manifest (or its copy in dist/)
  const development = options.development || (addinUrl === undefined && options.copy === true);
  const report = checkManifest(xml, { baseDir: path.dirname(file), addinUrl, development });
  const text = `Prüfe / checking ${rel} (offline) – ${kind}\n${formatResults(report)}`;
  (report.ok ? console.log : console.error)(text);
  return report.ok;
}

function main(argv) {
  const args = [...argv];
  let addinUrl = process.env.ADDIN_URL ? process.env.ADDIN_URL : undefined;
  const flag = args.findIndex((a) => a === "--addin-url" || a.startsWith("--addin-url="));
  if (flag >= 0) {
    const a = args[flag];
    addinUrl = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[flag + 1];
    args.splice(flag, a.includes("=") ? 1 : 2);
    if (!addinUrl) {
      console.error("✘ --addin-url braucht eine Adresse / needs an address");
      return 1;
    }
  }
  const root = path.join(__dirname, "..");
  if (args.length > 0) return args.map((f) => checkFile(path.resolve(f), { addinUrl, copy: true })).every(Boolean) ? 0 : 1;

  const ok = [checkFile(path.join(root, "manifest.xml"), { development: true })];
  const built = path.join(root, "dist", "manifest.xml");
  if (fs.existsSync(built)) {
    console.log("");
    ok.push(checkFile(built, { addinUrl, copy: true }));
  } else if (addinUrl !== undefined) {
    console.error(`✘ ADDIN_URL ist gesetzt, aber dist/manifest.xml fehlt – zuerst bauen: ADDIN_URL=${addinUrl} npm run build / ADDIN_URL is set but there is no dist/manifest.xml`);
    ok.push(false);
  }
  return ok.every(Boolean) ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { checkManifest, formatResults, parseXml };
