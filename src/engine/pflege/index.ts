export * from "./types";
export { parsePflege } from "./parse";
export { anteiligesPflegegeld, angerechnetesPflegegeld, evaluatePflege, pflegeAbschnitte, type PflegeAbschnitt, type PflegeAuswertung } from "./compute";
export { pflegeJson } from "./json";
export { pflegeText, type PflegeText, type PflegeZeile } from "./text";
