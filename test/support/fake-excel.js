/**
 * fake-excel.js — an in-memory Excel with the Office.js object model the task pane's Office layer
 * (src/taskpane/office) uses. Plain JavaScript, no build step. Two ways to use it:
 *
 * 1. jest (CommonJS):
 *      const fake = require("../../support/fake-excel");
 *      const fx = fake.install(globalThis);      // sets globalThis.Excel, Office, OfficeExtension, __fakeExcel
 *      fx.control.setValues("Tabelle1", "A1:B1", [["x", 1]]);
 *      fake.uninstall(globalThis);               // removes them again
 *    or `fake.createFakeExcel(options)` → { Excel, Office, OfficeExtension, control } without touching globals.
 *
 * 2. Browser: loaded as a plain <script> instead of office.js (no `module` defined) it installs
 *    `Office`, `Excel`, `OfficeExtension` and the control API `__fakeExcel` on globalThis. Options may be
 *    given before the script runs: `globalThis.__fakeExcelOptions = { sheets: ["Tabelle1"], workbookName, platform }`.
 *    `Office.onReady()` resolves `{ host: "Excel", platform: "OfficeOnline" }`; `Office.context.requirements
 *    .isSetSupported()` is always true.
 *
 * Options (createFakeExcel / install / reset): `sheets` (names of the starting sheets, default ["Tabelle1"]),
 * `workbookName` (default "Mappe1.xlsx"), `platform` (default "OfficeOnline"), `dateSystem` (1900 or 1904).
 *
 * Control API (`fx.control`, in the browser `globalThis.__fakeExcel`) — what a user does in Excel's grid:
 *   setValues(sheet, address, values2d)   type values; strings starting with "=" become formulas; "" clears;
 *                                         null leaves a cell unchanged; fires worksheets.onChanged once
 *   setValue(sheet, address, value)       one cell (the same, scalar)
 *   setFormulaResult(sheet, address, v)   the value a formula cell shows (the fake does NOT evaluate formulas:
 *                                         a formula cell shows "" until this is called); a 2-D `v` larger than
 *                                         1×1 spills from the cell (its neighbours show the values, report no formula)
 *   setNumberFormat(sheet, address, fmt)  number format of every cell of the range
 *   getValues(sheet, address) → 2-D       what the cells show ("" when empty; formula cells their set result)
 *   getValue(sheet, address)              top-left cell of getValues
 *   getFormulas(sheet, address) → 2-D     the formula ("=…") or, without one, the value
 *   getNumberFormats(sheet, address)      "General" when none
 *   selection() / getSelection()          { sheet, address } of the active sheet (address without sheet, e.g. "E7")
 *   activeSheet()                         name of the active sheet
 *   sheetNames(), tableNames()            in workbook order
 *   table(name) → { name, sheet, address, style, showTotals } | undefined
 *   names() → [{ name, value }]           workbook names (value like "=Übersicht!$B$3:$B$17", "=#REF!")
 *   validation(sheet, cell) → { rule, prompt, errorAlert, ignoreBlanks } | undefined
 *   columnWidth(sheet, column) → points   (column letter or number); frozenRows(sheet); font(sheet, cell)
 *   pageLayout(sheet) → { paperSize, orientation, zoom, printArea ("A1:H20"), printTitleRows ("1:1"),
 *                         printTitleColumns ("A:A"), printOrder ("DownThenOver" | "OverThenDown"),
 *                         headerFooter: { leftHeader, centerHeader, rightHeader, leftFooter, centerFooter, rightFooter } }
 *   addSheet(name), deleteSheet(name), renameSheet(old, new), addTable(sheet, address, name), protectSheet(name, on)
 *   setVisibility(sheet, "Visible" | "Hidden" | "VeryHidden")
 *   merge(sheet, address)                 merges the cells (only the top-left one shows its value)
 *   setDateSystem(1900 | 1904)            the date system `workbook.functions.date()` answers in
 *   syncCount(), runs() → [{ options, syncs }], operationCount(), resetCounters()
 *   handlerCount()                        registered worksheets.onChanged handlers
 *   failNextSync(code, message)           the next context.sync() rejects with that Office error code
 *   workbookName(name?)                   get / set the workbook's name
 *   reset(options?)                       a fresh workbook (and counters)
 *
 * Strict semantics, like Office.js:
 * - reading a property that was not loaded and synced throws (code "PropertyNotLoaded");
 * - property writes and method calls are queued and applied at `context.sync()`, in order; an operation that
 *   fails rejects the sync with an OfficeExtension.Error-like error ({ code, message, debugInfo }) and the rest
 *   of the batch is dropped (what ran before stays applied, as in Excel);
 * - `*OrNullObject` results expose `isNullObject` after the next sync; other objects report `false`;
 * - an `Excel.run` whose batch returns with queued, unsynced operations fails (catches a missing sync);
 * - 2-D writes must match the range's size (null = leave unchanged, "" = clear);
 * - validation titles ≤ 32 characters, prompt ≤ 255, error message ≤ 225; list sources `=Sheet!…` must name
 *   an existing sheet; sheet names ≤ 31 characters without []:*?/\ and unique (case-insensitive);
 *   table and workbook names unique; tables may not overlap.
 * Not modelled: formula evaluation, recalculation, undo, tables growing when a user types below them, sheet
 * protection details (a protected sheet rejects every API write with "AccessDenied").
 * Events are delivered synchronously from the control API (Excel delivers them asynchronously).
 */
