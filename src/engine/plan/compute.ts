/**
 * Evaluates a Kostenplan: period and monthly amounts per position, the three rounding levels, monthly
 * budget, payment after Eigenanteil, Teilbudgets, Obergrenze, budget hourly rate and the month-by-month
 * schedule. Amounts stay exact until a rounding point of the format ("exact → cents → step").
 */
import { Dec, ZERO, cents, fmtDe, fmtEuro, roundToStep, sum } from "../money";
import { befund, type Befund } from "../findings";
import { figuresForYear, FIGURE_LABELS, requireFigures, type FigureKey, type YearFigures } from "../legal/tables";
import { germanMonth, type YearMonth } from "../dates";
import { employerCostWith, mindestlohnCheck, type EmployerCost, type EmployerCostInput } from "../employer-cost";
import type { Basis, Je, Plan, PlanPosition, Ratio } from "./types";
import { einmalzahlungMonat } from "../forms";

export interface EmployerCostSegment {
  /** First plan month with these figures. */
  ab: YearMonth;
  /** Cost of one employee in one month. */
  kosten: EmployerCost;
}

export interface PositionResult {
  position: PlanPosition;
  /** Exact period amount incl. employer costs and Zuschlag, before any rounding. */
  zeitraumbetragExakt: Dec;
  zeitraumbetrag: Dec;
  monatsbetrag: Dec;
  /** Each plan month's amount as it enters the schedule (exact; evenly spread where the position is rounded). */
  monate: Dec[];
  /** Hours in the period (positions counted in hours). */
  stundenZeitraum?: Dec;
  arbeitgeberkosten?: EmployerCostSegment[];
}

export interface PlanResult {
  monate: number;
  positionen: PositionResult[];
  summeZeitraumUngerundet: Dec;
  summeZeitraum: Dec;
  monatsbudgetUngerundet: Dec;
  monatsbudget: Dec;
  eigenanteilMonat: Dec;
  auszahlung: Dec;
  auszahlungZeitraum: Dec;
  monatsplan: { monat: YearMonth; betrag: Dec }[];
  obergrenze?: { obergrenzeMonat: Dec; differenz: Dec };
  teilbudgets: { traeger: string; name: string; monatsbetrag: Dec; zeitraumbetrag: Dec; obergrenzeMonat?: Dec; differenz?: Dec }[];
  /** Monthly budget per planned hour: what budget holders compare. */
  stundensatz?: { stundenMonat: Dec; betrag: Dec };
  befunde: Befund[];
}

const HOUR_UNITS = /^(stunden?|std\.?|h)$/i;

export function isHours(p: PlanPosition): boolean {
  return p.einheit !== undefined && HOUR_UNITS.test(p.einheit);
}

function unitsPerMonth(je: Je, plan: Plan): Ratio {
  const one = new Dec(1);
  switch (je) {
    case "tag":
      return plan.einstellungen.tageProMonat;
    case "woche":
      return plan.einstellungen.wochenProMonat;
    case "monat":
      return { num: one, den: one };
    case "jahr":
      return { num: one, den: new Dec(12) };
    case "zeitraum":
      return { num: one, den: new Dec(plan.zeitraum.months) };
  }
}

/** Units in the whole period, kept as a ratio so every amount is multiplied first and divided last. */
function unitsPerPeriod(je: Je, plan: Plan): Ratio {
  const m = unitsPerMonth(je, plan);
  return je === "zeitraum" ? { num: new Dec(1), den: new Dec(1) } : { num: m.num.mul(plan.zeitraum.months), den: m.den };
}

const times = (x: Dec, r: Ratio) => x.mul(r.num).div(r.den);

