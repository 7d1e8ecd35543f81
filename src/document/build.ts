/**
 * Builds the submission document (types.ts) from the engine's results: a plan (Plan + PlanResult) and,
 * for a Verwendungsnachweis, its ReportResult. Formatting only — every amount is the engine's, carried as
 * its `Dec` beside the German text (fmtEuro/fmtDe). Personal data of the case record (name, address, date of
 * birth) go into the document's case record only: they are for the printed submission and its sheet.
 */
import {
  BESCHAEFTIGUNG_LABELS,
  RESTE_REGEL_LABELS,
  befundText,
  counts,
  fmtDe,
  fmtEuro,
  germanDate,
  germanMonth,
  monatsplanSpanne,
  pflegeText,
  type Befund,
  type CalDate,
  type Dec,
  type Plan,
  type PlanPosition,
  type PlanResult,
  type ReportResult,
  type Schwere,
} from "../engine";
import { VOKABULAR } from "../engine/vocabulary";
import { arbeitgeberTabellen } from "./arbeitgeber";
import type { Abschnitt, Angabe, BefundAbschnitt, DokumentBefund, Einreichung, Spalte, TabellenAbschnitt, TabellenZeile, Wert } from "./types";

export interface EinreichungEingabe {
  /** The parsed plan (period, Träger with their addresses, the case record). */
  plan: Plan;
  /** The evaluated plan. */
  ergebnis: PlanResult;
  /** The checked Verwendungsnachweis: the document is then the report's submission. */
  nachweis?: ReportResult;
  /** The day the document is made. */
  erstellt: CalDate;
  /** Sheet and cell of a finding, where the caller knows the workbook (the engine's `ort` names only list and row). */
  zelleVon?: (b: Befund) => { blatt: string; zelle: string } | undefined;
}

const euro = (x: Dec): Wert => ({ text: fmtEuro(x), betrag: x });
const text = (t: string): Wert => ({ text: t });
const LEER: Wert = { text: "" };

/** A quantity as people write it: no trailing zeros, at most four places („30“, „4,33“, „1,125“). */
function menge(x: Dec): string {
  return fmtDe(x, Math.min(x.decimalPlaces(), 4));
}

const zeitraumText = (beginn: CalDate, ende: CalDate) => `${germanDate(beginn)} bis ${germanDate(ende)}`;
const monate = (n: number) => `${n} ${n === 1 ? "Monat" : "Monate"}`;
/** A vocabulary's German word without its explanation in brackets („Arbeitgebermodell (eigene Assistenz)“ → „Arbeitgebermodell“). */
const ohneKlammer = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, "");
/** One line for a table cell: line breaks of an address become commas. */
const einzeilig = (s: string) => s.split(/\s*\r?\n\s*/).filter(Boolean).join(", ");

/** How a position's amount comes about, in words („30 Stunden je Monat × 14,50 €, zzgl. Arbeitgeberanteile“). */
export function bemessungText(p: PlanPosition, automatisch?: boolean): string {
  if (automatisch) return "vom Budgetplaner berechnet";
  const b = p.bemessung;
  const teile: string[] = [];
  if (b.kind === "menge") {
    const je = b.je === "zeitraum" ? "im Zeitraum" : `je ${VOKABULAR.je.labels[b.je]}`;
    teile.push(p.einheit ? `${menge(b.menge)} ${p.einheit} ${je} × ${fmtEuro(b.preis)}` : `${menge(b.menge)} × ${fmtEuro(b.preis)} ${je}`);
    if (p.payroll) teile.push(`zzgl. Arbeitgeberanteile (${ohneKlammer(BESCHAEFTIGUNG_LABELS[p.payroll.beschaeftigung])})`);
  } else if (b.kind === "prozent") {
    teile.push(`${menge(b.prozent)} % der ${VOKABULAR.basis.labels[b.basis]}`);
  } else {
    teile.push(`Vertretung für ${menge(b.urlaubstage)} Urlaubs-, ${menge(b.feiertage)} Feier- und ${menge(b.krankheitstage)} Krankheitstage zu ${menge(b.stundenProTag)} Stunden`);
  }
  if (p.zuschlagProzent && !p.zuschlagProzent.isZero()) teile.push(`${menge(p.zuschlagProzent)} % Aufschlag`);
  if (p.von) teile.push(`ab ${germanDate(p.von)}`);
  if (p.bis) teile.push(`bis ${germanDate(p.bis)}`);
  if (p.aenderungen.length) teile.push(`ändert sich ab ${p.aenderungen.map((v) => germanDate(v.ab)).join(", ")}`);
  return teile.join(", ");
}

