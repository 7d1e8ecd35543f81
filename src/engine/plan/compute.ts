/**
 * Evaluates a Kostenplan: period and monthly amounts per position, the three rounding levels, monthly
 * budget, payment after Eigenanteil, Teilbudgets, Obergrenze, budget hourly rate and the month-by-month
 * schedule. Amounts stay exact until a rounding point of the format ("exact → cents → step").
 */
import { Dec, HUNDRED, ZERO, allocateRounding, cents, max, min, fmtDe, fmtEuro, roundToStep, sum } from "../money";
import { befund, type Befund } from "../findings";
import { figuresForYear, requireFigures, type YearFigures } from "../legal/tables";
import { FigureNotes } from "../legal/figure-notes";
import { addDays, germanMonth, type YearMonth } from "../dates";
import { employerCostWith, figuresUsed, mindestlohnCheck, ZUSCHLAG_FIGURE, type EmployerCost, type EmployerCostInput, type ZuschlagStunden } from "../employer-cost";
import { dienstplanStunden } from "../calendar/dienstplan";
import { InputError } from "../errors";
import type { Basis, Bemessung, Je, PayrollOptions, Plan, PlanPosition, PositionVersion, Ratio, Zahlweise } from "./types";
import { summeZahlungen, zahlungsplan, type Zahlung } from "./payments";
import { wechselOf, type Wechsel } from "./changes";
import { changesInPeriod, planMonths, slicesOf, versionsOf, type PlanMonth, type Slice } from "./months";
import { einmalzahlungMonat } from "../forms";
import { checkFall } from "../fall/check";
import type { Fall } from "../fall/types";
import { agreedBudget, anerkanntBefunde, justified } from "./decisions";
import { evaluatePflege, type PflegeAuswertung } from "../pflege/compute";
import type { PflegeErgebnis } from "../pflege/types";

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
  /** A line the plan computes itself (the expected U1 refund of a calendar reserve), not a row of the input. */
  automatisch?: boolean;
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
  /** The months in which the need changes, per position with its reason (changes.ts). */
  wechsel: Wechsel[];
  zahlweise: Zahlweise;
  /** The payments in advance (payments.ts) and their sum. */
  zahlungsplan: Zahlung[];
  summeZahlungen: Dec;
  obergrenze?: { obergrenzeMonat: Dec; differenz: Dec };
  /**
   * Each Träger's share: its positions' period amounts, plus its part of the Gesamtbudget's rounding (in
   * proportion to its share, a refund keeps its amount), in cents by largest remainder: the shares add up to
   * the period total and to the monthly budget.
   */
  teilbudgets: {
    traeger: string;
    name: string;
    monatsbetrag: Dec;
    zeitraumbetrag: Dec;
    /** The Träger's own positions before the Gesamtbudget's rounding is allocated. */
    zeitraumbetragUngerundet: Dec;
    obergrenzeMonat?: Dec;
    differenz?: Dec;
  }[];
  /** Monthly budget per planned hour: what budget holders compare. */
  stundensatz?: { stundenMonat: Dec; betrag: Dec };
  /** The calculated need, when an agreed amount (`vereinbart`) is the budget. */
  bedarf?: { summeZeitraum: Dec; monatsbudget: Dec };
  /** The plan as applied for, when the caseworker recognised some values differently (per position by row). */
  beantragt?: { summeZeitraum: Dec; monatsbudget: Dec; positionen: { zeile: number; monatsbetrag: Dec; zeitraumbetrag: Dec }[] };
  fall?: Fall;
  /** The Pflegegeld month by month, offset or as the Pflegekasse's Teilbudget, and the Entlastungsbetrag apart (pflege/). */
  pflege?: PflegeErgebnis;
  befunde: Befund[];
}

