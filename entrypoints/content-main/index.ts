import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerContentMain } from '../content/handoff';
import { contentMain } from '../content/main';

/**
 * The content script's features, past its loader (issue 14): `content-main.js`, which
 * the loader (`entrypoints/content/index.ts`) imports only on pages that need it.
 */
export default defineUnlistedScript(() => offerContentMain(contentMain));
