/**
 * The template as people read it: every dropdown offers German words (the hidden sheet „Listen“), and what
 * people choose there — or type as the short code — reads back as the code of the exchange formats.
 */
import { join } from "node:path";
import { readWorkbook } from "../../src/workbook/xlsx-read";
import { LISTS_SHEET, SETTINGS, TABLES, VOCAB_LISTS, settingRow, tableDef } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/xlsx-write";
import { tempDir, writeWorkbook } from "./helpers";

const dir = tempDir("budget-labels-");

test("each German word of every dropdown reads back as its code, and so does the code itself", async () => {
  for (const spelling of ["label", "code"] as const) {
    const wb = buildTemplate();
    const expected: { table: string; key: string; codes: string[] }[] = [];
    for (const t of TABLES) {
      if (t.target.kind !== "liste") continue;
      const ws = wb.getWorksheet(t.sheet)!;
      t.columns.forEach((c, j) => {
        if (!c.vocab) return;
        // one row per word of the vocabulary, in this column (other cells of the row left empty)
        c.vocab.codes.forEach((code, i) => {
          const cell = ws.getCell(t.headerRow + 1 + i, t.firstCol + j);
          cell.value = spelling === "label" ? c.vocab!.labels[code] : code;
        });
        expected.push({ table: t.name, key: c.key, codes: [...c.vocab.codes] });
      });
    }
    const settings = SETTINGS.filter((st) => st.vocab);
    const ein = wb.getWorksheet(tableDef("tblEinstellungen").sheet)!;
    for (const st of settings) ein.getCell(settingRow(st.key), 2).value = spelling === "label" ? st.vocab!.labels[st.vocab!.codes[1]] : st.vocab!.codes[1];
    const path = join(dir, `${spelling}.xlsx`);
    await writeWorkbook(wb, path);
    const read = await readWorkbook(path);
    const json = read.json as Record<string, any>;
    const rowsOf = (table: string) => {
      const t = tableDef(table);
      return t.target.kind === "liste" ? t.target.path.reduce((o: any, k) => o?.[k], json) ?? [] : [];
    };
    for (const e of expected) {
      const values = (rowsOf(e.table) as Record<string, any>[]).map((r) => e.key.split(".").reduce((o: any, k) => o?.[k], r)).filter((v) => v !== undefined);
      expect({ column: `${e.table}.${e.key}`, values: values.slice(0, e.codes.length) }).toEqual({ column: `${e.table}.${e.key}`, values: e.codes });
    }
    for (const st of settings) {
      const path = st.key.split(".");
      expect({ setting: st.key, value: path.reduce((o: any, k) => o?.[k], json) }).toEqual({ setting: st.key, value: st.vocab!.codes[1] });
    }
  }
});

test("the lists sheet holds every vocabulary's German words, in the order of the codes", () => {
  const ws = buildTemplate().getWorksheet(LISTS_SHEET)!;
  VOCAB_LISTS.forEach((v, c) => v.codes.forEach((code, i) => expect(ws.getCell(2 + i, c + 1).value).toBe(v.labels[code])));
});
