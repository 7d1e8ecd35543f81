/**
 * Payment ledger: the payments the plan expects in the Nachweiszeitraum (`zahlungsplan`: the payments in
 * advance, monthly or in the plan's `zahlweise`), per Träger, against the budget payments received (income rows
 * of art „budget“; Übertrag, Erstattung and sonstige income are no Träger payments).
 *
 * Who pays (`zahler`):
 * - a plan with one Träger (or none): one ledger, every budget payment counts for it;
 * - several Träger whose payments name them (`traeger`, by id or name): one ledger per Träger; each payment of a
 *   block is split over the Träger by their Teilbudgets (the monthly Teilbudgets where the monthly budget is the
 *   agreed figure, else the period Teilbudgets), in cents by largest remainder, so the parts add up to the payment;
 *   a budget payment that names no Träger of the plan is a hinweis and counted for none;
 * - several Träger but no payment names one, or every payment names the beauftragter Träger (`fall.beauftragterTraeger`,
 *   § 29 Abs. 3 SGB IX: it pays the Gesamtbudget): one ledger for the Gesamtbudget.
 *
 * Matching (payments in date order): a payment belongs to the earliest open expected payment (more than a cent
 * still missing) whose window holds its date: from `regeln.zahlungVorlaufTage` days before the due date to the end
 * of the due month plus `regeln.zahlungToleranzTage` (default 0: by the end of its month). Else it is the late payment
 * of the earliest open expected payment whose window has passed (`zahlung-verspaetet`). Else, inside the window of a
 * payment already received, it is a second payment for that month (`zahlung-doppelt`). A payment outside every
 * window (e.g. the next period's first payment) is not part of this ledger. Then: nothing received for an expected
 * payment = `zahlung-fehlt`; less than expected by more than a cent = `zahlung-zu-niedrig`.
 */
import { Dec, ZERO, allocateCents, fmtEuro, sum } from "../../money";
import { addDays, compareDates, daysInMonth, germanDate, monthIndex, type CalDate, type YearMonth } from "../../dates";
import { normName } from "../cells";
import { einnahmeLabel, type CheckContext } from "../context";
import type { Einnahme } from "../types";

/** More than this below the expected amount is a short payment: one cent of rounding is no finding. */
const EIN_CENT = new Dec("0.01");

export type ZahlungStatus = "fehlt" | "verspaetet" | "zu-niedrig" | "doppelt";

export interface Zahlungseingang {
  zeile: number;
  datum: CalDate;
  betrag: Dec;
  art: "puenktlich" | "verspaetet" | "doppelt";
}

/** One expected payment of one Träger (or of the Gesamtbudget) with what was received for it. */
export interface ErwarteteZahlung {
  /** The Träger id ("" for the Gesamtbudget of a plan without Träger). */
  traeger: string;
  name: string;
  faellig: CalDate;
  /** Last day a payment counts as on time: end of the due month + `regeln.zahlungToleranzTage`. */
  spaetestens: CalDate;
  von: YearMonth;
  bis: YearMonth;
  soll: Dec;
  ist: Dec;
  eingaenge: Zahlungseingang[];
  status: ZahlungStatus[];
}

export interface Zahlungsabgleich {
  /** One ledger per Träger, or one for the Gesamtbudget (one Träger pays it, or the payments name none). */
  art: "traeger" | "gesamt";
  zahlungen: ErwarteteZahlung[];
  /** Σ (soll − ist) of the expected payments that are missing or short: money the Träger still owes. */
  ausstehend: Dec;
  /** „März 2026 (Pflegekasse): 300,00 €“ for each missing or short payment. */
  ausstehendText: string[];
}

export interface Zahler {
  art: "traeger" | "gesamt";
  /** The budget payments (readable, positive, dated) and the index of the plan's Träger each names, if any. */
  zahlungen: { e: Einnahme; traeger?: number }[];
  /** Σ budget payments per Träger of the plan, when every budget payment names one of them and each Träger paid itself. */
  jeTraeger?: Dec[];
}

const MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

export function monatName(ym: YearMonth): string {
  return `${MONATE[ym.m - 1]} ${ym.y}`;
}

function blockName(von: YearMonth, bis: YearMonth): string {
  return monthIndex(von) === monthIndex(bis) ? monatName(von) : `${monatName(von)} – ${monatName(bis)}`;
}