function fallAbschnitt(plan: Plan, r: PlanResult, nachweis?: ReportResult): Abschnitt {
  const f = r.fall ?? plan.fall;
  const a: Angabe[] = [];
  const add = (label: string, wert: string | undefined, zusatz?: string) => {
    if (wert) a.push({ label, wert: text(wert), ...(zusatz ? { zusatz } : {}) });
  };
  add("Aktenzeichen", f?.aktenzeichen);
  add("Budgetnehmerin / Budgetnehmer", f?.budgetnehmer.name);
  add("Anschrift", f?.budgetnehmer.anschrift && einzeilig(f.budgetnehmer.anschrift));
  add("Geburtsdatum", f?.budgetnehmer.geburtsdatum && germanDate(f.budgetnehmer.geburtsdatum));
  if (f?.beauftragterTraeger) {
    const t = plan.traeger.find((x) => x.id === f.beauftragterTraeger);
    add("Beauftragter Träger", t ? `${t.name} (${t.id})` : f.beauftragterTraeger, "entscheidet und zahlt für alle Träger (§ 29 Abs. 3 SGB IX)");
  }
  add("Bescheid vom", f?.bescheidDatum && germanDate(f.bescheidDatum));
  add("Bewilligungszeitraum", `${zeitraumText(plan.zeitraum.beginn, plan.zeitraum.ende)} (${monate(plan.zeitraum.months)})`);
  if (nachweis) add("Nachweiszeitraum", zeitraumText(nachweis.zeitraum.beginn, nachweis.zeitraum.ende));
  const zv = f?.zielvereinbarung;
  if (zv?.beginn || zv?.ende) add("Zielvereinbarung", `${zv.beginn ? germanDate(zv.beginn) : "…"} bis ${zv.ende ? germanDate(zv.ende) : "…"}`);
  add("Letzte Bedarfsermittlung", f?.bedarfsermittlung.letzte && germanDate(f.bedarfsermittlung.letzte));
  add(
    "Nächste Bedarfsermittlung",
    f?.bedarfsermittlung.naechste && germanDate(f.bedarfsermittlung.naechste),
    f?.bedarfsermittlung.naechsteAbgeleitet ? "zwei Jahre nach der letzten Bedarfsermittlung oder dem Bescheid" : undefined,
  );
  return { id: "fall", art: "angaben", titel: "Fall", angaben: a };
}

function traegerAbschnitt(plan: Plan): TabellenAbschnitt {
  return {
    id: "traeger",
    art: "tabelle",
    titel: "Träger",
    spalten: [{ titel: "Träger", breite: 2 }, { titel: "Kürzel" }, { titel: "Anschrift", breite: 2.4 }, { titel: "Aktenzeichen", breite: 1.2 }, { titel: "Obergrenze je Monat", zahl: true }],
    zeilen: plan.traeger.map((t) => ({
      zellen: [text(t.name), text(t.id), text(t.anschrift ? einzeilig(t.anschrift) : ""), text(t.aktenzeichen ?? ""), t.obergrenzeMonat ? euro(t.obergrenzeMonat) : LEER],
    })),
  };
}