/** The plan computed on the values applied for (the budget holder's figures), for comparison only. */
function asApplied(plan: Plan, recognised: PositionResult[]): NonNullable<PlanResult["beantragt"]> {
  const r = evaluatePlan({ ...plan, positionen: plan.positionen.map((p) => p.beantragt ?? p), vereinbart: undefined, fall: undefined });
  const byRow = new Map(r.positionen.filter((x) => !x.automatisch).map((x) => [x.position.zeile, x]));
  return {
    summeZeitraum: r.summeZeitraum,
    monatsbudget: r.monatsbudget,
    positionen: recognised
      .filter((x) => !x.automatisch && x.position.beantragt)
      .map((x) => ({ zeile: x.position.zeile, monatsbetrag: byRow.get(x.position.zeile)!.monatsbetrag, zeitraumbetrag: byRow.get(x.position.zeile)!.zeitraumbetrag })),
  };
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

const times = (x: Dec, r: Ratio) => x.mul(r.num).div(r.den);

interface Ctx {
  plan: Plan;
  months: PlanMonth[];
  befunde: Befund[];
  reported: Set<string>;
  /** Legal figures used that are provisional / not settled, per year and key (reported once, all together). */
  figures: FigureNotes;
  /** Per basis position of a calendar reserve: the share of its surcharges paid for time not worked. */
  ausfall: Map<PlanPosition, Dec>;
}

/** Where a finding on a version of a position points: the position, or its change `aenderungen[nr]` (its own row in a workbook). */
function versionOrt(p: PlanPosition, v: PositionVersion, feld: string): Befund["ort"] {
  return v.nr === undefined ? { liste: "positionen", zeile: p.zeile, feld } : { liste: "positionen", zeile: p.zeile, feld: `aenderungen[${v.nr}].${feld}` };
}

/** Adds a finding once per key; the text is only built when it is new (formatting is not free). */
function report(ctx: Ctx, key: string, make: () => Befund): void {
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.befunde.push(make());
}

/** The employer-cost input of one version: the group's hours and wage as one employee's monthly pay. */
function costInput(
  p: PlanPosition,
  v: PositionVersion,
  plan: Plan,
  classes?: ZuschlagStunden[],
  ausfallanteil?: Dec,
  fraction?: Dec,
): { input: EmployerCostInput; grossMonth: Dec; einmalMonth: Dec; sfnMonth: Dec; n: Dec } {
  const b = v.bemessung as Extract<Bemessung, { kind: "menge" }>;
  const pay = v.payroll!;
  const n = pay.beschaeftigte;
  const weight = (pay.bereitschaftGewichtProzent ?? new Dec(100)).div(100);
  const paidUnits = b.menge.add((pay.bereitschaftStunden ?? ZERO).mul(weight));
  // a part month (`fraction` of its days) is paid pro rata; its surcharges are the schedule's own hours
  const full = times(paidUnits.mul(b.preis), unitsPerMonth(b.je, plan));
  const grossMonth = fraction ? full.mul(fraction) : full;
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
    hauptbeschaeftigung: pay.hauptbeschaeftigung,
    ost: pay.ost,
  };
  if (classes?.length) {
    // each employee's share of the position's surcharge hours, on the hourly wage
    input.zuschlagStunden = classes.map((z) => ({ ...z, stunden: z.stunden.div(n) }));
    input.grundlohn = hourlyWage(p, v);
    if (ausfallanteil && !ausfallanteil.isZero()) input.zuschlagAusfallanteil = ausfallanteil;
    if (!input.grundlohn) {
      throw new InputError(`${p.label}: Für Zuschläge braucht die Position einen Stundenlohn – Einheit „Stunde“ oder „Stunden je Einheit“ angeben.`, `positionen[${p.zeile}].stundenJeEinheit`);
    }
  }
  return { input, grossMonth, einmalMonth: n.mul(einmalMonthExact), sfnMonth: n.mul(pay.zuschlaegeSvFreiMonat ?? ZERO), n };
}

/**
 * A flat employer share as the Träger's forms compute it: pay × (1 + p %), plus contribution-free surcharges
 * and the Unfallkasse fee, exact (the period is rounded once, at the position's rounding point), unlike payroll,
 * which rounds every contribution per month and employee.
 */
function pauschalMonth(c: ReturnType<typeof costInput>, pay: PayrollOptions, cost: EmployerCost): Dec {
  const freeSurcharges = sum(cost.zuschlaege.map((z) => z.svFrei));
  const liable = c.grossMonth.add(c.einmalMonth).add(c.n.mul(cost.zuschlaegeSvPflichtig));
  const uv = pay.uvJahr ? c.n.mul(pay.uvJahr).div(12) : ZERO;
  return liable.mul(HUNDRED.add(pay.arbeitgeberanteilProzent ?? ZERO)).div(HUNDRED).add(c.sfnMonth).add(c.n.mul(freeSurcharges)).add(uv);
}

/**
 * Where the plan prices replacement staff (a calendar reserve), its days are paid to the assistants without
 * work: Urlaubsentgelt with the average of their surcharges (§ 11 Abs. 1 BUrlG), pay on public holidays and in
 * sickness with the surcharges they would have earned (§§ 2, 4 EntgFG). § 3b EStG frees only surcharges for work
 * „tatsächlich geleistet“, so that share of each basis position's surcharges is liable: the reserve's hours
 * (over the months it covers) / the basis positions' hours (over the months they cover).
 */
function ausfallanteile(plan: Plan, ctx: Ctx): Map<PlanPosition, Dec> {
  const out = new Map<PlanPosition, Dec>();
  for (const r of plan.positionen) {
    const b = r.bemessung;
    if (b.kind !== "kalender") continue;
    const days = b.urlaubstage.add(b.feiertage).add(b.krankheitstage);
    if (days.isZero()) continue;
    const reserveHours = days.mul(b.stundenProTag).div(12).mul(coveredMonths(r, ctx));
    const basis = plan.positionen.filter((q) => q.bemessung.kind === "menge" && q.art === "arbeitgeber" && inBasis(q, b.basis));
    const hours = new Map(basis.map((q) => [q, periodHours(q, ctx)] as const));
    const total = sum(hours.values());
    if (total.isZero()) continue;
    const share = reserveHours.div(total);
    for (const q of basis) if (!hours.get(q)!.isZero()) out.set(q, min((out.get(q) ?? ZERO).add(share), new Dec(1)));
  }
  return out;
}

/** How many whole months a position covers (part months by their days). */
function coveredMonths(p: PlanPosition, ctx: Ctx): Dec {
  const versions = versionsOf(p, ctx.plan.zeitraum);
  return sum(ctx.months.map((m) => sum(slicesOf(p, versions, m).map((sl) => (sl.days === m.days ? new Dec(1) : new Dec(sl.days).div(m.days))))));
}

/** A position's hours over the months it covers, version by version (units that are no hour by `stundenJeEinheit`). */
function periodHours(p: PlanPosition, ctx: Ctx): Dec {
  const versions = versionsOf(p, ctx.plan.zeitraum);
  let total = ZERO;
  for (const m of ctx.months) {
    for (const sl of slicesOf(p, versions, m)) {
      const b = sl.version.bemessung as Extract<Bemessung, { kind: "menge" }>;
      const perUnit = isHours(p) ? new Dec(1) : sl.version.payroll?.stundenJeEinheit;
      if (!perUnit) continue;
      const month = times(b.menge.mul(perUnit), unitsPerMonth(b.je, ctx.plan));
      total = total.add(sl.days === m.days ? month : month.mul(sl.days).div(m.days));
    }
  }
  return total;
}

