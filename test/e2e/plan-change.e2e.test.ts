/**
 * Plans that live in time, as a user meets them in Excel: after the plan is typed, a raise is entered as a
 * change row („Gültig ab“) in the Kostenplan sheet; the pane's month-by-month schedule follows it. Expected
 * figures are hand-computed in support/plan.ts.
 */
import { paneSession, taskpaneUrl } from "./support/browser";
import { FakeExcel } from "./support/fake-host";
import { CHANGE, MONATSBUDGET_TEXT, changeWrites, planWrites } from "./support/plan";
import { button, panel, tab, visible } from "./support/steps";

const open = paneSession();

test("Excel (Fake-Host): eine Änderungszeile „Gültig ab“ eintragen – der Monatsplan im Aufgabenbereich folgt", async () => {
  const pane = await open({ office: "fake", viewport: { width: 400, height: 900 } });
  const { page } = pane;
  const fx = new FakeExcel(page);
  await page.goto(taskpaneUrl(pane));
  await fx.ready();
  await tab(page, "Vorlage").click();
  await (await visible(button(panel(page, "vorlage"), "Vorlage einfügen"))).click();
  await visible(panel(page, "vorlage").getByText(/Die Vorlage ist eingefügt/));
  await fx.type(planWrites());

  // before: the same need in every month, no schedule table
  await tab(page, "Kostenplan").click();
  const kp = panel(page, "kostenplan");
  await button(kp, "Aktualisieren").click();
  await visible(kp.getByText(`Von 01/2026 bis 06/2026 ist der Bedarf in jedem Monat gleich: ${MONATSBUDGET_TEXT}.`));
  expect(await kp.getByRole("table", { name: "Monatsplan" }).count()).toBe(0);

  // the user types the change row into the Kostenplan sheet
  await fx.type(changeWrites());
  await button(kp, "Aktualisieren").click();
  const plan = await visible(kp.getByRole("table", { name: "Monatsplan" }));
  const rows = await plan.getByRole("row").allInnerTexts();
  const cells = rows.slice(1).map((r) => r.split(/\t|\n/).map((x) => x.trim()).filter(Boolean));
  expect(cells).toEqual([
    ["01/2026", CHANGE.vorher],
    ["02/2026", CHANGE.vorher],
    ["03/2026", CHANGE.vorher],
    ["04/2026", CHANGE.nachher],
    ["05/2026", CHANGE.nachher],
    ["06/2026", CHANGE.nachher],
  ]);
  const wechsel = await visible(kp.getByRole("table", { name: "Monate, in denen sich Beträge ändern" }));
  const text = (await wechsel.innerText()).replace(/\s+/g, " ");
  expect(text).toContain(`${CHANGE.monatAb} Assistenz: 700,00 € → 800,00 € (Änderung ab 01.04.2026)`);
  await pane.shot("c1-aenderung-monatsplan");
});
