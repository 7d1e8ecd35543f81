/**
 * Scenario B: the task pane inside "Excel" — office.js answered by the fake Office host over an in-memory
 * workbook (test/support/fake-excel.js). Mouse path at a normal task pane width:
 * insert the template → the workbook has the template's sheets → the user types a plan into the cells →
 * Kostenplan shows the monthly budget → Prüfen → findings → selecting a finding selects its cell in Excel.
 * Expected figures come from support/plan.ts (hand-computed, cross-checked by the engine in
 * plan-expectation.e2e.test.ts), not from the pane's own code path.
 */
import { SHEETS } from "../../src/workbook/layout";
import { checkReport, parseReport } from "../../src/engine";
import { paneSession, taskpaneUrl } from "./support/browser";
import { FakeExcel } from "./support/fake-host";
import { FAULTY_AUSGABE_ROW, MONATSBUDGET_TEXT, planJson, planWrites } from "./support/plan";
import { button, cellOfFindingText, figure, panel, tab, visible, T } from "./support/steps";

const open = paneSession();

test("Excel (Fake-Host): Vorlage einfügen, Plan eintragen, Monatsbudget, Prüfen, Befund auswählen", async () => {
  const pane = await open({ office: "fake", viewport: { width: 400, height: 900 } });
  const { page } = pane;
  const fx = new FakeExcel(page);
  await page.goto(taskpaneUrl(pane));
  await fx.ready();
  await visible(page.getByRole("heading", { name: "Budgetplaner" }));
  // in Excel: no preview banner
  await visible(tab(page, "Kostenplan"));
  expect(await page.getByText("Vorschau ohne Excel").count()).toBe(0);

  // 1. insert the template
  await tab(page, "Vorlage").click();
  await (await visible(button(panel(page, "vorlage"), "Vorlage einfügen"))).click();
  await visible(panel(page, "vorlage").getByText(/Die Vorlage ist eingefügt/));
  const sheets = await fx.sheetNames();
  for (const s of SHEETS) expect(sheets).toContain(s.name);
  await pane.shot("b1-vorlage-eingefuegt");

  // 2. the user types the plan into the workbook (Excel's grid, not the pane)
  await fx.type(planWrites());

  // 3. Kostenplan: monthly budget
  await tab(page, "Kostenplan").click();
  const kp = panel(page, "kostenplan");
  await button(kp, "Aktualisieren").click();
  await visible(figure(kp, "Monatsbudget").filter({ hasText: MONATSBUDGET_TEXT }));
  await pane.shot("b2-kostenplan-monatsbudget");

  // 4. Prüfen: findings as the engine finds them for this case
  const expected = checkReport(parseReport(planJson())).counts;
  await tab(page, "Prüfen").click();
  const pr = panel(page, "pruefen");
  await button(pr, "Nachweis prüfen").click();
  await visible(pr.getByRole("heading", { name: `Fehler (${expected.fehler})` }));
  await visible(pr.getByRole("heading", { name: `Hinweise (${expected.hinweis})` }));
  await pane.shot("b3-pruefen-befunde");

  // 5. select the finding on the faulty Ausgabe → Excel selects its cell
  const finding = await visible(pr.getByRole("button", { name: /Fahrdienst/ }));
  const cell = cellOfFindingText((await finding.textContent()) ?? "");
  expect(cell.sheet).toBe("Ausgaben");
  expect(cell.address).toMatch(new RegExp(`^[A-Z]+${FAULTY_AUSGABE_ROW}$`));
  await finding.click();
  await page.waitForFunction(
    (want) => {
      const sel = (globalThis as any).__fakeExcel.getSelection();
      return sel && sel.sheet === want.sheet && sel.address.replace(/\$/g, "").toUpperCase() === want.address;
    },
    cell,
    { timeout: T },
  );
  expect(await fx.selection()).toMatchObject({ sheet: "Ausgaben" });
  await pane.shot("b4-befund-ausgewaehlt");
});
