import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML off: what a reader types as <b> is shown as text, never as markup.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

markdown.disable(['image', 'table', 'heading', 'lheading', 'hr']);
// linkify-it 6 no longer links "www.example.org" by default; spam links are typed that way too.
markdown.linkify.set({ fuzzyLink: true });

// The same text without Markdown: paragraphs, line breaks and links only. Every character of
// inline markup costs the full renderer an object of its own, and tens of thousands of them
// cost it more than linear time; a text with more markup than a person writes is shown as typed.
const plainText = new MarkdownIt('zero', { html: false, linkify: true, typographer: false, breaks: true });
plainText.enable(['linkify', 'newline']);
plainText.linkify.set({ fuzzyLink: true });

/** Inline markup characters beyond this (the longest genuine comments use a few hundred) render the text as typed. */
export const MARKUP_BUDGET = 4_000;

const markupCodes = new Set([...'*_~`[]\\&<'].map((c) => c.charCodeAt(0)));

/** How many characters could open or close inline markup: * _ ~ ` [ ] \\ & <. */
function markupCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (markupCodes.has(text.charCodeAt(i))) count++;
  return count;
}

const commentAllowlist: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'a', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 's', 'del'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { href: attribs.href ?? '', rel: 'nofollow ugc noopener' } }),
  },
  // A link whose address is refused keeps its text: only the tag goes.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/** Renders a reader's Markdown to HTML that is safe to show as is. */
export function renderCommentMarkdown(text: string): string {
  const renderer = markupCount(text) > MARKUP_BUDGET ? plainText : markdown;
  return sanitizeHtml(renderer.render(text), commentAllowlist).trim();
}

/** Links in the rendered comment: Markdown links, autolinks and bare URLs all count. */
export function countLinks(renderedHtml: string): number {
  return renderedHtml.match(/<a\s/g)?.length ?? 0;
}