function nachweiseAbschnitt(plan: Plan, r: PlanResult): TabellenAbschnitt | undefined {
  const f = r.fall ?? plan.fall;
  if (!f?.nachweise.length) return undefined;
  const zeilen: TabellenZeile[] = [];
  for (const n of f.nachweise) {
    for (const t of n.termine) {
      zeilen.push({ zellen: [text(n.art), text(VOKABULAR.intervall.labels[n.intervall]), text(zeitraumText(t.abschnitt.beginn, t.abschnitt.ende)), text(germanDate(t.faellig))] });
    }
  }
  return {
    id: "nachweise",
    art: "tabelle",
    titel: "Nachweise und Termine",
    untertitel: "Was die Zielvereinbarung verlangt und wann es fällig ist.",
    spalten: [{ titel: "Nachweis", breite: 2.4 }, { titel: "Intervall" }, { titel: "Abschnitt", breite: 1.8 }, { titel: "fällig am" }],
    zeilen,
  };
}

/** The caseworker's justification on a cap finding (of the plan, or of the Träger in that row). */
function begruendungVon(r: PlanResult, regel: string, traegerZeile?: number): string | undefined {
  return r.befunde.find((b) => b.regel === regel && (traegerZeile === undefined || b.ort?.zeile === traegerZeile))?.begruendung;
}

function grenzText(differenz: Dec, begruendung: string | undefined): string {
  if (!differenz.isNegative()) return differenz.isZero() ? "eingehalten (genau erreicht)" : `eingehalten (${fmtEuro(differenz)} darunter)`;
  const um = `überschritten um ${fmtEuro(differenz.neg())}`;
  return begruendung ? `${um} – begründet: ${begruendung}` : `${um} – braucht eine Begründung (§ 29 Abs. 2 S. 7 SGB IX)`;
}

function ueberblick(r: PlanResult): Abschnitt {
  const a: Angabe[] = [];
  const gerundet = !r.bedarf && !r.monatsbudget.eq(r.monatsbudgetUngerundet);
  a.push({
    label: "Monatsbudget",
    wert: euro(r.monatsbudget),
    ...(r.bedarf ? { zusatz: "der vereinbarte Betrag" } : gerundet ? { zusatz: `gerundet, genau ${fmtEuro(r.monatsbudgetUngerundet)}` } : {}),
  });
  if (r.bedarf) a.push({ label: "Berechneter Bedarf je Monat", wert: euro(r.bedarf.monatsbudget), zusatz: `im Zeitraum ${fmtEuro(r.bedarf.summeZeitraum)}` });
  if (r.beantragt) a.push({ label: "Beantragt je Monat", wert: euro(r.beantragt.monatsbudget), zusatz: `im Zeitraum ${fmtEuro(r.beantragt.summeZeitraum)}; gerechnet wird mit dem Anerkannten` });
  if (!r.eigenanteilMonat.isZero()) a.push({ label: "Eigenanteil je Monat", wert: euro(r.eigenanteilMonat) });
  a.push({ label: "Auszahlung je Monat", wert: euro(r.auszahlung), zusatz: `im Zeitraum ${fmtEuro(r.auszahlungZeitraum)}` });
  const summeGerundet = !r.bedarf && !r.summeZeitraum.eq(r.summeZeitraumUngerundet);
  a.push({
    label: `Summe im Bewilligungszeitraum (${monate(r.monate)})`,
    wert: euro(r.summeZeitraum),
    ...(summeGerundet ? { zusatz: `gerundet, genau ${fmtEuro(r.summeZeitraumUngerundet)}` } : {}),
  });
  if (r.stundensatz) a.push({ label: "Budget je Stunde", wert: euro(r.stundensatz.betrag), zusatz: `bei ${fmtDe(r.stundensatz.stundenMonat)} Stunden im Monat` });
  if (r.obergrenze) {
    a.push({ label: "Obergrenze je Monat (Kosten der Sachleistung)", wert: euro(r.obergrenze.obergrenzeMonat), zusatz: grenzText(r.obergrenze.differenz, begruendungVon(r, "obergrenze-ueberschritten")) });
  }
  if (r.zahlweise !== "monatlich") a.push({ label: "Zahlweise", wert: text(`${VOKABULAR.zahlweise.labels[r.zahlweise]} im Voraus`), zusatz: `${r.zahlungsplan.length} Zahlungen, zusammen ${fmtEuro(r.summeZahlungen)}` });
  return { id: "ueberblick", art: "angaben", titel: "Budget im Überblick", angaben: a };
}

