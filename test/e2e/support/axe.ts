/**
 * Accessibility measured: axe-core (from node_modules, injected into the page, no network) on the pane as it
 * is now. Serious and critical violations fail the test with what and where.
 *
 * One exception, and only for the rule `aria-hidden-focus`: Fluent UI's focus manager (Tabster) puts
 * `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels around arrow-key groups such as the tab list. They
 * hand focus on at once and must stay hidden from screen readers; Fluent lists this as by design
 * (microsoft/fluentui#27517) and Accessibility Insights suppresses exactly these nodes. Every other node of that
 * rule, and every other rule, still fails (see the self-test in a11y.e2e.test.ts).
 */
import * as fs from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode { target: string[]; html: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

const isFocusSentinel = (v: AxeViolation, n: AxeNode): boolean =>
  v.id === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(n.html);

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as AxeViolation[];
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isFocusSentinel(v, n)) }))
    .filter((v) => v.nodes.length > 0);
}

/** Fails on serious or critical violations, naming each rule and the elements it found. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const bad = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length === 0) return;
  const text = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}`).join("\n");
  throw new Error(`Barrierefreiheit / accessibility (${where}): ${bad.length} schwere Verstöße\n${text}`);
}
