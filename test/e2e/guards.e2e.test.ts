/**
 * The guards themselves: a request leaving loopback is aborted and recorded (so assertClean fails), as are
 * page errors and console errors. Without this, a silently broken guard would make every other test pass.
 */
import type { Browser } from "playwright-core";
import { launchBrowser, openPane, taskpaneUrl, type Pane } from "./support/browser";
import { eventually } from "./support/steps";

let browser: Browser;
let pane: Pane | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await pane?.close();
  await browser?.close();
});

test("Wächter: Anfragen nach außen werden abgebrochen und gemeldet, Seiten- und Konsolenfehler auch", async () => {
  pane = await openPane(browser, { office: "real", expectedBlocked: [{ reason: "office.js telemetry", match: (u) => u.includes("telemetryservice") }] });
  const { page } = pane;
  await page.goto(taskpaneUrl(pane));
  pane.assertClean();

  const outcome = await page.evaluate(async () => {
    try {
      await fetch("https://example.org/budget-leak?x=1");
      return "reached";
    } catch {
      return "blocked";
    }
  });
  expect(outcome).toBe("blocked");
  await page.evaluate(() => {
    const img = new Image();
    img.src = "http://192.0.2.1/pixel.png";
    document.body.appendChild(img);
    setTimeout(() => {
      throw new Error("absichtlicher Seitenfehler");
    }, 0);
    console.error("absichtlicher Konsolenfehler");
  });
  await eventually(
    () => !!pane && pane.offLoopback.some((r) => r.includes("192.0.2.1")) && pane.pageErrors.length > 0 && pane.consoleErrors.length > 0,
    "Anfrage, Seitenfehler und Konsolenfehler aufgezeichnet",
  );
  expect(pane.offLoopback).toEqual(expect.arrayContaining(["GET https://example.org/budget-leak?x=1", "GET http://192.0.2.1/pixel.png"]));
  expect(pane.pageErrors.join("\n")).toContain("absichtlicher Seitenfehler");
  expect(pane.consoleErrors.join("\n")).toContain("absichtlicher Konsolenfehler");
  expect(() => pane!.assertClean()).toThrow(/loopback[\s\S]*Seitenfehler[\s\S]*Konsolenfehler/);
});