/** Legal figures each employment type reads: unsettled ones among them are reported as hints. */
const FIGURES_USED: Record<string, FigureKey[]> = {
  "minijob-privat": ["minijobHaushaltKv", "minijobHaushaltRv", "minijobHaushaltUv", "minijobPauschsteuer", "minijobU1", "minijobU2", "rv"],
  "minijob-gewerblich": ["minijobGewerblichKv", "minijobGewerblichRv", "minijobPauschsteuer", "minijobU1", "minijobU2", "insolvenzgeldumlage", "rv"],
  uebergangsbereich: ["geringfuegigkeitsgrenze", "uebergangsbereichObergrenze", "faktorF", "kvAllgemein", "kvZusatzDurchschnitt", "pv", "rv", "av"],
  "sv-pflichtig": ["kvAllgemein", "kvZusatzDurchschnitt", "pv", "rv", "av", "bbgKvPv", "bbgRvAv"],
  pauschal: [],
};

interface Ctx {
  plan: Plan;
  befunde: Befund[];
  reported: Set<string>;
}

/** Adds a finding once per key; the text is only built when it is new (formatting is not free). */
function report(ctx: Ctx, key: string, make: () => Befund): void {
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.befunde.push(make());
}

/** A position priced as quantity × units × price, with employer costs for the Arbeitgebermodell. */
function evaluateQuantity(p: PlanPosition, ctx: Ctx): PositionResult {
  const { plan } = ctx;
  const b = p.bemessung;
  if (b.kind !== "menge") throw new Error("unreachable");
  const months = plan.zeitraum.months;
  const ort = { liste: "positionen", zeile: p.zeile };
  if (p.art === "erstattung" && b.preis.gt(0)) {
    ctx.befunde.push(befund("erstattung-positiv", "fehler", `${p.label}: Eine erwartete Erstattung braucht einen negativen Preis (sie mindert das Budget).`, ort));
  }
  if (p.art !== "erstattung" && b.preis.isNegative()) {
    ctx.befunde.push(befund("preis-negativ", "fehler", `${p.label}: Der Preis ist negativ – nur Erstattungen (art „erstattung“) mindern das Budget.`, ort));
  }
  const pu = unitsPerPeriod(b.je, plan);
  const mu = unitsPerMonth(b.je, plan);
  const result: PositionResult = {
    position: p,
    zeitraumbetragExakt: ZERO,
    zeitraumbetrag: ZERO,
    monatsbetrag: ZERO,
    monate: [],
  };
  if (isHours(p)) result.stundenZeitraum = times(b.menge, pu);

  const pay = p.payroll;
  if (!pay) {
    result.zeitraumbetragExakt = times(b.menge.mul(b.preis), pu);
    const monthly = times(b.menge.mul(b.preis), mu);
    result.monate = Array.from({ length: months }, () => monthly);
    return result;
  }

  // Arbeitgebermodell: gross pay of the group (Bereitschaft hours paid at their weight), then per employee.
  const n = pay.beschaeftigte;
  const weight = (pay.bereitschaftGewichtProzent ?? new Dec(100)).div(100);
  const paidUnits = b.menge.add((pay.bereitschaftStunden ?? ZERO).mul(weight));
  const grossPeriod = times(paidUnits.mul(b.preis), pu);
  const grossMonth = times(paidUnits.mul(b.preis), mu);
  const sfn = pay.zuschlaegeSvFreiMonat ?? ZERO;
  const einmalMonthExact = pay.einmalzahlungJahr ? pay.einmalzahlungJahr.div(12) : ZERO;
  const input: EmployerCostInput = {
    art: pay.beschaeftigung,
    brutto: cents(grossMonth.div(n)),
    einmalzahlungMonat: pay.einmalzahlungJahr ? einmalzahlungMonat(pay.einmalzahlungJahr) : undefined,
    zuschlaegeSvFrei: pay.zuschlaegeSvFreiMonat,
    zusatzbeitragProzent: pay.zusatzbeitragProzent,
    u1Prozent: pay.u1Prozent,
    u2Prozent: pay.u2Prozent,
    uvJahr: pay.uvJahr,
    sachsen: pay.sachsen,
    rvBefreit: pay.rvBefreit,
    kvPrivat: pay.kvPrivat,
    pauschsteuerArbeitgeber: pay.pauschsteuerArbeitgeber,
    privathaushalt: pay.privathaushalt,
    arbeitgeberanteilProzent: pay.arbeitgeberanteilProzent,
  };

  // One computation per distinct set of figures (a calendar year), not per month; months of the same
  // year share one amount object, which also lets the schedule skip unchanged months.
  interface Segment {
    month: Dec;
    items: Dec;
    count: number;
  }
  const byFigures = new Map<YearFigures | undefined, Segment>();
  const segments: EmployerCostSegment[] = [];
  const extrasMonth = n.mul(sfn.add(einmalMonthExact));
  for (const start of plan.zeitraum.monthStarts) {
    const figures =
      pay.beschaeftigung === "pauschal"
        ? figuresForYear(start.y, plan.einstellungen.rechengroessen)
        : requireFigures(start, plan.einstellungen.rechengroessen, p.label);
    let seg = byFigures.get(figures);
    if (!seg) {
      const cost = employerCostWith(input, figures, p.label);
      const items = cost.arbeitgeberanteile.mul(n);
      seg = { month: grossMonth.add(extrasMonth).add(items), items, count: 0 };
      byFigures.set(figures, seg);
      segments.push({ ab: { y: start.y, m: start.m }, kosten: cost });
      for (const f of cost.befunde) report(ctx, `${p.zeile}:${f.regel}:${f.text}`, () => ({ ...f, ort }));
      if (figures) noteUnsettled(p, figures, ctx);
      wageCheck(p, figures, start, ctx);
    }
    seg.count++;
    result.monate.push(seg.month);
  }
  let itemsPeriod = ZERO;
  for (const seg of byFigures.values()) itemsPeriod = itemsPeriod.add(seg.items.mul(seg.count));
  result.zeitraumbetragExakt = grossPeriod
    .add(n.mul(sfn).mul(months))
    .add(n.mul(pay.einmalzahlungJahr ?? ZERO).mul(months).div(12))
    .add(itemsPeriod);
  result.arbeitgeberkosten = segments;
  return result;
}

