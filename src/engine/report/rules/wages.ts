/**
 * Employment rules per employee (payee = employee name, case/blank-insensitive) and Leistungsmonat.
 *
 * Mindestlohn: the hourly wage is the employee's agreed `stundenlohn` valid in that month (with wage changes
 * from a date on, every wage valid on a day of the month, the lowest decides), else the month's paid
 * amounts / hours (rows with both). It is compared with the Mindestlohn of that month's year (legal
 * tables, overridable by the plan's `rechengroessen`). Below it: `fehler` for an agreed `stundenlohn`,
 * `warnung` where it is derived from the paid amounts (a Minijobber's paid amount can be net of the
 * RV share). A year without a Mindestlohn figure is skipped with one `hinweis`.
 *
 * Minijob-Grenze (beschaeftigung minijob-privat / minijob-gewerblich): the month's earnings are, per row,
 * `stundenlohn` × `stunden` where both are given, else the paid amount. A month above the Grenze of its
 * year is a `warnung`; § 8 Abs. 1b SGB IV allows an occasional exceedance in at most 2 calendar months
 * of a 12-month window and each by at most the Grenze itself, so a month above twice the Grenze or the
 * third month above it within 12 months is a `fehler`. One finding per month, the most severe.
 */
import { Dec, ZERO, fmtDe, fmtEuro } from "../../money";
import { compareDates, daysInMonth, germanMonth, type YearMonth } from "../../dates";
import { figuresForYear, type YearFigures } from "../../legal/tables";
import { mindestlohnCheck } from "../../employer-cost";
import { normName } from "../cells";
import { beschaeftigteLabel, groupBegruendung, rowList, type CheckContext, type ResolvedAusgabe } from "../context";
import type { Beschaeftigter } from "../types";
import { ymOf } from "./period";

/** The agreed wages valid on any day of a month: the one at its start and those changed inside it. */
export function wagesInMonth(b: Beschaeftigter, ym: YearMonth): Dec[] {
  const start = { y: ym.y, m: ym.m, d: 1 };
  const end = { y: ym.y, m: ym.m, d: daysInMonth(ym.y, ym.m) };
  let atStart = b.stundenlohn;
  const inside: Dec[] = [];
  for (const c of b.lohnAenderungen) {
    if (compareDates(c.ab, start) <= 0) atStart = c.stundenlohn;
    else if (compareDates(c.ab, end) <= 0) inside.push(c.stundenlohn);
  }
  return atStart ? [atStart, ...inside] : inside;
}

/** „, vorläufig: Wert von 2027“ when the year's figure is not published yet and an earlier one stands in. */
function provisional(f: YearFigures, key: "mindestlohn" | "geringfuegigkeitsgrenze"): string {
  return f.isProvisional(key) ? `, vorläufig: Wert von ${f.get(key).vorlaeufigVon} – der Wert für ${f.year} ist noch nicht veröffentlicht` : "";
}

interface Group {
  b: Beschaeftigter;
  monat: number;
  rows: ResolvedAusgabe[];
}