/** Who paid each budget payment, and whether the payments can be settled per Träger. */
export function zahler(ctx: CheckContext): Zahler {
  const traeger = ctx.report.plan.traeger;
  const byKey = new Map<string, number>();
  traeger.forEach((t, i) => {
    for (const k of [t.id, normName(t.id), normName(t.name)]) if (k !== "" && !byKey.has(k)) byKey.set(k, i);
  });
  const zahlungen: Zahler["zahlungen"] = [];
  for (const e of ctx.report.einnahmen) {
    if (e.unbrauchbar || e.art !== "budget" || !e.datum || !e.betrag || !e.betrag.gt(0)) continue;
    const i = e.traeger === "" ? undefined : byKey.get(e.traeger) ?? byKey.get(normName(e.traeger));
    zahlungen.push(i === undefined ? { e } : { e, traeger: i });
  }
  const named = zahlungen.filter((z) => z.traeger !== undefined);
  const allNamed = zahlungen.length > 0 && named.length === zahlungen.length;
  const perTraeger = (): Dec[] => traeger.map((_t, i) => sum(zahlungen.filter((z) => z.traeger === i).map((z) => z.e.betrag!)));
  if (traeger.length <= 1) return { art: traeger.length === 0 ? "gesamt" : "traeger", zahlungen, ...(traeger.length === 1 && allNamed ? { jeTraeger: perTraeger() } : {}) };
  const bt = ctx.report.plan.fall?.beauftragterTraeger;
  const btIndex = bt === undefined ? -1 : traeger.findIndex((t) => t.id === bt);
  if (named.length === 0 || (btIndex >= 0 && named.every((z) => z.traeger === btIndex))) return { art: "gesamt", zahlungen };
  return { art: "traeger", zahlungen, ...(allNamed ? { jeTraeger: perTraeger() } : {}) };
}

function lastDayOfMonth(d: CalDate): CalDate {
  return { y: d.y, m: d.m, d: daysInMonth(d.y, d.m) };
}