/**
 * The expected U1 refund of the sick days a calendar reserve plans (AAG § 1 Abs. 1 Nr. 1), month by month: the
 * month's sick hours (the reserve's days / 12, in the months it covers) shared by the basis positions' hours in
 * that month, × each version's hourly pay (wage and surcharges, § 4 EntgFG) × the refund rate — the
 * Minijob-Zentrale's for Minijobs (§ 2 Abs. 1 S. 2 AAG), the Krankenkasse's (`u1ErstattungProzent`) for the
 * others. Employer contributions refunded under Nr. 2 are left out, a flat share (`pauschal`) too. A line of
 * its own (art erstattung); no refund without a known rate.
 */
function u1Erstattungen(positionen: readonly PositionResult[], ctx: Ctx): PositionResult[] {
  const out: PositionResult[] = [];
  const { plan } = ctx;
  for (const r of positionen) {
    const b = r.position.bemessung;
    if (b.kind !== "kalender" || b.krankheitstage.isZero() || !b.u1Erstattung || r.zeitraumbetragExakt.isZero()) continue;
    const base = positionen.filter((q) => q.position.bemessung.kind === "menge" && inBasis(q.position, b.basis) && q.stundenZeitraum);
    const reserveVersions = versionsOf(r.position, plan.zeitraum);
    const sickPerMonth = b.krankheitstage.mul(b.stundenProTag).div(12);
    const missing = new Set<string>();
    const months = ctx.months.map((m) => {
      const covered = sum(slicesOf(r.position, reserveVersions, m).map((sl) => new Dec(sl.days).div(m.days)));
      if (covered.isZero()) return ZERO;
      // each slice of a basis position in this month: its hours, and what an hour of it is refunded
      const pieces: { hours: Dec; refund: Dec }[] = [];
      for (const q of base) {
        for (const sl of slicesOf(q.position, versionsOf(q.position, plan.zeitraum), m)) {
          const pay = sl.version.payroll;
          const bq = sl.version.bemessung as Extract<Bemessung, { kind: "menge" }>;
          const monthHoursQ = times(bq.menge, unitsPerMonth(bq.je, plan));
          const hours = monthHoursQ.mul(sl.days).div(m.days);
          let refund = ZERO;
          const rate = pay && pay.beschaeftigung !== "pauschal" ? u1Rate(pay, m, plan) : undefined;
          if (pay && pay.beschaeftigung !== "pauschal" && !rate) missing.add(q.position.bezeichnung);
          if (rate && !monthHoursQ.isZero()) refund = hourlyPay(q.position, sl.version, m, monthHoursQ, plan).mul(rate).div(HUNDRED);
          pieces.push({ hours, refund });
        }
      }
      const total = sum(pieces.map((x) => x.hours));
      if (total.isZero()) return ZERO;
      return sum(pieces.map((x) => x.hours.mul(x.refund))).div(total).mul(sickPerMonth).mul(covered).neg();
    });
    if (missing.size) {
      ctx.befunde.push(
        befund("u1-erstattungssatz-fehlt", "hinweis", `${r.position.label}: Für ${[...missing].join(", ")} ist kein Erstattungssatz U1 der Krankenkasse angegeben (u1ErstattungProzent) – die Erstattung bei Krankheit ist dafür nicht gerechnet.`, {
          liste: "positionen",
          zeile: r.position.zeile,
        }),
      );
    }
    const refund = settle(sum(months));
    if (refund.isZero()) continue;
    const p = r.position;
    out.push({
      position: { ...p, bezeichnung: `Erwartete U1-Erstattung (${p.bezeichnung})`, art: "erstattung", label: `${p.label}, U1-Erstattung`, aenderungen: [], rundung: undefined },
      zeitraumbetragExakt: refund,
      zeitraumbetrag: ZERO,
      monatsbetrag: ZERO,
      monate: months,
      automatisch: true,
    });
    const typed = positionen.find((q) => q.position.art === "erstattung" && /\bu1\b/i.test(q.position.bezeichnung));
    if (typed) {
      ctx.befunde.push(
        befund("u1-erstattung-doppelt", "warnung", `${typed.position.label}: Die U1-Erstattung rechnet der Plan jetzt selbst (${p.bezeichnung}) – bitte die eigene Position entfernen oder bei der Reserve „u1Erstattung“ auf nein setzen, sonst zählt sie doppelt.`, {
          liste: "positionen",
          zeile: typed.position.zeile,
        }),
      );
    }
  }
  return out;
}

/** The U1 refund rate of an employment in a month: the Minijob-Zentrale's figure, or the Krankenkasse's setting. */
function u1Rate(pay: PayrollOptions, m: PlanMonth, plan: Plan): Dec | undefined {
  if (pay.beschaeftigung === "minijob-privat" || pay.beschaeftigung === "minijob-gewerblich") {
    return figuresForYear(m.start.y, plan.einstellungen.rechengroessen)?.get("minijobU1Erstattung").value;
  }
  return pay.u1ErstattungProzent && !pay.u1ErstattungProzent.isZero() ? pay.u1ErstattungProzent : undefined;
}

/** An hour's pay of a version in a month: the wage and its share of the month's surcharges (agreed or § 3b rates). */
function hourlyPay(p: PlanPosition, v: PositionVersion, m: PlanMonth, monthHours: Dec, plan: Plan): Dec {
  const wage = hourlyWage(p, v) ?? ZERO;
  const classes = classHours(v, m);
  if (!classes) return wage;
  const f = figuresForYear(m.start.y, plan.einstellungen.rechengroessen);
  const surcharges = sum(classes.map((z) => z.stunden.mul(wage).mul(z.prozent ?? f?.get(ZUSCHLAG_FIGURE[z.art]).value ?? ZERO).div(HUNDRED)));
  return wage.add(surcharges.div(monthHours));
}

