/**
 * The Pflegeversicherung in a plan (README „What is computed“, kostenplan/1 key `pflege`), month by month with
 * the figures valid on each plan month's first day (a plan across New Year uses both years' amounts):
 *
 * - Pflegegeld of the Pflegegrad (§ 37 Abs. 1 SGB XI), reduced by the share of the Pflegesachleistung used
 *   beside it (§ 38 S. 2): `round2(Pflegegeld × (100 − kombinationProzent) / 100)`, the rounding point
 *   „anteiliges Pflegegeld“.
 * - `anrechnung`: the Träger deducts `round2(Pflegegeld × anrechnungProzent / 100)` (rounding point
 *   „angerechnetes Pflegegeld“; exact at the default 100 %) from the budget it pays. The Pflegegeld itself goes
 *   to the budget holder directly and is no budget money: a computed line of its own lowers the need.
 * - `teilbudget`: the Pflegekasse pays the Pflegegeld as its Teilbudget (§ 35a S. 1 SGB XI: only the Pflegegeld
 *   share is budgetable as money, Sachleistungen only as Gutscheine); the Gesamtbudget stays the need, the
 *   Pflegegeld moves from the share of the Träger whose need it covers to the Pflegekasse's.
 * - Either way, per plan month at most the need it covers (rounding point „Bedarf als Obergrenze“: the need of
 *   `anrechnungTraeger`'s positions, or of all, in that month, rounded down to cents, never below 0): the part of
 *   the Pflegegeld above it is no budget money, and no budget becomes negative by it (warning
 *   `pflegegeld-uebersteigt-bedarf`).
 * - The Entlastungsbetrag (§ 45b Abs. 1) is shown apart: reimbursed against receipts, never netted against the
 *   Pflegegeld or the budget.
 */
import { Dec, HUNDRED, ZERO, centsOfPercent, fmtDe, fmtEuro, max, min, sum } from "../money";
import { befund, type Befund } from "../findings";
import { planMonthText, type YearMonth } from "../dates";
import { requireFigures, type FigureKey } from "../legal/tables";
import type { FigureNotes } from "../legal/figure-notes";
import type { Plan, PlanPosition } from "../plan/types";
import type { PlanMonth } from "../plan/months";
import type { PositionResult } from "../plan/compute";
import type { PflegeErgebnis, PflegeMonat } from "./types";

/**
 * Rounding point „anteiliges Pflegegeld“ (§ 38 S. 2 SGB XI): the Pflegegeld less the share of the Sachleistung
 * used, exact, then half-up to cents, once per month. Without a Kombinationsleistung the whole euro amount.
 */
export function anteiligesPflegegeld(pflegegeld: Dec, kombinationProzent: Dec): Dec {
  return kombinationProzent.isZero() ? pflegegeld : centsOfPercent(pflegegeld, HUNDRED.sub(kombinationProzent));
}

/** Rounding point „angerechnetes Pflegegeld“: the Träger's share of the (cent) Pflegegeld, half-up to cents. */
export function angerechnetesPflegegeld(pflegegeld: Dec, anrechnungProzent: Dec): Dec {
  return anrechnungProzent.eq(HUNDRED) ? pflegegeld : centsOfPercent(pflegegeld, anrechnungProzent);
}

/**
 * Rounding point „Bedarf als Obergrenze“: the most a month's offset or Teilbudget may be, the need it covers in
 * that month rounded down to cents (so the budget stays at least 0), never below 0.
 */
export function bedarfsdeckel(bedarf: Dec): Dec {
  return bedarf.isNegative() ? ZERO : bedarf.toDecimalPlaces(2, Dec.ROUND_DOWN);
}

/** The computed line's word for the Art column (document, sheet): not a refund the holder waits for. */
export const PFLEGE_ZEILE_ART = "Pflegegeld der Pflegekasse (angerechnet)";

export interface PflegeAuswertung {
  ergebnis: PflegeErgebnis;
  /** `anrechnung`: the line that deducts the Pflegegeld from the need (computed, like the U1 refund). */
  zeilen: PositionResult[];
  /** `teilbudget`: the Pflegegeld over the period, moved from the share of `von` to the Pflegekasse's (`an`). */
  umbuchung?: { von: string; an: string; zeitraum: Dec };
  befunde: Befund[];
}