export function checkZahlungen(ctx: CheckContext, wer: Zahler = zahler(ctx)): Zahlungsabgleich {
  const { report, regeln } = ctx;
  const z = report.zeitraum;
  const pr = report.planErgebnis;
  const plan = report.plan;
  const toleranz = regeln.zahlungToleranzTage;
  const vorlauf = regeln.zahlungVorlaufTage;
  const bloecke = pr.zahlungsplan.filter((b) => compareDates(b.faellig, z.beginn) >= 0 && compareDates(b.faellig, z.ende) <= 0);
  const byMonth = pr.zahlweise === "monatlich" || plan.einstellungen.rundungMonat !== undefined;

  // the ledgers: per Träger, or one for the Gesamtbudget
  interface Konto {
    traeger: string;
    name: string;
    wer: string;
    index?: number;
  }
  const bt = plan.fall?.beauftragterTraeger;
  const btName = plan.traeger.find((t) => t.id === bt)?.name;
  const konten: Konto[] =
    wer.art === "traeger"
      ? plan.traeger.map((t, i) => ({ traeger: t.id, name: t.name, wer: t.name, index: i }))
      : [{ traeger: plan.traeger.length === 1 ? plan.traeger[0].id : bt ?? "", name: plan.traeger.length === 1 ? plan.traeger[0].name : "Gesamtbudget", wer: plan.traeger.length === 1 ? plan.traeger[0].name : btName ? `Gesamtbudget, ${btName}` : "Gesamtbudget" }];
  const weights = pr.teilbudgets.map((t) => {
    const w = byMonth ? t.monatsbetrag : t.zeitraumbetrag;
    return w.isNegative() ? ZERO : w;
  });
  const anteile = bloecke.map((b) => (konten.length === 1 ? [b.betrag] : allocateCents(b.betrag, weights)));

  if (wer.art === "traeger" && plan.traeger.length > 1) {
    for (const { e, traeger } of wer.zahlungen) {
      if (traeger !== undefined) continue;
      const ids = plan.traeger.map((t) => t.id).join(", ");
      const text =
        e.traeger === ""
          ? `Die Budgetzahlung nennt keinen Träger – sie lässt sich keinem Teilbudget (${ids}) zuordnen und wird beim Zahlungsabgleich nicht gezählt.`
          : `Der Träger „${e.traeger}“ steht nicht in der Trägerliste des Kostenplans (${ids}) – die Zahlung wird beim Zahlungsabgleich nicht gezählt.`;
      ctx.add("zahlung-ohne-traeger", "hinweis", `${einnahmeLabel(e)}: ${text}`, { liste: "einnahmen", zeile: e.zeile, feld: "traeger" }, e.begruendung);
    }
  }

  const zahlungen: ErwarteteZahlung[] = [];
  let ausstehend = ZERO;
  const ausstehendText: string[] = [];
  konten.forEach((k, j) => {
    const soll: ErwarteteZahlung[] = bloecke.map((b, n) => ({
      traeger: k.traeger,
      name: k.name,
      faellig: b.faellig,
      spaetestens: addDays(lastDayOfMonth(b.faellig), toleranz),
      von: b.von,
      bis: b.bis,
      soll: anteile[n][j],
      ist: ZERO,
      eingaenge: [],
      status: [],
    }));
    const offen = (x: ErwarteteZahlung) => x.soll.sub(x.ist).gt(EIN_CENT);
    const imFenster = (x: ErwarteteZahlung, d: CalDate) => compareDates(d, addDays(x.faellig, -vorlauf)) >= 0 && compareDates(d, x.spaetestens) <= 0;
    const eingang = wer.zahlungen
      .filter((w) => konten.length === 1 || w.traeger === k.index)
      .map((w) => w.e)
      .sort((a, b) => compareDates(a.datum!, b.datum!) || a.zeile - b.zeile);
    for (const e of eingang) {
      const d = e.datum!;
      let ziel = soll.find((x) => offen(x) && imFenster(x, d));
      let art: Zahlungseingang["art"] = "puenktlich";
      if (!ziel) {
        ziel = soll.find((x) => offen(x) && compareDates(d, x.spaetestens) > 0);
        art = "verspaetet";
      }
      if (!ziel) {
        ziel = [...soll].reverse().find((x) => imFenster(x, d));
        art = "doppelt";
      }
      if (!ziel) continue; // outside every window: no payment of this period
      const vorher = ziel.eingaenge.length > 0 ? ziel.eingaenge[0] : undefined;
      ziel.ist = ziel.ist.add(e.betrag!);
      ziel.eingaenge.push({ zeile: e.zeile, datum: d, betrag: e.betrag!, art });
      const was = `Budgetzahlung ${blockName(ziel.von, ziel.bis)} (${k.wer})`;
      const ort = { liste: "einnahmen", zeile: e.zeile, feld: "datum" };
      if (art === "verspaetet") {
        if (!ziel.status.includes("verspaetet")) ziel.status.push("verspaetet");
        ctx.add(
          "zahlung-verspaetet",
          "hinweis",
          `${einnahmeLabel(e)}: Die ${was}, fällig am ${germanDate(ziel.faellig)}, ist erst am ${germanDate(d)} eingegangen – erwartet bis ${germanDate(ziel.spaetestens)}. Die Verspätung liegt beim Träger.`,
          ort,
          e.begruendung,
        );
      } else if (art === "doppelt") {
        if (!ziel.status.includes("doppelt")) ziel.status.push("doppelt");
        const schon = vorher ? ` (${fmtEuro(vorher.betrag)} am ${germanDate(vorher.datum)}, Einnahme ${vorher.zeile})` : "";
        ctx.add(
          "zahlung-doppelt",
          "warnung",
          `${einnahmeLabel(e)}: Eine zweite ${was} über ${fmtEuro(e.betrag!)} – diese Zahlung war schon eingegangen${schon}. Bitte mit dem Träger klären, ob doppelt gezahlt wurde.`,
          ort,
          e.begruendung,
        );
      }
    }
    for (const x of soll) {
      zahlungen.push(x);
      if (!x.soll.gt(0)) continue;
      const was = `Budgetzahlung ${blockName(x.von, x.bis)} (${k.wer})`;
      const fehlt = x.soll.sub(x.ist);
      if (x.ist.isZero()) {
        x.status.push("fehlt");
        ctx.add("zahlung-fehlt", "warnung", `Die ${was} über ${fmtEuro(x.soll)}, fällig am ${germanDate(x.faellig)}, ist nicht eingegangen – bitte beim Träger nachfragen.`, { liste: "einnahmen", feld: "betrag" });
      } else if (fehlt.gt(EIN_CENT)) {
        x.status.push("zu-niedrig");
        const letzte = x.eingaenge[x.eingaenge.length - 1];
        const e = report.einnahmen.find((r) => r.zeile === letzte.zeile);
        ctx.add(
          "zahlung-zu-niedrig",
          "warnung",
          `${e ? einnahmeLabel(e) : `Einnahme ${letzte.zeile}`}: Für die ${was} sind ${fmtEuro(x.ist)} eingegangen, erwartet waren ${fmtEuro(x.soll)} – es fehlen ${fmtEuro(fehlt)}.`,
          { liste: "einnahmen", zeile: letzte.zeile, feld: "betrag" },
          e?.begruendung,
        );
      } else continue;
      ausstehend = ausstehend.add(fehlt);
      ausstehendText.push(`${blockName(x.von, x.bis)} (${k.wer}): ${fmtEuro(fehlt)}`);
    }
  });
  return { art: wer.art, zahlungen, ausstehend, ausstehendText };
}