/**
 * The surcharges of a schedule are paid on its hours: a schedule that plans far more or fewer hours than the
 * position pays is a hint (more than 5 % apart on average over the plan's months).
 */
function scheduleCheck(p: PlanPosition, v: PositionVersion, ctx: Ctx): void {
  const pay = v.payroll!;
  const b = v.bemessung as Extract<Bemessung, { kind: "menge" }>;
  const perUnit = isHours(p) ? new Dec(1) : pay.stundenJeEinheit;
  if (!perUnit) return;
  const paid = times(b.menge.mul(perUnit), unitsPerMonth(b.je, ctx.plan));
  const planned = sum(ctx.months.map((m) => dienstplanStunden(pay.dienstplan!, m.start, m.end, pay.bundesland!).stunden)).div(ctx.months.length);
  if (paid.isZero() || planned.sub(paid).abs().div(paid).lte("0.05")) return;
  report(ctx, `dienstplan:${p.zeile}`, () =>
    befund(
      "dienstplan-stunden",
      "hinweis",
      `${p.label}: Der Dienstplan ergibt im Mittel ${fmtDe(planned, 1)} Stunden im Monat, bezahlt werden ${fmtDe(paid, 1)} – die Zuschläge rechnen mit den Stunden des Dienstplans. Bitte Menge oder Dienstplan prüfen.`,
      { liste: "positionen", zeile: p.zeile, feld: "dienstplan" },
    ),
  );
}

/** The hourly wage of a version: its price per hour, or per unit / hours per unit (a night, a shift). */
function hourlyWage(p: PlanPosition, v: PositionVersion): Dec | undefined {
  const b = v.bemessung as Extract<Bemessung, { kind: "menge" }>;
  if (isHours(p)) return b.preis;
  const h = v.payroll?.stundenJeEinheit;
  return h ? b.preis.div(h) : undefined;
}

/** A version's hours of month `m` (or of slice `sl`) in the surcharge classes (all employees), with the agreed rates. */
function classHours(v: PositionVersion, m: PlanMonth, sl?: Slice): ZuschlagStunden[] | undefined {
  const pay = v.payroll!;
  const [from, to] = sl ? [sl.start, addDays(sl.start, sl.days - 1)] : [m.start, m.end];
  const hours = pay.dienstplan ? dienstplanStunden(pay.dienstplan, from, to, pay.bundesland!).zuschlaege : pay.zuschlagStunden;
  if (!hours?.length) return undefined;
  return hours.map((z) => ({ art: z.art, stunden: z.stunden, ...(pay.zuschlagProzent[z.art] ? { prozent: pay.zuschlagProzent[z.art] } : {}) }));
}

/**
 * A position priced as quantity × units × price, with employer costs for the Arbeitgebermodell, month by
 * month: each month is the sum of its slices (the versions valid in it, pro rata by days). A version's full
 * month is computed once per set of legal figures (a calendar year) and shared by its months, which also lets
 * the schedule skip unchanged months.
 */