function positionen(r: PlanResult): TabellenAbschnitt {
  const beantragt = new Map((r.beantragt?.positionen ?? []).map((b) => [b.zeile, b]));
  const mitBeantragt = beantragt.size > 0;
  const spalten: Spalte[] = [
    { titel: "Position", breite: 2 },
    { titel: "Art", breite: 1.4 },
    { titel: "Träger", breite: 0.8 },
    { titel: "Berechnung", breite: 3 },
    { titel: "je Monat", zahl: true },
    { titel: "im Zeitraum", zahl: true },
  ];
  if (mitBeantragt) spalten.push({ titel: "beantragt je Monat", zahl: true }, { titel: "beantragt im Zeitraum", zahl: true });
  const zeilen: TabellenZeile[] = r.positionen.map((p) => {
    const pos = p.position;
    const b = !p.automatisch ? beantragt.get(pos.zeile) : undefined;
    const anders = b && !(b.monatsbetrag.eq(p.monatsbetrag) && b.zeitraumbetrag.eq(p.zeitraumbetrag));
    const zellen: Wert[] = [
      text(pos.bezeichnung),
      text(pos.artText ?? ohneKlammer(VOKABULAR.art.labels[pos.art])),
      text(pos.traeger ?? ""),
      text(bemessungText(pos, p.automatisch)),
      euro(p.monatsbetrag),
      euro(p.zeitraumbetrag),
    ];
    if (mitBeantragt) zellen.push(anders ? euro(b.monatsbetrag) : LEER, anders ? euro(b.zeitraumbetrag) : LEER);
    return { zellen };
  });
  const summe: Wert[] = [text("Summe der Positionen"), LEER, LEER, LEER, LEER, euro(r.summeZeitraumUngerundet)];
  if (mitBeantragt) summe.push(LEER, LEER);
  zeilen.push({ zellen: summe, summe: true });
  const fussnoten = mitBeantragt ? ["Beantragt: der Betrag, den die Budgetnehmerin oder der Budgetnehmer beantragt hat, wo der Träger anders anerkannt hat."] : [];
  return { id: "positionen", art: "tabelle", titel: "Positionen des Kostenplans", spalten, zeilen, ...(fussnoten.length ? { fussnoten } : {}) };
}

function teilbudgets(r: PlanResult): TabellenAbschnitt | undefined {
  if (!r.teilbudgets.length) return undefined;
  // the cap columns only where a Träger has a cap of its own
  const grenzen = r.teilbudgets.some((t) => t.obergrenzeMonat);
  const spalten: Spalte[] = [{ titel: "Träger", breite: 2.2 }, { titel: "je Monat", zahl: true }, { titel: "im Zeitraum", zahl: true }];
  if (grenzen) spalten.push({ titel: "Obergrenze je Monat", zahl: true }, { titel: "Obergrenze", breite: 2.4 });
  return {
    id: "teilbudgets",
    art: "tabelle",
    titel: "Teilbudgets je Träger",
    spalten,
    zeilen: r.teilbudgets.map((t, i) => ({
      zellen: [
        text(t.name || t.traeger),
        euro(t.monatsbetrag),
        euro(t.zeitraumbetrag),
        ...(grenzen
          ? [t.obergrenzeMonat ? euro(t.obergrenzeMonat) : LEER, text(t.differenz ? grenzText(t.differenz, begruendungVon(r, "teilbudget-obergrenze-ueberschritten", i + 1)) : "")]
          : []),
      ],
    })),
  };
}

