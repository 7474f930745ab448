import { assetPath } from '../assets.js';
import type { ComponentChildren } from 'preact';
import type { Settings } from '../../store/settings.js';
import { commentFeedLink, deskCommentsFeedPath } from '../feeds/comments.js';
import { feedLinks } from '../feeds/index.js';

/** A feed announced in the page head with `<link rel="alternate">`. */
export interface FeedLink {
  href: string;
  type: string;
  title: string;
}

export interface LayoutProps {
  settings: Settings;
  /** The page's own title; the site name is appended. */
  title?: string;
  description?: string;
  canonicalUrl?: string;
  /** Feeds announced besides the desk's own three (a source page's feeds). */
  feeds?: FeedLink[];
  /** Feeds announced after the desk's (an article's comment feed). */
  laterFeeds?: FeedLink[];
  /** More head elements: OpenGraph and Twitter meta, JSON-LD. */
  head?: ComponentChildren;
  /** The main navigation entry this page belongs to. */
  section?: 'latest' | 'stories' | 'entities' | 'sources';
  /** What the header's search box shows: the search on a results page, else nothing. */
  searchQuery?: string;
  children: ComponentChildren;
}

export function Layout({ settings, title, description, canonicalUrl, feeds = [], laterFeeds = [], head, section, searchQuery = '', children }: LayoutProps) {
  const fullTitle = title ? `${title} – ${settings.siteName}` : settings.siteName;
  // A page's own feeds come first: readers offer the first one found.
  const alternates = [...feeds, ...feedLinks('', settings.siteName), commentFeedLink(deskCommentsFeedPath, `Comments – ${settings.siteName} (RSS)`), ...laterFeeds];
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* The browser may paint the dark background before the stylesheet arrives: no white flash. */}
        <meta name="color-scheme" content="light dark" />
        <title>{fullTitle}</title>
        {description && <meta name="description" content={description} />}
        {canonicalUrl && <link rel="canonical" href={canonicalUrl} />}
        <link rel="stylesheet" href={assetPath('style.css')} />
        <link rel="icon" href={assetPath('favicon.svg')} type="image/svg+xml" />
        {alternates.map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
        {head}
        <script src={assetPath('site.js')} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="wrap">
            <p class="site-name">
              <a href="/">{settings.siteName}</a>
            </p>
            <p class="site-tagline">{settings.siteTagline}</p>
            <nav aria-label="Main">
              <ul>
                <li>
                  <a href="/" aria-current={section === 'latest' ? 'page' : undefined}>
                    Latest
                  </a>
                </li>
                <li>
                  <a href="/stories" aria-current={section === 'stories' ? 'page' : undefined}>
                    Stories
                  </a>
                </li>
                <li>
                  <a href="/entities" aria-current={section === 'entities' ? 'page' : undefined}>
                    Names
                  </a>
                </li>
                <li>
                  <a href="/sources" aria-current={section === 'sources' ? 'page' : undefined}>
                    Sources
                  </a>
                </li>
              </ul>
            </nav>
            <form class="site-search" role="search" aria-label="Site" action="/search" method="get">
              <label for="site-search-q">Search articles</label>
              <input type="search" id="site-search-q" name="q" value={searchQuery} maxLength={500} />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              {settings.siteName} publishes excerpts with attribution; every article links to its original.
            </p>
            <p>
              <a href="/privacy">Privacy and your data</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
