import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML off: what a reader types as <b> is shown as text, never as markup.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

markdown.disable(['image', 'table', 'heading', 'lheading', 'hr']);
// linkify-it 6 no longer links "www.example.org" by default; spam links are typed that way too.
markdown.linkify.set({ fuzzyLink: true });

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
  return sanitizeHtml(markdown.render(text), commentAllowlist).trim();
}

/** Links in the rendered comment: Markdown links, autolinks and bare URLs all count. */
export function countLinks(renderedHtml: string): number {
  return renderedHtml.match(/<a\s/g)?.length ?? 0;
}