function pflege(r: PlanResult): TabellenAbschnitt | undefined {
  if (!r.pflege) return undefined;
  const t = pflegeText(r.pflege);
  const kombi = t.zeilen.some((z) => z.sachleistung !== undefined);
  const entlastung = t.zeilen.some((z) => z.entlastungsbetrag !== undefined);
  const spalten: Spalte[] = [{ titel: "Monate", breite: 1.4 }, { titel: "Pflegegeld je Monat", zahl: true }, { titel: t.imBudgetLabel, zahl: true }];
  if (kombi) spalten.push({ titel: "Pflegesachleistung", zahl: true });
  if (entlastung) spalten.push({ titel: "Entlastungsbetrag bis", zahl: true });
  return {
    id: "pflege",
    art: "tabelle",
    titel: t.titel,
    untertitel: t.saetze.join(" "),
    spalten,
    zeilen: t.zeilen.map((z) => ({
      zellen: [
        text(z.zeitraum),
        text(z.pflegegeldGesetzlich ? `${z.pflegegeld} (statt ${z.pflegegeldGesetzlich})` : z.pflegegeld),
        text(z.imBudget),
        ...(kombi ? [text(z.sachleistung ?? "")] : []),
        ...(entlastung ? [text(z.entlastungsbetrag ?? "")] : []),
      ],
    })),
    fussnoten: [t.summe, ...(t.entlastung ? [t.entlastung] : [])],
  };
}

function arbeitgeber(r: PlanResult): TabellenAbschnitt[] {
  return arbeitgeberTabellen(r).map((t) => ({
    id: `arbeitgeber-${t.key}`,
    art: "tabelle",
    titel: `Arbeitgeberkosten: ${t.titel}`,
    untertitel: `${t.beschreibung ? `${t.beschreibung}; ` : ""}je beschäftigter Person und Monat`,
    spalten: [{ titel: "Posten", breite: 2.4 }, ...t.spalten.map((s) => ({ titel: s, zahl: true }))],
    zeilen: t.zeilen.map((z) => ({ zellen: [text(z.label), ...z.betraege.map(euro)], ...(z.summe ? { summe: true } : {}) })),
  }));
}

function monatsplan(r: PlanResult): TabellenAbschnitt | undefined {
  if (!monatsplanSpanne(r.monatsplan)?.wechselt) return undefined;
  return {
    id: "monatsplan",
    art: "tabelle",
    titel: "Bedarf Monat für Monat",
    untertitel: "Der Bedarf ändert sich im Zeitraum; das Monatsbudget ist der Durchschnitt.",
    spalten: [{ titel: "Monat" }, { titel: "Bedarf", zahl: true }],
    zeilen: r.monatsplan.map((m) => ({ zellen: [text(germanMonth(m.monat)), euro(m.betrag)] })),
  };
}

function zahlungen(r: PlanResult): TabellenAbschnitt | undefined {
  if (r.zahlweise === "monatlich" || !r.zahlungsplan.length) return undefined;
  return {
    id: "zahlungen",
    art: "tabelle",
    titel: "Zahlungen",
    untertitel: `Der Träger zahlt ${VOKABULAR.zahlweise.labels[r.zahlweise]} im Voraus.`,
    spalten: [{ titel: "fällig am" }, { titel: "für", breite: 1.6 }, { titel: "Betrag", zahl: true }],
    zeilen: [
      ...r.zahlungsplan.map((z) => ({ zellen: [text(germanDate(z.faellig)), text(z.monate === 1 ? germanMonth(z.von) : `${germanMonth(z.von)} – ${germanMonth(z.bis)}`), euro(z.betrag)] })),
      { zellen: [LEER, text("zusammen"), euro(r.summeZahlungen)], summe: true },
    ],
  };
}

const NACHWEISART = { zwischennachweis: "Zwischennachweis", nachweis: "Nachweis zum Ende des Bewilligungszeitraums", schlussnachweis: "Schlussnachweis" } as const;

