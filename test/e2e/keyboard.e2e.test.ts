/**
 * Scenario B with the keyboard only, in a narrow task pane (320 × 800): the same core flow as
 * excel.e2e.test.ts — insert the template, monthly budget, check, go to a finding's cell — with Tab,
 * Shift+Tab, arrow keys and Enter; no mouse click. (The plan itself is typed into Excel's cells through the
 * fake host, as in the mouse scenario: that part happens in Excel, not in the pane.)
 */
import { SHEETS } from "../../src/workbook/layout";
import { checkReport, parseReport } from "../../src/engine";
import { paneSession, taskpaneUrl } from "./support/browser";
import { FakeExcel } from "./support/fake-host";
import { FAULTY_AUSGABE_ROW, MONATSBUDGET_TEXT, planJson, planWrites } from "./support/plan";
import { cellOfFindingText, figure, focused, openTabByKeyboard, panel, tabTo, visible, T } from "./support/steps";

const open = paneSession();

test("Nur Tastatur, 320 px breit: Vorlage, Monatsbudget, Prüfen, Befund auswählen", async () => {
  const pane = await open({ office: "fake", viewport: { width: 320, height: 800 } });
  const { page } = pane;
  // any mouse use in this test is a mistake: make it fail loudly
  await page.addInitScript(() => {
    for (const type of ["mousedown", "click"]) {
      window.addEventListener(
        type,
        (e) => {
          // keyboard activation of a button also fires "click", but with detail 0 and no pointer position
          if ((e as MouseEvent).detail > 0) (window as any).__mouseUsed = `${type} at ${(e as MouseEvent).clientX},${(e as MouseEvent).clientY}`;
        },
        true,
      );
    }
  });
  const fx = new FakeExcel(page);
  await page.goto(taskpaneUrl(pane));
  await fx.ready();
  await visible(page.getByRole("heading", { name: "Budgetplaner" }));

  // 1. Vorlage → „Vorlage einfügen“ with Enter
  await openTabByKeyboard(page, "Vorlage");
  await tabTo(page, { role: "button", name: /^Vorlage einfügen$/ });
  await pane.shot("k1-tastatur-vorlage-fokus");
  await page.keyboard.press("Enter");
  await visible(panel(page, "vorlage").getByText(/Die Vorlage ist eingefügt/));
  const sheets = await fx.sheetNames();
  for (const s of SHEETS) expect(sheets).toContain(s.name);

  // 2. the plan is typed into Excel's cells
  await fx.type(planWrites());

  // 3. Kostenplan → „Aktualisieren“ → monthly budget
  await openTabByKeyboard(page, "Kostenplan");
  await tabTo(page, { role: "button", name: /^Aktualisieren$/ });
  await page.keyboard.press("Enter");
  const kp = panel(page, "kostenplan");
  await visible(figure(kp, "Monatsbudget").filter({ hasText: MONATSBUDGET_TEXT }));
  await pane.shot("k2-tastatur-kostenplan");

  // 4. Prüfen → „Nachweis prüfen“ (Space this time)
  const expected = checkReport(parseReport(planJson())).counts;
  await openTabByKeyboard(page, "Prüfen");
  await tabTo(page, { role: "button", name: /^Nachweis prüfen$/ });
  await page.keyboard.press("Space");
  const pr = panel(page, "pruefen");
  await visible(pr.getByRole("heading", { name: `Fehler (${expected.fehler})` }));

  // 5. Tab to the finding on the faulty Ausgabe, Enter → Excel selects its cell
  await tabTo(page, { role: "button", name: /Fahrdienst/ });
  const cell = cellOfFindingText((await focused(page)).name);
  expect(cell.sheet).toBe("Ausgaben");
  expect(cell.address).toMatch(new RegExp(`^[A-Z]+${FAULTY_AUSGABE_ROW}$`));
  await pane.shot("k3-tastatur-befund-fokus");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (want) => {
      const sel = (globalThis as any).__fakeExcel.getSelection();
      return sel && sel.sheet === want.sheet && sel.address.replace(/\$/g, "").toUpperCase() === want.address;
    },
    cell,
    { timeout: T },
  );

  expect(await page.evaluate(() => (window as any).__mouseUsed ?? null)).toBeNull();
  // nothing wider than the pane (no horizontal scrolling at 320 px)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
