/**
 * Accessibility measured on every view: axe-core finds no serious or critical violation, in the preview (every
 * tab, the check with findings) and in Excel (the fake host) after the template is inserted and a plan typed.
 */
import { paneSession, taskpaneUrl } from "./support/browser";
import { FakeExcel } from "./support/fake-host";
import { planWrites } from "./support/plan";
import { expectAccessible } from "./support/axe";
import { button, panel, tab, visible } from "./support/steps";

const open = paneSession();
const TABS = ["Vorlage", "Kostenplan", "Prüfen", "Einreichen", "Einstellungen"];

test("Vorschau: jede Ansicht ohne schwere Barrierefreiheitsfehler", async () => {
  const pane = await open({ office: "missing", allowConsoleErrors: [{ reason: "office.js answered with 404 on purpose", match: (t) => /Failed to load resource.*404/.test(t) }] });
  const { page } = pane;
  await page.goto(taskpaneUrl(pane));
  await visible(page.getByText(/Vorschau ohne Excel/));
  for (const name of TABS) {
    await tab(page, name).click();
    await visible(page.getByRole("tabpanel", { name }));
    await expectAccessible(page, `Vorschau, ${name}`);
  }
  // the check with its findings grouped
  await tab(page, "Prüfen").click();
  await button(panel(page, "pruefen"), "Nachweis prüfen").click();
  await visible(panel(page, "pruefen").getByRole("heading", { name: "Fehler (1)" }));
  await expectAccessible(page, "Vorschau, Prüfen mit Befunden");
  // a failed save: the message and the field in error
  await tab(page, "Einstellungen").click();
  const field = panel(page, "einstellungen").getByLabel(/Sachkosten ohne Beleg/);
  await field.fill("120");
  await button(panel(page, "einstellungen"), "Speichern").click();
  await visible(panel(page, "einstellungen").getByText(/Bitte die markierte Angabe korrigieren/));
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  await expectAccessible(page, "Vorschau, Einstellungen mit Fehler");
});

test("Excel (Fake-Host): jede Ansicht mit Vorlage und Plan ohne schwere Barrierefreiheitsfehler", async () => {
  const pane = await open({ office: "fake" });
  const { page } = pane;
  const fx = new FakeExcel(page);
  await page.goto(taskpaneUrl(pane));
  await fx.ready();
  await tab(page, "Vorlage").click();
  await expectAccessible(page, "Excel, Vorlage (leer)");
  await (await visible(button(panel(page, "vorlage"), "Vorlage einfügen"))).click();
  await visible(panel(page, "vorlage").getByText(/Die Vorlage ist eingefügt/));
  await fx.type(planWrites());
  for (const name of TABS) {
    await tab(page, name).click();
    await visible(page.getByRole("tabpanel", { name }));
    if (name === "Kostenplan") await visible(panel(page, "kostenplan").getByRole("heading", { name: "Überblick" }));
    await expectAccessible(page, `Excel, ${name}`);
  }
  await tab(page, "Prüfen").click();
  await button(panel(page, "pruefen"), "Nachweis prüfen").click();
  await visible(panel(page, "pruefen").getByRole("heading", { name: /^Fehler/ }));
  await expectAccessible(page, "Excel, Prüfen mit Befunden");
});

test("die Prüfung selbst schlägt an: ein versteckter, fokussierbarer Knopf ist ein schwerer Verstoß", async () => {
  const pane = await open({ office: "missing", allowConsoleErrors: [{ reason: "office.js answered with 404 on purpose", match: (t) => /Failed to load resource.*404/.test(t) }] });
  const { page } = pane;
  await page.goto(taskpaneUrl(pane));
  await visible(page.getByText(/Vorschau ohne Excel/));
  await page.evaluate(() => {
    const b = document.createElement("button");
    b.setAttribute("aria-hidden", "true");
    b.textContent = "versteckt";
    document.querySelector("main")?.appendChild(b);
  });
  await expect(expectAccessible(page, "Selbsttest")).rejects.toThrow(/aria-hidden-focus/);
});