type MonatsWerte = Omit<PflegeMonat, "monat">;

/**
 * Evaluates `plan.pflege` over the plan's months; `positionen` are the plan's evaluated positions (for the
 * check that the Pflegegeld does not exceed the need it is offset against).
 */
export function evaluatePflege(plan: Plan, months: readonly PlanMonth[], positionen: readonly PositionResult[], notes: FigureNotes): PflegeAuswertung {
  const a = plan.pflege!;
  const pg = a.pflegegrad;
  const kombination = !a.kombinationProzent.isZero();
  // one set of values per calendar year, shared by its months (unchanged months stay the same objects)
  const byYear = new Map<number, MonatsWerte>();
  const werte = (m: PlanMonth): MonatsWerte => {
    const known = byYear.get(m.start.y);
    if (known) return known;
    const f = requireFigures(m.start, plan.einstellungen.rechengroessen, "pflege.pflegegrad");
    const keys: FigureKey[] = [`pflegegeld${pg}` as const];
    const gesetzlich = f.need(`pflegegeld${pg}` as const, "pflege.pflegegrad");
    const w: MonatsWerte = { pflegegeldGesetzlich: gesetzlich, pflegegeld: anteiligesPflegegeld(gesetzlich, a.kombinationProzent) };
    if (a.verwendung === "anrechnung") w.angerechnet = angerechnetesPflegegeld(w.pflegegeld, a.anrechnungProzent);
    if (kombination) {
      const h = f.need(`pflegesachleistung${pg}` as const, "pflege.kombinationProzent");
      keys.push(`pflegesachleistung${pg}` as const);
      w.sachleistungHoechstbetrag = h;
      w.sachleistungAnteil = centsOfPercent(h, a.kombinationProzent);
    }
    if (a.entlastungsbetrag) {
      w.entlastungsbetrag = f.need("entlastungsbetrag", "pflege.entlastungsbetrag");
      keys.push("entlastungsbetrag");
    }
    notes.note(keys, f);
    byYear.set(m.start.y, w);
    return w;
  };
  // the need each month's Pflegegeld covers: of the Träger whose share it reduces, or of all positions
  const von = a.anrechnungTraeger;
  const own = positionen.filter((r) => von === undefined || r.position.traeger === von);
  const bedarfe = months.map((_, i) => sum(own.map((r) => r.monate[i])));
  const monate: PflegeMonat[] = months.map((m, i) => {
    const w = werte(m);
    const monat: PflegeMonat = { monat: { y: m.start.y, m: m.start.m }, ...w };
    if (a.verwendung === "teilbudget") monat.teilbudget = w.pflegegeld;
    const imBudget = a.verwendung === "anrechnung" ? w.angerechnet! : w.pflegegeld;
    const deckel = bedarfsdeckel(bedarfe[i]);
    if (imBudget.gt(deckel)) {
      // above the need: the rest is no budget money (it stays with the budget holder, outside the plan)
      if (a.verwendung === "anrechnung") monat.angerechnet = deckel;
      else monat.teilbudget = deckel;
      monat.ueberBedarf = imBudget.sub(deckel);
    }
    return monat;
  });
  // the period amount is at most the covered positions' period amounts (cents), so no sum becomes negative by it
  const bedarfZeitraum = max(sum(own.map((r) => r.zeitraumbetrag)), ZERO);

  const name = (id: string | undefined) => (id === undefined ? undefined : plan.traeger.find((t) => t.id === id)?.name);
  const ergebnis: PflegeErgebnis = {
    angaben: a,
    monate,
    pflegegeldZeitraum: sum(monate.map((m) => m.pflegegeld)),
  };
  const traegerName = name(a.traeger);
  if (traegerName) ergebnis.traegerName = traegerName;
  const anrechnungTraegerName = name(a.anrechnungTraeger);
  if (anrechnungTraegerName) ergebnis.anrechnungTraegerName = anrechnungTraegerName;
  if (a.entlastungsbetrag) ergebnis.entlastungsbetragZeitraum = sum(monate.map((m) => m.entlastungsbetrag!));

  const out: PflegeAuswertung = { ergebnis, zeilen: [], befunde: pflegeBefunde(plan) };
  if (a.verwendung === "anrechnung") {
    ergebnis.angerechnetZeitraum = min(sum(monate.map((m) => m.angerechnet!)), bedarfZeitraum);
    out.zeilen.push(anrechnungsZeile(plan, monate, ergebnis.angerechnetZeitraum));
  } else {
    ergebnis.teilbudgetZeitraum = min(sum(monate.map((m) => m.teilbudget!)), bedarfZeitraum);
    out.umbuchung = { von: a.anrechnungTraeger!, an: a.traeger!, zeitraum: ergebnis.teilbudgetZeitraum };
  }
  const ueber = mehrAlsBedarf(plan, months, monate, bedarfe);
  if (ueber) out.befunde.push(ueber);
  return out;
}

