/**
 * Reads the plan's `pflege` object (kostenplan/1) into typed values, checked against the plan it belongs to
 * (its Träger list and the Träger of its positions). Every problem is an `InputError` naming the field
 * ("pflege.pflegegrad").
 */
import { Dec, HUNDRED, ZERO } from "../money";
import { InputError } from "../errors";
import { parseBoolean, parseNonNegative, parseText, showValue } from "../parse";
import { choiceOf, decimalOf, isEmptyValue } from "../values";
import { VOKABULAR } from "../vocabulary";
import type { Plan } from "../plan/types";
import type { PflegeAngaben } from "./types";

type Obj = Record<string, unknown>;

const present = (v: unknown) => !isEmptyValue(v);

function pflegegradOf(v: unknown): PflegeAngaben["pflegegrad"] {
  const field = "pflege.pflegegrad";
  const erlaubt = "erlaubt sind die Pflegegrade 2, 3, 4 und 5 (Pflegegeld nach § 37 Abs. 1 SGB XI)";
  if (!present(v)) throw new InputError(`${field}: Der Pflegegrad fehlt – ${erlaubt}.`, field);
  const code = choiceOf(typeof v === "number" ? String(v) : v, VOKABULAR.pflegegrad);
  if (code) return code;
  const n = typeof v === "number" || typeof v === "string" ? decimalOf(String(v).replace(/^\s*(pflegegrad|pg)\s*/i, ""), "programm") : null;
  if (n?.eq(1)) {
    throw new InputError(
      `${field}: Pflegegrad 1 hat keinen Anspruch auf Pflegegeld – Pflegegeld gibt es nur in den Pflegegraden 2 bis 5 (§ 37 Abs. 1 S. 1 SGB XI). ` +
        `Ohne Pflegegeld bitte den Abschnitt „Pflegeversicherung“ leer lassen; den Entlastungsbetrag (§ 45b SGB XI) erstattet die Pflegekasse gegen Beleg, er gehört nicht ins Budget.`,
      field,
    );
  }
  throw new InputError(`${field}: ${showValue(v)} ist kein Pflegegrad – es gibt die Pflegegrade 1 bis 5 (§ 15 Abs. 3 SGB XI); ${erlaubt}.`, field);
}

function verwendungOf(v: unknown): PflegeAngaben["verwendung"] {
  const field = "pflege.verwendung";
  const wie =
    "„anrechnung“ (Sie bekommen das Pflegegeld direkt, der Träger rechnet es auf den Bedarf an) oder „teilbudget“ (die Pflegekasse zahlt es als ihr Teilbudget, § 35a SGB XI)";
  if (!present(v)) throw new InputError(`${field}: Bitte angeben, wie das Pflegegeld in das Budget eingeht: ${wie}.`, field);
  const code = choiceOf(v, VOKABULAR.pflegeVerwendung);
  if (!code) throw new InputError(`${field}: ${showValue(v)} ist unbekannt – erlaubt: ${wie}.`, field);
  return code;
}

/** A percentage from 0 to 100. */
function prozent(o: Obj, key: string, fallback: Dec, was: string): Dec {
  if (!present(o[key])) return fallback;
  const field = `pflege.${key}`;
  const d = parseNonNegative(o[key], field);
  if (d.gt(HUNDRED)) throw new InputError(`${field}: ${showValue(o[key])} % geht nicht – ${was} ist höchstens 100 %.`, field);
  return d;
}

/** A Träger of the plan's list, named by its id. */
function traegerOf(o: Obj, key: string, plan: Plan, was: string): string | undefined {
  if (!present(o[key])) return undefined;
  const field = `pflege.${key}`;
  const id = parseText(o[key], field);
  const ids = plan.traeger.map((t) => t.id);
  if (!ids.includes(id)) {
    throw new InputError(
      ids.length
        ? `${field}: ${was} „${id}“ steht nicht in der Trägerliste (${ids.map((t) => `„${t}“`).join(", ")}) – bitte das Kürzel aus der Träger-Tabelle nehmen oder den Träger dort eintragen.`
        : `${field}: ${was} „${id}“ steht nicht in der Trägerliste – der Plan hat keine; bitte den Träger in der Träger-Tabelle eintragen.`,
      field,
    );
  }
  return id;
}

