/** Formula tests: a Reste sheet (Verwendungsnachweis) with BUDGET.RESTE spilling 5 × 2, recalculated after edits. */
import { build, at, DetailedCellError } from "./harness";

const RESTE = [
  ["Einnahmen", null, "Ausgaben", null, "Auswertung"],
  [1500, null, 1200, null, "=BUDGET.RESTE(SUMME(A2:A7);SUMME(C2:C7);B10;B11;B12)"],
  [1500, null, 1350.5, null],
  [1500, null, 1400],
  [1500, null, 1288.75],
  [1500, null, 1310],
  [1500, null, 1290],
  [null],
  [null],
  ["Monatsbudget", 1500],
  ["Regel", "uebertrag-bis-monatsbudget"],
  ["Schlussnachweis", false],
];

test("Reste sheet: Rest, Übertrag, Rückforderung, Anrechnung, Begründung spill from one formula", () => {
  const hf = build({ Reste: RESTE.map((r) => [...r]) });
  const sheet = hf.getSheetId("Reste")!;
  const spill = () => hf.getRangeValues({ start: { sheet, row: 1, col: 4 }, end: { sheet, row: 5, col: 5 } });
  // 9,000.00 − 7,839.25 = 1,160.75 ≤ one monthly budget: all carried over
  expect(spill().map((r) => r[0])).toEqual(["Rest", "Übertrag", "Rückforderung", "Anrechnung", "Begründung"]);
  expect(spill().slice(0, 4).map((r) => r[1])).toEqual([1160.75, 1160.75, 0, 0]);
  expect(String(spill()[4][1])).toContain("übertragen");

  hf.setCellContents(at(hf, "Reste", "B10"), 1000); // smaller monthly budget: part is reclaimed
  expect(spill().slice(0, 4).map((r) => r[1])).toEqual([1160.75, 1000, 160.75, 0]);

  hf.setCellContents(at(hf, "Reste", "B11"), "anrechnung");
  expect(spill().slice(0, 4).map((r) => r[1])).toEqual([1160.75, 0, 0, 1160.75]);

  hf.setCellContents(at(hf, "Reste", "B12"), "=WAHR()"); // the budget ends: everything is reclaimed
  expect(spill().slice(0, 4).map((r) => r[1])).toEqual([1160.75, 0, 1160.75, 0]);

  hf.setCellContents(at(hf, "Reste", "C2"), 3000); // overspending
  expect(spill()[0][1]).toBe(-639.25);
  expect(spill()[2][1]).toBe(0);
  hf.destroy();
});

test("Reste errors: unknown rule and empty monthly budget → #WERT! with the message", () => {
  const hf = build({ Reste: RESTE.map((r) => [...r]) });
  hf.setCellContents(at(hf, "Reste", "B11"), "behalten");
  const e = hf.getCellValue(at(hf, "Reste", "E2")) as InstanceType<typeof DetailedCellError>;
  expect(e.value).toBe("#WERT!");
  expect(e.message).toContain("regel: „behalten“ ist unbekannt – erlaubt: uebertrag-bis-monatsbudget");
  hf.setCellContents(at(hf, "Reste", "B11"), null); // empty rule → default
  hf.setCellContents(at(hf, "Reste", "B10"), null); // empty monthly budget → error, no silent 0
  const e2 = hf.getCellValue(at(hf, "Reste", "E2")) as InstanceType<typeof DetailedCellError>;
  expect(e2.value).toBe("#WERT!");
  expect(e2.message).toContain("monatsbudget ist leer");
  hf.destroy();
});
