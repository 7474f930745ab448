import { randomBytes } from 'node:crypto';

/*
 * The per-reader parts of a cached page (form tokens, the CSRF token, a returning commenter's
 * saved name) as slots: the page is rendered once with a marker in each, cut at the markers,
 * and each request joins the pieces with its own values. The markers carry a random part drawn
 * when the process starts, so no text on a page (a comment, an article) can imitate one.
 */

/** This process's marker prefix: letters and digits only, so escaping leaves markers whole. */
const MARKER_PREFIX = `ndslot${randomBytes(12).toString('hex')}`;

/** The marker standing for the slot `name` (letters and digits) in a rendered page. */
export function slotMarker(name: string): string {
  if (!/^[a-z][a-z0-9]*$/i.test(name)) throw new Error(`slot names are letters and digits: ${name}`);
  return `${MARKER_PREFIX}x${name}x`;
}

/** A page cut at its slots: pieces[i], then the value of slots[i], then pieces[i + 1], … */
export interface SlotTemplate {
  pieces: Buffer[];
  slots: string[];
  /** All pieces together, in bytes. */
  size: number;
}

const MARKER = new RegExp(`${MARKER_PREFIX}x([a-z0-9]+)x`, 'gi');

/** Cuts a rendered page at every slot marker in it; a page without markers is one piece. */
export function cutAtSlots(html: string): SlotTemplate {
  const pieces: Buffer[] = [];
  const slots: string[] = [];
  let from = 0;
  for (const match of html.matchAll(MARKER)) {
    pieces.push(Buffer.from(html.slice(from, match.index), 'utf8'));
    slots.push(match[1]!);
    from = match.index + match[0].length;
  }
  pieces.push(Buffer.from(html.slice(from), 'utf8'));
  return { pieces, slots, size: pieces.reduce((sum, piece) => sum + piece.length, 0) };
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A value as it may stand inside a double-quoted attribute or as text. */
export function escapeSlotValue(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * The page as the kept pieces with each slot's value, escaped, between them (a slot without a
 * value left empty): written as they are, nothing copied.
 */
export function filledParts(template: SlotTemplate, values: Readonly<Record<string, string>>): Buffer[] {
  const parts: Buffer[] = [];
  for (let i = 0; i < template.slots.length; i++) {
    parts.push(template.pieces[i]!);
    const name = template.slots[i]!;
    const value = values[name] ?? '';
    if (value !== '') parts.push(Buffer.from(escapeSlotValue(value), 'utf8'));
  }
  parts.push(template.pieces[template.slots.length]!);
  return parts;
}
