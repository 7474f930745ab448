import { isAscii, isUtf8 } from 'node:buffer';

export interface DecodedDocument {
  text: string;
  /** The WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1252', 'utf-16le'. */
  encoding: string;
}

/**
 * Bytes → text, choosing the encoding as a browser does: a byte order mark wins, then the
 * charset of the HTTP Content-Type, then the document's own declaration (the XML prolog's
 * encoding, or an HTML <meta charset> / http-equiv), and UTF-8 when nothing says.
 *
 * One wild case is handled on purpose: a header or prolog that claims ISO-8859-1 (or
 * US-ASCII, or windows-1252 — one encoding under WHATWG) for bytes that are valid UTF-8 and
 * contain multi-byte sequences. Servers add "charset=ISO-8859-1" by default and old templates
 * keep a Latin-1 prolog long after the content became UTF-8; real Latin-1 text almost never
 * happens to form valid multi-byte UTF-8, so such a document is read as UTF-8. A document
 * that is not valid UTF-8 keeps the declared windows-1252.
 */
export function decodeDocument(body: Buffer, contentType: string | null): DecodedDocument {
  const encoding = chooseEncoding(body, contentType);
  const text = encoding === 'windows-1252' ? decodeWindows1252(body) : decoderFor(encoding).decode(body);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

function chooseEncoding(body: Buffer, contentType: string | null): string {
  const bom = encodingFromBom(body);
  if (bom) return bom;
  const declared = encodingFromContentType(contentType) ?? encodingFromDocument(body);
  if (!declared) return 'utf-8';
  if (declared === 'windows-1252' && !isAscii(body) && isUtf8(body)) return 'utf-8';
  return declared;
}

function encodingFromBom(body: Buffer): string | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

export function encodingFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  if (!match) return null;
  return encodingForLabel(match[1] ?? match[2] ?? match[3] ?? '');
}

const sniffBytes = 1024;

function encodingFromDocument(body: Buffer): string | null {
  // XML spec appendix F: "<?" in UTF-16 without a byte order mark.
  if (body[0] === 0x3c && body[1] === 0x00 && body[2] === 0x3f && body[3] === 0x00) return 'utf-16le';
  if (body[0] === 0x00 && body[1] === 0x3c && body[2] === 0x00 && body[3] === 0x3f) return 'utf-16be';
  const head = body.toString('latin1', 0, Math.min(body.length, sniffBytes));
  const label = xmlDeclarationEncoding(head) ?? htmlMetaCharset(head);
  if (label === null) return null;
  const encoding = encodingForLabel(label);
  // Text that could be read in ASCII to find this label is not UTF-16 (the HTML rule, used for XML too).
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

function xmlDeclarationEncoding(head: string): string | null {
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(head);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function htmlMetaCharset(head: string): string | null {
  const metas = head.match(/<meta\s[^>]*>/gi);
  if (!metas) return null;
  for (const meta of metas) {
    const charset = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(meta);
    if (charset?.[1]) return charset[1];
  }
  return null;
}

const labelCache = new Map<string, string | null>();

/**
 * A charset label → its WHATWG encoding name (Node's TextDecoder implements the Encoding
 * Standard's label table: "latin1", "iso-8859-1", "us-ascii" → windows-1252, "cp1251" →
 * windows-1251, "gb2312" → gbk, …). Unknown labels, and the ones the standard maps to the
 * "replacement" decoder, give null, so the caller falls back to UTF-8.
 */
export function encodingForLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (key === '') return null;
  let encoding = labelCache.get(key);
  if (encoding === undefined) {
    try {
      encoding = new TextDecoder(key).encoding;
    } catch {
      encoding = null;
    }
    if (labelCache.size < 200) labelCache.set(key, encoding);
  }
  return encoding;
}

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1, turning 0x80–0x9F (€, curly quotes,
// dashes…) into C1 controls; those 32 bytes are mapped here per the WHATWG index.
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(body: Buffer): string {
  const latin1 = body.toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80]!);
}

const decoders = new Map<string, TextDecoder>();

function decoderFor(encoding: string): TextDecoder {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding);
    decoders.set(encoding, decoder);
  }
  return decoder;
}