function evaluateQuantity(p: PlanPosition, ctx: Ctx): PositionResult {
  const { plan } = ctx;
  const versions = versionsOf(p, plan.zeitraum);
  const ort = { liste: "positionen", zeile: p.zeile };
  versions.forEach((v) => {
    const b = v.bemessung as Extract<Bemessung, { kind: "menge" }>;
    const at = versionOrt(p, v, "preis");
    if (p.art === "erstattung" && b.preis.gt(0)) {
      report(ctx, `erstattung-positiv:${p.zeile}`, () => befund("erstattung-positiv", "fehler", `${p.label}: Eine erwartete Erstattung braucht einen negativen Preis (sie mindert das Budget).`, at));
    }
    if (p.art !== "erstattung" && b.preis.isNegative()) {
      report(ctx, `preis-negativ:${p.zeile}`, () => befund("preis-negativ", "fehler", `${p.label}: Der Preis ist negativ – nur Erstattungen (art „erstattung“) mindern das Budget.`, at));
    }
  });
  const result: PositionResult = { position: p, zeitraumbetragExakt: ZERO, zeitraumbetrag: ZERO, monatsbetrag: ZERO, monate: [] };
  const je = (p.bemessung as Extract<Bemessung, { kind: "menge" }>).je;
  // a one-off amount for the whole period ("zeitraum") is spread over the months it covers
  const coverage =
    je !== "zeitraum"
      ? undefined
      : !changesInPeriod(p)
        ? new Dec(ctx.months.length)
        : ctx.months.reduce((t, m) => t.add(slicesOf(p, versions, m).reduce((u, sl) => u.add(new Dec(sl.days).div(m.days)), ZERO)), ZERO);
  const perMonth = (v: PositionVersion) => {
    const b = v.bemessung as Extract<Bemessung, { kind: "menge" }>;
    return coverage ? (coverage.isZero() ? ZERO : b.menge.mul(b.preis).div(coverage)) : times(b.menge.mul(b.preis), unitsPerMonth(b.je, plan));
  };

  const full = new Map<PositionVersion, Map<string, Dec>>();
  const segments: EmployerCostSegment[] = [];
  const seenYears = new Map<PositionVersion, Set<number>>();
  // the amount of a whole month of a version; with `sl`, of a part month of a schedule (its own shifts)
  const fullMonth = (v: PositionVersion, m: PlanMonth, sl?: Slice): Dec => {
    const pay = v.payroll;
    let figures: YearFigures | undefined;
    if (pay) {
      figures =
        pay.beschaeftigung === "pauschal" ? figuresForYear(m.start.y, plan.einstellungen.rechengroessen) : requireFigures(m.start, plan.einstellungen.rechengroessen, p.label);
    }
    const classes = pay ? classHours(v, m, sl) : undefined;
    const part = sl ? `|${sl.start.y}-${sl.start.m}-${sl.start.d}+${sl.days}` : "";
    const key = `${figures ? figures.year : "-"}|${classes ? classes.map((z) => `${z.art}:${z.stunden.toFixed()}`).join(",") : ""}${part}`;
    let byKey = full.get(v);
    if (!byKey) full.set(v, (byKey = new Map()));
    let amount = byKey.get(key);
    if (amount === undefined) {
      if (!pay) amount = perMonth(v);
      else {
        const c = costInput(p, v, plan, classes, ctx.ausfall.get(p), sl ? new Dec(sl.days).div(m.days) : undefined);
        const cost = employerCostWith(c.input, figures, p.label);
        const surcharges = sum(cost.zuschlaege.map((z) => z.betrag));
        amount =
          pay.beschaeftigung === "pauschal"
            ? pauschalMonth(c, pay, cost)
            : c.grossMonth.add(c.einmalMonth).add(c.sfnMonth).add(c.n.mul(surcharges.add(cost.arbeitgeberanteile)));
        // the breakdown shows one month per set of legal figures (a calendar year)
        const years = seenYears.get(v) ?? seenYears.set(v, new Set()).get(v)!;
        if (!years.has(m.start.y)) {
          years.add(m.start.y);
          segments.push({ ab: { y: m.start.y, m: m.start.m }, kosten: cost });
        }
        for (const f of cost.befunde) report(ctx, `${p.zeile}:${f.regel}:${f.text}`, () => ({ ...f, ort }));
        if (figures) ctx.figures.note(figuresUsed(c.input), figures);
      }
      if (v.zuschlagProzent) amount = amount.mul(new Dec(100).add(v.zuschlagProzent)).div(100);
      byKey.set(key, amount);
    }
    return amount;
  };

  // hours per whole month of a version (computed once), and how many whole months each version has
  const hoursPerMonth = new Map<PositionVersion, Dec>();
  const wholeMonths = new Map<PositionVersion, number>();
  const monthHours = (v: PositionVersion): Dec => {
    let h = hoursPerMonth.get(v);
    if (!h) {
      const b = v.bemessung as Extract<Bemessung, { kind: "menge" }>;
      h = coverage ? (coverage.isZero() ? ZERO : b.menge.div(coverage)) : times(b.menge, unitsPerMonth(b.je, plan));
      hoursPerMonth.set(v, h);
    }
    return h;
  };
  let partHours = ZERO;
  const hourly = isHours(p);
  const checked = new Map<PositionVersion, Set<number>>();
  for (const m of ctx.months) {
    let month = ZERO;
    for (const sl of slicesOf(p, versions, m)) {
      const partial = sl.days !== m.days;
      const scheduled = partial && sl.version.payroll?.dienstplan !== undefined;
      const whole = fullMonth(sl.version, m, scheduled ? sl : undefined);
      // a whole month is the shared amount itself: unchanged months stay the same object
      const part = !partial || scheduled ? whole : whole.mul(sl.days).div(m.days);
      month = month.isZero() && part === whole ? whole : month.add(part);
      if (hourly) {
        if (sl.days === m.days) wholeMonths.set(sl.version, (wholeMonths.get(sl.version) ?? 0) + 1);
        else partHours = partHours.add(monthHours(sl.version).mul(sl.days).div(m.days));
      }
      // the Mindestlohn once per version and calendar year, also for a year that begins inside the slice
      if (sl.version.payroll && (hourly || sl.version.payroll.stundenJeEinheit)) {
        const years = checked.get(sl.version) ?? checked.set(sl.version, new Set()).get(sl.version)!;
        if (!years.has(sl.start.y)) {
          years.add(sl.start.y);
          wageCheck(p, sl, { y: sl.start.y, m: sl.start.m }, ctx);
        }
        const endYear = sl.start.m === 12 && sl.start.d > 1 ? addDays(sl.start, sl.days - 1).y : sl.start.y;
        if (endYear !== sl.start.y && !years.has(endYear)) {
          years.add(endYear);
          wageCheck(p, sl, { y: endYear, m: 1 }, ctx);
        }
      }
    }
    result.monate.push(month);
  }
  result.zeitraumbetragExakt = settle(sumShared(result.monate));
  for (const v of versions) if (v.payroll?.dienstplan) scheduleCheck(p, v, ctx);
  if (hourly) {
    let hours = partHours;
    for (const [v, n] of wholeMonths) hours = hours.add(monthHours(v).mul(n));
    result.stundenZeitraum = settle(hours);
  }
  if (segments.length) result.arbeitgeberkosten = segments;
  return result;
}

/** The sum of month amounts, each distinct amount object multiplied by how often it occurs (months share them). */
function sumShared(months: readonly Dec[]): Dec {
  const counts = new Map<Dec, number>();
  for (const x of months) counts.set(x, (counts.get(x) ?? 0) + 1);
  let total = ZERO;
  for (const [x, n] of counts) if (!x.isZero()) total = total.add(n === 1 ? x : x.mul(n));
  return total;
}

/**
 * A sum of exact pieces, freed from the last digits of 40-digit division (52/12, a month's 17/31): every
 * amount the inputs can produce is either exact at 30 places or further than that from a rounding boundary.
 */