/** The computed line of `anrechnung`: minus the offset Pflegegeld in every month, on the offsetting Träger. */
function anrechnungsZeile(plan: Plan, monate: readonly PflegeMonat[], zeitraum: Dec): PositionResult {
  const a = plan.pflege!;
  const negated = new Map<Dec, Dec>();
  const lines = monate.map((m) => negated.get(m.angerechnet!) ?? negated.set(m.angerechnet!, m.angerechnet!.neg()).get(m.angerechnet!)!);
  const position: PlanPosition = {
    zeile: 0,
    bezeichnung: `${a.kombinationProzent.isZero() ? "Pflegegeld" : "anteiliges Pflegegeld"} (angerechnet)`,
    art: "erstattung",
    artText: PFLEGE_ZEILE_ART,
    label: "Pflegeversicherung (angerechnetes Pflegegeld)",
    bemessung: { kind: "menge", menge: new Dec(1), je: "monat", preis: lines[0] ?? ZERO },
    aenderungen: [],
    jahreswerte: "Leistungsbeträge der Pflegeversicherung",
  };
  if (a.anrechnungTraeger) position.traeger = a.anrechnungTraeger;
  return { position, zeitraumbetragExakt: zeitraum.neg(), zeitraumbetrag: ZERO, monatsbetrag: ZERO, monate: lines, automatisch: true };
}

/** What the plan's own positions say about the Pflegegeld (the old workaround, Pflegekasse positions, inputs without effect). */
function pflegeBefunde(plan: Plan): Befund[] {
  const a = plan.pflege!;
  const out: Befund[] = [];
  for (const p of plan.positionen) {
    const ort = { liste: "positionen", zeile: p.zeile };
    if (/pflegegeld/i.test(p.bezeichnung)) {
      out.push(
        befund("pflegegeld-doppelt", "warnung", `${p.label}: Das Pflegegeld rechnet der Plan jetzt selbst (Abschnitt „Pflegeversicherung“) – bitte diese Position entfernen, sonst zählt es doppelt.`, ort),
      );
    } else if (a.verwendung === "teilbudget" && p.traeger !== undefined && p.traeger === a.traeger) {
      out.push(
        befund(
          "pflegekasse-position",
          "warnung",
          `${p.label}: Die Position ist der Pflegekasse zugeordnet – als Geld gehört in ihr Teilbudget nur das Pflegegeld (§ 35a S. 1 SGB XI), Pflegesachleistungen nur als Gutscheine. Bitte die Position dem Träger zuordnen, der den übrigen Bedarf trägt.`,
          ort,
        ),
      );
    }
  }
  if (a.verwendung === "teilbudget" && a.anrechnungProzentAngegeben) {
    out.push(befund("pflege-anrechnung-ohne-wirkung", "hinweis", `Der Anteil der Anrechnung (${fmtDe(a.anrechnungProzent, 0)} %) gilt nur, wenn das Pflegegeld angerechnet wird – im Teilbudget zahlt die Pflegekasse das ganze Pflegegeld.`, { feld: "pflege.anrechnungProzent" }));
  }
  if (a.kombinationProzent.eq(HUNDRED)) {
    out.push(befund("pflegegeld-kombination-voll", "hinweis", `Wird die Pflegesachleistung ganz genutzt (100 %), bleibt kein Pflegegeld (§ 38 S. 2 SGB XI).`, { feld: "pflege.kombinationProzent" }));
  }
  return out;
}

/**
 * The months whose Pflegegeld (with `anrechnung` its offset share) exceeds the need it reduces (all positions, or
 * those of the Träger whose share it reduces), one sentence per stretch of months with the same amounts: the
 * offset or Teilbudget was capped at the need, the rest is no budget money.
 */
