/**
 * Which legal figures a computation used that are provisional (a later year computed with an earlier year's
 * value) or not settled law (draft, unconfirmed, derived), said once for all of them: one warning listing every
 * provisional figure with how to set the real value, one hint for the unsettled ones.
 */
import { befund, type Befund } from "../findings";
import { figureText, STATUS_LABELS, type Figure, type FigureKey, type YearFigures } from "./tables";

interface Used {
  year: number;
  key: FigureKey;
  figure: Figure;
}

export class FigureNotes {
  private readonly vorlaeufig = new Map<string, Used>();
  private readonly unsicher = new Map<string, Used>();

  /** Notes the figures `keys` of a year as used. */
  note(keys: readonly FigureKey[], f: YearFigures): void {
    for (const key of keys) {
      const figure = f.get(key);
      if (f.isProvisional(key)) this.vorlaeufig.set(`${f.year}:${key}`, { year: f.year, key, figure });
      else if (f.isUnsettled(key)) this.unsicher.set(`${f.year}:${key}`, { year: f.year, key, figure });
    }
  }

  /**
   * The findings; `wie` tells how to set a real value, given an example figure
   * („in den Einstellungen … eintragen“, „mit --rechengroesse kvZusatzDurchschnitt=… angeben“).
   */
  befunde(wie: (year: number, key: FigureKey) => string): Befund[] {
    const out: Befund[] = [];
    const shown = (e: Used) => figureText(e.key, e.figure.value!);
    if (this.vorlaeufig.size) {
      const byYear = new Map<number, Used[]>();
      for (const e of this.vorlaeufig.values()) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
      const parts = [...byYear.entries()].map(([year, list]) => {
        const from = [...new Set(list.map((e) => e.figure.vorlaeufigVon))].join(", ");
        return `für ${year} vorläufig mit den Werten von ${from}: ${list.map(shown).join("; ")}`;
      });
      const example = this.vorlaeufig.values().next().value!;
      out.push(
        befund("rechengroessen-vorlaeufig", "warnung", `Noch nicht veröffentlichte Rechengrößen – gerechnet ${parts.join("; ")}. Sobald die Werte feststehen, bitte ${wie(example.year, example.key)}.`, {
          feld: "einstellungen.rechengroessen",
        }),
      );
    }
    if (this.unsicher.size) {
      const list = [...this.unsicher.values()].map((e) => `${shown(e)} (${e.year}, ${STATUS_LABELS[e.figure.status]})`);
      out.push(befund("rechengroesse-unsicher", "hinweis", `Noch nicht amtlich bestätigte Rechengrößen verwendet: ${list.join("; ")} – bitte prüfen und bei Bedarf überschreiben.`));
    }
    return out;
  }
}
