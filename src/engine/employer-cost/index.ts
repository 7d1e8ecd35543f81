/**
 * Employer cost of one employee in one month: dispatch by employment type, plus the warnings that
 * never block the calculation (type does not fit the pay, wage below the Mindestlohn).
 */
import { Dec, ZERO, fmtDe, fmtEuro } from "../money";
import { InputError } from "../errors";
import { NO_ZUSCHLAEGE, ZUSCHLAG_FIGURE, zuschlaegeOf, type Zuschlaege } from "./zuschlaege";
import type { Befund } from "../findings";
import { figuresFor, requireFigures, type FigureKey, type Overrides, type YearFigures } from "../legal/tables";
import type { CalDate, YearMonth } from "../dates";
import { germanMonth } from "../dates";
import { BESCHAEFTIGUNG_LABELS, type EmployerCost, type EmployerCostInput } from "./types";
import type { CostContext } from "./common";
import { minijobGewerblich, minijobPrivat } from "./minijob";
import { midijob } from "./midijob";
import { svPflichtig } from "./regular";
import { pauschal } from "./pauschal";

export * from "./types";
export * from "./zuschlaege";
export { bemessungsgrundlagen } from "./midijob";

const COMPUTE = {
  "minijob-privat": minijobPrivat,
  "minijob-gewerblich": minijobGewerblich,
  uebergangsbereich: midijob,
  "sv-pflichtig": svPflichtig,
  pauschal,
} as const;

/**
 * Computes the cost with the figures of one calendar year (`figures` may be undefined only for `pauschal`).
 * `field` names the input in messages (e.g. "positionen[1] (Tagesassistenz)" or "brutto").
 */
export function employerCostWith(input: EmployerCostInput, figures: YearFigures | undefined, field: string): EmployerCost {
  const ctx: CostContext = { field, figures, befunde: [] };
  const z = surchargesOf(input, figures, field);
  // the liable part of the surcharges is running pay (contributions, Umlagen, the Minijob-Grenze); the free part only cost
  const effective = z === NO_ZUSCHLAEGE ? input : { ...input, brutto: input.brutto.add(z.svPflichtig), zuschlaegeSvFrei: (input.zuschlaegeSvFrei ?? ZERO).add(z.svFrei) };
  const result = COMPUTE[input.art](effective, ctx);
  if (figures) ctx.befunde.push(...fitFindings(effective, figures, field));
  if (z === NO_ZUSCHLAEGE) return result;
  return { ...result, brutto: input.brutto, zuschlaegeSvPflichtig: z.svPflichtig, zuschlaege: z.zeilen };
}

function surchargesOf(input: EmployerCostInput, figures: YearFigures | undefined, field: string): Zuschlaege {
  if (!input.zuschlagStunden?.some((z) => !z.stunden.isZero())) return NO_ZUSCHLAEGE;
  if (!input.grundlohn) throw new InputError(`${field}: Für Nacht-, Sonntags- und Feiertagszuschläge fehlt der Stundenlohn (Grundlohn).`, field);
  if (!figures) throw new InputError(`${field}: Für die Zuschläge fehlen die Rechengrößen des Jahres (§ 3b EStG, § 1 SvEV).`, field, "fehlend");
  return zuschlaegeOf(input.grundlohn, input.zuschlagStunden, figures, field, input.zuschlagAusfallanteil);
}

/** Convenience: the cost in the month of `date`, looking up that year's figures. */
export function employerCost(input: EmployerCostInput, date: CalDate, overrides?: Overrides, field = "datum"): EmployerCost {
  const figures = input.art === "pauschal" ? figuresFor(date, overrides) : requireFigures(date, overrides, field);
  return employerCostWith(input, figures, field);
}

/**
 * The legal figures the employer cost of `input` reads (as minijob.ts, midijob.ts and regular.ts do), so a
 * plan can name the provisional ones it used. The employee's own RV top-up is not an employer cost.
 */
export function figuresUsed(input: EmployerCostInput): FigureKey[] {
  const classes = input.zuschlagStunden?.filter((z) => !z.stunden.isZero()) ?? [];
  const surcharges: FigureKey[] = classes.length ? ["zuschlagGrundlohnSteuerMax", "zuschlagGrundlohnSvMax", ...new Set(classes.map((z) => ZUSCHLAG_FIGURE[z.art]))] : [];
  return [...payrollFiguresUsed(input), ...surcharges];
}

