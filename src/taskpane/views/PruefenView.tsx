/**
 * Prüfen: checks the Verwendungsnachweis with the engine, lists the findings by severity (each with a
 * button to its cell), explains the Budgetreste, compares plan and actual per position, and writes the
 * figures into the summary sheet.
 */
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { checkWorkbook } from "../../workbook/evaluate";
import type { CellRef } from "../host/types";
import { pruefAnsicht, summaryValues, type PruefAnsicht } from "../model/check";
import { fehlerOrt, fehlerText, zitat } from "../model/format";
import { usePane } from "../components/HostContext";
import { useStyles } from "../components/styles";
import { Tabelle } from "../components/Tabelle";
import { BalkenDiagramm } from "../components/BalkenDiagramm";
import { BefundListe } from "../components/BefundListe";
import { FehlerMeldung, Hinweis } from "../components/Meldung";
import { useZurZelle, ZellStatusAnzeige } from "../components/Zelle";

type Zustand =
  | { art: "bereit" }
  | { art: "laeuft" }
  | { art: "keineVorlage" }
  | { art: "leer"; text: string; ort?: CellRef }
  | { art: "fehler"; text: string; ort?: CellRef }
  | { art: "fertig"; ansicht: PruefAnsicht; schreibFehler?: string };

export function PruefenView() {
  const s = useStyles();
  const { host, announce } = usePane();
  const { zurZelle, status } = useZurZelle();
  const [zustand, setZustand] = useState<Zustand>({ art: "bereit" });

  async function pruefen() {
    setZustand({ art: "laeuft" });
    let next: Zustand;
    try {
      const read = await host.read();
      if (!read) next = { art: "keineVorlage" };
      else {
        const outcome = checkWorkbook(read);
        if (!outcome.ok) {
          next = { art: outcome.leer ? "leer" : "fehler", text: outcome.message, ...(outcome.ort ? { ort: outcome.ort } : {}) };
        } else {
          const ansicht = pruefAnsicht(outcome.result, read);
          let schreibFehler: string | undefined;
          try {
            await host.writeSummary(summaryValues(outcome.result));
          } catch (e) {
            schreibFehler = fehlerText(e);
          }
          next = { art: "fertig", ansicht, ...(schreibFehler ? { schreibFehler } : {}) };
        }
      }
    } catch (e) {
      next = { art: "fehler", text: fehlerText(e), ...fehlerOrt(e) };
    }
    setZustand(next);
    if (next.art === "fertig") announce(`Prüfung fertig. ${next.ansicht.zaehlung}`);
    else if (next.art === "fehler" || next.art === "leer") announce(next.text);
    else if (next.art === "keineVorlage") announce("In dieser Arbeitsmappe fehlt die Vorlage.");
  }

  const laeuft = zustand.art === "laeuft";
  return (
    <div className={s.view}>
      <h2 className={s.heading}>Nachweis prüfen</h2>
      <p className={s.text}>
        Die Prüfung rechnet Einnahmen und Ausgaben nach, vergleicht sie mit dem Kostenplan und zeigt, was der Träger bemängeln könnte. Danach
        stehen die Summen auch im Blatt {zitat("Übersicht")}.
      </p>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void pruefen()} disabled={laeuft}>
          Nachweis prüfen
        </Button>
        {laeuft && <Spinner size="tiny" label="Wird geprüft …" />}
      </div>
      <div aria-busy={laeuft}>
        {zustand.art === "keineVorlage" && (
          <Hinweis titel="Noch keine Vorlage">
            In dieser Arbeitsmappe fehlt die Vorlage des Budgetplaners. Fügen Sie sie unter {zitat("Vorlage")} ein und tragen Sie Einnahmen und
            Ausgaben ein.
          </Hinweis>
        )}
        {zustand.art === "leer" && (
          <Hinweis titel="Noch nichts zu prüfen" ort={zustand.ort} zurZelle={(r) => void zurZelle(r)}>
            {zustand.text}
          </Hinweis>
        )}
        {zustand.art === "fehler" && (
          <FehlerMeldung titel="Der Nachweis lässt sich nicht prüfen" text={zustand.text} ort={zustand.ort} zurZelle={(r) => void zurZelle(r)} />
        )}
        {zustand.art === "fertig" && <Ergebnis a={zustand.ansicht} schreibFehler={zustand.schreibFehler} zurZelle={(r) => void zurZelle(r)} />}
      </div>
      <ZellStatusAnzeige status={status} />
    </div>
  );
}

