import type { ComponentChildren } from 'preact';
import type { Settings } from '../../store/settings.js';

export interface LayoutProps {
  settings: Settings;
  /** The page's own title; the site name is appended. */
  title?: string;
  description?: string;
  canonicalUrl?: string;
  children: ComponentChildren;
}

export function Layout({ settings, title, description, canonicalUrl, children }: LayoutProps) {
  const fullTitle = title ? `${title} – ${settings.siteName}` : settings.siteName;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description && <meta name="description" content={description} />}
        {canonicalUrl && <link rel="canonical" href={canonicalUrl} />}
        <link rel="stylesheet" href="/assets/style.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <script src="/assets/site.js" defer />
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
                  <a href="/">Latest</a>
                </li>
              </ul>
            </nav>
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
          </div>
        </footer>
      </body>
    </html>
  );
}