function payrollFiguresUsed(input: EmployerCostInput): FigureKey[] {
  const unless = (skip: boolean | undefined, key: FigureKey): FigureKey[] => (skip ? [] : [key]);
  const umlagen: FigureKey[] = [...unless(input.u1Prozent !== undefined, "minijobU1"), ...unless(input.u2Prozent !== undefined, "minijobU2")];
  const pauschsteuer = unless(input.pauschsteuerArbeitgeber === false, "minijobPauschsteuer");
  const zusatz = unless(input.zusatzbeitragProzent !== undefined, "kvZusatzDurchschnitt");
  switch (input.art) {
    case "minijob-privat":
      return [...unless(input.kvPrivat, "minijobHaushaltKv"), "minijobHaushaltRv", ...pauschsteuer, "minijobHaushaltUv", ...umlagen];
    case "minijob-gewerblich":
      return [...unless(input.kvPrivat, "minijobGewerblichKv"), "minijobGewerblichRv", ...pauschsteuer, ...umlagen, ...unless(input.privathaushalt === true, "insolvenzgeldumlage")];
    case "uebergangsbereich":
      return [
        "geringfuegigkeitsgrenze",
        "uebergangsbereichObergrenze",
        "faktorF",
        "kvAllgemein",
        ...zusatz,
        "pv",
        ...unless(!input.sachsen, "pvAgSachsen"),
        "rv",
        "av",
        ...unless(input.privathaushalt !== false, "insolvenzgeldumlage"),
      ];
    case "sv-pflichtig":
      return ["bbgKvPv", input.ost ? "bbgRvAvOst" : "bbgRvAv", "bbgRvAv", "kvAllgemein", ...zusatz, input.sachsen ? "pvAgSachsen" : "pv", "rv", "av", ...unless(input.privathaushalt !== false, "insolvenzgeldumlage")];
    case "pauschal":
      return [];
  }
}

/** Warns (never fails) when the chosen type does not fit the regular monthly pay. */
export function fitFindings(input: EmployerCostInput, f: YearFigures, field: string): Befund[] {
  const g = f.get("geringfuegigkeitsgrenze").value;
  const og = f.get("uebergangsbereichObergrenze").value;
  if (!g || !og) return [];
  const regular = input.einmalzahlungMonat ? input.brutto.add(input.einmalzahlungMonat) : input.brutto;
  const label = BESCHAEFTIGUNG_LABELS[input.art];
  const out: Befund[] = [];
  if ((input.art === "minijob-privat" || input.art === "minijob-gewerblich") && regular.gt(g)) {
    out.push({
      regel: "minijob-grenze",
      schwere: "warnung",
      text: `${field}: ${fmtEuro(regular)} im Monat liegen über der Minijob-Grenze ${f.year} von ${fmtEuro(g)} – als ${label} nur bei gelegentlichem, unvorhersehbarem Überschreiten zulässig.`,
    });
  }
  if (input.art === "uebergangsbereich" && (regular.lte(g) || regular.gt(og))) {
    out.push({
      regel: "uebergangsbereich-ausserhalb",
      schwere: "warnung",
      text: `${field}: ${fmtEuro(regular)} im Monat liegen außerhalb des Übergangsbereichs ${f.year} (${fmtDe(g.add("0.01"))} bis ${fmtDe(og)} €).`,
    });
  }
  if (input.art === "sv-pflichtig" && regular.lte(og)) {
    out.push({
      regel: "sv-pflichtig-im-uebergangsbereich",
      schwere: "hinweis",
      text: `${field}: ${fmtEuro(regular)} im Monat liegen ${regular.lte(g) ? "unter der Minijob-Grenze" : "im Übergangsbereich"} – regulär sozialversicherungspflichtig ist das nur in Sonderfällen (z. B. Auszubildende).`,
    });
  }
  return out;
}

export interface WageCheckInput {
  stundenlohn: Dec;
  /** Active hours per month (optional: without Bereitschaft the hourly wage alone decides). */
  stunden?: Dec;
  bereitschaftStunden?: Dec;
  bereitschaftGewichtProzent?: Dec;
}

/**
 * Mindestlohn check (MiLoG § 1): with Bereitschaft the pay is averaged over all hours of the month
 * (BAG: the monthly average must reach the Mindestlohn). Returns the average wage and the finding if below.
 */
export function mindestlohnCheck(w: WageCheckInput, date: YearMonth, f: YearFigures, field: string): { durchschnitt: Dec; befund?: Befund } {
  const ml = f.need("mindestlohn", field);
  let avg = w.stundenlohn;
  const bh = w.bereitschaftStunden;
  if (bh && bh.gt(0)) {
    const active = w.stunden ?? new Dec(0);
    const weight = (w.bereitschaftGewichtProzent ?? new Dec(100)).div(100);
    const pay = w.stundenlohn.mul(active).add(w.stundenlohn.mul(weight).mul(bh));
    avg = pay.div(active.add(bh));
  }
  if (avg.gte(ml)) return { durchschnitt: avg };
  const detail = bh && bh.gt(0) ? `durchschnittlich ${fmtDe(avg)} € je Stunde einschließlich Bereitschaft` : `${fmtDe(avg)} € je Stunde`;
  return {
    durchschnitt: avg,
    befund: {
      regel: "mindestlohn",
      schwere: "warnung",
      text: `${field}: ${detail} liegt unter dem Mindestlohn von ${fmtDe(ml)} € (ab ${germanMonth(date)}).`,
    },
  };
}