function noteUnsettled(p: PlanPosition, f: YearFigures, ctx: Ctx): void {
  for (const key of FIGURES_USED[p.payroll!.beschaeftigung]) {
    if (f.isUnsettled(key)) {
      report(ctx, `unsettled:${f.year}:${key}`, () => ({
        regel: "rechengroesse-unsicher",
        schwere: "hinweis",
        text: `${FIGURE_LABELS[key]} ${f.year} (${fmtDe(f.get(key).value!, 4).replace(/0+$/, "").replace(/,$/, "")}) ist noch nicht amtlich bestätigt (${f.get(key).status}) – bitte prüfen und bei Bedarf überschreiben.`,
      }));
    }
  }
}

function wageCheck(p: PlanPosition, figures: YearFigures | undefined, start: { y: number; m: number }, ctx: Ctx): void {
  if (!isHours(p) || p.bemessung.kind !== "menge") return;
  const pay = p.payroll!;
  const ort = { liste: "positionen", zeile: p.zeile };
  if (!figures || figures.get("mindestlohn").value === undefined) {
    report(ctx, `ml-skip:${p.zeile}:${start.y}`, () => befund("mindestlohn-ungeprueft", "hinweis", `${p.label}: Für ${start.y} ist kein Mindestlohn hinterlegt – Prüfung übersprungen.`, ort));
    return;
  }
  const mu = unitsPerMonth(p.bemessung.je, ctx.plan);
  const r = mindestlohnCheck(
    {
      stundenlohn: p.bemessung.preis,
      stunden: times(p.bemessung.menge, mu),
      bereitschaftStunden: pay.bereitschaftStunden ? times(pay.bereitschaftStunden, mu) : undefined,
      bereitschaftGewichtProzent: pay.bereitschaftGewichtProzent,
    },
    start,
    figures,
    p.label,
  );
  const found = r.befund;
  if (found) report(ctx, `ml:${p.zeile}:${start.y}`, () => ({ ...found, ort }));
}

