import { readPageCopy } from '../../utils/article/readability-pick';
import { onMessage } from '../../utils/messages';

// The offscreen document (Chrome): a DOM for Readability, which the service worker
// lacks. It only answers the background (see entrypoints/background/readability.ts).
onMessage('offscreen/readability', (request) => readPageCopy(request));