/**
 * The Träger whose share the Pflegegeld reduces: given, or the only Träger besides the Pflegekasse that has
 * positions. None is needed (and none named) when the plan has no Träger list.
 */
function anrechnungTraegerOf(o: Obj, plan: Plan, a: Pick<PflegeAngaben, "verwendung" | "traeger">): string | undefined {
  const field = "pflege.anrechnungTraeger";
  const given = traegerOf(o, "anrechnungTraeger", plan, "Der Träger");
  if (given !== undefined && given === a.traeger) {
    throw new InputError(`${field}: „${given}“ ist die Pflegekasse selbst – hier gehört der Träger hin, dessen Bedarf das Pflegegeld deckt (z. B. die Eingliederungshilfe).`, field);
  }
  if (given !== undefined || plan.traeger.length === 0) return given;
  const ids = new Set(plan.traeger.map((t) => t.id));
  const mitPositionen = [...new Set(plan.positionen.map((p) => p.traeger).filter((t): t is string => t !== undefined && ids.has(t) && t !== a.traeger))];
  if (mitPositionen.length === 1) return mitPositionen[0];
  if (mitPositionen.length > 1) {
    throw new InputError(
      `${field}: Mehrere Träger haben Positionen (${mitPositionen.map((t) => `„${t}“`).join(", ")}) – bitte angeben, wessen Anteil das Pflegegeld mindert (meist der Träger der Eingliederungshilfe oder der Hilfe zur Pflege).`,
      field,
    );
  }
  throw new InputError(
    a.verwendung === "teilbudget"
      ? `${field}: Neben der Pflegekasse hat kein Träger Positionen – im Teilbudget der Pflegekasse steht nur das Pflegegeld (§ 35a S. 1 SGB XI); bitte die Positionen dem Träger zuordnen, der den übrigen Bedarf trägt.`
      : `${field}: Kein Träger außer der Pflegekasse hat Positionen – bitte angeben, welcher Träger das Pflegegeld anrechnet.`,
    field,
  );
}

export function parsePflege(v: unknown, plan: Plan): PflegeAngaben {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new InputError(`pflege: Erwartet wird ein Objekt ({ … }).`, "pflege");
  const o = v as Obj;
  const pflegegrad = pflegegradOf(o.pflegegrad);
  const verwendung = verwendungOf(o.verwendung);
  const traeger = traegerOf(o, "traeger", plan, "Die Pflegekasse");
  if (verwendung === "teilbudget" && traeger === undefined) {
    throw new InputError(
      `pflege.traeger: Für das Teilbudget der Pflegekasse fehlt ihr Kürzel aus der Trägerliste (z. B. „pk“) – bitte die Pflegekasse in der Träger-Tabelle eintragen und hier ihr Kürzel angeben.`,
      "pflege.traeger",
    );
  }
  const angaben: PflegeAngaben = {
    pflegegrad,
    verwendung,
    kombinationProzent: prozent(o, "kombinationProzent", ZERO, "der genutzte Anteil der Pflegesachleistung"),
    anrechnungProzent: prozent(o, "anrechnungProzent", HUNDRED, "der angerechnete Anteil des Pflegegelds"),
    anrechnungProzentAngegeben: present(o.anrechnungProzent),
    entlastungsbetrag: parseBoolean(o.entlastungsbetrag, "pflege.entlastungsbetrag", false),
  };
  if (traeger !== undefined) angaben.traeger = traeger;
  const von = anrechnungTraegerOf(o, plan, angaben);
  if (von !== undefined) angaben.anrechnungTraeger = von;
  return angaben;
}