function settle(x: Dec): Dec {
  return x.toDecimalPlaces(30, Dec.ROUND_HALF_UP);
}

/**
 * MiLoG § 1: the hourly wage of each version against the Mindestlohn of each year it is paid in (on the
 * first day of the slice), with Bereitschaft averaged over the month. The caller calls it once per version and year.
 */
function wageCheck(p: PlanPosition, sl: Slice, from: YearMonth, ctx: Ctx): void {
  const b = sl.version.bemessung;
  const pay = sl.version.payroll;
  const wage = hourlyWage(p, sl.version);
  if (!pay || !wage || b.kind !== "menge") return;
  const ort = versionOrt(p, sl.version, "preis");
  const figures = figuresForYear(from.y, ctx.plan.einstellungen.rechengroessen);
  if (!figures || figures.get("mindestlohn").value === undefined) {
    report(ctx, `ml-skip:${p.zeile}:${from.y}`, () => befund("mindestlohn-ungeprueft", "hinweis", `${p.label}: Für ${from.y} ist kein Mindestlohn hinterlegt – Prüfung übersprungen.`, ort));
    return;
  }
  ctx.figures.note(["mindestlohn"], figures);
  // a unit that is no hour (a night of 11 hours for 50 €) is paid per hour as price / hours per unit
  const perUnit = isHours(p) ? new Dec(1) : pay.stundenJeEinheit!;
  const mu = unitsPerMonth(b.je, ctx.plan);
  const r = mindestlohnCheck(
    {
      stundenlohn: wage,
      stunden: times(b.menge.mul(perUnit), mu),
      bereitschaftStunden: pay.bereitschaftStunden ? times(pay.bereitschaftStunden, mu) : undefined,
      bereitschaftGewichtProzent: pay.bereitschaftGewichtProzent,
    },
    from,
    figures,
    p.label,
  );
  const found = r.befund;
  if (found) ctx.befunde.push({ ...found, ort });
}

function inBasis(p: PlanPosition, basis: Basis): boolean {
  if (p.bemessung.kind !== "menge") return false;
  return p.art === "arbeitgeber" || (basis === "personal" && p.art === "dienstleistung");
}

/**
 * Reserves and other shares derived from the personnel positions (percentage or calendar method). With
 * `von`/`bis` or changes of the percentage, month by month: each month's share of its base, pro rata by days.
 */
function evaluateDerived(p: PlanPosition, done: PositionResult[], ctx: Ctx): PositionResult {
  const whole = derivedWhole(p, done, ctx);
  if (!changesInPeriod(p)) return withZuschlag(whole, p.zuschlagProzent);
  const b = p.bemessung as Exclude<Bemessung, { kind: "menge" }>;
  const base = done.filter((r) => inBasis(r.position, b.basis));
  const versions = versionsOf(p, ctx.plan.zeitraum);
  whole.monate = ctx.months.map((m) =>
    sum(
      slicesOf(p, versions, m).map((sl) => {
        const vb = sl.version.bemessung;
        let full = vb.kind === "prozent" ? sum(base.map((r) => r.monate[m.index])).mul(vb.prozent).div(100) : whole.monate[m.index];
        if (sl.version.zuschlagProzent) full = full.mul(new Dec(100).add(sl.version.zuschlagProzent)).div(100);
        return sl.days === m.days ? full : full.mul(sl.days).div(m.days);
      }),
    ),
  );
  whole.zeitraumbetragExakt = settle(sum(whole.monate));
  return whole;
}

/** A flat markup on a position's period and months (the months that are one object stay one object). */
function withZuschlag(r: PositionResult, z: Dec | undefined): PositionResult {
  if (!z) return r;
  const f = new Dec(100).add(z);
  r.zeitraumbetragExakt = r.zeitraumbetragExakt.mul(f).div(100);
  const scaled = new Map<Dec, Dec>();
  r.monate = r.monate.map((x) => scaled.get(x) ?? scaled.set(x, x.mul(f).div(100)).get(x)!);
  return r;
}