function inBasis(p: PlanPosition, basis: Basis): boolean {
  if (p.bemessung.kind !== "menge") return false;
  return p.art === "arbeitgeber" || (basis === "personal" && p.art === "dienstleistung");
}

/** Reserves and other shares derived from the personnel positions (percentage or calendar method). */
function evaluateDerived(p: PlanPosition, done: PositionResult[], ctx: Ctx): PositionResult {
  const b = p.bemessung;
  if (b.kind === "menge") throw new Error("unreachable");
  const months = ctx.plan.zeitraum.months;
  const base = done.filter((r) => inBasis(r.position, b.basis));
  const baseMonths = Array.from({ length: months }, (_, k) => sum(base.map((r) => r.monate[k])));
  const basePeriod = sum(base.map((r) => r.zeitraumbetrag));
  const basisLabel = b.basis === "personal" ? "Personalpositionen (Arbeitgeber und Dienstleister)" : "Arbeitgeber-Positionen";
  if (b.kind === "prozent") {
    if (base.length === 0) {
      ctx.befunde.push(befund("basis-leer", "warnung", `${p.label}: Es gibt keine ${basisLabel}, auf die sich ${fmtDe(b.prozent)} % beziehen könnten.`, { liste: "positionen", zeile: p.zeile }));
    }
    return {
      position: p,
      zeitraumbetragExakt: basePeriod.mul(b.prozent).div(100),
      zeitraumbetrag: ZERO,
      monatsbetrag: ZERO,
      monate: baseMonths.map((x) => x.mul(b.prozent).div(100)),
    };
  }
  // Calendar method: replacement hours for leave, public holidays and sickness, per year, priced at the
  // average hourly employer cost of the basis positions.
  const hoursBase = sum(base.map((r) => r.stundenZeitraum ?? ZERO));
  if (hoursBase.isZero()) {
    ctx.befunde.push(befund("basis-ohne-stunden", "fehler", `${p.label}: Für die Kalendermethode fehlt eine ${basisLabel} in Stunden (einheit „stunde“), deren Stundenkosten den Ersatz bewerten.`, { liste: "positionen", zeile: p.zeile }));
    return { position: p, zeitraumbetragExakt: ZERO, zeitraumbetrag: ZERO, monatsbetrag: ZERO, monate: baseMonths.map(() => ZERO) };
  }
  const days = b.urlaubstage.add(b.feiertage).add(b.krankheitstage);
  const hours = days.mul(b.stundenProTag).mul(months).div(12);
  const exact = hours.mul(basePeriod).div(hoursBase);
  const baseTotal = sum(baseMonths);
  return {
    position: p,
    zeitraumbetragExakt: exact,
    zeitraumbetrag: ZERO,
    monatsbetrag: ZERO,
    monate: baseMonths.map((x) => (baseTotal.isZero() ? exact.div(months) : exact.mul(x).div(baseTotal))),
    stundenZeitraum: undefined,
  };
}

/** Zuschlag and the position's own rounding: exact → cents → step, on the period or the monthly amount. */
function finishPosition(r: PositionResult, months: number): PositionResult {
  const p = r.position;
  if (p.zuschlagProzent) {
    const f = new Dec(100).add(p.zuschlagProzent);
    r.zeitraumbetragExakt = r.zeitraumbetragExakt.mul(f).div(100);
    const scaled = new Map<Dec, Dec>();
    r.monate = r.monate.map((x) => scaled.get(x) ?? scaled.set(x, x.mul(f).div(100)).get(x)!);
  }
  const rd = p.rundung;
  if (rd && rd.bezug === "monat") {
    r.monatsbetrag = roundToStep(r.zeitraumbetragExakt.div(months), rd);
    r.zeitraumbetrag = r.monatsbetrag.mul(months);
  } else {
    r.zeitraumbetrag = roundToStep(r.zeitraumbetragExakt, rd);
    r.monatsbetrag = cents(r.zeitraumbetrag.div(months));
  }
  if (rd) {
    const spread = r.zeitraumbetrag.div(months);
    r.monate = r.monate.map(() => spread);
  }
  return r;
}

