/**
 * Node-side driver of the fake Office host in the page (globalThis.__fakeExcel, installed by
 * test/support/fake-excel.js when it is served as office.js). Every call is a page.evaluate, i.e. what a
 * user does in Excel's grid (typing into cells), not through the task pane.
 * The mapping to the fake's control API lives only here.
 */
import type { Page } from "playwright-core";
import type { CellWrite } from "./plan";

export interface Selection {
  sheet: string;
  address: string;
}

export class FakeExcel {
  constructor(private readonly page: Page) {}

  /** Waits until the fake host is installed (office.js loaded). */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => typeof (globalThis as { __fakeExcel?: unknown }).__fakeExcel === "object", undefined, { timeout: 10000 });
  }

  async sheetNames(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as any).__fakeExcel.sheetNames());
  }

  /** Types values into cells, as a user would in Excel (one change event per cell, like Excel). */
  async type(writes: readonly CellWrite[]): Promise<void> {
    await this.page.evaluate((ws) => {
      const fx = (globalThis as any).__fakeExcel;
      for (const w of ws) fx.setValue(w.sheet, w.address, w.value);
    }, writes as CellWrite[]);
  }

  async value(sheet: string, address: string): Promise<unknown> {
    return this.page.evaluate(([s, a]) => (globalThis as any).__fakeExcel.getValue(s, a), [sheet, address] as const);
  }

  async selection(): Promise<Selection> {
    return this.page.evaluate(() => (globalThis as any).__fakeExcel.getSelection());
  }
}
