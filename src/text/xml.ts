/*
 * The one way text gets into the XML the desk writes (RSS, Atom, comment feeds, the
 * sitemap, OPML): `escapeXml` for every text node, `escapeXmlAttribute` for every attribute
 * value, and a small element writer that calls them for all of them. Text from feeds and readers may carry
 * characters XML 1.0 forbids anywhere, even as character references (C0 controls other
 * than tab, LF and CR; U+FFFE and U+FFFF; lone surrogates); one of those makes the whole
 * document unreadable, so they are dropped here, once.
 */

/**
 * A markup character, or any code point outside XML 1.0's Char production. With the `u`
 * flag a lone surrogate is one code point, so it is matched (and dropped) on its own while
 * a valid pair stays whole. One character per match: linear in the text.
 */
const needsEscapeOrDrop = /[&<>"']|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const markupEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for an XML text node: markup escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(needsEscapeOrDrop, (c) => markupEntities[c] ?? '');
}

/**
 * Whitespace a parser would turn into a space in an attribute value (XML 1.0 §3.3.3,
 * attribute-value normalisation); only as character references do they survive.
 */
const attributeWhitespace: Readonly<Record<string, string>> = { '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text made safe for a quoted attribute value, read back as written: escapeXml, and tab, LF and CR as references. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => attributeWhitespace[c] ?? c);
}

/** Attribute values; an absent (undefined or null) value leaves the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

/** A text child, or an element. Absent children (false, null, undefined, empty text) are skipped, for conditional parts. */
export type XmlChild = XmlElement | string | false | null | undefined;

export interface XmlElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlChild[];
}

/** Names are written by our code, never taken from input; a bad one is a programming error. */
const xmlName = /^[A-Za-z_][\w.-]{0,60}(?::[A-Za-z_][\w.-]{0,60})?$/;

/** An element: `xml('title', {}, 'Text')`, `xml('link', { href, rel })`. */
export function xml(name: string, attributes: XmlAttributes = {}, ...children: XmlChild[]): XmlElement {
  if (!xmlName.test(name)) throw new Error(`not an XML name: ${name}`);
  for (const key of Object.keys(attributes)) if (!xmlName.test(key)) throw new Error(`not an XML attribute name: ${key}`);
  return { name, attributes, children };
}

function openTag(element: XmlElement): string {
  let tag = `<${element.name}`;
  for (const [key, value] of Object.entries(element.attributes)) {
    if (value !== undefined && value !== null) tag += ` ${key}="${escapeXmlAttribute(String(value))}"`;
  }
  return tag;
}

function present(children: readonly XmlChild[]): (XmlElement | string)[] {
  return children.filter((c): c is XmlElement | string => c !== false && c !== null && c !== undefined && c !== '');
}

function write(element: XmlElement, indent: string, out: string[]): void {
  const children = present(element.children);
  if (children.length === 0) {
    out.push(`${indent}${openTag(element)}/>`);
    return;
  }
  // An element holding text is written on one line, so no whitespace is added to what it says.
  if (children.some((c) => typeof c === 'string')) {
    out.push(`${indent}${openTag(element)}>${children.map((c) => (typeof c === 'string' ? escapeXml(c) : inline(c))).join('')}</${element.name}>`);
    return;
  }
  out.push(`${indent}${openTag(element)}>`);
  for (const child of children) write(child as XmlElement, `${indent}  `, out);
  out.push(`${indent}</${element.name}>`);
}

function inline(element: XmlElement): string {
  const out: string[] = [];
  write(element, '', out);
  return out.join('');
}

/** A whole document: the UTF-8 prolog, then the root element indented, then a newline. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