export function evaluatePlan(plan: Plan): PlanResult {
  const ctx: Ctx = { plan, befunde: [], reported: new Set() };
  const months = plan.zeitraum.months;

  const names = new Map<string, number>();
  for (const p of plan.positionen) {
    const first = names.get(p.bezeichnung);
    if (first !== undefined) {
      ctx.befunde.push(befund("bezeichnung-doppelt", "fehler", `${p.label}: Die Bezeichnung kommt schon in Position ${first} vor – Bezeichnungen müssen eindeutig sein, weil Ausgaben sich auf sie beziehen.`, { liste: "positionen", zeile: p.zeile }));
    } else names.set(p.bezeichnung, p.zeile);
  }

  const results = new Map<PlanPosition, PositionResult>();
  const quantity = plan.positionen.filter((p) => p.bemessung.kind === "menge");
  for (const p of quantity) results.set(p, finishPosition(evaluateQuantity(p, ctx), months));
  const basisDone = [...results.values()];
  for (const p of plan.positionen.filter((q) => q.bemessung.kind !== "menge")) {
    results.set(p, finishPosition(evaluateDerived(p, basisDone, ctx), months));
  }
  const positionen = plan.positionen.map((p) => results.get(p)!);

  const summeZeitraumUngerundet = sum(positionen.map((r) => r.zeitraumbetrag));
  const summeZeitraum = roundToStep(summeZeitraumUngerundet, plan.einstellungen.rundungGesamt);
  const monatsbudgetUngerundet = cents(summeZeitraum.div(months));
  const monatsbudget = roundToStep(monatsbudgetUngerundet, plan.einstellungen.rundungMonat);

  let auszahlung = monatsbudget.sub(plan.eigenanteilMonat);
  if (auszahlung.isNegative()) {
    ctx.befunde.push(befund("eigenanteil-zu-hoch", "warnung", `Der Eigenanteil von ${fmtEuro(plan.eigenanteilMonat)} ist höher als das Monatsbudget von ${fmtEuro(monatsbudget)} – es wird nichts ausgezahlt.`, { feld: "eigenanteilMonat" }));
    auszahlung = ZERO;
  }

  const monatsplan = schedule(plan, positionen);

  const result: PlanResult = {
    monate: months,
    positionen,
    summeZeitraumUngerundet,
    summeZeitraum,
    monatsbudgetUngerundet,
    monatsbudget,
    eigenanteilMonat: plan.eigenanteilMonat,
    auszahlung,
    auszahlungZeitraum: auszahlung.mul(months),
    monatsplan,
    teilbudgets: teilbudgets(plan, positionen, ctx),
    befunde: ctx.befunde,
  };

  if (plan.obergrenzeMonat) {
    const differenz = plan.obergrenzeMonat.sub(monatsbudget);
    result.obergrenze = { obergrenzeMonat: plan.obergrenzeMonat, differenz };
    if (differenz.isNegative()) {
      ctx.befunde.push(befund("obergrenze-ueberschritten", "warnung", `Das Monatsbudget von ${fmtEuro(monatsbudget)} übersteigt die Kosten der Sachleistung (Obergrenze ${fmtEuro(plan.obergrenzeMonat)}) um ${fmtEuro(differenz.neg())} – nach § 29 Abs. 2 S. 7 SGB IX braucht das eine Begründung.`, { feld: "obergrenzeMonat" }));
    }
  }

  const hours = sum(positionen.map((r) => r.stundenZeitraum ?? ZERO));
  if (hours.gt(0)) {
    result.stundensatz = { stundenMonat: hours.div(months).toDecimalPlaces(2, Dec.ROUND_HALF_UP), betrag: cents(summeZeitraum.div(hours)) };
  }

  if (monatsplanSpanne(monatsplan)?.wechselt) {
    const changes = monatsplan.filter((m, k) => k > 0 && !m.betrag.eq(monatsplan[k - 1].betrag)).map((m) => germanMonth(m.monat));
    ctx.befunde.push(befund("monatsbetrag-aendert-sich", "hinweis", `Der Bedarf ändert sich im Zeitraum (ab ${changes.join(", ")}); das Monatsbudget ist der Durchschnitt, der Monatsplan zeigt jeden Monat.`));
  }
  return result;
}