function nachweisAbschnitte(n: ReportResult): Abschnitt[] {
  const s = n.summen;
  const summen: Angabe[] = [
    { label: "Einnahmen", wert: euro(s.einnahmen) },
    { label: "Ausgaben", wert: euro(s.ausgaben) },
    { label: "Rest (Einnahmen − Ausgaben)", wert: euro(n.reste.rest) },
  ];
  if (!s.ohnePlanposition.isZero()) summen.push({ label: "Ausgaben ohne Position im Kostenplan", wert: euro(s.ohnePlanposition) });
  const planIst: TabellenAbschnitt = {
    id: "plan-ist",
    art: "tabelle",
    titel: "Plan und Ist je Position",
    untertitel: "Plan: die Beträge des Kostenplans für die Monate des Nachweiszeitraums.",
    spalten: [{ titel: "Position", breite: 2.4 }, { titel: "Monate", zahl: true, breite: 0.6 }, { titel: "Plan", zahl: true }, { titel: "Ist", zahl: true }],
    zeilen: s.proPosition.map((p) => ({ zellen: [text(p.bezeichnung), text(String(p.monate)), euro(p.plan), euro(p.ist)] })),
    leer: "Keine Positionen im Nachweiszeitraum.",
  };
  const r = n.reste;
  const reste: Angabe[] = [
    { label: "Art des Nachweises", wert: text(NACHWEISART[r.nachweisart]) },
    { label: "Regel des Trägers", wert: text(RESTE_REGEL_LABELS[r.regel]) },
    { label: "Rest", wert: euro(r.rest) },
    { label: "Übertrag", wert: euro(r.uebertrag), zusatz: `bis zu einem Monatsbudget (${fmtEuro(r.monatsbudget)})` },
    { label: "Rückforderung", wert: euro(r.rueckforderung) },
    { label: "Anrechnung auf die nächsten Zahlungen", wert: euro(r.anrechnung) },
  ];
  return [
    { id: "summen", art: "angaben", titel: "Einnahmen und Ausgaben", angaben: summen },
    planIst,
    { id: "reste", art: "angaben", titel: "Budgetreste", untertitel: r.begruendung, angaben: reste },
  ];
}

const GRUPPEN: readonly { schwere: Schwere; eins: string; mehrere: string }[] = [
  { schwere: "fehler", eins: "Fehler", mehrere: "Fehler" },
  { schwere: "warnung", eins: "Warnung", mehrere: "Warnungen" },
  { schwere: "hinweis", eins: "Hinweis", mehrere: "Hinweise" },
];

function befundAbschnitt(befunde: readonly Befund[], zelleVon: EinreichungEingabe["zelleVon"]): BefundAbschnitt {
  const ort = (b: Befund): string | undefined => {
    const c = b.ort?.blatt && b.ort.zelle ? { blatt: b.ort.blatt, zelle: b.ort.zelle } : zelleVon?.(b);
    return c ? `Blatt „${c.blatt}“, Zelle ${c.zelle}` : undefined;
  };
  const gruppen = GRUPPEN.map((g) => {
    const list = befunde.filter((b) => b.schwere === g.schwere);
    const befundeDerGruppe: DokumentBefund[] = list.map((b) => {
      const o = ort(b);
      return { schwere: b.schwere, text: b.text, ...(b.begruendung ? { begruendung: b.begruendung } : {}), ...(o ? { ort: o } : {}) };
    });
    return { schwere: g.schwere, titel: list.length === 1 ? g.eins : g.mehrere, befunde: befundeDerGruppe };
  }).filter((g) => g.befunde.length > 0);
  const c = counts(befunde);
  const begruendet = befunde.filter((b) => b.begruendung && b.schwere !== "hinweis").length;
  const zaehlung = befunde.length
    ? `${GRUPPEN.map((g) => `${c[g.schwere]} ${c[g.schwere] === 1 ? g.eins : g.mehrere}`).join(", ")}${begruendet ? `; ${begruendet} begründet (zählen nicht)` : ""}.`
    : "Keine Befunde.";
  return { id: "befunde", art: "befunde", titel: "Befunde", gruppen, zaehlung, anzahl: c };
}

