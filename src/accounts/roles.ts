import { staffRoles, type StaffRole } from '../store/schema.js';

/*
 * Who may do what in the back office. Pure functions, so the rules can be tested without
 * a server: the guard in src/web/admin/guard.ts applies them to every request.
 */

/** The parts of the back office, each behind one check. */
export const adminAreas = ['dashboard', 'comments', 'articles', 'sources', 'settings', 'users', 'audit'] as const;
export type AdminArea = (typeof adminAreas)[number];

const allowed: Record<AdminArea, readonly StaffRole[]> = {
  dashboard: ['admin', 'editor', 'moderator'],
  comments: ['admin', 'moderator'],
  articles: ['admin', 'editor'],
  sources: ['admin', 'editor'],
  settings: ['admin'],
  users: ['admin'],
  audit: ['admin'],
};

export function canAccess(role: StaffRole, area: AdminArea): boolean {
  return allowed[area].includes(role);
}

/** The roles that include an area, the narrowest first. */
export function rolesFor(area: AdminArea): readonly StaffRole[] {
  const narrowestFirst: readonly StaffRole[] = ['moderator', 'editor', 'admin'];
  return narrowestFirst.filter((role) => allowed[area].includes(role));
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}

/** What each role is for, in the words the back office and the command line use. */
export const roleDescriptions: Record<StaffRole, string> = {
  admin: 'everything: comments, articles, sources, settings, staff accounts, the audit log',
  editor: 'sources and articles',
  moderator: 'comments',
};

/**
 * Where to go after signing in: only a path inside the back office, so a crafted
 * ?next= can never send someone to another site (//evil.example, /\evil.example, https:…).
 * The answer is plain ASCII with everything else percent-encoded, fit for a Location header.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000) return '/admin';
  if (!backOfficePath.test(raw)) return '/admin';
  // Backslashes, spaces and control characters are read differently by different parsers.
  if (/[\\\s\u0000-\u001f\u007f]/.test(raw) || raw.includes('//')) return '/admin';
  // No dot segments, spelled out or percent-encoded: /admin/../elsewhere is not in the back office.
  if (/(?:^|\/)(?:\.|%2e){1,2}(?:[/?#]|$)/i.test(raw)) return '/admin';
  if (/^\/admin\/(?:login|logout|set-password)(?:[/?#]|$)/.test(raw)) return '/admin';
  const encoded = sameSitePath(raw);
  return encoded !== null && backOfficePath.test(encoded) ? encoded : '/admin';
}

const backOfficePath = /^\/admin(?:[/?#]|$)/;
const PARSE_BASE = 'http://desk.invalid';

/** The path, query and fragment as the URL parser writes them (non-ASCII percent-encoded as UTF-8); null if it would leave the site. */
function sameSitePath(path: string): string | null {
  try {
    const url = new URL(path, PARSE_BASE);
    if (url.origin !== PARSE_BASE) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The sign-in page, remembering where the person was going. */
export function loginUrlFor(requestedUrl: string): string {
  const next = safeNextPath(requestedUrl);
  return next === '/admin' ? '/admin/login' : `/admin/login?next=${encodeURIComponent(next)}`;
}

/**
 * Whether the session cookie gets the Secure flag: the desk's public address is https, or
 * (only behind a trusted proxy) the proxy says the request came over https.
 */
export function secureCookie(publicUrl: string, trustProxy: boolean, requestProtocol: string): boolean {
  if (publicUrl.startsWith('https:')) return true;
  return trustProxy && requestProtocol === 'https';
}