function Ergebnis(props: { a: PruefAnsicht; schreibFehler?: string; zurZelle(ref: CellRef): void }) {
  const s = useStyles();
  const { a } = props;
  return (
    <div className={s.view}>
      {props.schreibFehler && (
        <FehlerMeldung titel="Die Summen konnten nicht ins Blatt „Übersicht“ geschrieben werden" text={props.schreibFehler} />
      )}
      <section className={s.section} aria-labelledby="pr-befunde">
        <h3 id="pr-befunde" className={s.heading}>
          Befunde
        </h3>
        <p className={s.text}>
          Nachweiszeitraum {a.zeitraum}. {a.zaehlung}
        </p>
        {a.anzahlBefunde === 0 ? (
          <Hinweis intent="success" titel="Keine Befunde">
            Die Prüfung hat nichts gefunden, was zu bemängeln wäre.
          </Hinweis>
        ) : (
          <>
            <p className={s.muted}>Wählen Sie einen Befund, um in Excel zur genannten Zelle zu springen.</p>
            <BefundListe gruppen={a.gruppen} ebene={4} zurZelle={props.zurZelle} />
          </>
        )}
      </section>

      <section className={s.section} aria-labelledby="pr-reste">
        <h3 id="pr-reste" className={s.heading}>
          Budgetreste
        </h3>
        <dl className={s.figures}>
          {a.summen.map((z) => (
            <div key={z.label} style={{ display: "contents" }}>
              <dt>{z.label}</dt>
              <dd>{z.wert}</dd>
            </div>
          ))}
        </dl>
        <p className={s.text}>{a.resteSatz}</p>
        {a.resteBegruendung && <p className={s.muted}>{a.resteBegruendung}</p>}
        {a.resteJeTraeger && (
          <>
            <Tabelle
              titel="Budgetreste je Träger"
              spalten={[
                { titel: "Träger", wert: (z) => z.traeger },
                { titel: "Rest", zahl: true, wert: (z) => z.rest },
                { titel: "Übertrag", zahl: true, wert: (z) => z.uebertrag },
                { titel: "Rückforderung", zahl: true, wert: (z) => z.rueckforderung },
                { titel: "Anrechnung", zahl: true, wert: (z) => z.anrechnung },
              ]}
              zeilen={a.resteJeTraeger.zeilen}
            />
            <p className={s.muted}>{a.resteJeTraeger.basis}</p>
          </>
        )}
      </section>

      {a.planIst.length > 0 && (
        <section className={s.section} aria-labelledby="pr-planist">
          <h3 id="pr-planist" className={s.heading}>
            Plan und Ausgaben je Position
          </h3>
          <BalkenDiagramm
            beschreibung={`Balkendiagramm: geplante Beträge und tatsächliche Ausgaben für ${a.planIst.length} ${a.planIst.length === 1 ? "Position" : "Positionen"} im Nachweiszeitraum. Die Zahlen stehen in der Tabelle darunter.`}
            reihen={[
              { name: "Plan (Umriss)", muster: "umriss" },
              { name: "Ausgaben (gefüllt)", muster: "voll" },
            ]}
            balken={a.planIst}
          />
          <Tabelle
            titel="Plan und Ausgaben im Nachweiszeitraum"
            spalten={[
              { titel: "Position", wert: (z) => z.bezeichnung },
              { titel: "Plan", zahl: true, wert: (z) => z.plan },
              { titel: "Ausgaben", zahl: true, wert: (z) => z.ist },
            ]}
            zeilen={a.planIstTabelle}
          />
          {a.ohnePlanposition && <p className={s.text}>Ausgaben ohne passende Position im Kostenplan: {a.ohnePlanposition}. Zweckfremd? Das entscheidet der Träger – der Betrag wird nicht automatisch zurückgefordert.</p>}
        </section>
      )}
    </div>
  );
}
