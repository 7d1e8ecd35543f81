/**
 * Einreichen vorbereiten: copies of the sheets with formulas replaced by values, for the Träger (with the sheet
 * „Berechnung (Abgabe)“ of every figure); and the add-in's own sheet „Berechnung“ written on request.
 */
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import type { SubmissionResult } from "../host/types";
import { anzahl, aufzaehlung, fehlerText, zitat } from "../model/format";
import { berechnungSatz, einreichungLesen, type DokumentStand } from "../model/einreichung";
import { usePane } from "../components/HostContext";
import { useStyles } from "../components/styles";
import { FehlerMeldung, Hinweis } from "../components/Meldung";

type Zustand = { art: "bereit" } | { art: "laeuft" } | { art: "fertig"; text: string } | { art: "fehler"; text: string };

/** "3 Blätter angelegt: …. 12 Formeln durch Werte ersetzt. Das Original bleibt unverändert." */
export function einreichenSatz(r: SubmissionResult): string {
  const blaetter = r.blaetter.length
    ? `${anzahl(r.blaetter.length, "Blatt", "Blätter")} angelegt: ${aufzaehlung(r.blaetter.map(zitat))}.`
    : "Keine Blätter angelegt.";
  const formeln = r.ersetzt === 0 ? "Es gab keine Formeln des Budgetplaners zu ersetzen." : `${anzahl(r.ersetzt, "Formel", "Formeln")} durch Werte ersetzt.`;
  return `${blaetter} ${formeln} Das Original bleibt unverändert.`;
}

/** The submission document of the workbook; a failure to read it is a note, not the end of the action. */
async function dokumentOderGrund(host: ReturnType<typeof usePane>["host"]): Promise<DokumentStand> {
  try {
    return await einreichungLesen(host);
  } catch (e) {
    return { ok: false, text: fehlerText(e) };
  }
}

export function EinreichenView() {
  const s = useStyles();
  const { host, announce } = usePane();
  const [zustand, setZustand] = useState<Zustand>({ art: "bereit" });
  const [berechnung, setBerechnung] = useState<Zustand>({ art: "bereit" });
  const vorschau = host.mode === "vorschau";

  async function vorbereiten() {
    setZustand({ art: "laeuft" });
    let next: Zustand;
    try {
      const stand = await dokumentOderGrund(host);
      const r = await host.prepareSubmission(stand.ok ? stand.dokument : undefined);
      next = { art: "fertig", text: einreichenSatz(r) + (stand.ok ? "" : ` Ohne das Blatt ${zitat("Berechnung (Abgabe)")}: ${stand.text}`) };
    } catch (e) {
      next = { art: "fehler", text: fehlerText(e) };
    }
    setZustand(next);
    if (next.art === "fertig" || next.art === "fehler") announce(next.text);
  }

  async function berechnungSchreiben() {
    setBerechnung({ art: "laeuft" });
    let next: Zustand;
    try {
      const stand = await einreichungLesen(host);
      next = stand.ok ? { art: "fertig", text: berechnungSatz(await host.writeCalculation(stand.dokument)) } : { art: "fehler", text: stand.text };
    } catch (e) {
      next = { art: "fehler", text: fehlerText(e) };
    }
    setBerechnung(next);
    if (next.art === "fertig" || next.art === "fehler") announce(next.text);
  }

  return (
    <div className={s.view}>
      <h2 className={s.heading}>Einreichen vorbereiten</h2>
      <p className={s.text}>
        Der Träger soll dieselben Zahlen sehen wie Sie, auch ohne dieses Add-in. Dafür legt der Budgetplaner Kopien Ihrer Blätter an. In den
        Kopien stehen statt der Formeln des Budgetplaners (BUDGET.…) nur noch deren Werte.
      </p>
      <p className={s.text}>
        Ihre eigenen Blätter bleiben unverändert. Dazu kommt das Blatt {zitat("Berechnung (Abgabe)")} mit allen Zahlen des Kostenplans. Reichen Sie die
        Kopien ein, zum Beispiel als PDF (in Excel: Datei, Exportieren) oder als eigene Datei. Jedes Blatt druckt auf A4, mit Aktenzeichen,
        Datum und Seitenzahl.
      </p>
      {vorschau && (
        <div id="einreichen-nur-excel">
          <Hinweis>In der Vorschau ohne Excel gibt es keine Blätter zum Kopieren und kein Blatt {zitat("Berechnung")}. Das geht nur im Add-in in Excel.</Hinweis>
        </div>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void vorbereiten()}
          disabled={zustand.art === "laeuft" || vorschau}
          aria-describedby={vorschau ? "einreichen-nur-excel" : undefined}
        >
          Einreichen vorbereiten
        </Button>
        {zustand.art === "laeuft" && <Spinner size="tiny" label="Kopien werden angelegt …" />}
      </div>
      {zustand.art === "fertig" && (
        <Hinweis intent="success" titel="Fertig">
          {zustand.text}
        </Hinweis>
      )}
      {zustand.art === "fehler" && <FehlerMeldung titel="Das Einreichen ließ sich nicht vorbereiten" text={zustand.text} />}

      <h3 className={s.heading}>Berechnung</h3>
      <p className={s.text}>
        Alle Zahlen auf einem Blatt, auch für den Träger ohne dieses Add-in: die Angaben zum Fall, jede Position je Monat und im
        Bewilligungszeitraum, die Arbeitgeberkosten jeder Assistenz, die Teilbudgets, die Befunde und die Versicherung zum Unterschreiben. Der
        Budgetplaner schreibt sie als Werte in sein eigenes Blatt {zitat("Berechnung")} und schreibt es beim nächsten Mal neu.
      </p>
      <div className={s.row}>
        <Button onClick={() => void berechnungSchreiben()} disabled={berechnung.art === "laeuft" || vorschau} aria-describedby={vorschau ? "einreichen-nur-excel" : undefined}>
          Berechnung ins Blatt schreiben
        </Button>
        {berechnung.art === "laeuft" && <Spinner size="tiny" label="Berechnung wird geschrieben …" />}
      </div>
      {berechnung.art === "fertig" && (
        <Hinweis intent="success" titel="Geschrieben">
          {berechnung.text}
        </Hinweis>
      )}
      {berechnung.art === "fehler" && <FehlerMeldung titel="Die Berechnung ließ sich nicht schreiben" text={berechnung.text} />}
    </div>
  );
}
