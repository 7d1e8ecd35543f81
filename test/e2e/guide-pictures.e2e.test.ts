/**
 * The pictures of the German guides (docs/*.md), taken as a user goes: the preview, then „Excel“ (the fake
 * host) from the empty workbook to the submission copies. Every step is also checked, so a picture never shows
 * a half-drawn pane. Written to test-results/e2e/bilder; `npm run docs:bilder` writes them into docs/bilder
 * (test/docs/guides.test.ts checks that the guides and this list agree).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { paneSession, taskpaneUrl } from "./support/browser";
import { FakeExcel } from "./support/fake-host";
import { MONATSBUDGET_TEXT, planWrites } from "./support/plan";
import { button, figure, panel, tab, visible } from "./support/steps";
import { ROOT, SHOT_DIR } from "./support/paths";

const DIR = process.env.BUDGET_BILDER === "docs" ? path.join(ROOT, "docs", "bilder") : path.join(SHOT_DIR, "bilder");
const VIEWPORT = { width: 380, height: 760 };
const open = paneSession();

async function bild(page: Page, name: string): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  // no blinking caret, no transitions caught half-way
  await page.addStyleTag({ content: "*{caret-color:transparent!important;transition:none!important;animation:none!important}" });
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
}

test("Bilder der Anleitungen: Vorschau", async () => {
  const pane = await open({
    office: "missing",
    viewport: VIEWPORT,
    allowConsoleErrors: [{ reason: "office.js answered with 404 on purpose", match: (t) => /Failed to load resource.*404/.test(t) }],
  });
  const { page } = pane;
  await page.goto(taskpaneUrl(pane));
  await visible(page.getByText(/Vorschau ohne Excel/));
  await tab(page, "Kostenplan").click();
  await visible(figure(panel(page, "kostenplan"), "Monatsbudget"));
  await bild(page, "vorschau-kostenplan");

  await tab(page, "Einstellungen").click();
  const einst = panel(page, "einstellungen");
  await einst.getByLabel(/Sachkosten ohne Beleg/).fill("120");
  await button(einst, "Speichern").click();
  await visible(einst.getByText(/Bitte die markierte Angabe korrigieren/));
  await bild(page, "einstellungen-fehler");
});

test("Bilder der Anleitungen: in Excel von der leeren Mappe bis zur Abgabe", async () => {
  const pane = await open({ office: "fake", viewport: VIEWPORT });
  const { page } = pane;
  const fx = new FakeExcel(page);
  await page.goto(taskpaneUrl(pane));
  await fx.ready();

  await tab(page, "Vorlage").click();
  const vorlage = panel(page, "vorlage");
  await visible(button(vorlage, "Vorlage einfügen"));
  await bild(page, "vorlage-einfuegen");
  await button(vorlage, "Vorlage einfügen").click();
  await visible(vorlage.getByText(/Die Vorlage ist eingefügt/));
  await bild(page, "vorlage-eingefuegt");

  await fx.type(planWrites());
  await tab(page, "Kostenplan").click();
  const kp = panel(page, "kostenplan");
  await button(kp, "Aktualisieren").click();
  await visible(figure(kp, "Monatsbudget").filter({ hasText: MONATSBUDGET_TEXT }));
  await bild(page, "kostenplan-ueberblick");

  await tab(page, "Prüfen").click();
  const pr = panel(page, "pruefen");
  await button(pr, "Nachweis prüfen").click();
  await visible(pr.getByRole("heading", { name: /^Fehler/ }));
  await bild(page, "pruefen-befunde");

  await tab(page, "Einreichen").click();
  const ein = panel(page, "einreichen");
  await button(ein, "Einreichen vorbereiten").click();
  await visible(ein.getByText("Fertig"));
  await bild(page, "einreichen-fertig");

  await tab(page, "Einstellungen").click();
  await visible(panel(page, "einstellungen").getByLabel(/Sachkosten ohne Beleg/));
  await bild(page, "einstellungen");
});
