/**
 * Einstellungen: the Träger's rules and the plan's rounding and conversion settings, stored in the
 * workbook's settings table. Input is checked with the engine's parsers before anything is written;
 * only changed settings are written.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Dropdown, Field, Input, Option, Spinner, Switch } from "@fluentui/react-components";
import type { FieldProps } from "@fluentui/react-components";
import type { SettingValue } from "../host/types";
import {
  ALLE_FELDER,
  EINSTELLUNG_GRUPPEN,
  RESTE_REGELN,
  RESTE_REGEL_LABELS,
  RICHTUNGEN,
  RICHTUNG_LABELS,
  ZAHLWEISEN,
  ZAHLWEISE_LABELS,
  BUNDESLAENDER,
  BUNDESLAND_LABELS,
  aktuelleWerte,
  pruefeFeld,
  type EinstellungFeld,
} from "../model/settings";
import { anzahl, fehlerText, zitat } from "../model/format";
import { usePane } from "../components/HostContext";
import { useStyles } from "../components/styles";
import { FehlerMeldung, Hinweis } from "../components/Meldung";

type Zustand = { art: "laden" } | { art: "keineVorlage" } | { art: "lesefehler"; text: string } | { art: "bereit" };

export function EinstellungenView(props: { aktiv?: boolean }) {
  const s = useStyles();
  const { host, announce } = usePane();
  const [zustand, setZustand] = useState<Zustand>({ art: "laden" });
  const [anfang, setAnfang] = useState<Record<string, string>>({});
  const [werte, setWerte] = useState<Record<string, string>>({});
  const [fehler, setFehler] = useState<Record<string, string>>({});
  const [meldung, setMeldung] = useState<{ ok: boolean; text: string }>();
  const [speichert, setSpeichert] = useState(false);
  const felder = useRef(new Map<string, HTMLElement | null>());

  const laden = useCallback(async () => {
    try {
      const read = await host.read();
      if (!read) {
        setZustand({ art: "keineVorlage" });
        return;
      }
      const w = aktuelleWerte(read.json);
      setAnfang(w);
      setWerte(w);
      setFehler({});
      setZustand({ art: "bereit" });
    } catch (e) {
      setZustand({ art: "lesefehler", text: fehlerText(e) });
    }
  }, [host]);

  useEffect(() => {
    if (props.aktiv !== false) void laden();
  }, [laden, props.aktiv]);

  const setze = (key: string, text: string) => {
    setWerte((w) => ({ ...w, [key]: text }));
    setMeldung(undefined);
  };
  const pruefe = (f: EinstellungFeld) => {
    const p = pruefeFeld(f, werte[f.key] ?? "");
    setFehler((alt) => {
      const neu = { ...alt };
      if (p.ok) delete neu[f.key];
      else neu[f.key] = p.fehler;
      return neu;
    });
  };

  async function speichern() {
    const neueFehler: Record<string, string> = {};
    const geaendert: Record<string, SettingValue> = {};
    for (const f of ALLE_FELDER) {
      const text = werte[f.key] ?? "";
      const p = pruefeFeld(f, text);
      if (!p.ok) neueFehler[f.key] = p.fehler;
      else if (text.trim() !== (anfang[f.key] ?? "").trim()) geaendert[f.key] = p.wert;
    }
    setFehler(neueFehler);
    const falsch = ALLE_FELDER.filter((f) => neueFehler[f.key]);
    if (falsch.length > 0) {
      const text = `Bitte ${falsch.length === 1 ? "die markierte Angabe" : "die markierten Angaben"} korrigieren: ${falsch.map((f) => zitat(f.label)).join(", ")}. Es wurde nichts gespeichert.`;
      setMeldung({ ok: false, text });
      announce(text);
      felder.current.get(falsch[0].key)?.focus();
      return;
    }
    const n = Object.keys(geaendert).length;
    if (n === 0) {
      const text = "Nichts geändert – es gibt nichts zu speichern.";
      setMeldung({ ok: true, text });
      announce(text);
      return;
    }
    setSpeichert(true);
    try {
      await host.writeSettings(geaendert);
      const text = `Gespeichert: ${anzahl(n, "Einstellung", "Einstellungen")} im Blatt ${zitat("Einstellungen")}.`;
      setAnfang((a) => ({ ...a, ...Object.fromEntries(Object.keys(geaendert).map((k) => [k, werte[k] ?? ""])) }));
      setMeldung({ ok: true, text });
      announce(text);
    } catch (e) {
      const text = fehlerText(e);
      setMeldung({ ok: false, text });
      announce(text);
    } finally {
      setSpeichert(false);
    }
  }

  return (
    <div className={s.view}>
      <h2 className={s.heading}>Einstellungen</h2>
      <p className={s.text}>
        Die Regeln Ihres Trägers, wie der Kostenplan rundet, umrechnet und ausgezahlt wird, und die Rechengrößen (Beiträge der Kassen, noch nicht
        veröffentlichte Werte). Sie stehen in der Arbeitsmappe im Blatt {zitat("Einstellungen")}.
      </p>
      {zustand.art === "laden" && <Spinner size="small" label="Einstellungen werden gelesen …" />}
      {zustand.art === "keineVorlage" && (
        <Hinweis titel="Noch keine Vorlage">Die Einstellungen stehen in der Vorlage. Fügen Sie sie zuerst unter {zitat("Vorlage")} ein.</Hinweis>
      )}
      {zustand.art === "lesefehler" && <FehlerMeldung titel="Die Einstellungen ließen sich nicht lesen" text={zustand.text} />}
      {zustand.art === "bereit" && (
        <form
          className={s.view}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void speichern();
          }}
        >
          {host.mode === "vorschau" && <Hinweis>In der Vorschau gelten Änderungen nur, solange dieses Fenster offen ist.</Hinweis>}
          {EINSTELLUNG_GRUPPEN.map((g) => (
            <fieldset key={g.titel} className={s.section} style={{ border: "none", margin: 0, padding: 0 }}>
              <legend style={{ padding: 0 }}>
                <h3 className={s.heading}>{g.titel}</h3>
              </legend>
              {g.felder.map((f) => (
                <Feld
                  key={f.key}
                  f={f}
                  wert={werte[f.key] ?? ""}
                  fehler={fehler[f.key]}
                  setze={(t) => setze(f.key, t)}
                  pruefe={() => pruefe(f)}
                  refFn={(el) => felder.current.set(f.key, el)}
                />
              ))}
            </fieldset>
          ))}
          <div className={s.row}>
            <Button appearance="primary" type="submit" disabled={speichert}>
              Speichern
            </Button>
            <Button type="button" onClick={() => void laden()} disabled={speichert}>
              Verwerfen
            </Button>
            {speichert && <Spinner size="tiny" label="Wird gespeichert …" />}
          </div>
          {meldung &&
            (meldung.ok ? (
              <Hinweis intent="success">{meldung.text}</Hinweis>
            ) : (
              <FehlerMeldung text={meldung.text} />
            ))}
        </form>
      )}
    </div>
  );
}

/** A choice from a closed vocabulary: shows the German label, stores the technical value. */
function Auswahl<W extends string>(props: {
  wert: string;
  werte: readonly W[];
  labels: Readonly<Record<W, string>>;
  placeholder?: string;
  feldProps: FieldProps;
  setze(text: string): void;
  refFn(el: HTMLElement | null): void;
}) {
  const { wert } = props;
  return (
    <Field {...props.feldProps}>
      <Dropdown
        ref={props.refFn as (el: HTMLButtonElement | null) => void}
        value={wert ? (props.labels[wert as W] ?? "") : ""}
        placeholder={props.placeholder}
        selectedOptions={wert ? [wert] : []}
        onOptionSelect={(_, d) => props.setze(d.optionValue ?? "")}
      >
        {props.werte.map((r) => (
          <Option key={r} value={r}>
            {props.labels[r]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function Feld(props: {
  f: EinstellungFeld;
  wert: string;
  fehler?: string;
  setze(text: string): void;
  pruefe(): void;
  refFn(el: HTMLElement | null): void;
}) {
  const { f, wert } = props;
  const feldProps = {
    label: f.label,
    hint: f.hinweis,
    validationState: props.fehler ? ("error" as const) : ("none" as const),
    validationMessage: props.fehler,
  };
  switch (f.art) {
    case "regel":
      return <Auswahl {...props} feldProps={feldProps} werte={RESTE_REGELN} labels={RESTE_REGEL_LABELS} />;
    case "richtung":
      return <Auswahl {...props} feldProps={feldProps} werte={RICHTUNGEN} labels={RICHTUNG_LABELS} placeholder={`${RICHTUNG_LABELS.kaufmaennisch} – Vorgabe`} />;
    case "zahlweise":
      return <Auswahl {...props} feldProps={feldProps} werte={ZAHLWEISEN} labels={ZAHLWEISE_LABELS} />;
    case "bundesland":
      return <Auswahl {...props} feldProps={feldProps} werte={BUNDESLAENDER} labels={BUNDESLAND_LABELS} placeholder="kein Bundesland gewählt" />;
    case "janein":
      return (
        <Field {...feldProps}>
          <Switch
            ref={props.refFn as (el: HTMLInputElement | null) => void}
            checked={wert === "ja"}
            label={wert === "ja" ? "ja" : "nein"}
            onChange={(_, d) => props.setze(d.checked ? "ja" : "nein")}
          />
        </Field>
      );
    default:
      return (
        <Field {...feldProps}>
          <Input
            ref={props.refFn as (el: HTMLInputElement | null) => void}
            value={wert}
            inputMode={f.art === "verhaeltnis" ? "text" : "decimal"}
            contentAfter={f.art === "prozent" || f.art === "satz" ? "%" : f.art === "schritt" || f.art === "betrag" ? "€" : undefined}
            onChange={(_, d) => props.setze(d.value)}
            onBlur={props.pruefe}
          />
        </Field>
      );
  }
}
