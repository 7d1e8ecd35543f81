/**
 * A small horizontal bar chart in SVG (fits 320 px): one group per label, one bar per series, the
 * formatted amount beside each bar. For screen readers it is one image with a summary; the table next to
 * it is the full text alternative. Series differ by fill pattern and legend, not by colour alone.
 */
import { tokens } from "@fluentui/react-components";
import { anteil, type Balken } from "../model/chart";
import { useStyles } from "./styles";

export interface Reihe {
  name: string;
  /** "voll": filled bar; "umriss": outlined bar. */
  muster: "voll" | "umriss";
}

const BREITE = 300;
const TEXT_PLATZ = 78;
const LABEL_HOEHE = 13;
const BALKEN_HOEHE = 10;
const ABSTAND = 3;
const GRUPPEN_ABSTAND = 7;

export function BalkenDiagramm(props: { beschreibung: string; reihen: Reihe[]; balken: Balken[] }) {
  const s = useStyles();
  const { reihen, balken } = props;
  const max = Math.max(0, ...balken.flatMap((b) => b.werte.map((w) => (Number.isFinite(w.wert) ? w.wert : 0))));
  const gruppe = LABEL_HOEHE + reihen.length * (BALKEN_HOEHE + ABSTAND) + GRUPPEN_ABSTAND;
  const hoehe = Math.max(gruppe * balken.length, 20);
  const flaeche = BREITE - TEXT_PLATZ;
  const stil = (m: Reihe["muster"]) =>
    m === "voll"
      ? { fill: tokens.colorBrandBackground, stroke: tokens.colorBrandBackground }
      : { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground1, strokeWidth: 1 };
  return (
    <figure style={{ margin: 0 }}>
      {reihen.length > 1 && (
        <div className={s.row} aria-hidden="true" style={{ fontSize: tokens.fontSizeBase200 }}>
          {reihen.map((r) => (
            <span key={r.name} style={{ display: "inline-flex", alignItems: "center", gap: 4 }}>
              <svg width="14" height="10" focusable="false">
                <rect x="0.5" y="0.5" width="13" height="9" style={stil(r.muster)} />
              </svg>
              {r.name}
            </span>
          ))}
        </div>
      )}
      <svg role="img" aria-label={props.beschreibung} viewBox={`0 0 ${BREITE} ${hoehe}`} width="100%" focusable="false" style={{ maxWidth: 480, display: "block" }}>
        {balken.map((b, i) => {
          const y0 = i * gruppe;
          return (
            <g key={`${i}-${b.label}`}>
              <text x={0} y={y0 + LABEL_HOEHE - 3} style={{ fontSize: 10, fill: tokens.colorNeutralForeground1 }}>
                {b.label}
              </text>
              {b.werte.map((w, j) => {
                const y = y0 + LABEL_HOEHE + j * (BALKEN_HOEHE + ABSTAND);
                const breite = anteil(w.wert, max) * (flaeche - 4);
                const muster = reihen[j]?.muster ?? "voll";
                return (
                  <g key={j}>
                    <rect x={0.5} y={y + 0.5} width={Math.max(breite, 1)} height={BALKEN_HOEHE - 1} style={stil(muster)} />
                    <text x={breite + 4} y={y + BALKEN_HOEHE - 1} style={{ fontSize: 9, fill: tokens.colorNeutralForeground2 }}>
                      {w.text}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
