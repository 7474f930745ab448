/** Longer addresses are not pictures worth keeping (data smuggled in a query, or a broken feed). */
export const MAX_IMAGE_URL_LENGTH = 2048;

/**
 * The address a lead image is kept and shown under: https only. An http address is moved to
 * https (nearly every image host serves both, and the page's CSP loads images over https only);
 * any other scheme (data:, javascript:, ftp:), an address with a user name or password, one that
 * does not parse, or one longer than MAX_IMAGE_URL_LENGTH gives null.
 */
export function leadImageUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_IMAGE_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href.length > MAX_IMAGE_URL_LENGTH ? null : url.href;
}
