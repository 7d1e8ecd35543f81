/**
 * The zip container of an .xlsx file, read defensively: the central directory is parsed here, each part is
 * inflated with fflate as a stream and stops as soon as it exceeds its limit, so a "zip bomb" (a few MB that
 * inflate to GB) costs no more memory than the limit. Encrypted entries, ZIP64 and unknown compression
 * methods are refused with a German reason.
 */
import { Inflate } from "fflate";

export class ZipError extends Error {}

/** A limit was exceeded: reported as such, not as a broken file. */
export class LimitError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the archive declares it (may lie; the stream enforces the limit). */
  size: number;
  localOffset: number;
}

/** Parts in an archive at most (a workbook template has about 30). */
const MAX_ENTRIES = 10_000;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });
const latin = new TextDecoder("latin1");

/** The entries of the archive, by normalised name (OPC part names compare without case; "\" is "/"). */
export function readDirectory(buf: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    // the record's comment must end where the file ends (a signature inside a comment is no record)
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06 && i + 22 + u16(buf, i + 20) <= buf.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("no end of central directory");
  const count = u16(buf, eocd + 10);
  const dirSize = u32(buf, eocd + 12);
  const dirOffset = u32(buf, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) throw new LimitError("zip64");
  if (count > MAX_ENTRIES) throw new LimitError(`more than ${MAX_ENTRIES} entries`);
  if (dirOffset + dirSize > buf.length) throw new ZipError("central directory outside the file");
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  const dirEnd = dirOffset + dirSize;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dirEnd || u32(buf, p) !== 0x02014b50) throw new ZipError("broken central directory");
    const flags = u16(buf, p + 8);
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    const rawName = buf.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin).decode(rawName).replace(/\\/g, "/").replace(/^\/+/, "");
    const e: ZipEntry = {
      name,
      method: u16(buf, p + 10),
      flags,
      compressedSize: u32(buf, p + 20),
      size: u32(buf, p + 24),
      localOffset: u32(buf, p + 42),
    };
    if (e.compressedSize === 0xffffffff || e.size === 0xffffffff || e.localOffset === 0xffffffff) throw new LimitError("zip64");
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, e);
    p += 46 + nameLen + extraLen + commentLen;
    if (p > dirEnd) throw new ZipError("broken central directory");
  }
  return entries;
}

/**
 * Everything inflated from one archive: each part has its own limit, and all parts together (also a part
 * read again through a second relationship) share this one.
 */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
}

/**
 * Streams the bytes of one part to `sink` in chunks; throws LimitError(`label`) beyond `limit` bytes or when
 * the archive's budget is spent. Compressed data goes in 1 KB slices, so one step inflates at most about
 * 1 MB (deflate's largest ratio is about 1:1032) and memory stays near the limit whatever the ratio.
 */
export function inflateEntry(buf: Uint8Array, e: ZipEntry, limit: number, label: string, budget: InflateBudget, sink: (chunk: Uint8Array) => void): void {
  if (e.flags & 1) throw new ZipError("encrypted");
  const h = e.localOffset;
  if (h + 30 > buf.length || u32(buf, h) !== 0x04034b50) throw new ZipError("broken local header");
  const start = h + 30 + u16(buf, h + 26) + u16(buf, h + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError("entry outside the file");
  const data = buf.subarray(start, end);
  let total = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    budget.used += chunk.length;
    if (total > limit) throw new LimitError(label);
    if (budget.used > budget.limit) throw new LimitError("archive");
    sink(chunk);
  };
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += 1 << 16) take(data.subarray(i, Math.min(data.length, i + (1 << 16))));
    return;
  }
  if (e.method !== 8) throw new ZipError(`compression method ${e.method}`);
  const inflate = new Inflate((chunk) => take(chunk));
  const step = 1 << 10;
  if (data.length === 0) throw new ZipError("empty deflate stream");
  for (let i = 0; i < data.length; i += step) inflate.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
}

/** One part as text (UTF-8; the decoder drops a BOM), for the small parts. */
export function entryText(buf: Uint8Array, e: ZipEntry, limit: number, label: string, budget: InflateBudget): string {
  const decoder = new TextDecoder("utf-8");
  let out = "";
  inflateEntry(buf, e, limit, label, budget, (c) => (out += decoder.decode(c, { stream: true })));
  return out + decoder.decode();
}
