/**
 * Checks a Verwendungsnachweis: runs every rule, sums income and expenses, compares plan and actual per
 * position and settles the Budgetreste under the Träger's policy. Never throws on bad rows: those are
 * findings. Linear in the number of rows.
 */
import { Dec, ZERO } from "../money";
import { counts, type Befund } from "../findings";
import { compareDates, germanDate, isoMonth } from "../dates";
import { computeReste, nachweisartOf } from "../reste/reste";
import { CheckContext } from "./context";
import type { CheckOptions, Report, ReportResult } from "./types";
import { checkAusgabeAmounts, checkCells, checkEinnahmeAmounts } from "./rules/rows";
import { checkPeriod, ymOf } from "./rules/period";
import { checkPurpose } from "./rules/purpose";
import { checkDuplicates } from "./rules/duplicates";
import { checkPlanActual, planMonthsInPeriod } from "./rules/plan-actual";
import { checkDuplicateEmployees, checkWages } from "./rules/wages";
import { checkRelatives } from "./rules/relatives";
import { checkSachkosten } from "./rules/sachkosten";
import { checkArithmetic } from "./rules/arithmetic";
import { checkZahlungen, zahler } from "./rules/zahlungen";
import { resteJeTraeger, type ResteBasis } from "../reste/traeger";
import { checkUebertrag } from "../reste/vorperiode";

const LIST_ORDER: Record<string, number> = { einnahmen: 0, beschaeftigte: 1, ausgaben: 2, positionen: 3, angaben: 4 };

/** Findings in reading order: by list, then row; findings without a place last. Stable. */
function sortFindings(bs: Befund[]): Befund[] {
  const rank = (b: Befund) => (b.ort?.liste !== undefined ? LIST_ORDER[b.ort.liste] ?? 5 : 6);
  return bs
    .map((b, i) => ({ b, i, r: rank(b), z: b.ort?.zeile ?? 0 }))
    .sort((x, y) => x.r - y.r || x.z - y.z || x.i - y.i)
    .map((x) => x.b);
}

/**
 * The plan's own findings (Obergrenze, Mindestlohn, type of employment, Träger …) as findings of the report,
 * marked `teil: "kostenplan"`: a row of the plan's lists keeps its place, a field gets its path in the report
 * ("obergrenzeMonat" → "kostenplan.obergrenzeMonat"). Texts stay as the plan has them.
 */
function planFindings(bs: readonly Befund[]): Befund[] {
  return bs.map((b) => {
    const o = b.ort;
    const ort = o && o.liste === undefined && o.feld ? { ...o, feld: `kostenplan.${o.feld}` } : o;
    return { ...b, ...(ort ? { ort } : {}), teil: "kostenplan" };
  });
}

export function checkReport(report: Report, options: CheckOptions = {}): ReportResult {
  const ctx = new CheckContext(report, report.regeln);
  const z = report.zeitraum;

  ctx.befunde.push(...planFindings(report.planErgebnis.befunde));
  checkCells(ctx);
  checkEinnahmeAmounts(ctx);
  checkAusgabeAmounts(ctx);
  checkPeriod(ctx);
  checkPurpose(ctx);
  checkDuplicates(ctx);
  checkDuplicateEmployees(ctx);
  checkRelatives(ctx);
  checkWages(ctx);
  checkSachkosten(ctx);
  const planIst = checkPlanActual(ctx);
  const wer = zahler(ctx);
  const zahlungen = checkZahlungen(ctx, wer);

  const bew = report.plan.zeitraum;
  if (compareDates(z.beginn, bew.beginn) < 0 || compareDates(z.ende, bew.ende) > 0) {
    ctx.add(
      "zeitraum-nicht-im-plan",
      "hinweis",
      `Der Nachweiszeitraum (${germanDate(z.beginn)} bis ${germanDate(z.ende)}) reicht über den Bewilligungszeitraum des Kostenplans ` +
        `(${germanDate(bew.beginn)} bis ${germanDate(bew.ende)}) hinaus – die Planbeträge gelten nur für ${planMonthsInPeriod(ctx)} Monate.`,
      { feld: "zeitraum" },
    );
  }

  let einnahmen = ZERO;
  for (const e of report.einnahmen) if (e.betrag) einnahmen = einnahmen.add(e.betrag);
  let ausgaben = ZERO;
  const proMonat = new Map<number, Dec>();
  for (const r of ctx.ausgaben) {
    const b = r.a.betrag;
    if (!b) continue;
    ausgaben = ausgaben.add(b);
    if (r.monat !== undefined) proMonat.set(r.monat, (proMonat.get(r.monat) ?? ZERO).add(b));
  }
  checkArithmetic(ctx, einnahmen, ausgaben);

  const regel = options.resteRegel ?? report.regeln.reste;
  const monatsbudget = report.planErgebnis.monatsbudget;
  const zwischennachweis =
    compareDates(z.ende, bew.ende) < 0 ? { bewilligtBis: germanDate(bew.ende), regelGilt: options.zwischennachweisRueckforderung ?? report.regeln.zwischennachweisRueckforderung } : undefined;
  // Money outside the plan (summen.ohnePlanposition) stays in the Rest as spent and is never added to the Rückforderung:
  // whether it was zweckfremd is the Träger's decision (BSG, 11.08.2022, B 8 SO 3/21 R: no retroactive withdrawal for
  // a missed purpose in the Eingliederungshilfe); the findings of rules/purpose.ts name it as a decision point.
  const ausstehend = { betrag: zahlungen.ausstehend, zahlungen: zahlungen.ausstehendText };
  const resteInput = { einnahmen, ausgaben, monatsbudget, regel, schlussnachweis: report.regeln.schlussnachweis, zwischennachweis, ausstehend };
  const reste = computeReste(resteInput);
  for (const b of reste.befunde) ctx.befunde.push(b);
  const kette = checkUebertrag(ctx, regel, options.vorperiode); // Übertrag against the previous period and the cap
  // per Träger: by what each paid itself, else by the Teilbudgets (reste/traeger.ts)
  const basis: ResteBasis = wer.jeTraeger ? "einnahmen" : "teilbudgets";
  const tb = report.planErgebnis.teilbudgets;
  const proTraeger = resteJeTraeger(
    reste,
    report.plan.traeger.map((t, i) => ({ traeger: t.id, name: t.name, grundlage: wer.jeTraeger ? wer.jeTraeger[i] : tb.find((x) => x.traeger === t.id)?.zeitraumbetrag ?? ZERO })),
  );

  const befunde = sortFindings(ctx.befunde);
  return {
    zeitraum: z,
    befunde,
    counts: counts(befunde),
    summen: {
      einnahmen,
      ausgaben,
      proPosition: planIst.proPosition,
      ohnePlanposition: planIst.ohnePlanposition,
      proMonat: [...proMonat.entries()].sort((a, b) => a[0] - b[0]).map(([m, betrag]) => ({ monat: isoMonth(ymOf(m)), ausgaben: betrag })),
    },
    reste: {
      regel,
      schlussnachweis: report.regeln.schlussnachweis,
      nachweisart: nachweisartOf(resteInput),
      monatsbudget,
      rest: reste.rest,
      uebertrag: reste.uebertrag,
      rueckforderung: reste.rueckforderung,
      anrechnung: reste.anrechnung,
      begruendung: reste.begruendung,
      basis,
      proTraeger,
    },
    zahlungen,
    kette,
  };
}
