import { readAndJudgeCopy } from '../../utils/article/judge-copy';
import { onMessage } from '../../utils/messages';

// The offscreen document (Chrome): a DOM for Readability and for judging a page's copy
// (`judge-copy.ts`), which the service worker lacks. It only answers the background (see
// entrypoints/background/readability.ts).
onMessage('offscreen/readability', (request) => readAndJudgeCopy(request));
