/** Einreichen vorbereiten: copies of the sheets with formulas replaced by values, for the Träger. */
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import type { SubmissionResult } from "../host/types";
import { anzahl, aufzaehlung, fehlerText, zitat } from "../model/format";
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

export function EinreichenView() {
  const s = useStyles();
  const { host, announce } = usePane();
  const [zustand, setZustand] = useState<Zustand>({ art: "bereit" });

  async function vorbereiten() {
    setZustand({ art: "laeuft" });
    let next: Zustand;
    try {
      next = { art: "fertig", text: einreichenSatz(await host.prepareSubmission()) };
    } catch (e) {
      next = { art: "fehler", text: fehlerText(e) };
    }
    setZustand(next);
    if (next.art === "fertig" || next.art === "fehler") announce(next.text);
  }

  return (
    <div className={s.view}>
      <h2 className={s.heading}>Einreichen vorbereiten</h2>
      <p className={s.text}>
        Der Träger soll dieselben Zahlen sehen wie Sie, auch ohne dieses Add-in. Dafür legt der Budgetplaner Kopien Ihrer Blätter an. In den
        Kopien stehen statt der Formeln des Budgetplaners (BUDGET.…) nur noch deren Werte.
      </p>
      <p className={s.text}>Ihre eigenen Blätter bleiben unverändert. Reichen Sie die Kopien ein, zum Beispiel als PDF oder als eigene Datei.</p>
      {host.mode === "vorschau" && (
        <div id="einreichen-nur-excel">
          <Hinweis>In der Vorschau ohne Excel gibt es keine Blätter zum Kopieren. Das geht nur im Add-in in Excel.</Hinweis>
        </div>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void vorbereiten()}
          disabled={zustand.art === "laeuft" || host.mode === "vorschau"}
          aria-describedby={host.mode === "vorschau" ? "einreichen-nur-excel" : undefined}
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
    </div>
  );
}
