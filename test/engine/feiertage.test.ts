/** Public holidays per Land, checked against the published calendars of the Länder. */
import { BUNDESLAENDER, feiertage, ostersonntag } from "../../src/engine/calendar/feiertage";

const iso = (c: { y: number; m: number; d: number }) => `${c.y}-${String(c.m).padStart(2, "0")}-${String(c.d).padStart(2, "0")}`;

test("Easter Sunday (1900–2100 spot checks)", () => {
  expect(["2019", "2024", "2025", "2026", "2027", "2038", "2100"].map((y) => iso(ostersonntag(Number(y))))).toEqual([
    "2019-04-21",
    "2024-03-31",
    "2025-04-20",
    "2026-04-05",
    "2027-03-28",
    "2038-04-25",
    "2100-03-28",
  ]);
});

test("2026: nine holidays everywhere, the Länder's own on top", () => {
  const count = Object.fromEntries(BUNDESLAENDER.map((l) => [l, feiertage(2026, l).length]));
  expect(count).toMatchObject({ HB: 10, HH: 10, NI: 10, SH: 10, BE: 10, HE: 12, BB: 12, SN: 11, TH: 11, MV: 11, ST: 11, NW: 11, RP: 11, SL: 12, BW: 12, BY: 12, "BY-15-8": 13 });
  expect(feiertage(2026, "SN").map((f) => `${iso(f.datum)} ${f.name}`)).toEqual([
    "2026-01-01 Neujahr",
    "2026-04-03 Karfreitag",
    "2026-04-06 Ostermontag",
    "2026-05-01 Tag der Arbeit",
    "2026-05-14 Christi Himmelfahrt",
    "2026-05-25 Pfingstmontag",
    "2026-10-03 Tag der Deutschen Einheit",
    "2026-10-31 Reformationstag",
    "2026-11-18 Buß- und Bettag",
    "2026-12-25 1. Weihnachtstag",
    "2026-12-26 2. Weihnachtstag",
  ]);
  expect(feiertage(2026, "NW").map((f) => iso(f.datum))).toContain("2026-06-04"); // Fronleichnam
});

test("holidays that began in a year: Berlin's Frauentag 2019, Mecklenburg-Vorpommern's 2023, Reformationstag in the north 2018; Berlin 8 May 2025 once", () => {
  const has = (y: number, land: Parameters<typeof feiertage>[1], day: string) => feiertage(y, land).some((f) => iso(f.datum) === `${y}-${day}`);
  expect([has(2018, "BE", "03-08"), has(2019, "BE", "03-08"), has(2022, "MV", "03-08"), has(2023, "MV", "03-08")]).toEqual([false, true, false, true]);
  expect([has(2017, "NI", "10-31"), has(2018, "NI", "10-31")]).toEqual([false, true]);
  expect([has(2025, "BE", "05-08"), has(2026, "BE", "05-08")]).toEqual([true, false]);
  expect(["2024", "2025", "2027"].map((y) => feiertage(Number(y), "SN").find((f) => f.name === "Buß- und Bettag")!.datum.d)).toEqual([20, 19, 17]);
});
