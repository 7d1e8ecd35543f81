export const ROOT: string;
export const WEB_DIR: string;
export const SHOT_DIR: string;
export const FAKE_EXCEL: string;
export const CHROMIUM_CANDIDATES: string[];