(function (root, factory) {
  const api = factory();
  if (typeof module === "object" && module && module.exports) module.exports = api;
  else api.install(root, root.__fakeExcelOptions || {});
})(typeof globalThis !== "undefined" ? globalThis : this, function () {
  "use strict";

  const MAX_ROWS = 1048576;
  const MAX_COLS = 16384;
  const DEFAULT_WIDTH = 48; // points (8.43 characters)

  // ------------------------------------------------------------------------------------------------
  // Errors

  class FakeOfficeError extends Error {
    constructor(code, message) {
      super(message);
      this.name = "RichApi.Error";
      this.code = code;
      this.debugInfo = { code, message };
    }
  }
  const fail = (code, message) => {
    throw new FakeOfficeError(code, message);
  };

  const ErrorCodes = {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    generalException: "GeneralException",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    notImplemented: "NotImplemented",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  };

  // ------------------------------------------------------------------------------------------------
  // Addresses

  function colNumber(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n;
  }
  function colLetters(n) {
    let s = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function quoteSheet(name) {
    return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }
  function splitSheet(address) {
    const a = String(address).trim().replace(/^=/, "");
    const bang = a.lastIndexOf("!");
    if (bang < 0) return { sheet: undefined, ref: a };
    let sheet = a.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    return { sheet, ref: a.slice(bang + 1) };
  }
  /** "A1", "A1:B2", "A:B", "2:3" (with or without $) → 1-based rect. */
  function parseRef(ref) {
    const parts = ref.replace(/\$/g, "").toUpperCase().split(":");
    if (parts.length > 2 || !parts[0]) fail("InvalidArgument", `Ungültige Adresse: ${ref}`);
    const one = (p) => {
      let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
      if (m) return { r: Number(m[2]), c: colNumber(m[1]), kind: "cell" };
      m = /^([A-Z]{1,3})$/.exec(p);
      if (m) return { c: colNumber(m[1]), kind: "col" };
      m = /^(\d+)$/.exec(p);
      if (m) return { r: Number(m[1]), kind: "row" };
      return fail("InvalidArgument", `Ungültige Adresse: ${ref}`);
    };
    const a = one(parts[0]);
    const b = parts.length === 2 ? one(parts[1]) : a;
    if (a.kind !== b.kind) fail("InvalidArgument", `Ungültige Adresse: ${ref}`);
    let rect;
    if (a.kind === "cell") rect = { r1: a.r, c1: a.c, r2: b.r, c2: b.c };
    else if (a.kind === "col") rect = { r1: 1, c1: a.c, r2: MAX_ROWS, c2: b.c };
    else rect = { r1: a.r, c1: 1, r2: b.r, c2: MAX_COLS };
    const norm = { r1: Math.min(rect.r1, rect.r2), r2: Math.max(rect.r1, rect.r2), c1: Math.min(rect.c1, rect.c2), c2: Math.max(rect.c1, rect.c2) };
    if (norm.r1 < 1 || norm.c1 < 1 || norm.r2 > MAX_ROWS || norm.c2 > MAX_COLS) fail("InvalidArgument", `Ungültige Adresse: ${ref}`);
    return norm;
  }
  function rectRef(rect, absolute) {
    const d = absolute ? "$" : "";
    const a = `${d}${colLetters(rect.c1)}${d}${rect.r1}`;
    return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? a : `${a}:${d}${colLetters(rect.c2)}${d}${rect.r2}`;
  }
  const key = (r, c) => r * 20000 + c;
  const overlaps = (a, b) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
  const inside = (r, c, x) => r >= x.r1 && r <= x.r2 && c >= x.c1 && c <= x.c2;

  // ------------------------------------------------------------------------------------------------
  // The workbook model

  const FORBIDDEN_SHEET = /[[\]:*?/\\]/;

  class Model {
    constructor(options) {
      this.reset(options);
    }
    reset(options = {}) {
      this.options = options;
      this.nextId = 1;
      this.sheets = [];
      this.names = []; // { name, sheet, rect, comment }
      this.handlers = []; // { id, fn }
      this.syncs = 0;
      this.ops = 0;
      this.runs = [];
      this.failures = [];
      this.workbookName = options.workbookName || "Mappe1.xlsx";
      this.dateSystem = options.dateSystem === 1904 ? 1904 : 1900;
      for (const n of options.sheets || ["Tabelle1"]) this.addSheet(n);
      this.active = this.sheets[0];
    }
    sheet(name) {
      const n = String(name).toLowerCase();
      return this.sheets.find((s) => s.name.toLowerCase() === n);
    }
    sheetOrFail(name) {
      return this.sheet(name) || fail("ItemNotFound", `Das Blatt „${name}“ gibt es nicht.`);
    }
    checkSheetName(name, except) {
      if (typeof name !== "string" || !name || name.length > 31 || FORBIDDEN_SHEET.test(name) || name.startsWith("'") || name.endsWith("'")) {
        fail("InvalidArgument", `Ungültiger Blattname: ${name}`);
      }
      const other = this.sheet(name);
      if (other && other !== except) fail("ItemAlreadyExists", `Ein Blatt „${name}“ gibt es schon.`);
    }
    addSheet(name, index) {
      if (name === undefined) {
        let k = this.sheets.length + 1;
        while (this.sheet(`Tabelle${k}`)) k++;
        name = `Tabelle${k}`;
      }
      this.checkSheetName(name);
      const s = { id: `{sheet-${this.nextId++}}`, name, cells: new Map(), colWidths: new Map(), frozenRows: 0, validations: [], tables: [], selection: "A1", protected: false, visibility: "Visible", merged: [] };
      if (index === undefined) this.sheets.push(s);
      else this.sheets.splice(index, 0, s);
      return s;
    }
    deleteSheet(s) {
      if (this.sheets.length === 1) fail("InvalidOperation", "Die letzte Tabelle kann nicht gelöscht werden.");
      this.sheets = this.sheets.filter((x) => x !== s);
      for (const n of this.names) if (n.sheet === s) n.sheet = undefined; // #REF!
      if (this.active === s) this.active = this.sheets[0];
    }
    allTables() {
      return this.sheets.flatMap((s) => s.tables);
    }
    table(name) {
      const n = String(name).toLowerCase();
      return this.allTables().find((t) => t.name.toLowerCase() === n);
    }
    nameItem(name) {
      const n = String(name).toLowerCase();
      return this.names.find((x) => x.name.toLowerCase() === n);
    }
    checkNewName(name, except) {
      if (typeof name !== "string" || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        fail("InvalidArgument", `Ungültiger Name: ${name}`);
      }
      const t = this.table(name);
      const n = this.nameItem(name);
      if ((t && t !== except) || (n && n !== except)) fail("ItemAlreadyExists", `Den Namen „${name}“ gibt es schon.`);
    }
    guardWrite(s) {
      if (s.protected) fail("AccessDenied", `Das Blatt „${s.name}“ ist geschützt.`);
    }
    // cells ---------------------------------------------------------------------------------------
    cell(s, r, c) {
      return s.cells.get(key(r, c));
    }
    cellForWrite(s, r, c) {
      let x = s.cells.get(key(r, c));
      if (!x) {
        x = {};
        s.cells.set(key(r, c), x);
      }
      return x;
    }
    shown(s, r, c) {
      if (s.merged.length && s.merged.some((m) => inside(r, c, m) && (r !== m.r1 || c !== m.c1))) return "";
      const x = this.cell(s, r, c);
      if (!x) return "";
      if (x.f !== undefined) return x.result === undefined || x.result === null ? "" : x.result;
      return x.v === undefined || x.v === null ? "" : x.v;
    }
    formulaOf(s, r, c) {
      const x = this.cell(s, r, c);
      if (!x) return "";
      if (x.f !== undefined) return x.f;
      return x.v === undefined || x.v === null ? "" : x.v;
    }
    hasContent(x) {
      return x.f !== undefined || (x.v !== undefined && x.v !== null && x.v !== "");
    }
    clearSpill(s, anchorCell) {
      if (!anchorCell.spill) return;
      for (const k of anchorCell.spill.children) {
        const ch = s.cells.get(k);
        if (ch && ch.spillOf !== undefined) {
          delete ch.v;
          delete ch.spillOf;
        }
      }
      delete anchorCell.spill;
    }
    /** One cell written through values/formulas (or typed): "=…" → formula, "" → clear. */
    writeCell(s, r, c, input) {
      if (input === null || input === undefined) return;
      const x = this.cellForWrite(s, r, c);
      if (x.spillOf !== undefined) {
        // typing into a spill range blocks the spill: the anchor shows #SPILL!
        const anchor = s.cells.get(x.spillOf);
        if (anchor) {
          this.clearSpill(s, anchor);
          anchor.result = "#SPILL!";
        }
        delete x.spillOf;
      }
      this.clearSpill(s, x);
      if (typeof input === "string" && input.length > 1 && input.startsWith("=")) {
        x.f = input;
        delete x.v;
        delete x.result;
        return;
      }
      delete x.f;
      delete x.result;
      if (input === "") delete x.v;
      else x.v = input;
    }
    writeGrid(s, rect, grid, how) {
      const rows = rect.r2 - rect.r1 + 1;
      const cols = rect.c2 - rect.c1 + 1;
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
        fail("InvalidArgument", `Die Größe der Eingabe passt nicht zum Bereich (${rows}×${cols}).`);
      }
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const v = grid[i][j];
          if (v === null || v === undefined) continue;
          if (how === "numberFormat") {
            const x = this.cellForWrite(s, rect.r1 + i, rect.c1 + j);
            if (v === "" || v === "General") delete x.nf;
            else x.nf = String(v);
          } else this.writeCell(s, rect.r1 + i, rect.c1 + j, v);
        }
      }
    }
    read(s, rect, fn) {
      const out = [];
      for (let r = rect.r1; r <= rect.r2; r++) {
        const row = [];
        for (let c = rect.c1; c <= rect.c2; c++) row.push(fn(r, c));
        out.push(row);
      }
      return out;
    }
    usedRect(s, valuesOnly) {
      let r1 = Infinity, c1 = Infinity, r2 = 0, c2 = 0;
      for (const [k, x] of s.cells) {
        if (valuesOnly ? !this.hasContent(x) : !this.hasContent(x) && !x.nf && !x.font && !x.fill) continue;
        const r = Math.floor(k / 20000);
        const c = k % 20000;
        if (r < r1) r1 = r;
        if (r > r2) r2 = r;
        if (c < c1) c1 = c;
        if (c > c2) c2 = c;
      }
      return r2 === 0 ? undefined : { r1, c1, r2, c2 };
    }
    validationAt(s, r, c) {
      for (let i = s.validations.length - 1; i >= 0; i--) if (inside(r, c, s.validations[i].rect)) return s.validations[i];
      return undefined;
    }
    validationFor(s, rect) {
      let v = s.validations.find((x) => x.rect.r1 === rect.r1 && x.rect.c1 === rect.c1 && x.rect.r2 === rect.r2 && x.rect.c2 === rect.c2);
      if (!v) {
        v = { rect: { ...rect }, rule: undefined, prompt: undefined, errorAlert: undefined, ignoreBlanks: true };
        s.validations.push(v);
      }
      return v;
    }
    addTable(s, rect, hasHeaders) {
      if (hasHeaders && rect.r1 === rect.r2) rect = { ...rect, r2: rect.r2 + 1 }; // Excel adds one data row
      for (const t of this.allTables()) if (t.sheet === s && overlaps(t, rect)) fail("InvalidOperation", "Tabellen dürfen sich nicht überschneiden.");
      if (!hasHeaders) {
        // a header row is inserted above: the fake keeps it simple and uses the first row
        fail("NotImplemented", "fake-excel: tables.add(…, false) is not modelled");
      }
      const seen = new Set();
      for (let c = rect.c1; c <= rect.c2; c++) {
        let h = String(this.shown(s, rect.r1, c));
        if (!h) h = `Spalte${c - rect.c1 + 1}`;
        let u = h;
        for (let k = 2; seen.has(u.toLowerCase()); k++) u = `${h}${k}`;
        seen.add(u.toLowerCase());
        if (u !== this.shown(s, rect.r1, c)) this.writeCell(s, rect.r1, c, u);
      }
      let k = this.allTables().length + 1;
      while (this.table(`Tabelle${k}`) || this.nameItem(`Tabelle${k}`)) k++;
      const t = { id: `{table-${this.nextId++}}`, name: `Tabelle${k}`, sheet: s, ...rect, style: "TableStyleMedium2", showTotals: false };
      s.tables.push(t);
      return t;
    }
    copySheet(s, position, relative) {
      let name;
      for (let k = 2; ; k++) {
        const base = s.name.slice(0, 31 - ` (${k})`.length);
        name = `${base} (${k})`;
        if (!this.sheet(name)) break;
      }
      const idx = this.sheets.indexOf(s);
      let at;
      switch (position) {
        case "Beginning":
          at = 0;
          break;
        case "Before":
          at = this.sheets.indexOf(relative);
          break;
        case "After":
          at = this.sheets.indexOf(relative) + 1;
          break;
        case "End":
          at = undefined;
          break;
        default:
          at = idx + 1;
      }
      const c = this.addSheet(name, at);
      const cloned = new Map();
      for (const [k, x] of s.cells) cloned.set(k, JSON.parse(JSON.stringify(x)));
      c.cells = cloned;
      c.colWidths = new Map(s.colWidths);
      c.frozenRows = s.frozenRows;
      // the page setup travels with the copy, as in Excel
      for (const p of ["paperSize", "orientation", "zoom", "printArea", "printTitleRows", "printTitleColumns", "printOrder", "headerFooter"]) {
        if (s[p] !== undefined) c[p] = JSON.parse(JSON.stringify(s[p]));
      }
      c.validations = s.validations.map((v) => JSON.parse(JSON.stringify(v)));
      c.selection = s.selection;
      for (const t of s.tables) {
        let k = 2;
        while (this.table(`${t.name}${k}`) || this.nameItem(`${t.name}${k}`)) k++;
        c.tables.push({ ...t, id: `{table-${this.nextId++}}`, name: `${t.name}${k}`, sheet: c });
      }
      return c;
    }
    fire(event, args) {
      for (const h of this.handlers.filter((x) => x.event === event)) {
        try {
          const p = h.fn(args);
          if (p && typeof p.catch === "function") p.catch(() => undefined);
        } catch {
          /* a failing handler does not stop Excel */
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Proxies

  const NOT_LOADED = (p) =>
    new FakeOfficeError("PropertyNotLoaded", `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

  class ClientObject {
    constructor(ctx, resolve, nullable) {
      this._ctx = ctx;
      this._resolver = resolve;
      this._loaded = Object.create(null);
      this._nullable = !!nullable;
      if (nullable) {
        this._nullKnown = false;
        ctx._enqueue(() => {
          this._isNull = this._resolveNullable() == null;
          this._nullKnown = true;
        }, true);
      }
    }
    get context() {
      return this._ctx;
    }
    get isNullObject() {
      if (!this._nullable) return false;
      if (!this._nullKnown) throw NOT_LOADED("isNullObject");
      return this._isNull;
    }
    _resolveNullable() {
      if (!("_cache" in this)) this._cache = this._resolver();
      return this._cache;
    }
    _entity() {
      const e = this._resolveNullable();
      if (e == null) fail("ItemNotFound", "Das Objekt gibt es nicht (Nullobjekt).");
      return e;
    }
    _get(prop) {
      if (!(prop in this._loaded)) throw NOT_LOADED(prop);
      return this._loaded[prop];
    }
    _set(prop, value) {
      const spec = this.constructor.PROPS[prop];
      this._ctx._enqueue(() => spec.set.call(this, this._entity(), value));
    }
    load(props) {
      const list = normalizeLoad(props, this.constructor);
      this._ctx._enqueue(() => this._loadNow(list), true);
      return this;
    }
    _loadNow(list) {
      const e = this._resolveNullable();
      const P = this.constructor.PROPS;
      const itemProps = list.filter((p) => p.startsWith("items")).map((p) => p.slice(6)).filter(Boolean);
      if (list.some((p) => p.startsWith("items"))) this._loadItems(e, itemProps);
      for (const p of list) {
        if (p.startsWith("items")) continue;
        const [head, ...rest] = p.split("/");
        const spec = P[head];
        if (!spec || !spec.get) fail("InvalidArgument", `fake-excel: '${head}' cannot be loaded on ${this.constructor.name}`);
        if (rest.length) {
          // a navigation path: load on the related object
          const child = this[head];
          child._loadNow([rest.join("/")]);
          continue;
        }
        this._loaded[head] = e == null ? null : spec.get.call(this, e);
      }
    }
    toJSON() {
      return { ...this._loaded };
    }
  }

  function normalizeLoad(props, Cls) {
    let list;
    if (props === undefined) list = Object.keys(Cls.PROPS).filter((p) => Cls.PROPS[p].get && !Cls.PROPS[p].nav);
    else if (typeof props === "string") list = props.split(",");
    else if (Array.isArray(props)) list = props;
    else if (props && typeof props === "object") {
      const sel = props.select || props.$select;
      list = typeof sel === "string" ? sel.split(",") : Array.isArray(sel) ? sel : Object.keys(props).filter((k) => props[k] === true);
    } else list = [];
    list = list.map((s) => s.trim()).filter(Boolean);
    if (Cls.ITEM && list.some((p) => !p.startsWith("items"))) {
      list = list.map((p) => (p.startsWith("items") || (Cls.PROPS[p.split("/")[0]] && Cls.PROPS[p.split("/")[0]].get) ? p : `items/${p}`));
    }
    return list;
  }

  function defineProps(Cls, props) {
    Cls.PROPS = props;
    for (const [name, spec] of Object.entries(props)) {
      if (spec.nav) continue;
      Object.defineProperty(Cls.prototype, name, {
        configurable: true,
        get() {
          return this._get(name);
        },
        set(v) {
          if (!spec.set) throw new TypeError(`fake-excel: ${Cls.name}.${name} is read-only`);
          this._set(name, v);
        },
      });
    }
  }

  /** Collections: `items` holds proxies of the child class. */
  class Collection extends ClientObject {
    get items() {
      return this._get("items");
    }
    _loadItems(e, sub) {
      const Item = this.constructor.ITEM;
      const list = e == null ? [] : this._list(e);
      this._loaded.items = list.map((x) => {
        const p = new Item(this._ctx, () => x);
        p._cache = x;
        if (sub.length) p._loadNow(normalizeLoad(sub.join(","), Item));
        return p;
      });
    }
  }

  // ---- Range ----------------------------------------------------------------------------------

  class Range extends ClientObject {
    get format() {
      return (this._format ??= new RangeFormat(this._ctx, () => this._entity()));
    }
    get dataValidation() {
      return (this._dv ??= new DataValidation(this._ctx, () => this._entity()));
    }
    get worksheet() {
      return (this._ws ??= new Worksheet(this._ctx, () => this._entity().sheet));
    }
    _model() {
      return this._ctx._model;
    }
    select() {
      this._ctx._enqueue(() => {
        const e = this._entity();
        this._model().active = e.sheet;
        e.sheet.selection = rectRef(e.rect, false);
      });
    }
    getCell(row, column) {
      return new Range(this._ctx, () => {
        const e = this._entity();
        const r = e.rect.r1 + row;
        const c = e.rect.c1 + column;
        if (row < 0 || column < 0 || r > MAX_ROWS || c > MAX_COLS) fail("InvalidArgument", "Zelle außerhalb des Blatts.");
        return { sheet: e.sheet, rect: { r1: r, c1: c, r2: r, c2: c } };
      });
    }
    getResizedRange(deltaRows, deltaColumns) {
      return new Range(this._ctx, () => {
        const e = this._entity();
        const rect = { ...e.rect, r2: e.rect.r2 + deltaRows, c2: e.rect.c2 + deltaColumns };
        if (rect.r2 < rect.r1 || rect.c2 < rect.c1) fail("InvalidArgument", "Ungültige Größe.");
        return { sheet: e.sheet, rect };
      });
    }
    getMergedAreasOrNullObject() {
      return new RangeAreas(
        this._ctx,
        () => {
          const e = this._resolveNullable();
          if (!e) return null;
          const hits = e.sheet.merged.filter((m) => overlaps(m, e.rect));
          return hits.length ? { sheet: e.sheet, rects: hits } : null;
        },
        true,
      );
    }
    getSpillingToRangeOrNullObject() {
      return new Range(
        this._ctx,
        () => {
          const e = this._resolveNullable();
          if (!e) return null;
          const x = this._model().cell(e.sheet, e.rect.r1, e.rect.c1);
          if (!x || !x.spill) return null;
          return { sheet: e.sheet, rect: { r1: e.rect.r1, c1: e.rect.c1, r2: e.rect.r1 + x.spill.rows - 1, c2: e.rect.c1 + x.spill.cols - 1 } };
        },
        true,
      );
    }
    clear() {
      this._ctx._enqueue(() => {
        const e = this._entity();
        this._model().guardWrite(e.sheet);
        for (let r = e.rect.r1; r <= e.rect.r2; r++) for (let c = e.rect.c1; c <= e.rect.c2; c++) e.sheet.cells.delete(key(r, c));
      });
    }
  }
  defineProps(Range, {
    columnHidden: {
      get: (e) => {
        const hidden = e.sheet.hiddenCols ?? new Set();
        for (let c = e.rect.c1; c <= e.rect.c2; c++) if (!hidden.has(c)) return false;
        return true;
      },
      set(e, v) {
        e.sheet.hiddenCols ??= new Set();
        for (let c = e.rect.c1; c <= e.rect.c2; c++) {
          if (v) e.sheet.hiddenCols.add(c);
          else e.sheet.hiddenCols.delete(c);
        }
      },
    },
    address: { get: (e) => `${quoteSheet(e.sheet.name)}!${rectRef(e.rect, false)}` },
    addressLocal: { get: (e) => `${quoteSheet(e.sheet.name)}!${rectRef(e.rect, false)}` },
    valueTypes: {
      get(e) {
        const m = this._model();
        return m.read(e.sheet, e.rect, (r, c) => {
          const v = m.shown(e.sheet, r, c);
          return v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#[A-Z0-9/!?]+$/i.test(String(v)) ? "Error" : "String";
        });
      },
    },
    rowCount: { get: (e) => e.rect.r2 - e.rect.r1 + 1 },
    columnCount: { get: (e) => e.rect.c2 - e.rect.c1 + 1 },
    cellCount: { get: (e) => (e.rect.r2 - e.rect.r1 + 1) * (e.rect.c2 - e.rect.c1 + 1) },
    rowIndex: { get: (e) => e.rect.r1 - 1 },
    columnIndex: { get: (e) => e.rect.c1 - 1 },
    values: {
      get(e) {
        const m = this._model();
        return m.read(e.sheet, e.rect, (r, c) => m.shown(e.sheet, r, c));
      },
      set(e, v) {
        this._model().guardWrite(e.sheet);
        this._model().writeGrid(e.sheet, e.rect, v, "values");
      },
    },
    formulas: {
      get(e) {
        const m = this._model();
        return m.read(e.sheet, e.rect, (r, c) => m.formulaOf(e.sheet, r, c));
      },
      set(e, v) {
        this._model().guardWrite(e.sheet);
        this._model().writeGrid(e.sheet, e.rect, v, "formulas");
      },
    },
    numberFormat: {
      get(e) {
        const m = this._model();
        return m.read(e.sheet, e.rect, (r, c) => (m.cell(e.sheet, r, c) || {}).nf || "General");
      },
      set(e, v) {
        this._model().guardWrite(e.sheet);
        this._model().writeGrid(e.sheet, e.rect, v, "numberFormat");
      },
    },
    text: {
      get(e) {
        const m = this._model();
        return m.read(e.sheet, e.rect, (r, c) => String(m.shown(e.sheet, r, c)));
      },
    },
    hasSpill: {
      get(e) {
        const x = this._model().cell(e.sheet, e.rect.r1, e.rect.c1);
        return !!(x && x.spill);
      },
    },
    worksheet: { nav: true },
    format: { nav: true },
    dataValidation: { nav: true },
  });

  class RangeFormat extends ClientObject {
    get font() {
      return (this._font ??= new RangeFont(this._ctx, () => this._entity()));
    }
    get fill() {
      return (this._fill ??= new RangeFill(this._ctx, () => this._entity()));
    }
    autofitColumns() {
      this._ctx._enqueue(() => this._entity());
    }
  }
  const eachCell = (model, e, fn) => {
    model.guardWrite(e.sheet);
    for (let r = e.rect.r1; r <= e.rect.r2; r++) for (let c = e.rect.c1; c <= e.rect.c2; c++) fn(model.cellForWrite(e.sheet, r, c));
  };
  const topLeft = (model, e) => model.cell(e.sheet, e.rect.r1, e.rect.c1) || {};
  defineProps(RangeFormat, {
    columnWidth: {
      get(e) {
        return e.sheet.colWidths.get(e.rect.c1) ?? DEFAULT_WIDTH;
      },
      set(e, v) {
        if (typeof v !== "number" || !(v >= 0)) fail("InvalidArgument", "Ungültige Spaltenbreite.");
        this._ctx._model.guardWrite(e.sheet);
        for (let c = e.rect.c1; c <= e.rect.c2; c++) e.sheet.colWidths.set(c, v);
      },
    },
    wrapText: {
      get(e) {
        return !!topLeft(this._ctx._model, e).wrap;
      },
      set(e, v) {
        eachCell(this._ctx._model, e, (x) => (x.wrap = !!v));
      },
    },
    verticalAlignment: {
      get(e) {
        return topLeft(this._ctx._model, e).valign || "Bottom";
      },
      set(e, v) {
        eachCell(this._ctx._model, e, (x) => (x.valign = v));
      },
    },
    font: { nav: true },
    fill: { nav: true },
  });
  class RangeFont extends ClientObject {}
  const fontProp = (p, dflt) => ({
    get(e) {
      const f = topLeft(this._ctx._model, e).font;
      return f && f[p] !== undefined ? f[p] : dflt;
    },
    set(e, v) {
      eachCell(this._ctx._model, e, (x) => (x.font = { ...(x.font || {}), [p]: v }));
    },
  });
  defineProps(RangeFont, { bold: fontProp("bold", false), italic: fontProp("italic", false), size: fontProp("size", 11), color: fontProp("color", "#000000"), name: fontProp("name", "Aptos Narrow") });
  class RangeFill extends ClientObject {}
  defineProps(RangeFill, {
    color: {
      get(e) {
        return topLeft(this._ctx._model, e).fill || "#FFFFFF";
      },
      set(e, v) {
        eachCell(this._ctx._model, e, (x) => (x.fill = v));
      },
    },
  });

  class DataValidation extends ClientObject {
    clear() {
      this._ctx._enqueue(() => {
        const e = this._entity();
        this._ctx._model.guardWrite(e.sheet);
        e.sheet.validations = e.sheet.validations.filter((v) => !overlaps(v.rect, e.rect));
      });
    }
  }
  function checkLen(s, max, what) {
    if (s !== undefined && s !== null && String(s).length > max) fail("InvalidArgument", `${what} ist länger als ${max} Zeichen.`);
  }
  defineProps(DataValidation, {
    rule: {
      get(e) {
        const v = this._ctx._model.validationAt(e.sheet, e.rect.r1, e.rect.c1);
        return v && v.rule ? JSON.parse(JSON.stringify(v.rule)) : {};
      },
      set(e, rule) {
        const m = this._ctx._model;
        m.guardWrite(e.sheet);
        if (!rule || typeof rule !== "object" || Object.keys(rule).length !== 1) fail("InvalidArgument", "Eine Regel braucht genau einen Typ.");
        if (rule.list) {
          const src = String(rule.list.source ?? "");
          if (!src) fail("InvalidArgument", "Die Liste ist leer.");
          if (src.startsWith("=")) {
            const { sheet, ref } = splitSheet(src);
            if (sheet !== undefined && !m.sheet(sheet)) fail("InvalidArgument", `Die Liste verweist auf ein fehlendes Blatt: ${src}`);
            parseRef(ref);
          }
        }
        m.validationFor(e.sheet, e.rect).rule = JSON.parse(JSON.stringify(rule));
      },
    },
    prompt: {
      get(e) {
        const v = this._ctx._model.validationAt(e.sheet, e.rect.r1, e.rect.c1);
        return v && v.prompt ? { ...v.prompt } : { showPrompt: false, title: "", message: "" };
      },
      set(e, p) {
        checkLen(p.title, 32, "Der Titel");
        checkLen(p.message, 255, "Der Hinweis");
        this._ctx._model.guardWrite(e.sheet);
        this._ctx._model.validationFor(e.sheet, e.rect).prompt = { ...p };
      },
    },
    errorAlert: {
      get(e) {
        const v = this._ctx._model.validationAt(e.sheet, e.rect.r1, e.rect.c1);
        return v && v.errorAlert ? { ...v.errorAlert } : { showAlert: true, style: "Stop", title: "", message: "" };
      },
      set(e, a) {
        checkLen(a.title, 32, "Der Titel");
        checkLen(a.message, 225, "Die Fehlermeldung");
        if (a.style !== undefined && !["Stop", "Warning", "Information"].includes(a.style)) fail("InvalidArgument", `Ungültiger Stil ${a.style}`);
        this._ctx._model.guardWrite(e.sheet);
        this._ctx._model.validationFor(e.sheet, e.rect).errorAlert = { ...a };
      },
    },
    ignoreBlanks: {
      get(e) {
        const v = this._ctx._model.validationAt(e.sheet, e.rect.r1, e.rect.c1);
        return v ? v.ignoreBlanks : true;
      },
      set(e, b) {
        this._ctx._model.validationFor(e.sheet, e.rect).ignoreBlanks = !!b;
      },
    },
    type: {
      get(e) {
        const v = this._ctx._model.validationAt(e.sheet, e.rect.r1, e.rect.c1);
        if (!v || !v.rule) return "None";
        const k = Object.keys(v.rule)[0];
        return k[0].toUpperCase() + k.slice(1);
      },
    },
  });

  /** The merged areas of a range (only `address` and `areaCount` are modelled). */
  class RangeAreas extends ClientObject {}
  defineProps(RangeAreas, {
    address: { get: (e) => e.rects.map((r) => `${quoteSheet(e.sheet.name)}!${rectRef(r, false)}`).join(",") },
    areaCount: { get: (e) => e.rects.length },
  });

  // ---- Worksheet ------------------------------------------------------------------------------

  class Worksheet extends ClientObject {
    get tables() {
      return (this._tables ??= new TableCollection(this._ctx, () => this._ctx._model.allTables(), () => this._entity()));
    }
    get pageLayout() {
      return (this._pageLayout ??= new PageLayout(this._ctx, () => this._entity()));
    }
    get freezePanes() {
      return (this._freeze ??= new FreezePanes(this._ctx, () => this._entity()));
    }
    getRange(address) {
      return new Range(this._ctx, () => {
        const s = this._entity();
        if (address === undefined) return { sheet: s, rect: { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS } };
        const { sheet, ref } = splitSheet(address);
        if (sheet !== undefined && sheet.toLowerCase() !== s.name.toLowerCase()) fail("InvalidArgument", `Adresse auf einem anderen Blatt: ${address}`);
        return { sheet: s, rect: parseRef(ref) };
      });
    }
    getRangeByIndexes(startRow, startColumn, rowCount, columnCount) {
      return new Range(this._ctx, () => ({ sheet: this._entity(), rect: { r1: startRow + 1, c1: startColumn + 1, r2: startRow + rowCount, c2: startColumn + columnCount } }));
    }
    getCell(row, column) {
      return this.getRangeByIndexes(row, column, 1, 1);
    }
    getUsedRangeOrNullObject(valuesOnly) {
      return new Range(
        this._ctx,
        () => {
          const s = this._resolveNullable();
          if (!s) return null;
          const rect = this._ctx._model.usedRect(s, !!valuesOnly);
          return rect ? { sheet: s, rect } : null;
        },
        true,
      );
    }
    getUsedRange(valuesOnly) {
      return new Range(this._ctx, () => {
        const s = this._entity();
        return { sheet: s, rect: this._ctx._model.usedRect(s, !!valuesOnly) || { r1: 1, c1: 1, r2: 1, c2: 1 } };
      });
    }
    activate() {
      this._ctx._enqueue(() => {
        this._ctx._model.active = this._entity();
      });
    }
    delete() {
      this._ctx._enqueue(() => this._ctx._model.deleteSheet(this._entity()));
    }
    copy(positionType, relativeTo) {
      const slot = {};
      this._ctx._enqueue(() => {
        slot.sheet = this._ctx._model.copySheet(this._entity(), positionType || "None", relativeTo ? relativeTo._entity() : undefined);
      });
      return new Worksheet(this._ctx, () => slot.sheet || fail("InvalidOperation", "fake-excel: copy not executed yet"));
    }
  }
  defineProps(Worksheet, {
    name: {
      get: (s) => s.name,
      set(s, v) {
        this._ctx._model.checkSheetName(v, s);
        s.name = v;
      },
    },
    id: { get: (s) => s.id },
    position: {
      get(s) {
        return this._ctx._model.sheets.indexOf(s);
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set(s, v) {
        if (!["Visible", "Hidden", "VeryHidden"].includes(v)) fail("InvalidArgument", `Ungültige Sichtbarkeit ${v}.`);
        s.visibility = v;
      },
    },
    tables: { nav: true },
    freezePanes: { nav: true },
    pageLayout: { nav: true },
  });

  /**
   * The print settings the template sets (ExcelApi 1.9): paper size, orientation, fit to the page width, the
   * print area and title rows (an address on this sheet, or a Range of it) and the headers and footers.
   */
  class PageLayout extends ClientObject {
    get headersFooters() {
      return (this._hf ??= new HeaderFooterGroup(this._ctx, () => this._entity()));
    }
    _rectOf(area, what) {
      const s = this._entity();
      if (typeof area === "string") {
        const { sheet, ref } = splitSheet(area);
        if (sheet !== undefined && sheet.toLowerCase() !== s.name.toLowerCase()) fail("InvalidArgument", `${what} auf einem anderen Blatt: ${area}`);
        return parseRef(ref); // "A1:H20", "$1:$1" (whole rows, as title rows are given)
      }
      const e = area._entity();
      if (e.sheet !== s) fail("InvalidArgument", `${what} auf einem anderen Blatt.`);
      return { ...e.rect };
    }
    setPrintArea(area) {
      this._ctx._enqueue(() => {
        this._entity().printArea = this._rectOf(area, "Druckbereich");
      });
    }
    setPrintTitleRows(rows) {
      this._ctx._enqueue(() => {
        const rect = this._rectOf(rows, "Drucktitel");
        this._entity().printTitleRows = { r1: rect.r1, r2: rect.r2 };
      });
    }
    setPrintTitleColumns(columns) {
      this._ctx._enqueue(() => {
        const rect = this._rectOf(columns, "Drucktitel");
        this._entity().printTitleColumns = { c1: rect.c1, c2: rect.c2 };
      });
    }
  }
  const PAPER = ["A4", "Letter", "A3", "Legal"];
  defineProps(PageLayout, {
    paperSize: {
      get: (s) => s.paperSize ?? "Letter",
      set(s, v) {
        if (!PAPER.includes(v)) fail("InvalidArgument", `Ungültiges Papierformat ${v}.`);
        s.paperSize = v;
      },
    },
    orientation: {
      get: (s) => s.orientation ?? "Portrait",
      set(s, v) {
        if (!["Portrait", "Landscape"].includes(v)) fail("InvalidArgument", `Ungültige Ausrichtung ${v}.`);
        s.orientation = v;
      },
    },
    printOrder: {
      get: (s) => s.printOrder ?? "DownThenOver",
      set(s, v) {
        if (!["DownThenOver", "OverThenDown"].includes(v)) fail("InvalidArgument", `Ungültige Seitenreihenfolge ${v}.`);
        s.printOrder = v;
      },
    },
    zoom: {
      get: (s) => s.zoom ?? { scale: 100 },
      set(s, v) {
        s.zoom = { ...v };
      },
    },
    headersFooters: { nav: true },
  });

  class HeaderFooterGroup extends ClientObject {
    get defaultForAllPages() {
      return (this._default ??= new HeaderFooter(this._ctx, () => this._entity()));
    }
  }
  defineProps(HeaderFooterGroup, { defaultForAllPages: { nav: true } });

  /** The six parts of the default header and footer; Excel allows 255 characters in each line. */
  class HeaderFooter extends ClientObject {}
  const HF_PARTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
  defineProps(
    HeaderFooter,
    Object.fromEntries(
      HF_PARTS.map((part) => [
        part,
        {
          get: (s) => (s.headerFooter || {})[part] ?? "",
          set(s, v) {
            if (typeof v !== "string") fail("InvalidArgument", `${part} braucht einen Text.`);
            const line = part.endsWith("Header") ? "Header" : "Footer";
            const next = { ...(s.headerFooter || {}), [part]: v };
            const total = HF_PARTS.filter((p) => p.endsWith(line)).reduce((n, p) => n + (next[p] || "").length, 0);
            if (total > 255) fail("InvalidArgument", "Kopf- oder Fußzeile ist länger als 255 Zeichen.");
            s.headerFooter = next;
          },
        },
      ]),
    ),
  );

  class FreezePanes extends ClientObject {
    freezeRows(count) {
      this._ctx._enqueue(() => {
        this._entity().frozenRows = count === undefined ? 1 : count;
      });
    }
    unfreeze() {
      this._ctx._enqueue(() => {
        this._entity().frozenRows = 0;
      });
    }
  }
  defineProps(FreezePanes, {});

  class EventHandlers {
    constructor(ctx, event) {
      this._ctx = ctx;
      this._event = event;
    }
    add(handler) {
      const model = this._ctx._model;
      const reg = { id: model.nextId++, event: this._event, fn: handler };
      this._ctx._enqueue(() => model.handlers.push(reg));
      const ctx = this._ctx;
      return {
        context: ctx,
        remove() {
          ctx._enqueue(() => {
            model.handlers = model.handlers.filter((h) => h !== reg);
          });
        },
      };
    }
  }

  class WorksheetCollection extends Collection {
    _list() {
      return this._ctx._model.sheets.slice();
    }
    get onChanged() {
      return (this._onChanged ??= new EventHandlers(this._ctx, "changed"));
    }
    get onAdded() {
      return (this._onAdded ??= new EventHandlers(this._ctx, "added"));
    }
    get onDeleted() {
      return (this._onDeleted ??= new EventHandlers(this._ctx, "deleted"));
    }
    add(name) {
      const slot = {};
      this._ctx._enqueue(() => {
        slot.sheet = this._ctx._model.addSheet(name);
      });
      return new Worksheet(this._ctx, () => slot.sheet || fail("InvalidOperation", "fake-excel: add not executed yet"));
    }
    getItem(key) {
      return new Worksheet(this._ctx, () => this._find(key) || fail("ItemNotFound", `Das Blatt „${key}“ gibt es nicht.`));
    }
    getItemOrNullObject(key) {
      return new Worksheet(this._ctx, () => this._find(key) || null, true);
    }
    getActiveWorksheet() {
      return new Worksheet(this._ctx, () => this._ctx._model.active);
    }
    _find(key) {
      const m = this._ctx._model;
      return m.sheet(key) || m.sheets.find((s) => s.id === key);
    }
  }
  WorksheetCollection.ITEM = Worksheet;
  defineProps(WorksheetCollection, { count: { get: (list) => list.length } });
  WorksheetCollection.PROPS.count.get = function () {
    return this._ctx._model.sheets.length;
  };

  // ---- Tables ---------------------------------------------------------------------------------

  class Table extends ClientObject {
    get worksheet() {
      return (this._ws ??= new Worksheet(this._ctx, () => this._entity().sheet));
    }
    _range(part) {
      return new Range(this._ctx, () => {
        const t = this._entity();
        let rect = { r1: t.r1, c1: t.c1, r2: t.r2, c2: t.c2 };
        if (part === "header") rect = { ...rect, r2: t.r1 };
        if (part === "body") rect = { ...rect, r1: t.r1 + 1, r2: t.showTotals ? t.r2 - 1 : t.r2 };
        if (part === "total") {
          if (!t.showTotals) fail("ItemNotFound", "Die Tabelle hat keine Ergebniszeile.");
          rect = { ...rect, r1: t.r2 };
        }
        return { sheet: t.sheet, rect };
      });
    }
    getRange() {
      return this._range("all");
    }
    getHeaderRowRange() {
      return this._range("header");
    }
    getDataBodyRange() {
      return this._range("body");
    }
    getTotalRowRange() {
      return this._range("total");
    }
    delete() {
      this._ctx._enqueue(() => {
        const t = this._entity();
        t.sheet.tables = t.sheet.tables.filter((x) => x !== t);
      });
    }
  }
  defineProps(Table, {
    name: {
      get: (t) => t.name,
      set(t, v) {
        this._ctx._model.checkNewName(v, t);
        t.name = v;
      },
    },
    id: { get: (t) => t.id },
    style: {
      get: (t) => t.style,
      set(t, v) {
        t.style = v;
      },
    },
    showTotals: {
      get: (t) => t.showTotals,
      set(t, v) {
        if (!!v === t.showTotals) return;
        t.showTotals = !!v;
        t.r2 += v ? 1 : -1;
      },
    },
    worksheet: { nav: true },
  });

  class TableCollection extends Collection {
    constructor(ctx, all, sheetOf) {
      super(ctx, all);
      this._sheetOf = sheetOf;
    }
    _list() {
      const all = this._ctx._model.allTables();
      if (!this._sheetOf) return all;
      const s = this._sheetOf();
      return all.filter((t) => t.sheet === s);
    }
    add(address, hasHeaders) {
      const slot = {};
      this._ctx._enqueue(() => {
        const m = this._ctx._model;
        let s;
        let rect;
        if (typeof address === "string") {
          const { sheet, ref } = splitSheet(address);
          s = this._sheetOf ? this._sheetOf() : sheet !== undefined ? m.sheetOrFail(sheet) : m.active;
          if (sheet !== undefined && s.name.toLowerCase() !== sheet.toLowerCase()) fail("InvalidArgument", "Adresse auf einem anderen Blatt.");
          rect = parseRef(ref);
        } else {
          const e = address._entity();
          s = e.sheet;
          rect = e.rect;
        }
        m.guardWrite(s);
        slot.table = m.addTable(s, rect, !!hasHeaders);
      });
      return new Table(this._ctx, () => slot.table || fail("InvalidOperation", "fake-excel: add not executed yet"));
    }
    getItem(name) {
      return new Table(this._ctx, () => this._find(name) || fail("ItemNotFound", `Die Tabelle „${name}“ gibt es nicht.`));
    }
    getItemOrNullObject(name) {
      return new Table(this._ctx, () => this._find(name) || null, true);
    }
    _find(name) {
      const n = String(name).toLowerCase();
      return this._list().find((t) => t.name.toLowerCase() === n || t.id === name);
    }
  }
  TableCollection.ITEM = Table;
  defineProps(TableCollection, {
    count: {
      get() {
        return this._list().length;
      },
    },
  });

  // ---- Names ----------------------------------------------------------------------------------

  class NamedItem extends ClientObject {
    _rangeEntity() {
      const n = this._entity();
      return n.sheet ? { sheet: n.sheet, rect: { ...n.rect } } : null;
    }
    getRange() {
      return new Range(this._ctx, () => this._rangeEntity() || fail("InvalidOperation", "Der Name verweist auf keinen Bereich (#BEZUG!)."));
    }
    getRangeOrNullObject() {
      return new Range(this._ctx, () => (this._resolveNullable() ? this._rangeEntity() : null), true);
    }
    delete() {
      this._ctx._enqueue(() => {
        const n = this._entity();
        this._ctx._model.names = this._ctx._model.names.filter((x) => x !== n);
      });
    }
  }
  const nameValue = (n) => (n.sheet ? `=${quoteSheet(n.sheet.name)}!${rectRef(n.rect, true)}` : "=#REF!");
  defineProps(NamedItem, {
    name: { get: (n) => n.name },
    type: { get: (n) => (n.sheet ? "Range" : "Error") },
    value: { get: nameValue },
    formula: { get: nameValue },
    comment: { get: (n) => n.comment || "" },
    visible: { get: () => true },
  });

  class NamedItemCollection extends Collection {
    _list() {
      return this._ctx._model.names.slice();
    }
    add(name, reference, comment) {
      const slot = {};
      this._ctx._enqueue(() => {
        const m = this._ctx._model;
        m.checkNewName(name);
        let sheet;
        let rect;
        if (typeof reference === "string") {
          const sp = splitSheet(reference);
          sheet = sp.sheet === undefined ? m.active : m.sheetOrFail(sp.sheet);
          rect = parseRef(sp.ref);
        } else {
          const e = reference._entity();
          sheet = e.sheet;
          rect = { ...e.rect };
        }
        slot.item = { name, sheet, rect, comment };
        m.names.push(slot.item);
      });
      return new NamedItem(this._ctx, () => slot.item || fail("InvalidOperation", "fake-excel: add not executed yet"));
    }
    getItem(name) {
      return new NamedItem(this._ctx, () => this._ctx._model.nameItem(name) || fail("ItemNotFound", `Den Namen „${name}“ gibt es nicht.`));
    }
    getItemOrNullObject(name) {
      return new NamedItem(this._ctx, () => this._ctx._model.nameItem(name) || null, true);
    }
  }
  NamedItemCollection.ITEM = NamedItem;
  defineProps(NamedItemCollection, {});

  // ---- Workbook, context, run ----------------------------------------------------------------

  class Workbook extends ClientObject {
    get worksheets() {
      return (this._ws ??= new WorksheetCollection(this._ctx, () => this._ctx._model.sheets));
    }
    get tables() {
      return (this._tables ??= new TableCollection(this._ctx, () => this._ctx._model.allTables()));
    }
    get names() {
      return (this._names ??= new NamedItemCollection(this._ctx, () => this._ctx._model.names));
    }
    get functions() {
      return (this._functions ??= new Functions(this._ctx, () => this._ctx._model));
    }
    getSelectedRange() {
      return new Range(this._ctx, () => {
        const s = this._ctx._model.active;
        return { sheet: s, rect: parseRef(s.selection) };
      });
    }
  }
  defineProps(Workbook, { name: { get: (m) => m.workbookName }, worksheets: { nav: true }, tables: { nav: true }, names: { nav: true } });

  /** Worksheet functions evaluated by Excel; only DATE is modelled (it answers in the workbook's date system). */
  class Functions extends ClientObject {
    date(y, m, d) {
      return new FunctionResult(this._ctx, () => {
        const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86400000);
        const serial1900 = days < 60 ? days : days + 1;
        return { value: this._ctx._model.dateSystem === 1904 ? serial1900 - 1462 : serial1900 };
      });
    }
  }
  defineProps(Functions, {});
  class FunctionResult extends ClientObject {}
  defineProps(FunctionResult, { value: { get: (r) => r.value }, error: { get: () => null } });

  class Application extends ClientObject {
    suspendApiCalculationUntilNextSync() {
      this._ctx._enqueue(() => undefined);
    }
    suspendScreenUpdatingUntilNextSync() {
      this._ctx._enqueue(() => undefined);
    }
  }
  defineProps(Application, { calculationMode: { get: () => "Automatic" } });

  class RequestContext {
    constructor(model) {
      this._model = model;
      this._queue = [];
      this._run = undefined;
      this.workbook = new Workbook(this, () => model);
      this.application = new Application(this, () => model);
      this.trackedObjects = { add() {}, remove() {} };
    }
    _enqueue(op, isLoad) {
      this._queue.push(op);
      if (!isLoad) this._model.ops++;
    }
    async sync() {
      const m = this._model;
      m.syncs++;
      if (this._run) this._run.syncs++;
      const queue = this._queue;
      this._queue = [];
      await Promise.resolve();
      const f = m.failures.shift();
      if (f) throw new FakeOfficeError(f.code, f.message);
      for (const op of queue) op();
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Factory

  function createFakeExcel(options = {}) {
    const model = new Model(options);

    async function run(a, b) {
      let options = {};
      let batch;
      let ctx;
      if (typeof a === "function") batch = a;
      else if (a instanceof RequestContext) {
        ctx = a;
        batch = b;
      } else if (a instanceof ClientObject || Array.isArray(a)) {
        ctx = (Array.isArray(a) ? a[0] : a)._ctx;
        batch = b;
      } else {
        options = a || {};
        batch = b;
      }
      if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
      const rec = { options: { ...options }, syncs: 0 };
      model.runs.push(rec);
      ctx = ctx || new RequestContext(model);
      const before = ctx._run;
      ctx._run = rec;
      try {
        const result = await batch(ctx);
        if (ctx._queue.length) {
          ctx._queue = [];
          throw new Error("fake-excel: Excel.run ended with queued operations that were never synced (missing context.sync())");
        }
        return result;
      } finally {
        ctx._run = before;
      }
    }

    /** `new Excel.RequestContext()` (as custom functions use it) works on this fake's workbook. */
    class BoundRequestContext extends RequestContext {
      constructor() {
        super(model);
      }
    }

    const Excel = {
      run,
      RequestContext: BoundRequestContext,
      ErrorCodes,
      WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
      DataValidationAlertStyle: { information: "Information", stop: "Stop", warning: "Warning" },
      EventSource: { local: "Local", remote: "Remote" },
      DataChangeType: { unknown: "Unknown", rangeEdited: "RangeEdited" },
      EventType: { worksheetChanged: "WorksheetChanged" },
    };
    const platform = options.platform || "OfficeOnline";
    const Office = {
      HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      onReady(cb) {
        const info = { host: "Excel", platform };
        if (typeof cb === "function") cb(info);
        return Promise.resolve(info);
      },
      initialize: undefined,
      context: {
        host: "Excel",
        platform,
        displayLanguage: "de-DE",
        contentLanguage: "de-DE",
        requirements: { isSetSupported: () => true },
      },
    };
    const OfficeExtension = { Error: FakeOfficeError, ErrorCodes };

    const rangeOf = (sheet, address) => {
      const s = model.sheetOrFail(sheet);
      return { s, rect: parseRef(splitSheet(address).ref) };
    };
    const cellsOf = (sheet, address, fn) => {
      const { s, rect } = rangeOf(sheet, address);
      return model.read(s, rect, (r, c) => fn(s, r, c));
    };
    const firedChange = (s, rect) =>
      model.fire("changed", { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: s.id, address: rectRef(rect, false) });

    const control = {
      setValues(sheet, address, values) {
        const { s, rect } = rangeOf(sheet, address);
        model.writeGrid(s, rect, values, "values");
        firedChange(s, rect);
      },
      setValue(sheet, address, value) {
        control.setValues(sheet, address, [[value]]);
      },
      setFormulaResult(sheet, address, value) {
        const { s, rect } = rangeOf(sheet, address);
        const x = model.cell(s, rect.r1, rect.c1);
        if (!x || x.f === undefined) throw new Error(`fake-excel: ${sheet}!${address} holds no formula`);
        model.clearSpill(s, x);
        if (Array.isArray(value)) {
          const rows = value.length;
          const cols = Math.max(...value.map((r) => r.length));
          x.result = value[0][0];
          if (rows > 1 || cols > 1) {
            const children = [];
            for (let i = 0; i < rows; i++) {
              for (let j = 0; j < cols; j++) {
                if (i === 0 && j === 0) continue;
                const ch = model.cellForWrite(s, rect.r1 + i, rect.c1 + j);
                if (model.hasContent(ch) && ch.spillOf === undefined) {
                  x.result = "#SPILL!";
                  for (const k of children) delete s.cells.get(k).v;
                  return;
                }
                ch.v = value[i][j];
                ch.spillOf = key(rect.r1, rect.c1);
                children.push(key(rect.r1 + i, rect.c1 + j));
              }
            }
            x.spill = { rows, cols, children };
          }
        } else x.result = value;
      },
      setNumberFormat(sheet, address, fmt) {
        const { s, rect } = rangeOf(sheet, address);
        model.writeGrid(s, rect, model.read(s, rect, () => fmt), "numberFormat");
      },
      getValues: (sheet, address) => cellsOf(sheet, address, (s, r, c) => model.shown(s, r, c)),
      getValue: (sheet, address) => control.getValues(sheet, address)[0][0],
      getFormulas: (sheet, address) => cellsOf(sheet, address, (s, r, c) => model.formulaOf(s, r, c)),
      getNumberFormats: (sheet, address) => cellsOf(sheet, address, (s, r, c) => (model.cell(s, r, c) || {}).nf || "General"),
      selection: () => ({ sheet: model.active.name, address: model.active.selection }),
      getSelection: () => control.selection(),
      activeSheet: () => model.active.name,
      sheetNames: () => model.sheets.map((s) => s.name),
      tableNames: () => model.allTables().map((t) => t.name),
      table(name) {
        const t = model.table(name);
        return t && { name: t.name, sheet: t.sheet.name, address: rectRef(t, false), style: t.style, showTotals: t.showTotals };
      },
      names: () => model.names.map((n) => ({ name: n.name, value: nameValue(n) })),
      validation(sheet, cell) {
        const { s, rect } = rangeOf(sheet, cell);
        const v = model.validationAt(s, rect.r1, rect.c1);
        return v && JSON.parse(JSON.stringify({ rule: v.rule, prompt: v.prompt, errorAlert: v.errorAlert, ignoreBlanks: v.ignoreBlanks }));
      },
      columnWidth(sheet, column) {
        const c = typeof column === "number" ? column : colNumber(column);
        return model.sheetOrFail(sheet).colWidths.get(c) ?? DEFAULT_WIDTH;
      },
      frozenRows: (sheet) => model.sheetOrFail(sheet).frozenRows,
      pageLayout(sheet) {
        const s = model.sheetOrFail(sheet);
        return {
          paperSize: s.paperSize ?? "Letter",
          orientation: s.orientation ?? "Portrait",
          zoom: { ...(s.zoom ?? { scale: 100 }) },
          printArea: s.printArea ? rectRef(s.printArea, false) : undefined,
          printTitleRows: s.printTitleRows ? `${s.printTitleRows.r1}:${s.printTitleRows.r2}` : undefined,
          printTitleColumns: s.printTitleColumns ? `${colLetters(s.printTitleColumns.c1)}:${colLetters(s.printTitleColumns.c2)}` : undefined,
          printOrder: s.printOrder ?? "DownThenOver",
          headerFooter: { ...Object.fromEntries(HF_PARTS.map((p) => [p, ""])), ...(s.headerFooter || {}) },
        };
      },
      font(sheet, cell) {
        const { s, rect } = rangeOf(sheet, cell);
        return { ...((model.cell(s, rect.r1, rect.c1) || {}).font || {}) };
      },
      addSheet(name) {
        const s = model.addSheet(name);
        model.fire("added", { type: "WorksheetAdded", source: "Local", worksheetId: s.id });
        return s.name;
      },
      deleteSheet(name) {
        const s = model.sheetOrFail(name);
        model.deleteSheet(s);
        model.fire("deleted", { type: "WorksheetDeleted", source: "Local", worksheetId: s.id });
      },
      renameSheet(oldName, newName) {
        const s = model.sheetOrFail(oldName);
        model.checkSheetName(newName, s);
        s.name = newName;
      },
      addTable(sheet, address, name) {
        const { s, rect } = rangeOf(sheet, address);
        const t = model.addTable(s, rect, true);
        if (name) {
          model.checkNewName(name, t);
          t.name = name;
        }
        return t.name;
      },
      setVisibility(name, visibility) {
        if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw new Error(`fake-excel: visibility ${visibility}`);
        model.sheetOrFail(name).visibility = visibility;
      },
      merge(sheet, address) {
        const { s, rect } = rangeOf(sheet, address);
        s.merged.push(rect);
      },
      setDateSystem(system) {
        model.dateSystem = system === 1904 ? 1904 : 1900;
      },
      protectSheet(name, on = true) {
        model.sheetOrFail(name).protected = !!on;
      },
      syncCount: () => model.syncs,
      runs: () => model.runs.map((r) => ({ options: { ...r.options }, syncs: r.syncs })),
      operationCount: () => model.ops,
      resetCounters() {
        model.syncs = 0;
        model.ops = 0;
        model.runs = [];
      },
      handlerCount: () => model.handlers.filter((h) => h.event === "changed").length,
      failNextSync(code, message = code) {
        model.failures.push({ code, message });
      },
      workbookName(name) {
        if (name !== undefined) model.workbookName = name;
        return model.workbookName;
      },
      reset(opts) {
        model.reset(opts || options);
      },
    };

    return { Excel, Office, OfficeExtension, control };
  }

  const INSTALLED = ["Excel", "Office", "OfficeExtension", "__fakeExcel"];

  /** Installs a fresh fake on `target` (globalThis): Excel, Office, OfficeExtension, __fakeExcel. */
  function install(target, options) {
    const fx = createFakeExcel(options || {});
    target.Excel = fx.Excel;
    target.Office = fx.Office;
    target.OfficeExtension = fx.OfficeExtension;
    target.__fakeExcel = fx.control;
    return fx;
  }
  function uninstall(target) {
    for (const k of INSTALLED) delete target[k];
  }

  return { createFakeExcel, install, uninstall, FakeOfficeError, columnLetter: colLetters, parseAddress: (a) => ({ ...splitSheet(a), ...parseRef(splitSheet(a).ref) }) };
});
