/**
 * The video and audio players an article may embed, shared by the sanitizer (which keeps an
 * iframe only when it points at one of these) and the Content-Security-Policy (whose
 * frame-src lists exactly the hosts such an iframe can point at once sanitized), so the two
 * cannot disagree.
 */

/** Players an article may embed: host and path prefix. Every other iframe is dropped. */
export const EMBEDS: readonly (readonly [host: string, pathPrefix: string])[] = [
  ['www.youtube.com', '/embed/'],
  ['youtube.com', '/embed/'],
  ['www.youtube-nocookie.com', '/embed/'],
  ['youtube-nocookie.com', '/embed/'],
  ['player.vimeo.com', '/video/'],
  ['www.dailymotion.com', '/embed/'],
  ['geo.dailymotion.com', '/player'],
  ['w.soundcloud.com', '/player/'],
  ['open.spotify.com', '/embed/'],
  ['bandcamp.com', '/EmbeddedPlayer/'],
  ['archive.org', '/embed/'],
];

/** Hosts whose players are moved to another host of the same player (YouTube's without tracking cookies). */
export const EMBED_HOST_REWRITES: Readonly<Record<string, string>> = {
  'www.youtube.com': 'www.youtube-nocookie.com',
  'youtube.com': 'www.youtube-nocookie.com',
};

/** Every host a sanitized iframe can point at (always over https). */
export const EMBED_FRAME_HOSTS: readonly string[] = [...new Set(EMBEDS.map(([host]) => EMBED_HOST_REWRITES[host] ?? host))];
