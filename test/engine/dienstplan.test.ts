/** Hours of a weekly schedule in the classes of § 3b EStG, by hand. */
import { dienstplanStunden, parseDienstplan } from "../../src/engine/calendar/dienstplan";

const classes = (text: string, from: string, to: string, land: Parameters<typeof dienstplanStunden>[3]) => {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  const r = dienstplanStunden(parseDienstplan(text, "dienstplan"), { y: fy, m: fm, d: fd }, { y: ty, m: tm, d: td }, land);
  return { stunden: r.stunden.toFixed(), ...Object.fromEntries(r.zuschlaege.map((z) => [z.art, z.stunden.toFixed()])) };
};

test("day shifts on weekdays: January 2026 in Sachsen has 22 weekdays, Neujahr (Thursday) is a holiday", () => {
  expect(classes("Mo–Fr 08:00–16:00", "2026-01-01", "2026-01-31", "SN")).toEqual({ stunden: "176", feiertag: "8" });
});

test("nights 20–6 Uhr for a week: 0–4 Uhr at 40 %, Sunday from 0 Uhr and into Monday 4 Uhr", () => {
  // 2.–8. März 2026 (Mo–So): every day 0–6 Uhr from the shift before and 20–24 Uhr; Sunday 8 March 0–6 and 20–24,
  // Monday 2 March 0–4 after the Sunday shift of 1 March (§ 3b Abs. 3 Nr. 2)
  expect(classes("täglich 20:00–06:00", "2026-03-02", "2026-03-08", "NW")).toEqual({ stunden: "70", nacht: "42", "nacht-0-4": "28", sonntag: "14" });
});

test("Christmas and New Year's Eve: 24.12. from 14 Uhr and 25./26.12. at 150 %, 31.12. from 14 Uhr at 125 %, the Sunday between", () => {
  expect(classes("täglich 08:00–20:00", "2026-12-24", "2026-12-31", "BE")).toEqual({ stunden: "96", "feiertag-150": "30", feiertag: "6", sonntag: "12" });
});

test("a 24-hour shift, Land holidays, and German input variants", () => {
  // Reformationstag 31.10.2026 (Saturday) is a holiday in Sachsen, not in Bayern
  expect(classes("Sa 08:00-08:00", "2026-10-31", "2026-10-31", "SN")).toEqual({ stunden: "16", feiertag: "16", nacht: "4" });
  expect(classes("Sa 8 bis 8", "2026-10-31", "2026-10-31", "BY")).toEqual({ stunden: "16", nacht: "4" });
  expect(() => parseDienstplan("Werktags 8-16", "kostenplan.positionen[1].dienstplan")).toThrow(/„Werktags 8-16“ – die Tage „Werktags“ sind unbekannt/);
  expect(() => parseDienstplan("Mo 25:00-26:00", "d")).toThrow(/„25:00“ ist keine Uhrzeit/);
});

test("how people write shifts: day names, „bis“, „Uhr“, a shift from 24 Uhr, a night in two parts", () => {
  expect(classes("Montag bis Freitag 8 bis 16 Uhr", "2026-03-02", "2026-03-08", "NW")).toEqual({ stunden: "40" });
  expect(classes("Sonntags 10:00 Uhr - 12:00 Uhr", "2026-03-02", "2026-03-08", "NW")).toEqual({ stunden: "2", sonntag: "2" });
  expect(classes("Mo., Di. 8-9", "2026-03-02", "2026-03-08", "NW")).toEqual({ stunden: "2" });
  // a shift that starts at 24 Uhr on Sunday starts Monday 0 Uhr: not begun before 0 Uhr, no Sunday
  expect(classes("So 24:00-08:00", "2026-03-02", "2026-03-08", "NW")).toEqual({ stunden: "8", nacht: "6" });
  // 22–24 and 0–6 of the next day are one night begun before 0 Uhr
  expect(classes("Mo 22-24; Di 0-6", "2026-03-02", "2026-03-08", "NW")).toEqual(classes("Mo 22:00-06:00", "2026-03-02", "2026-03-08", "NW"));
  expect(classes("Mo 22-24; Di 0-6", "2026-03-02", "2026-03-08", "NW")).toMatchObject({ "nacht-0-4": "4" });
});

test("round the clock every day: every 0–4 Uhr is night work begun before 0 Uhr; overlapping shifts are refused", () => {
  // 2.–8. März 2026: 168 h; night 20–24 and 4–6 Uhr 6 h a day, 0–4 Uhr 4 h a day; Sunday 24 h + Monday 0–4 Uhr after the Sunday of 1 March
  expect(classes("täglich 00:00-24:00", "2026-03-02", "2026-03-08", "NW")).toEqual({ stunden: "168", nacht: "42", "nacht-0-4": "28", sonntag: "28" });
  expect(() => parseDienstplan("Mo-Fr 08:00-16:00; Mo 12:00-20:00", "dienstplan")).toThrow(/Die Schichten „Mo-Fr 08:00-16:00“ und „Mo 12:00-20:00“ überschneiden sich/);
});
