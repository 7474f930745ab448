import { escapeHtml } from '../text/html.js';
/*
 * Every mail the desk sends is built from plain-text blocks and rendered twice: as the text part
 * and as an HTML part made only of escaped text. No reader markup (a comment's body_html) and no
 * markup from a feed ever reaches a mail; a comment is quoted from its Markdown source, escaped.
 */

export type MailBlock =
  /** A paragraph of the desk's own words; line breaks are kept. */
  | { kind: 'text'; text: string }
  /** Words a reader wrote, quoted. */
  | { kind: 'quote'; text: string }
  /** A labelled link; the URL is one the desk built from its public address. */
  | { kind: 'link'; label: string; url: string }
  /** Smaller print at the end: why the mail came, how to stop it. */
  | { kind: 'footer'; lines: Array<string | { label: string; url: string }> };

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** A header-safe subject: one line, no control characters, not endless. */
export function subjectLine(text: string, max = 180): string {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Shortens text that goes inside a sentence (an article title, a name). */
export function clip(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export function composeMail(subject: string, blocks: MailBlock[]): ComposedMail {
  const safeSubject = subjectLine(subject);
  return { subject: safeSubject, text: renderText(blocks), html: renderHtml(safeSubject, blocks) };
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function renderText(blocks: MailBlock[]): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'text':
        return normalizeNewlines(block.text);
      case 'quote':
        return normalizeNewlines(block.text)
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n');
      case 'link':
        return `${block.label}:\n${block.url}`;
      case 'footer':
        return ['-- ', ...block.lines.map((line) => (typeof line === 'string' ? line : `${line.label}: ${line.url}`))].join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}

function paragraphHtml(text: string): string {
  return escapeHtml(normalizeNewlines(text)).replace(/\n/g, '<br>\n');
}

function renderHtml(subject: string, blocks: MailBlock[]): string {
  const body = blocks.map((block) => {
    switch (block.kind) {
      case 'text':
        return `<p>${paragraphHtml(block.text)}</p>`;
      case 'quote':
        return `<blockquote style="margin:1em 0;padding:0 1em;border-left:3px solid #ccc;color:#333">${paragraphHtml(block.text)}</blockquote>`;
      case 'link':
        return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
      case 'footer':
        return `<hr>\n<p style="font-size:small;color:#555">${block.lines
          .map((line) => (typeof line === 'string' ? escapeHtml(line) : `<a href="${escapeHtml(line.url)}">${escapeHtml(line.label)}</a>`))
          .join('<br>\n')}</p>`;
    }
  });
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