function versicherung(art: Einreichung["art"]): Abschnitt {
  const absaetze =
    art === "kostenplan"
      ? [
          "Ich versichere, dass ich alle Angaben in diesem Leistungs- und Kostenplan nach bestem Wissen vollständig und richtig gemacht habe.",
          "Ändert sich etwas, das für das Budget wichtig ist – etwa mein Bedarf, ein Arbeitsverhältnis oder eine andere Leistung –, teile ich das dem Träger unverzüglich mit (§ 60 SGB I).",
        ]
      : [
          "Ich versichere, dass die Angaben in diesem Verwendungsnachweis vollständig und richtig sind und dass ich das Budget nur für die vereinbarten Leistungen verwendet habe.",
          "Die Belege bewahre ich auf und lege sie dem Träger auf Verlangen vor. Mir ist bekannt, dass falsche Angaben zur Rückforderung führen können.",
        ];
  return {
    id: "versicherung",
    art: "versicherung",
    titel: "Versicherung",
    absaetze,
    felder: ["Ort", "Datum", "Unterschrift der Budgetnehmerin / des Budgetnehmers oder der gesetzlichen Vertretung"],
  };
}

/**
 * The findings of the report and, once each, those of its plan (the check may already carry them, marked
 * `teil: "kostenplan"`); among a report's findings the plan's read „Kostenplan: …“ (befundText).
 */
function alleBefunde(plan: PlanResult, nachweis?: ReportResult): Befund[] {
  if (!nachweis) return plan.befunde;
  const key = (b: Befund) => `${b.regel}\u0000${b.text}`;
  const seen = new Set(nachweis.befunde.map(key));
  const mehr = plan.befunde.filter((b) => !seen.has(key(b))).map((b): Befund => ({ ...b, teil: "kostenplan" }));
  return [...nachweis.befunde, ...mehr].map((b) => ({ ...b, text: befundText(b) }));
}

export function buildEinreichung(e: EinreichungEingabe): Einreichung {
  const { plan, ergebnis: r, nachweis } = e;
  const art = nachweis ? "verwendungsnachweis" : "kostenplan";
  const fall = r.fall ?? plan.fall;
  const abschnitte: (Abschnitt | undefined)[] = [
    fallAbschnitt(plan, r, nachweis),
    plan.traeger.length ? traegerAbschnitt(plan) : undefined,
    fall?.zielvereinbarung.ziele ? { id: "ziele", art: "text", titel: "Ziele der Zielvereinbarung", absaetze: fall.zielvereinbarung.ziele.split(/\r?\n+/).filter((s) => s.trim()) } : undefined,
    nachweiseAbschnitt(plan, r),
    ueberblick(r),
    positionen(r),
    teilbudgets(r),
    pflege(r),
    ...arbeitgeber(r),
    monatsplan(r),
    zahlungen(r),
    ...(nachweis ? nachweisAbschnitte(nachweis) : []),
    befundAbschnitt(alleBefunde(r, nachweis), e.zelleVon),
    versicherung(art),
  ];
  const bewilligt = `Bewilligungszeitraum ${zeitraumText(plan.zeitraum.beginn, plan.zeitraum.ende)}`;
  return {
    art,
    titel: nachweis ? `Verwendungsnachweis${nachweis.reste.nachweisart === "nachweis" ? "" : ` (${NACHWEISART[nachweis.reste.nachweisart]})`}` : "Leistungs- und Kostenplan",
    untertitel: `Persönliches Budget nach § 29 SGB IX · ${nachweis ? `Nachweiszeitraum ${zeitraumText(nachweis.zeitraum.beginn, nachweis.zeitraum.ende)} · ` : ""}${bewilligt}`,
    ...(fall?.aktenzeichen ? { aktenzeichen: fall.aktenzeichen } : {}),
    erstellt: germanDate(e.erstellt),
    abschnitte: abschnitte.filter((a): a is Abschnitt => a !== undefined),
  };
}
