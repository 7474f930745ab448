import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import { EMBED_FRAME_HOSTS } from '../ingest/embeds.js';

/**
 * The desk's security headers (helmet), its Content-Security-Policy included. What the policy
 * lets a page load agrees with what the sanitizer keeps in an article, kind by kind:
 *   - frames: exactly the players the sanitizer allows in an iframe (one shared list),
 *   - images, video posters: https: (the sanitizer moves http addresses to https) and data:,
 *   - video and audio: https:,
 * and nothing else from outside: scripts, styles, fonts and connections are the desk's own.
 */
export function helmetOptions({ https }: { https: boolean }): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Excerpts keep the publisher's images; the sanitizer drops tracking pixels.
        imgSrc: ["'self'", 'data:', 'https:'],
        mediaSrc: ["'self'", 'https:'],
        frameSrc: frameSources(),
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  };
}

/** frame-src: the embedded players, over https only. */
export function frameSources(): string[] {
  return EMBED_FRAME_HOSTS.map((host) => `https://${host}`);
}

/**
 * The headers helmet sets with these options, computed once. They are the same on every response
 * (no nonces), and building them per request (as @fastify/helmet does, constructing helmet anew
 * each time) was 8 % of the CPU of a cached article page.
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
  });
  return Object.freeze(headers);
}
