/**
 * Vorlage: inserts the Budgetplaner template (sheets and tables). Sheets whose names are taken by sheets
 * with data get a new name; the user confirms that first.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from "@fluentui/react-components";
import type { TemplateSheetPlan, TemplateState } from "../host/types";
import { anzahl, aufzaehlung, fehlerText, zitat } from "../model/format";
import { usePane } from "../components/HostContext";
import { useStyles } from "../components/styles";
import { FehlerMeldung, Hinweis } from "../components/Meldung";

/** "Es gibt schon ein Blatt „Kostenplan“ mit Daten. Die Vorlage legt stattdessen „Kostenplan (2)“ an." */
export function konfliktSatz(b: TemplateSheetPlan): string {
  return `Es gibt schon ein Blatt ${zitat(b.vorlage)} mit Daten. Die Vorlage legt stattdessen ${zitat(b.name)} an.`;
}

function blattText(b: TemplateSheetPlan): string {
  if (b.name !== b.vorlage) return `${zitat(b.name)} (neuer Name, weil ${zitat(b.vorlage)} schon Daten enthält)`;
  if (b.vorhanden) return `${zitat(b.name)} (das leere Blatt wird verwendet)`;
  return zitat(b.name);
}

type Zustand =
  | { art: "laden" }
  | { art: "fehler"; text: string }
  | { art: "bereit"; state: TemplateState; erfolg?: string; einfuegeFehler?: string; laeuft?: boolean };

export function VorlageView(props: { aktiv?: boolean }) {
  const s = useStyles();
  const { host, announce } = usePane();
  const [zustand, setZustand] = useState<Zustand>({ art: "laden" });
  const [dialogOffen, setDialogOffen] = useState(false);
  const erfolgRef = useRef<HTMLDivElement>(null);
  const erfolg = zustand.art === "bereit" ? zustand.erfolg : undefined;

  // after inserting, the button that had the focus is gone: the focus goes to the result instead of the page start
  useEffect(() => {
    if (erfolg) erfolgRef.current?.focus();
  }, [erfolg]);

  const laden = useCallback(
    async (erfolg?: string) => {
      try {
        const state = await host.templateState();
        setZustand({ art: "bereit", state, ...(erfolg ? { erfolg } : {}) });
      } catch (e) {
        setZustand({ art: "fehler", text: fehlerText(e) });
      }
    },
    [host],
  );

  useEffect(() => {
    if (props.aktiv !== false) void laden();
  }, [laden, props.aktiv]);

  async function einfuegen(plan: TemplateSheetPlan[]) {
    setDialogOffen(false);
    setZustand((z) => (z.art === "bereit" ? { art: "bereit", state: z.state, laeuft: true } : z));
    try {
      const r = await host.insertTemplate(plan);
      const text = `Die Vorlage ist eingefügt: ${anzahl(r.blaetter.length, "Blatt", "Blätter")} (${aufzaehlung(r.blaetter.map(zitat))}). Tragen Sie jetzt im Blatt ${zitat(
        r.blaetter.find((n) => n.startsWith("Kostenplan")) ?? "Kostenplan",
      )} Ihre Hilfen ein.`;
      announce(text);
      await laden(text);
    } catch (e) {
      const text = fehlerText(e);
      announce(text);
      setZustand((z) => (z.art === "bereit" ? { art: "bereit", state: z.state, einfuegeFehler: text } : z));
    }
  }

  return (
    <div className={s.view}>
      <h2 className={s.heading}>Vorlage einfügen</h2>
      {zustand.art === "laden" && <Spinner size="small" label="Arbeitsmappe wird gelesen …" />}
      {zustand.art === "fehler" && <FehlerMeldung titel="Die Arbeitsmappe ließ sich nicht lesen" text={zustand.text} />}
      {zustand.art === "bereit" && (
        <Inhalt
          state={zustand.state}
          vorschau={host.mode === "vorschau"}
          laeuft={!!zustand.laeuft}
          dialogOffen={dialogOffen}
          setDialogOffen={setDialogOffen}
          einfuegen={(p) => void einfuegen(p)}
        />
      )}
      {erfolg && (
        <div ref={erfolgRef} tabIndex={-1}>
          <Hinweis intent="success" titel="Fertig">
            {erfolg}
          </Hinweis>
        </div>
      )}
      {zustand.art === "bereit" && zustand.einfuegeFehler && <FehlerMeldung titel="Die Vorlage ließ sich nicht einfügen" text={zustand.einfuegeFehler} />}
    </div>
  );
}

function Inhalt(props: {
  state: TemplateState;
  vorschau: boolean;
  laeuft: boolean;
  dialogOffen: boolean;
  setDialogOffen(open: boolean): void;
  einfuegen(plan: TemplateSheetPlan[]): void;
}) {
  const s = useStyles();
  const { state } = props;
  if (state.eingefuegt) {
    return (
      <>
        <p className={s.text}>Die Vorlage ist in dieser Arbeitsmappe schon eingefügt. Sie können gleich unter {zitat("Kostenplan")} und {zitat("Prüfen")} weitermachen.</p>
        {props.vorschau && (
          <Hinweis>In der Vorschau ist ein Beispielfall schon eingetragen. Eine neue Vorlage einfügen können Sie nur in Excel.</Hinweis>
        )}
      </>
    );
  }
  const konflikte = state.blaetter.filter((b) => b.name !== b.vorlage);
  const start = () => (konflikte.length > 0 ? props.setDialogOffen(true) : props.einfuegen(state.blaetter));
  return (
    <>
      <p className={s.text}>
        Die Vorlage legt {anzahl(state.blaetter.length, "Blatt", "Blätter")} mit Tabellen an, in die Sie Kostenplan, Einnahmen und Ausgaben
        eintragen. Vorhandene Daten werden nicht überschrieben.
      </p>
      <ul className={s.bulletList} aria-label="Blätter der Vorlage">
        {state.blaetter.map((b) => (
          <li key={b.vorlage}>{blattText(b)}</li>
        ))}
      </ul>
      <div className={s.row}>
        <Button appearance="primary" onClick={start} disabled={props.laeuft}>
          Vorlage einfügen
        </Button>
        {props.laeuft && <Spinner size="tiny" label="Vorlage wird eingefügt …" />}
      </div>
      <Dialog open={props.dialogOffen} onOpenChange={(_, d) => props.setDialogOffen(d.open)}>
        <DialogSurface aria-describedby="vorlage-konflikte">
          <DialogBody>
            <DialogTitle>Blätter mit neuem Namen anlegen?</DialogTitle>
            <DialogContent id="vorlage-konflikte">
              {konflikte.map((b) => (
                <p key={b.vorlage}>{konfliktSatz(b)}</p>
              ))}
              <p>Ihre vorhandenen Blätter bleiben unverändert.</p>
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">Abbrechen</Button>
              </DialogTrigger>
              <Button appearance="primary" onClick={() => props.einfuegen(state.blaetter)}>
                Vorlage einfügen
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
