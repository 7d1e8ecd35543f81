#!/usr/bin/env node
/**
 * Erzeugt die Add-in-Symbole assets/icon-<n>.png (16, 32, 64, 80, 128 px).
 * Generates the add-in icons; uses only Node's zlib (no image library).
 * Motiv: abgerundetes grünblaues Quadrat mit einem weißen "B".
 * Usage: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x0f, 0x6c, 0x7d]; // teal
const FOREGROUND = [0xff, 0xff, 0xff];

// 5x7 bitmap of the letter B
const GLYPH = ["1111.", "1...1", "1...1", "1111.", "1...1", "1...1", "1111."];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Returns [r,g,b,a] for pixel (x,y) of an icon of the given size. */
function pixel(size, x, y) {
  const radius = Math.max(2, Math.round(size * 0.18));
  // rounded corners: transparent outside the corner circles
  const cx = x < radius ? radius - 0.5 : x >= size - radius ? size - radius - 0.5 : x;
  const cy = y < radius ? radius - 0.5 : y >= size - radius ? size - radius - 0.5 : y;
  const dist = Math.hypot(x - cx, y - cy);
  if (dist > radius) return [0, 0, 0, 0];
  // glyph area: 5x7 cells centred, about 60 % of the height
  const cell = Math.max(1, Math.floor((size * 0.62) / 7));
  const gw = cell * 5;
  const gh = cell * 7;
  const ox = Math.floor((size - gw) / 2);
  const oy = Math.floor((size - gh) / 2);
  const gx = Math.floor((x - ox) / cell);
  const gy = Math.floor((y - oy) / cell);
  if (x >= ox && y >= oy && gx < 5 && gy < 7 && GLYPH[gy][gx] === "1") return [...FOREGROUND, 255];
  return [...BACKGROUND, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  let o = 0;
  for (let y = 0; y < size; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      for (const v of pixel(size, x, y)) raw[o++] = v;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`geschrieben / written: ${path.relative(process.cwd(), file)}`);
}
