/**
 * A small horizontal bar chart (fits 320 px): one group per label, one bar per series, the formatted amount
 * beside each bar. For screen readers it is one image with a summary; the table next to it is the full text
 * alternative. Built from boxes, not SVG, so its text keeps the pane's size (at least 12 px) at any width, and
 * in forced-colors mode (Windows high contrast) the bars are drawn in the system's text colour. Series differ
 * by fill pattern (full or outline) and legend, not by colour alone.
 */
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { anteil, type Balken } from "../model/chart";

export interface Reihe {
  name: string;
  /** "voll": filled bar; "umriss": outlined bar. */
  muster: "voll" | "umriss";
}

const useChartStyles = makeStyles({
  figure: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, marginBlockEnd: tokens.spacingVerticalXS },
  legendItem: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "14px", height: "10px", boxSizing: "border-box" },
  group: { marginBlockEnd: tokens.spacingVerticalXS },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minHeight: "16px" },
  track: { flexGrow: 1, flexShrink: 1, minWidth: 0, maxWidth: "320px" },
  bar: { height: "10px", minWidth: "1px", boxSizing: "border-box" },
  voll: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.border("1px", "solid", tokens.colorBrandBackground),
    "@media (forced-colors: active)": { backgroundColor: "CanvasText", ...shorthands.borderColor("CanvasText") },
  },
  umriss: {
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border("1px", "solid", tokens.colorNeutralForeground1),
    "@media (forced-colors: active)": { backgroundColor: "Canvas", ...shorthands.borderColor("CanvasText") },
  },
  amount: { flexShrink: 0, color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
});

/** In forced-colors mode the browser would drop the bars' backgrounds: they keep the system colours set above. */
const KEEP_COLOURS = { forcedColorAdjust: "none" } as const;

export function BalkenDiagramm(props: { beschreibung: string; reihen: Reihe[]; balken: Balken[] }) {
  const c = useChartStyles();
  const { reihen, balken } = props;
  const max = Math.max(0, ...balken.flatMap((b) => b.werte.map((w) => (Number.isFinite(w.wert) ? w.wert : 0))));
  return (
    <figure className={c.figure} role="img" aria-label={props.beschreibung}>
      <div aria-hidden="true">
        {reihen.length > 1 && (
          <div className={c.legend}>
            {reihen.map((r) => (
              <span key={r.name} className={c.legendItem}>
                <span className={mergeClasses(c.swatch, c[r.muster])} style={KEEP_COLOURS} />
                {r.name}
              </span>
            ))}
          </div>
        )}
        {balken.map((b, i) => (
          <div key={`${i}-${b.label}`} className={c.group}>
            <div>{b.label}</div>
            {b.werte.map((w, j) => (
              <div key={j} className={c.line}>
                <div className={c.track}>
                  <div className={mergeClasses(c.bar, c[reihen[j]?.muster ?? "voll"])} data-balken="" style={{ ...KEEP_COLOURS, width: `${(anteil(w.wert, max) * 100).toFixed(2)}%` }} />
                </div>
                <span className={c.amount}>{w.text}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