/** Expense rows to employees, grouped by employee and month, in order of first appearance. */
function groups(ctx: CheckContext): Group[] {
  const byKey = new Map<string, Group>();
  for (const r of ctx.ausgaben) {
    if (!r.beschaeftigter || r.monat === undefined) continue;
    const key = `${r.beschaeftigter.zeile}|${r.monat}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { b: r.beschaeftigter, monat: r.monat, rows: [] }));
    g.rows.push(r);
  }
  return [...byKey.values()];
}

export function checkDuplicateEmployees(ctx: CheckContext): void {
  const seen = new Map<string, number>();
  for (const b of ctx.report.beschaeftigte) {
    if (b.unbrauchbar || b.name === "") continue;
    const n = normName(b.name);
    const first = seen.get(n);
    if (first === undefined) seen.set(n, b.zeile);
    else ctx.add("beschaeftigter-doppelt", "fehler", `${beschaeftigteLabel(b)}: Der Name steht schon in Zeile ${first} – Zahlungen lassen sich so nicht eindeutig zuordnen. Bitte die Namen unterscheidbar machen.`, { liste: "beschaeftigte", zeile: b.zeile, feld: "name" }, b.begruendung);
  }
}

function noTable(ctx: CheckContext, seen: Set<string>, regel: string, year: number, was: string): void {
  if (seen.has(`${regel}|${year}`)) return;
  seen.add(`${regel}|${year}`);
  ctx.add(regel, "hinweis", `Für ${year} fehlt die Rechengröße „${was}“: Die Zahlungen aus ${year} wurden darauf nicht geprüft. Der Wert kann im Kostenplan unter einstellungen.rechengroessen → ${year} eingetragen werden.`);
}

function anchor(ctx: CheckContext, g: Group, regel: string, schwere: "fehler" | "warnung", text: string): void {
  const first = g.rows[0];
  ctx.add(regel, schwere, `${rowList(g.rows)} (${g.b.name}, ${germanMonth(ymOf(g.monat))}): ${text}`, { liste: "ausgaben", zeile: first.a.zeile }, groupBegruendung(g.rows));
}

export function checkWages(ctx: CheckContext): void {
  const overrides = ctx.report.plan.einstellungen.rechengroessen;
  const skipped = new Set<string>();
  const all = groups(ctx);
  const agreedWages = new Map(all.map((g) => [g, wagesInMonth(g.b, ymOf(g.monat))]));

  for (const g of all) {
    const ym = ymOf(g.monat);
    let rate: Dec | undefined;
    let agreed = false;
    const wages = agreedWages.get(g)!;
    if (wages.length) {
      rate = wages.reduce((a, b) => (b.lt(a) ? b : a));
      agreed = true;
    } else {
      let paid = ZERO;
      let hours = ZERO;
      for (const r of g.rows) {
        if (r.a.betrag && r.a.stunden && r.a.stunden.gt(0)) {
          paid = paid.add(r.a.betrag);
          hours = hours.add(r.a.stunden);
        }
      }
      if (hours.gt(0)) rate = paid.div(hours);
    }
    if (!rate) continue;
    const f = figuresForYear(ym.y, overrides);
    if (!f || f.get("mindestlohn").value === undefined) {
      noTable(ctx, skipped, "mindestlohn-ohne-tabelle", ym.y, "Mindestlohn");
      continue;
    }
    const res = mindestlohnCheck({ stundenlohn: rate }, ym, f, "ausgaben");
    if (!res.befund) continue;
    const ml = f.need("mindestlohn");
    const of = `${fmtDe(ml)} € (${ym.y}${provisional(f, "mindestlohn")})`;
    if (agreed) {
      anchor(ctx, g, "mindestlohn-unterschritten", "fehler", `Der vereinbarte Stundenlohn von ${fmtDe(rate)} € liegt unter dem Mindestlohn von ${of}.`);
    } else {
      anchor(ctx, g, "mindestlohn-unterschritten", "warnung", `Gezahlt wurden durchschnittlich ${fmtDe(rate)} € je Stunde – weniger als der Mindestlohn von ${of}. Ist der Betrag netto (ohne Rentenversicherungsanteil), bitte den Stundenlohn bei den Beschäftigten eintragen.`);
    }
  }

  // Minijob-Grenze: monthly earnings per employee, then a 12-month window over the months above it.
  const minijob = all.filter((g) => g.b.beschaeftigung === "minijob-privat" || g.b.beschaeftigung === "minijob-gewerblich");
  const perEmployee = new Map<Beschaeftigter, { g: Group; earned: Dec; limit: Dec; note: string }[]>();
  for (const g of minijob) {
    const ym = ymOf(g.monat);
    const f = figuresForYear(ym.y, overrides);
    const limit = f?.get("geringfuegigkeitsgrenze").value;
    if (!limit) {
      noTable(ctx, skipped, "minijob-grenze-ohne-tabelle", ym.y, "Minijob-Grenze");
      continue;
    }
    // with a raise inside the month the higher wage counts (the limit must hold for the month as paid)
    const wages = agreedWages.get(g)!;
    const wage = wages.length ? wages.reduce((a, b) => (b.gt(a) ? b : a)) : undefined;
    let earned = ZERO;
    for (const r of g.rows) {
      const { stunden, betrag } = r.a;
      if (wage && stunden) earned = earned.add(wage.mul(stunden));
      else if (betrag) earned = earned.add(betrag);
    }
    if (earned.lte(limit)) continue;
    let list = perEmployee.get(g.b);
    if (!list) perEmployee.set(g.b, (list = []));
    list.push({ g, earned, limit, note: provisional(f!, "geringfuegigkeitsgrenze") });
  }
  for (const list of perEmployee.values()) {
    list.sort((x, y) => x.g.monat - y.g.monat);
    let start = 0;
    for (let i = 0; i < list.length; i++) {
      const { g, earned, limit, note } = list[i];
      while (list[start].g.monat <= g.monat - 12) start++;
      const inWindow = i - start + 1;
      const was = `Der Verdienst von ${fmtEuro(earned)} liegt über der Minijob-Grenze von ${fmtEuro(limit)}${note ? ` (${note.slice(2)})` : ""}`;
      if (earned.gt(limit.mul(2))) {
        anchor(ctx, g, "minijob-grenze-zweifach", "fehler", `${was} und sogar über dem Doppelten – so viel ist auch als gelegentliche Überschreitung nicht erlaubt (§ 8 Abs. 1b SGB IV).`);
      } else if (inWindow > 2) {
        anchor(ctx, g, "minijob-grenze-zu-oft", "fehler", `${was}, schon im ${inWindow}. Monat innerhalb von 12 Monaten – erlaubt sind höchstens 2 gelegentliche Überschreitungen (§ 8 Abs. 1b SGB IV).`);
      } else {
        anchor(ctx, g, "minijob-grenze-monat", "warnung", `${was}. Das ist nur als gelegentliche, nicht vorhersehbare Überschreitung erlaubt (höchstens 2 Monate in 12 Monaten) – bitte prüfen.`);
      }
    }
  }
}
