/**
 * Kostenplan: the workbook's cost plan evaluated by the engine — monthly budget, payment, period sum,
 * Obergrenze, Teilbudgets, employer costs per assistant position, the monthly schedule and the findings.
 * Re-reads when the workbook changes (debounced) and on "Aktualisieren".
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Badge, Button, Spinner } from "@fluentui/react-components";
import { evaluateWorkbookPlan } from "../../workbook/evaluate";
import type { CellRef } from "../host/types";
import { planAnsicht, type GrenzStatus, type KostenZeile, type PlanAnsicht } from "../model/plan";
import type { PflegeAnsicht } from "../model/pflege";
import { fehlerOrt, fehlerText, zitat } from "../model/format";
import { gruppieren } from "../model/findings";
import { usePane } from "../components/HostContext";
import { useStyles } from "../components/styles";
import { Tabelle } from "../components/Tabelle";
import { BalkenDiagramm } from "../components/BalkenDiagramm";
import { BefundListe } from "../components/BefundListe";
import { FehlerMeldung, Hinweis } from "../components/Meldung";
import { useZurZelle, ZellStatusAnzeige } from "../components/Zelle";
import { useWorkbookChange } from "../components/useWorkbookChange";

type PflegeZeile = PflegeAnsicht["zeilen"][number];

type Zustand =
  | { art: "laden" }
  | { art: "keineVorlage" }
  | { art: "leer" }
  | { art: "fehler"; text: string; ort?: CellRef }
  | { art: "fertig"; ansicht: PlanAnsicht };

function GrenzBadge(props: { status: GrenzStatus }) {
  return (
    <Badge appearance="filled" color={props.status.eingehalten ? "success" : "danger"}>
      {props.status.eingehalten ? "Obergrenze eingehalten" : "Obergrenze überschritten"}
    </Badge>
  );
}

export function KostenplanView() {
  const s = useStyles();
  const { host, announce } = usePane();
  const { zurZelle, status } = useZurZelle();
  const [zustand, setZustand] = useState<Zustand>({ art: "laden" });
  const [laedt, setLaedt] = useState(false);
  const anfrage = useRef(0);

  const laden = useCallback(async () => {
    const nr = ++anfrage.current;
    setLaedt(true);
    let next: Zustand;
    try {
      const read = await host.read();
      if (!read) next = { art: "keineVorlage" };
      else {
        const outcome = evaluateWorkbookPlan(read);
        if (outcome.ok) next = { art: "fertig", ansicht: planAnsicht(outcome.result, read) };
        else if (outcome.leer) next = { art: "leer" };
        else next = { art: "fehler", text: outcome.message, ...(outcome.ort ? { ort: outcome.ort } : {}) };
      }
    } catch (e) {
      next = { art: "fehler", text: fehlerText(e), ...fehlerOrt(e) };
    }
    if (nr !== anfrage.current) return;
    setZustand(next);
    setLaedt(false);
    if (next.art === "fertig") {
      const k = next.ansicht.kennzahlen[0];
      announce(`Kostenplan berechnet: ${k.label} ${k.wert}.`);
    } else if (next.art === "fehler") announce(next.text);
  }, [host, announce]);

  useEffect(() => {
    void laden();
  }, [laden]);
  useWorkbookChange(host, () => void laden());

  return (
    <div className={s.view}>
      <h2 className={s.heading}>Kostenplan</h2>
      <div className={s.row}>
        <Button onClick={() => void laden()} disabled={laedt} aria-describedby="kp-stand">
          Aktualisieren
        </Button>
        <span id="kp-stand" className={s.muted}>
          Rechnet neu, sobald Sie die Arbeitsmappe ändern.
        </span>
      </div>
      <div aria-busy={laedt}>
        {zustand.art === "laden" && <Spinner size="small" label="Kostenplan wird berechnet …" />}
        {zustand.art === "keineVorlage" && (
          <Hinweis titel="Noch keine Vorlage">
            In dieser Arbeitsmappe fehlt die Vorlage des Budgetplaners. Fügen Sie sie unter {zitat("Vorlage")} ein und tragen Sie dann im Blatt{" "}
            {zitat("Kostenplan")} die Hilfen ein.
          </Hinweis>
        )}
        {zustand.art === "leer" && (
          <Hinweis titel="Noch kein Kostenplan">
            Tragen Sie im Blatt {zitat("Kostenplan")} die Hilfen ein, die Sie einkaufen: eine Zeile je Hilfe, zum Beispiel Assistenz, Fahrdienst
            oder Lohnbuchhaltung. Dann erscheinen hier Monatsbudget, Teilbudgets und Arbeitgeberkosten.
          </Hinweis>
        )}
        {zustand.art === "fehler" && (
          <FehlerMeldung titel="Der Kostenplan lässt sich nicht berechnen" text={zustand.text} ort={zustand.ort} zurZelle={(r) => void zurZelle(r)} />
        )}
        {zustand.art === "fertig" && <Ergebnis a={zustand.ansicht} zurZelle={(r) => void zurZelle(r)} />}
      </div>
      <ZellStatusAnzeige status={status} />
    </div>
  );
}

function Ergebnis(props: { a: PlanAnsicht; zurZelle(ref: CellRef): void }) {
  const s = useStyles();
  const { a } = props;
  const gruppen = gruppieren(a.befunde);
  return (
    <div className={s.view}>
      <Abschnitt id="kp-ueberblick" titel="Überblick">
        <dl className={s.figures}>
          {a.kennzahlen.map((k) => (
            <div key={k.label} style={{ display: "contents" }}>
              <dt>{k.label}</dt>
              <dd>{k.wert}</dd>
              {k.zusatz && <dd className={s.figureNote}>{k.zusatz}</dd>}
            </div>
          ))}
        </dl>
        {a.obergrenze && (
          <div className={s.row}>
            <GrenzBadge status={a.obergrenze} />
            <p className={s.text}>{a.obergrenze.satz}</p>
          </div>
        )}
      </Abschnitt>

      <Abschnitt id="kp-positionen" titel="Positionen">
        <Tabelle
          titel="Kosten je Position"
          spalten={[
            { titel: "Position", wert: (z) => z.bezeichnung },
            { titel: "je Monat", zahl: true, wert: (z) => z.monat },
            { titel: "im Zeitraum", zahl: true, wert: (z) => z.zeitraum },
          ]}
          zeilen={a.positionen}
        />
      </Abschnitt>

      {a.teilbudgets.length > 0 && (
        <Abschnitt id="kp-teilbudgets" titel="Teilbudgets je Träger">
          <Tabelle
            titel="Teilbudgets"
            spalten={[
              { titel: "Träger", wert: (z) => z.name },
              { titel: "je Monat", zahl: true, wert: (z) => z.monat },
              { titel: "im Zeitraum", zahl: true, wert: (z) => z.zeitraum },
            ]}
            zeilen={a.teilbudgets}
          />
          {a.teilbudgets
            .filter((t) => t.status)
            .map((t) => (
              <div key={t.key} className={s.row}>
                <GrenzBadge status={t.status!} />
                <p className={s.text}>
                  {t.name}: {t.status!.satz}
                </p>
              </div>
            ))}
        </Abschnitt>
      )}

      {a.pflege && (
        <Abschnitt id="kp-pflege" titel={a.pflege.titel}>
          {a.pflege.saetze.map((satz) => (
            <p key={satz} className={s.text}>
              {satz}
            </p>
          ))}
          <Tabelle
            titel="Pflegegeld je Monat"
            spalten={[
              { titel: "Monate", wert: (z) => z.zeitraum },
              ...(a.pflege.mitKombination ? [{ titel: "Pflegegeld ohne Kürzung", zahl: true, wert: (z: PflegeZeile) => z.pflegegeldGesetzlich }] : []),
              { titel: "Pflegegeld", zahl: true, wert: (z) => z.pflegegeld },
              ...(a.pflege.mitAnrechnung ? [{ titel: a.pflege.imBudgetLabel, zahl: true, wert: (z: PflegeZeile) => z.imBudget }] : []),
              ...(a.pflege.mitKombination ? [{ titel: "Pflegesachleistung", zahl: true, wert: (z: PflegeZeile) => z.sachleistung }] : []),
              ...(a.pflege.mitEntlastung ? [{ titel: "Entlastungsbetrag (extra)", zahl: true, wert: (z: PflegeZeile) => z.entlastungsbetrag }] : []),
            ]}
            zeilen={a.pflege.zeilen}
          />
          <p className={s.text}>{a.pflege.summe}</p>
          {a.pflege.entlastung && <p className={s.text}>{a.pflege.entlastung}</p>}
        </Abschnitt>
      )}

      {a.arbeitgeber.length > 0 && (
        <Abschnitt id="kp-arbeitgeber" titel="Arbeitgeberkosten">
          <p className={s.muted}>Was eine beschäftigte Person im Monat kostet: Lohn und alle Beiträge, die Sie als Arbeitgeber zahlen.</p>
          {a.arbeitgeber.map((t) => (
            <div key={t.key} className={s.section}>
              <h4 className={s.heading}>{t.titel}</h4>
              {t.beschreibung && <p className={s.muted}>{t.beschreibung}</p>}
              <Tabelle<KostenZeile & { key: string }>
                titel={`Arbeitgeberkosten ${t.titel}`}
                spalten={[
                  { titel: "Betrag", wert: (z) => z.label },
                  ...t.spalten.map((sp, i) => ({ titel: sp, zahl: true, wert: (z: KostenZeile) => z.werte[i] })),
                ]}
                zeilen={t.zeilen.map((z, i) => ({ ...z, key: `${i}` }))}
              />
            </div>
          ))}
        </Abschnitt>
      )}

      <Abschnitt id="kp-monate" titel="Bedarf Monat für Monat">
        <p className={s.text}>{a.monatsplanSatz}</p>
        <BalkenDiagramm
          beschreibung={`Balkendiagramm des Bedarfs je Monat. ${a.monatsplanSatz}`}
          reihen={[{ name: "Bedarf", muster: "voll" }]}
          balken={a.monatsplan}
        />
        {a.monatsplanWechselt && (
          <Tabelle
            titel="Monatsplan"
            spalten={[
              { titel: "Monat", wert: (z) => z.label },
              { titel: "Betrag", zahl: true, wert: (z) => z.werte[0].text },
            ]}
            zeilen={a.monatsplan.map((m, i) => ({ ...m, key: `${i}` }))}
          />
        )}
      </Abschnitt>

      {a.wechsel.length > 0 && (
        <Abschnitt id="kp-wechsel" titel="Änderungen im Zeitraum">
          <Tabelle
            titel="Monate, in denen sich Beträge ändern"
            spalten={[
              { titel: "ab Monat", wert: (z) => z.monat },
              { titel: "Was sich ändert", wert: (z) => z.positionen.join("; ") },
              { titel: "Bedarf im Monat", zahl: true, wert: (z) => z.gesamt },
            ]}
            zeilen={a.wechsel}
          />
        </Abschnitt>
      )}

      {a.zahlungen.length > 0 && (
        <Abschnitt id="kp-zahlungen" titel="Zahlungen">
          <p className={s.text}>{a.zahlungSatz}</p>
          <Tabelle
            titel="Zahlungsplan"
            spalten={[
              { titel: "fällig am", wert: (z) => z.faellig },
              { titel: "für", wert: (z) => z.zeitraum },
              { titel: "Betrag", zahl: true, wert: (z) => z.betrag },
            ]}
            zeilen={a.zahlungen}
          />
        </Abschnitt>
      )}

      <Abschnitt id="kp-befunde" titel="Befunde zum Plan">
        {gruppen.length === 0 ? <p className={s.text}>Keine Befunde zum Plan.</p> : <BefundListe gruppen={gruppen} ebene={4} zurZelle={props.zurZelle} />}
      </Abschnitt>
    </div>
  );
}

/** A titled section of the result (the heading names the region for screen readers). */
function Abschnitt(props: { id: string; titel: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={props.id}>
      <h3 id={props.id} className={s.heading}>
        {props.titel}
      </h3>
      {props.children}
    </section>
  );
}
