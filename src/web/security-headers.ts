import type { FastifyHelmetOptions } from '@fastify/helmet';
import { EMBED_FRAME_HOSTS } from '../ingest/embeds.js';

/**
 * The desk's security headers (helmet), its Content-Security-Policy included. What the policy
 * lets a page load agrees with what the sanitizer keeps in an article, kind by kind:
 *   - frames: exactly the players the sanitizer allows in an iframe (one shared list),
 *   - images, video posters: https: (the sanitizer moves http addresses to https) and data:,
 *   - video and audio: https:,
 * and nothing else from outside: scripts, styles, fonts and connections are the desk's own.
 */
export function helmetOptions({ https }: { https: boolean }): FastifyHelmetOptions {
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
