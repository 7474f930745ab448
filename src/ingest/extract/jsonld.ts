/**
 * Reading the article out of a page's JSON-LD blocks (schema.org). Handles a block that
 * is an object, an array, or an object with @graph; @type as a string or an array;
 * author as a string, a Person or Organization, an array of either, or an {"@id"}
 * reference to a node elsewhere in the graph (as Yoast writes it). A block that is not
 * valid JSON is skipped.
 */

export interface JsonLdArticle {
  headline: string | null;
  /** Names, in order, without duplicates. */
  authors: string[];
  datePublished: string | null;
  /** As written, possibly relative. */
  image: string | null;
  inLanguage: string | null;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'report',
  'scholarlyarticle',
]);

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Node): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function isArticle(node: Node): boolean {
  return types(node).some((t) => ARTICLE_TYPES.has(t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase()));
}

/** Every node of a parsed block: top-level arrays, @graph members and mainEntity objects. */
function collect(value: unknown, into: Node[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
  if (isNode(value.mainEntity)) collect(value.mainEntity, into, depth + 1);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const t = value.replace(/\s+/g, ' ').trim();
    return t === '' ? null : t;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = text(v);
      if (t) return t;
    }
  }
  if (isNode(value) && typeof value['@value'] === 'string') return text(value['@value']);
  return null;
}

function authorNames(value: unknown, byId: Map<string, Node>, into: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) authorNames(v, byId, into);
    return;
  }
  if (typeof value === 'string') {
    const name = text(value);
    // A bare URL names a profile page, not a person.
    if (name && !/^(?:https?:)?\/\//i.test(name)) into.push(name);
    return;
  }
  if (!isNode(value)) return;
  let node = value;
  if (node.name === undefined && typeof node['@id'] === 'string') node = byId.get(node['@id']) ?? node;
  const name = text(node.name);
  if (name) into.push(name);
}

function imageUrl(value: unknown, byId: Map<string, Node>): string | null {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const url = imageUrl(v, byId);
      if (url) return url;
    }
    return null;
  }
  if (!isNode(value)) return null;
  let node = value;
  if (node.url === undefined && node.contentUrl === undefined && typeof node['@id'] === 'string') node = byId.get(node['@id']) ?? node;
  return text(node.url) ?? text(node.contentUrl);
}

/** The first article described by the given JSON-LD texts, or null. */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  const nodes: Node[] = [];
  for (const block of blocks) {
    let parsed: unknown;
    try {
      // Some publishers wrap the JSON in an HTML comment or CDATA section.
      parsed = JSON.parse(block.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    collect(parsed, nodes);
  }
  const article = nodes.find(isArticle);
  if (!article) return null;
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);

  const authors: string[] = [];
  authorNames(article.author, byId, authors);
  const inLanguage = isNode(article.inLanguage) ? text(article.inLanguage.alternateName) ?? text(article.inLanguage.name) : text(article.inLanguage);
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: [...new Set(authors)],
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    image: imageUrl(article.image, byId) ?? imageUrl(article.thumbnailUrl, byId),
    inLanguage,
  };
}