/**
 * How the monthly need varies over the plan: whether it changes at all, and the months with the lowest and
 * the highest amount (the first such month each). Shared by the plan's own hint and the task pane's sentence.
 */
export function monatsplanSpanne(monatsplan: PlanResult["monatsplan"]): { wechselt: boolean; niedrigster: PlanResult["monatsplan"][number]; hoechster: PlanResult["monatsplan"][number] } | undefined {
  const [erster] = monatsplan;
  if (!erster) return undefined;
  let niedrigster = erster;
  let hoechster = erster;
  for (const m of monatsplan) {
    if (m.betrag.lt(niedrigster.betrag)) niedrigster = m;
    if (m.betrag.gt(hoechster.betrag)) hoechster = m;
  }
  return { wechselt: !niedrigster.betrag.eq(hoechster.betrag), niedrigster, hoechster };
}

/**
 * Each plan month's exact total, in cents. Months whose position amounts are the same objects as the
 * month before (the common case inside a calendar year) are not summed again.
 */
function schedule(plan: Plan, positionen: PositionResult[]): PlanResult["monatsplan"] {
  let total = ZERO;
  return plan.zeitraum.monthStarts.map((s, k) => {
    if (k === 0) total = sum(positionen.map((r) => r.monate[0]));
    else {
      for (const r of positionen) {
        const prev = r.monate[k - 1];
        const cur = r.monate[k];
        if (cur !== prev) total = total.add(cur).sub(prev);
      }
    }
    return { monat: { y: s.y, m: s.m }, betrag: cents(total) };
  });
}

function teilbudgets(plan: Plan, positionen: PositionResult[], ctx: Ctx): PlanResult["teilbudgets"] {
  if (plan.traeger.length === 0) return [];
  const ids = new Set(plan.traeger.map((t) => t.id));
  for (const r of positionen) {
    const p = r.position;
    const ort = { liste: "positionen", zeile: p.zeile };
    if (!p.traeger) {
      ctx.befunde.push(befund("traeger-fehlt", "fehler", `${p.label}: Es ist kein Träger angegeben – bei mehreren Teilbudgets braucht jede Position einen Träger (${[...ids].join(", ")}).`, ort));
    } else if (!ids.has(p.traeger)) {
      ctx.befunde.push(befund("traeger-unbekannt", "fehler", `${p.label}: Der Träger „${p.traeger}“ steht nicht in der Trägerliste (${[...ids].join(", ")}).`, ort));
    }
  }
  const months = plan.zeitraum.months;
  return plan.traeger.map((t) => {
    const zeitraumbetrag = sum(positionen.filter((r) => r.position.traeger === t.id).map((r) => r.zeitraumbetrag));
    const monatsbetrag = cents(zeitraumbetrag.div(months));
    const tb: PlanResult["teilbudgets"][number] = { traeger: t.id, name: t.name, monatsbetrag, zeitraumbetrag };
    if (t.obergrenzeMonat) {
      tb.obergrenzeMonat = t.obergrenzeMonat;
      tb.differenz = t.obergrenzeMonat.sub(monatsbetrag);
      if (tb.differenz.isNegative()) {
        ctx.befunde.push(befund("teilbudget-obergrenze-ueberschritten", "warnung", `Das Teilbudget ${t.name} von ${fmtEuro(monatsbetrag)} im Monat übersteigt seine Obergrenze von ${fmtEuro(t.obergrenzeMonat)} um ${fmtEuro(tb.differenz.neg())} – das braucht eine Begründung.`, { liste: "traeger", zeile: plan.traeger.indexOf(t) + 1 }));
      }
    }
    return tb;
  });
}

