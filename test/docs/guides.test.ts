/**
 * The German guides stay true: every picture they show exists and is taken by the browser tests
 * (test/e2e/guide-pictures.e2e.test.ts, `npm run docs:bilder`), every picture taken is used, every link to a
 * file resolves, and every CLI option a guide names is one the tool knows.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { COMMANDS } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "..", "..");
const DOCS = path.join(ROOT, "docs");
const guides = fs.readdirSync(DOCS).filter((f) => f.endsWith(".md"));
const text = (f: string) => fs.readFileSync(path.join(DOCS, f), "utf8");
const pictures = fs.readdirSync(path.join(DOCS, "bilder")).filter((f) => f.endsWith(".png"));
const taken = [...fs.readFileSync(path.join(ROOT, "test", "e2e", "guide-pictures.e2e.test.ts"), "utf8").matchAll(/bild\(page, "([a-z0-9-]+)"\)/g)].map((m) => `${m[1]}.png`);

test("die Anleitungen für alle drei Gruppen gibt es, und das README verweist auf sie", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  for (const f of ["budgetnehmer.md", "sachbearbeitung.md", "finanzbuchhaltung.md", "it-betrieb.md"]) {
    expect(guides).toContain(f);
    expect(readme).toContain(`docs/${f}`);
  }
});

test("jedes Bild der Anleitungen gibt es, mit Beschreibung, und jedes nehmen die Browsertests auf", () => {
  const shown = new Set<string>();
  for (const f of guides) {
    for (const m of text(f).matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)) {
      expect({ guide: f, image: m[2], alt: m[1].trim().length > 10 }).toEqual({ guide: f, image: m[2], alt: true });
      const file = path.join(DOCS, m[2]);
      expect({ guide: f, image: m[2], exists: fs.existsSync(file) }).toEqual({ guide: f, image: m[2], exists: true });
      shown.add(path.basename(m[2]));
    }
  }
  expect([...shown].sort()).toEqual([...pictures].sort());
  expect([...taken].sort()).toEqual([...pictures].sort());
});

test("Verweise der Anleitungen auf Dateien führen ins Leere nicht", () => {
  for (const f of [...guides.map((g) => path.join(DOCS, g)), path.join(ROOT, "README.md")]) {
    const dir = path.dirname(f);
    for (const m of fs.readFileSync(f, "utf8").matchAll(/\]\(((?!https?:|#|mailto:)[^)\s#]+)(#[^)]*)?\)/g)) {
      expect({ in: path.relative(ROOT, f), link: m[1], exists: fs.existsSync(path.join(dir, m[1])) }).toEqual({
        in: path.relative(ROOT, f),
        link: m[1],
        exists: true,
      });
    }
  }
});

test("jede Option, die eine Anleitung zu `budget` nennt, kennt das Programm", () => {
  const known = new Set<string>(["--help"]);
  for (const c of Object.values(COMMANDS)) for (const o of c.hilfe.optionen) known.add(`--${o.name}`);
  for (const f of guides) {
    const code = [...text(f).matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].map((m) => m[1] ?? m[2]).join("\n");
    for (const line of code.split("\n").filter((l) => /\bbudget\s+[a-z]/.test(l))) {
      for (const m of line.matchAll(/(?<![\w-])--[a-z0-9-]+/g)) expect({ guide: f, line, option: m[0], known: known.has(m[0]) }).toEqual({ guide: f, line, option: m[0], known: true });
    }
  }
});
