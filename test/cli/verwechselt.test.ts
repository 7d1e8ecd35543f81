/** A plan given to `pruefen`, or a report given to `kostenplan`, is named for what it is, with the command to use. */
import { execute } from "../../src/cli/main";
import { join } from "node:path";

const samples = join(__dirname, "..", "..", "samples");

test("a Kostenplan given to pruefen says it is a Kostenplan and names budget kostenplan", async () => {
  const r = await execute(["pruefen", join(samples, "kostenplan-2026.json")]);
  expect(r.exitCode).toBe(2);
  expect(r.stderr).toContain("Das ist ein Kostenplan");
  expect(r.stderr).toContain("budget kostenplan");
});

test("a Verwendungsnachweis given to kostenplan says it is one and names budget pruefen", async () => {
  const r = await execute(["kostenplan", join(samples, "verwendungsnachweis-2026-h1.json")]);
  expect(r.exitCode).toBe(2);
  expect(r.stderr).toContain("Das ist ein Verwendungsnachweis");
  expect(r.stderr).toContain("budget pruefen");
});
