/**
 * Scenario A: the task pane in a plain browser (no Excel). The pane must show its preview on the
 * bundled sample case (samples/vorschau-beispiel.json, whose plan is samples/kostenplan-2026.json: monthly budget
 * 950,00 €, see README/CLI) both when
 * office.js cannot be loaded at all and when the real office.js runs outside Office (host null).
 */
import { paneSession, taskpaneUrl, OFFICE_JS_PATH, type Pane } from "./support/browser";
import { button, figure, panel, tab, visible } from "./support/steps";

/** The sample's monthly budget, computed independently by the engine in `npx budget kostenplan samples/kostenplan-2026.json`. */
const SAMPLE_MONATSBUDGET = "950,00 €";

const open = paneSession();

async function expectPreview(p: Pane, shot: string, url = taskpaneUrl(p)): Promise<void> {
  const { page } = p;
  await page.goto(url);
  // the pane says it is a preview (not connected to Excel) …
  await visible(page.getByText(/Vorschau ohne Excel/));
  // … and shows the sample's monthly budget (Kostenplan view)
  await tab(page, "Kostenplan").click();
  await visible(figure(panel(page, "kostenplan"), "Monatsbudget").filter({ hasText: SAMPLE_MONATSBUDGET }));
  await p.shot(shot);
  // the check runs on the sample too, and shows its grouping (`npx budget pruefen samples/vorschau-beispiel.json`:
  // 1 Fehler, 3 Warnungen)
  await tab(page, "Prüfen").click();
  await button(panel(page, "pruefen"), "Nachweis prüfen").click();
  await visible(panel(page, "pruefen").getByRole("heading", { name: "Fehler (1)" }));
  await visible(panel(page, "pruefen").getByRole("heading", { name: "Warnungen (3)" }));
}

test("Vorschau ohne office.js (404): Beispielfall mit Monatsbudget 950,00 €", async () => {
  const pane = await open({
    office: "missing",
    allowConsoleErrors: [
      {
        reason: "this test answers office.js with 404 on purpose; Chromium logs the failed <script> load",
        match: (text, url) => /Failed to load resource.*404/.test(text) && url.endsWith(OFFICE_JS_PATH),
      },
    ],
  });
  await expectPreview(pane, "a1-vorschau-ohne-officejs");
});

test("Vorschau mit echtem office.js außerhalb von Office (host null)", async () => {
  const pane = await open({
    office: "real",
    expectedBlocked: [
      {
        // Microsoft's office.js (not our code) opens its telemetry proxy page when it runs outside an Office
        // client. The add-in cannot switch that off; the guard aborts it, so nothing leaves the machine.
        reason: "office.js telemetry proxy outside Office",
        match: (url) => url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"),
      },
    ],
  });
  await expectPreview(pane, "a2-vorschau-echtes-officejs");
  // the real office.js came from the loopback server, not from Microsoft's CDN
  expect(pane.server.requests).toContain(OFFICE_JS_PATH);
});

test("vorschau.html (what `npm start` opens first): no office.js, not a single request off loopback", async () => {
  const pane = await open({ office: "missing" });
  await expectPreview(pane, "a3-vorschau-html", `${pane.server.origin}/vorschau.html`);
  expect(pane.server.requests).not.toContain(OFFICE_JS_PATH);
  expect(pane.blockedExpected).toEqual([]);
});
