/**
 * Relatives as assistants: spouses, registered partners, children and parents are eligible only in
 * exceptional cases that must be agreed with the Träger (LWL): a `warnung` on the employee row.
 * Other values than the four closed ones are a `hinweis` (not checked, e.g. "geschwister").
 */
import { VERWANDTSCHAFTEN, type Verwandtschaft } from "../types";
import { beschaeftigteLabel, type CheckContext } from "../context";

const LABELS: Record<Verwandtschaft, string> = {
  ehegatte: "Ehegattin oder Ehegatte",
  lebenspartner: "eingetragene Lebenspartnerin oder eingetragener Lebenspartner",
  kind: "Kind",
  elternteil: "Elternteil",
};

export function checkRelatives(ctx: CheckContext): void {
  for (const b of ctx.report.beschaeftigte) {
    if (b.unbrauchbar || b.verwandtschaft === "") continue;
    const ort = { liste: "beschaeftigte", zeile: b.zeile, feld: "verwandtschaft" };
    const v = VERWANDTSCHAFTEN.find((x) => x === b.verwandtschaft);
    if (v) {
      ctx.add("angehoerige-assistenz", "warnung", `${beschaeftigteLabel(b)}: Als ${LABELS[v]} kann die Person nur in Ausnahmefällen aus dem Budget bezahlt werden – das muss mit dem Träger vereinbart sein.`, ort, b.begruendung);
    } else {
      ctx.add("verwandtschaft-unbekannt", "hinweis", `${beschaeftigteLabel(b)}: Die Verwandtschaft „${b.verwandtschaft}“ ist kein bekannter Wert (geprüft werden: ${VERWANDTSCHAFTEN.join(", ")}).`, ort, b.begruendung);
    }
  }
}