function mehrAlsBedarf(plan: Plan, months: readonly PlanMonth[], monate: readonly PflegeMonat[], bedarfe: readonly Dec[]): Befund | undefined {
  const a = plan.pflege!;
  const anrechnung = a.verwendung === "anrechnung";
  const von = a.anrechnungTraeger;
  const wessen = von === undefined ? "der Bedarf" : `der Bedarf beim Träger „${plan.traeger.find((t) => t.id === von)?.name ?? von}“`;
  const was = anrechnung && !a.anrechnungProzent.eq(HUNDRED) ? "das angerechnete Pflegegeld" : "das Pflegegeld";
  type Abschnitt = { von: number; bis: number; pflegegeld: Dec; bedarf: Dec; gedeckelt: Dec; ueber: Dec };
  const abschnitte: Abschnitt[] = [];
  monate.forEach((m, k) => {
    if (!m.ueberBedarf) return;
    const gedeckelt = anrechnung ? m.angerechnet! : m.teilbudget!;
    const pflegegeld = gedeckelt.add(m.ueberBedarf);
    const last = abschnitte[abschnitte.length - 1];
    if (last && last.bis === k - 1 && last.pflegegeld.eq(pflegegeld) && last.bedarf.eq(bedarfe[k]) && last.gedeckelt.eq(gedeckelt)) last.bis = k;
    else abschnitte.push({ von: k, bis: k, pflegegeld, bedarf: bedarfe[k], gedeckelt, ueber: m.ueberBedarf });
  });
  if (abschnitte.length === 0) return undefined;
  const saetze = abschnitte.map((s) => {
    const mehrere = s.bis > s.von;
    const wann = mehrere ? `In den Planmonaten ${planMonthText(months[s.von].start)} – ${planMonthText(months[s.bis].start)}` : `Im Planmonat ${planMonthText(months[s.von].start)}`;
    const je = mehrere ? "je " : "";
    const folge = anrechnung
      ? s.gedeckelt.isZero()
        ? `angerechnet wird nichts (auf den Bedarf begrenzt), die ${je}${fmtEuro(s.ueber)} sind kein Geld aus dem Budget`
        : `angerechnet werden nur ${je}${fmtEuro(s.gedeckelt)} (auf den Bedarf begrenzt), die übrigen ${je}${fmtEuro(s.ueber)} sind kein Geld aus dem Budget`
      : `das Teilbudget der Pflegekasse ist auf den Bedarf begrenzt (${je}${fmtEuro(s.gedeckelt)}), die übrigen ${je}${fmtEuro(s.ueber)} Pflegegeld sind kein Geld aus dem Budget`;
    return `${wann} ist ${was} (${je}${fmtEuro(s.pflegegeld)}) höher als ${wessen} (${je}${fmtEuro(s.bedarf)}): ${folge}.`;
  });
  return befund("pflegegeld-uebersteigt-bedarf", "warnung", `${saetze.join(" ")} Bitte Pflegegrad, Kombinationsleistung und die Zuordnung der Positionen prüfen.`, { feld: "pflege.pflegegrad" });
}

/** Consecutive months with the same amounts: how the Pflegegeld is shown (a change from January stays visible). */
export interface PflegeAbschnitt {
  von: YearMonth;
  bis: YearMonth;
  monate: number;
  werte: PflegeMonat;
}

export function pflegeAbschnitte(e: PflegeErgebnis): PflegeAbschnitt[] {
  const out: PflegeAbschnitt[] = [];
  for (const m of e.monate) {
    const last = out[out.length - 1];
    const same =
      last &&
      last.werte.pflegegeld.eq(m.pflegegeld) &&
      (last.werte.angerechnet ?? ZERO).eq(m.angerechnet ?? ZERO) &&
      (last.werte.teilbudget ?? ZERO).eq(m.teilbudget ?? ZERO) &&
      (last.werte.entlastungsbetrag ?? ZERO).eq(m.entlastungsbetrag ?? ZERO) &&
      (last.werte.sachleistungAnteil ?? ZERO).eq(m.sachleistungAnteil ?? ZERO);
    if (same) {
      last.bis = m.monat;
      last.monate++;
    } else out.push({ von: m.monat, bis: m.monat, monate: 1, werte: m });
  }
  return out;
}
