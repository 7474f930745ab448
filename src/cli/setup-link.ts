import type { Config } from '../config.js';
import { SETUP_LINK_HOURS } from '../accounts/setup-links.js';
import { operator } from '../commands/actor.js';
import { issueSetupLinkBy } from '../commands/setup.js';
import { readPublicUrl } from '../store/public-url.js';
import { withDesk } from './shared.js';
import { linkBaseUrl } from './users.js';

/** `newsdesk setup-link`: a fresh one-time link to create a new desk's first admin. */
export async function setupLinkCommand(config: Config): Promise<number> {
  return withDesk(config, async ({ store }) => {
    const publicUrl = linkBaseUrl(config.publicUrl, config.publicUrlExplicit, await readPublicUrl(store.db));
    const result = await issueSetupLinkBy({ db: store.db, publicUrl }, operator);
    if (result.kind !== 'issued') {
      console.error('newsdesk: this desk has an admin already; sign in at /admin, or make a new password link: newsdesk users reset-password EMAIL');
      return 1;
    }
    console.log(`Open this link to create the desk's first admin; it works once, for ${SETUP_LINK_HOURS} hours:`);
    console.log(result.url);
  });
}
