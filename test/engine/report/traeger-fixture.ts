/** The trägerübergreifende case of issue 13: Eingliederungshilfe 2/3, Pflegekasse 1/3 (traeger.test.ts, the pane test). */
export type Row = Record<string, unknown>;
export type Case = Record<string, unknown> & { einnahmen: Row[]; ausgaben: Row[] };

// Plan Jan–Jun 2026 (so a report of Jan–Jun is the Nachweis at the end of the Bewilligungszeitraum):
// Assistenz (egh) 4 × 100.00 = 400.00 a month, Pflege (pk) 2 × 100.00 = 200.00 a month → monthly budget 600.00,
// Teilbudgets for the period: egh 6 × 400 = 2,400.00 (2/3), pk 6 × 200 = 1,200.00 (1/3).
export const PLAN = {
  format: "kostenplan/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-06-30" },
  traeger: [
    { id: "egh", name: "Eingliederungshilfe" },
    { id: "pk", name: "Pflegekasse" },
  ],
  positionen: [
    { bezeichnung: "Assistenz", art: "sachkosten", menge: "4", einheit: "einsatz", je: "monat", preis: "100.00", traeger: "egh" },
    { bezeichnung: "Pflege", art: "sachkosten", menge: "2", einheit: "einsatz", je: "monat", preis: "100.00", traeger: "pk" },
  ],
};

const mm = (m: number) => String(m).padStart(2, "0");

/** Both Träger pay their share on the 1st of each month; the holder spends `assistenz` and `pflege` a month. */
export function twoTraeger(assistenz: string, pflege: string, withTraeger = true): Case {
  const einnahmen: Row[] = [];
  const ausgaben: Row[] = [];
  for (let m = 1; m <= 6; m++) {
    if (withTraeger) {
      einnahmen.push({ datum: `2026-${mm(m)}-01`, art: "budget", traeger: "egh", betrag: "400.00" });
      einnahmen.push({ datum: `2026-${mm(m)}-01`, art: "budget", traeger: "pk", betrag: "200.00" });
    } else einnahmen.push({ datum: `2026-${mm(m)}-01`, art: "budget", traeger: "", betrag: "600.00" });
    ausgaben.push({ datum: `2026-${mm(m)}-20`, leistungsmonat: `2026-${mm(m)}`, empfaenger: "Assistenzdienst Nord", position: "Assistenz", betrag: assistenz, beleg: `A-${m}` });
    ausgaben.push({ datum: `2026-${mm(m)}-21`, leistungsmonat: `2026-${mm(m)}`, empfaenger: "Pflegedienst Süd", position: "Pflege", betrag: pflege, beleg: `P-${m}` });
  }
  return { format: "verwendungsnachweis/1", zeitraum: { beginn: "2026-01-01", ende: "2026-06-30" }, kostenplan: PLAN, regeln: { reste: "rueckforderung" }, einnahmen, ausgaben };
}

/** Case A: split by the incomes; the Pflegekasse pays May twice. */
export function caseByIncome(): Case {
  const c = twoTraeger("350.00", "180.00");
  c.einnahmen.push({ datum: "2026-05-20", art: "budget", traeger: "pk", betrag: "200.00" });
  return c;
}

/** Case B: the incomes name no Träger (split by Teilbudgets); one expense of 100.00 outside the plan. */
export function caseByTeilbudget(): Case {
  const c = twoTraeger("350.00", "180.00", false);
  c.ausgaben.push({ datum: "2026-04-10", leistungsmonat: "2026-04", empfaenger: "Reisebüro", position: "Urlaubsreise", betrag: "100.00", beleg: "R-1" });
  return c;
}

