/** Steps shared by the mouse and the keyboard scenarios (accessible selectors, German names). */
import type { Locator, Page } from "playwright-core";

export const T = 15000;

export async function visible(l: Locator, timeout = T): Promise<Locator> {
  await l.first().waitFor({ state: "visible", timeout });
  return l.first();
}

/** Waits until `done()` holds (checked as the event loop turns), failing after T: no fixed wait. */
export async function eventually(done: () => boolean, what: string, timeout = T): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Nicht eingetreten / did not happen: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Scope = Page | Locator;
export const tab = (scope: Scope, name: string | RegExp) => scope.getByRole("tab", { name });
export const button = (scope: Scope, name: string | RegExp) => scope.getByRole("button", { name });
export const panel = (page: Page, id: string) => page.locator(`#panel-${id}`);

/** The <dd> after a <dt> with this label in a figures list. */
export function figure(scope: Locator, label: string): Locator {
  return scope.locator(`xpath=.//dt[normalize-space(.)="${label}"]/following-sibling::dd[1]`);
}

/** "Zelle Ausgaben!D3" in a finding button → { sheet, address }. */
export function cellOfFindingText(text: string): { sheet: string; address: string } {
  const m = /Zelle\s+(?:'((?:[^']|'')+)'|([^!\s]+))!([A-Z]+[0-9]+)/.exec(text);
  if (!m) throw new Error(`no cell in finding text: ${text}`);
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3] };
}

/** What has the keyboard focus: role, accessible-ish name, text. */
export async function focused(page: Page): Promise<{ role: string; name: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { role: "", name: "", tag: "" };
    const role = el.getAttribute("role") ?? (el.tagName === "BUTTON" ? "button" : el.tagName.toLowerCase());
    // rendered text (innerText): Fluent's Tab repeats its label in a visibility:hidden "reserved space" span
    const name = (el.getAttribute("aria-label") ?? el.innerText ?? "").replace(/\s+/g, " ").trim();
    return { role, name, tag: el.tagName };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches; keyboard only. Fails after `max` presses
 * with the path it took (helps when the UI changed).
 */
export async function tabTo(page: Page, want: { role?: string; name: RegExp }, opts: { max?: number; back?: boolean } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (opts.max ?? 60); i++) {
    const f = await focused(page);
    if ((!want.role || f.role === want.role) && want.name.test(f.name)) return;
    seen.push(`${f.role}:${f.name.slice(0, 40)}`);
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tastatur: ${want.role ?? ""} ${want.name} nicht erreicht; Fokusweg / focus path:\n${seen.join("\n")}`);
}

/** Keyboard only: into the tab list, arrow keys to the tab, Enter to open it (Fluent TabList: no selection on focus). */
export async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  const f = await focused(page);
  if (f.role !== "tab") await tabTo(page, { role: "tab", name: /.+/ }, { back: true });
  const want = new RegExp(`^${name}$`);
  for (let i = 0; i < 8; i++) {
    if (want.test((await focused(page)).name)) {
      await page.keyboard.press("Enter");
      await page.waitForFunction((n) => document.activeElement?.getAttribute("aria-selected") === "true" && document.activeElement.textContent?.trim() === n, name, {
        timeout: T,
      });
      return;
    }
    await page.keyboard.press("ArrowRight");
  }
  throw new Error(`Tastatur: Reiter ${name} nicht erreicht / tab not reached`);
}
