import type { Config } from '../config.js';
import { issueSetupLink, SETUP_LINK_HOURS } from '../accounts/setup-links.js';
import { hasAnyAdmin } from '../store/admin-users.js';
import { readPublicUrl } from '../store/public-url.js';
import { withDesk } from './shared.js';
import { linkBaseUrl } from './users.js';

/** `newsdesk setup-link`: a fresh one-time link to create a new desk's first admin. */
export async function setupLinkCommand(config: Config): Promise<number> {
  return withDesk(config, async ({ store }) => {
    if (await hasAnyAdmin(store.db)) {
      console.error('newsdesk: this desk has an admin already; sign in at /admin, or make a new password link: newsdesk users reset-password EMAIL');
      return 1;
    }
    const base = linkBaseUrl(config.publicUrl, config.publicUrlExplicit, await readPublicUrl(store.db));
    const { url } = await issueSetupLink(store.db, base, new Date());
    console.log(`Open this link to create the desk's first admin; it works once, for ${SETUP_LINK_HOURS} hours:`);
    console.log(url);
  });
}