/** A derived position over the whole period, without its Zuschlag. */
function derivedWhole(p: PlanPosition, done: PositionResult[], ctx: Ctx): PositionResult {
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

/** The position's own rounding: exact → cents → step, on the period or the monthly amount (Zuschlag is in already). */
function finishPosition(r: PositionResult, months: number): PositionResult {
  const p = r.position;
  const rd = p.rundung;
  if (!rd) {
    r.zeitraumbetrag = cents(r.zeitraumbetragExakt);
    r.monatsbetrag = cents(r.zeitraumbetrag.div(months));
    return r;
  }
  // the months keep their shape (a change stays visible): months that share an amount share its rounded form
  const same = new Map<Dec, Dec>();
  const each = (f: (x: Dec) => Dec) => (r.monate = r.monate.map((x) => same.get(x) ?? same.set(x, f(x)).get(x)!));
  if (rd.bezug === "monat") {
    // the rounded monthly amount is the figure: each month rounded, the period their sum
    each((x) => roundToStep(x, rd));
    r.zeitraumbetrag = sumShared(r.monate);
    r.monatsbetrag = cents(r.zeitraumbetrag.div(months));
  } else {
    r.zeitraumbetrag = roundToStep(r.zeitraumbetragExakt, rd);
    r.monatsbetrag = cents(r.zeitraumbetrag.div(months));
    // the rounding spread over the months in proportion to their need (evenly when there is none)
    const exact = r.zeitraumbetragExakt;
    const even = r.zeitraumbetrag.div(months);
    each((x) => (exact.isZero() ? even : x.mul(r.zeitraumbetrag).div(exact)));
  }
  return r;
}

export function evaluatePlan(plan: Plan): PlanResult {
  const ctx: Ctx = { plan, months: planMonths(plan.zeitraum), befunde: [], reported: new Set(), figures: new FigureNotes(), ausfall: new Map() };
  ctx.ausfall = ausfallanteile(plan, ctx);
  const months = plan.zeitraum.months;

  const names = new Map<string, number>();
  for (const p of plan.positionen) {
    const first = names.get(p.bezeichnung);
    if (first !== undefined) {
      ctx.befunde.push(befund("bezeichnung-doppelt", "fehler", `${p.label}: Die Bezeichnung kommt schon in Position ${first} vor – Bezeichnungen müssen eindeutig sein, weil Ausgaben sich auf sie beziehen.`, { liste: "positionen", zeile: p.zeile }));
    } else names.set(p.bezeichnung, p.zeile);
  }

  const kasse = plan.einstellungen.arbeitgeber;
  const minijobs = plan.positionen.filter((p) => (p.payroll?.beschaeftigung === "minijob-privat" || p.payroll?.beschaeftigung === "minijob-gewerblich") && !p.payroll.u1Prozent);
  if ((kasse.u1Prozent !== undefined || kasse.u2Prozent !== undefined) && minijobs.length) {
    ctx.befunde.push(
      befund(
        "umlagen-minijob-zentrale",
        "hinweis",
        `Die Umlagesätze U1/U2 der Einstellungen gelten für die Krankenkasse; ${minijobs.map((p) => p.label).join(", ")} ${minijobs.length === 1 ? "rechnet" : "rechnen"} als Minijob mit den Sätzen der Minijob-Zentrale (§ 2 Abs. 1 S. 2 AAG).`,
        { feld: "einstellungen.u1Prozent" },
      ),
    );
  }

  const results = new Map<PlanPosition, PositionResult>();
  const quantity = plan.positionen.filter((p) => p.bemessung.kind === "menge");
  for (const p of quantity) results.set(p, finishPosition(evaluateQuantity(p, ctx), months));
  const basisDone = [...results.values()];
  for (const p of plan.positionen.filter((q) => q.bemessung.kind !== "menge")) {
    results.set(p, finishPosition(evaluateDerived(p, basisDone, ctx), months));
  }
  const own = plan.positionen.map((p) => results.get(p)!);
  const computed = [...own, ...u1Erstattungen(own, ctx).map((r) => finishPosition(r, months))];
  // the Pflegegeld: with `anrechnung` a computed line lowers the need, with `teilbudget` it moves between Teilbudgets
  const pflege = plan.pflege ? evaluatePflege(plan, ctx.months, computed, ctx.figures) : undefined;
  const positionen = [...computed, ...(pflege?.zeilen ?? []).map((r) => finishPosition(r, months))];

  const summeZeitraumUngerundet = sum(positionen.map((r) => r.zeitraumbetrag));
  const bedarfZeitraum = roundToStep(summeZeitraumUngerundet, plan.einstellungen.rundungGesamt);
  const monatsbudgetUngerundet = cents(bedarfZeitraum.div(months));
  const bedarfMonat = roundToStep(monatsbudgetUngerundet, plan.einstellungen.rundungMonat);
  // an agreed amount replaces the calculated need; the Teilbudgets share the difference like a rounding
  const agreed = agreedBudget(plan, { summeZeitraum: bedarfZeitraum, monatsbudget: bedarfMonat });
  const { summeZeitraum, monatsbudget } = agreed;
  ctx.befunde.push(...agreed.befunde);
  for (const p of plan.positionen) ctx.befunde.push(...anerkanntBefunde(p));

  let auszahlung = monatsbudget.sub(plan.eigenanteilMonat);
  if (auszahlung.isNegative()) {
    ctx.befunde.push(befund("eigenanteil-zu-hoch", "warnung", `Der Eigenanteil von ${fmtEuro(plan.eigenanteilMonat)} ist höher als das Monatsbudget von ${fmtEuro(monatsbudget)} – es wird nichts ausgezahlt.`, { feld: "eigenanteilMonat" }));
    auszahlung = ZERO;
  }

  const monatsplan = schedule(plan, positionen);
  const zahlungen = zahlungsplan(plan, { summeZeitraum, auszahlung, monatsplan });

  const result: PlanResult = {
    monate: months,
    positionen,
    summeZeitraumUngerundet,
    summeZeitraum,
    monatsbudgetUngerundet,
    monatsbudget,
    eigenanteilMonat: plan.eigenanteilMonat,
    auszahlung,
    // an agreed period amount is paid as agreed; otherwise the monthly payment times the months
    auszahlungZeitraum: plan.vereinbart?.zeitraumbetrag ? summeZahlungen(zahlungen) : auszahlung.mul(months),
    monatsplan,
    wechsel: wechselOf(ctx.months, positionen, monatsplan),
    zahlweise: plan.einstellungen.zahlweise,
    zahlungsplan: zahlungen,
    summeZahlungen: summeZahlungen(zahlungen),
    teilbudgets: teilbudgets(plan, positionen, { summeZeitraum, monatsbudget }, ctx, pflege?.umbuchung),
    befunde: ctx.befunde,
  };
  if (plan.vereinbart) result.bedarf = { summeZeitraum: bedarfZeitraum, monatsbudget: bedarfMonat };
  if (plan.positionen.some((p) => p.beantragt)) result.beantragt = asApplied(plan, positionen);
  if (pflege) {
    result.pflege = pflege.ergebnis;
    ctx.befunde.push(...pflege.befunde);
  }
  if (plan.fall) {
    result.fall = plan.fall;
    ctx.befunde.push(...checkFall(plan.fall, plan.zeitraum, plan.traeger.map((t) => t.id)));
  }

  if (plan.obergrenzeMonat) {
    const differenz = plan.obergrenzeMonat.sub(monatsbudget);
    result.obergrenze = { obergrenzeMonat: plan.obergrenzeMonat, differenz };
    if (differenz.isNegative()) {
      const b = befund("obergrenze-ueberschritten", "warnung", `Das Monatsbudget von ${fmtEuro(monatsbudget)} übersteigt die Kosten der Sachleistung (Obergrenze ${fmtEuro(plan.obergrenzeMonat)}) um ${fmtEuro(differenz.neg())} – nach § 29 Abs. 2 S. 7 SGB IX braucht das eine Begründung.`, { feld: plan.obergrenzeBegruendung ? "obergrenzeBegruendung" : "obergrenzeMonat" });
      ctx.befunde.push(justified(b, plan.obergrenzeBegruendung));
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
  // how a real value is set: in the workbook's settings (the functions and the command line name the same key)
  ctx.befunde.push(
    ...ctx.figures.befunde(
      (year, key) => `in den Einstellungen im Abschnitt „Rechengrößen“ eintragen (z. B. Schlüssel kostenplan.einstellungen.rechengroessen.${year}.${key}) oder das Add-in aktualisieren`,
    ),
  );
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

function teilbudgets(plan: Plan, positionen: PositionResult[], gesamt: { summeZeitraum: Dec; monatsbudget: Dec }, ctx: Ctx, umbuchung?: PflegeAuswertung["umbuchung"]): PlanResult["teilbudgets"] {
  if (plan.traeger.length === 0) return [];
  const ids = new Set(plan.traeger.map((t) => t.id));
  for (const r of positionen) {
    const p = r.position;
    const ort = { liste: "positionen", zeile: p.zeile };
    if (r.automatisch) continue; // a computed line has its reserve's Träger
    if (!p.traeger) {
      ctx.befunde.push(befund("traeger-fehlt", "fehler", `${p.label}: Es ist kein Träger angegeben – bei mehreren Teilbudgets braucht jede Position einen Träger (${[...ids].join(", ")}).`, ort));
    } else if (!ids.has(p.traeger)) {
      ctx.befunde.push(befund("traeger-unbekannt", "fehler", `${p.label}: Der Träger „${p.traeger}“ steht nicht in der Trägerliste (${[...ids].join(", ")}).`, ort));
    }
  }
  // the positions without a known Träger (a fehler above) keep their share of the rounding in a last, dropped part
  const exact = [...plan.traeger.map((t) => sum(positionen.filter((r) => r.position.traeger === t.id).map((r) => r.zeitraumbetrag)))];
  exact.push(sum(positionen.filter((r) => !r.position.traeger || !ids.has(r.position.traeger)).map((r) => r.zeitraumbetrag)));
  // the Pflegekasse's Teilbudget (pflege/) is its Pflegegeld up to the need it covers (capped month by month there),
  // fixed by law: taken from the share it covers, outside the rounding, never more than the (rounded, agreed) Gesamtbudget
  const fest = plan.traeger.map((t) => (umbuchung && t.id === umbuchung.an ? min(umbuchung.zeitraum, max(gesamt.summeZeitraum, ZERO)) : ZERO));
  const von = umbuchung ? plan.traeger.findIndex((t) => t.id === umbuchung.von) : -1;
  if (umbuchung) exact[von] = exact[von].sub(sum(fest));
  const festMonat = fest.map((x) => min(cents(x.div(plan.zeitraum.months)), max(gesamt.monatsbudget, ZERO)));
  const plus = (parts: Dec[], add: Dec[]) => parts.map((x, j) => (j < add.length && !add[j].isZero() ? x.add(add[j]) : x));
  // with all the need covered by the Pflegekasse, a rounding difference goes to the Träger whose share it covers
  const verteilen = (total: Dec, parts: Dec[]) => allocateRounding(total, von >= 0 && !parts.some((x) => x.gt(0)) ? parts.map((x, j) => (j === von ? x.add(cents(total).sub(sum(parts))) : x)) : parts);
  const zeitraum = plus(verteilen(gesamt.summeZeitraum.sub(sum(fest)), exact), fest);
  // the monthly budget's parts: the Träger's exact monthly shares, then the monthly rounding allocated
  const monat = plus(verteilen(gesamt.monatsbudget.sub(sum(festMonat)), exact.map((x) => x.div(plan.zeitraum.months))), festMonat);
  return plan.traeger.map((t, j) => {
    const monatsbetrag = monat[j];
    const tb: PlanResult["teilbudgets"][number] = { traeger: t.id, name: t.name, monatsbetrag, zeitraumbetrag: zeitraum[j], zeitraumbetragUngerundet: fest[j].isZero() ? exact[j] : exact[j].add(fest[j]) };
    if (t.obergrenzeMonat) {
      tb.obergrenzeMonat = t.obergrenzeMonat;
      tb.differenz = t.obergrenzeMonat.sub(monatsbetrag);
      if (tb.differenz.isNegative()) {
        const b = befund("teilbudget-obergrenze-ueberschritten", "warnung", `Das Teilbudget ${t.name} von ${fmtEuro(monatsbetrag)} im Monat übersteigt seine Obergrenze von ${fmtEuro(t.obergrenzeMonat)} um ${fmtEuro(tb.differenz.neg())} – das braucht eine Begründung.`, { liste: "traeger", zeile: plan.traeger.indexOf(t) + 1 });
        ctx.befunde.push(justified(b, t.obergrenzeBegruendung));
      }
    }
    return tb;
  });
}

