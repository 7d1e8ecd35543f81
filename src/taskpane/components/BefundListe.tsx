/**
 * Findings grouped by severity (Fehler, Warnungen, Hinweise) under headings with counts. A finding with a
 * cell is a button (keyboard reachable) that selects the cell; one without a cell is plain text.
 */
import { Badge, Button } from "@fluentui/react-components";
import type { CellRef } from "../host/types";
import type { BefundGruppe, BefundZeile } from "../model/findings";
import { zelleText } from "../model/format";
import { useStyles } from "./styles";

const BADGE = {
  fehler: { color: "danger", label: "Fehler" },
  warnung: { color: "warning", label: "Warnung" },
  hinweis: { color: "informative", label: "Hinweis" },
} as const;

function Eintrag(props: { b: BefundZeile; zurZelle(ref: CellRef): void }) {
  const s = useStyles();
  const { b } = props;
  const badge = BADGE[b.schwere];
  const inhalt = (
    <span className={s.findingText}>
      <span>
        <Badge appearance="tint" color={badge.color} size="small">
          {badge.label}
        </Badge>{" "}
        {b.text}
      </span>
      {b.begruendung && <span className={s.cell}>{b.schwere === "hinweis" ? "Begründung" : "Begründet, zählt nicht"}: {b.begruendung}</span>}
      {b.ort && <span className={s.cell}>Zelle {zelleText(b.ort)}</span>}
    </span>
  );
  const ort = b.ort;
  if (!ort) return <div className={s.plainFinding}>{inhalt}</div>;
  return (
    <Button appearance="subtle" className={s.findingButton} onClick={() => props.zurZelle(ort)} title={`Zur Zelle ${zelleText(ort)}`}>
      {inhalt}
    </Button>
  );
}

/** „3“, or „2, dazu 1 begründet“: justified findings are listed but do not count (as in the sentence above the list). */
function anzahlText(g: BefundGruppe): string {
  const begruendet = g.schwere === "hinweis" ? 0 : g.befunde.filter((b) => b.begruendung).length;
  return begruendet ? `${g.befunde.length - begruendet}, dazu ${begruendet} begründet` : `${g.befunde.length}`;
}

export function BefundListe(props: { gruppen: BefundGruppe[]; ebene: 3 | 4; zurZelle(ref: CellRef): void }) {
  const s = useStyles();
  const H = props.ebene === 3 ? "h3" : "h4";
  return (
    <>
      {props.gruppen.map((g) => (
        <section key={g.schwere} className={s.section}>
          <H className={s.heading}>
            {g.titel} ({anzahlText(g)})
          </H>
          <ul className={s.list}>
            {g.befunde.map((b) => (
              <li key={b.key}>
                <Eintrag b={b} zurZelle={props.zurZelle} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
