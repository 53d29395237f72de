// `npm run body-text -- page.html`: prints only the article body FinMark finds on a saved
// page (its title and publish time on the first lines), never the engine's entities.
// Labellers of held-out pages use it so that they see exactly the text that is scored
// and nothing of what the engine makes of it.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { articleText } from '../utils/article/article-text';
import { decodeHtml } from '../utils/article/decode-html';
import { detectArticle } from '../utils/article/detect';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run body-text -- <page.html>');
  process.exit(1);
}
const doc = new JSDOM(decodeHtml(readFileSync(file)).text).window.document;
const info = detectArticle(doc);
console.log(
  `# article: ${info.isArticle} · title: ${info.title ?? ''} · published: ${info.publishedTime ?? ''}`,
);
console.log(info.root ? articleText(info.root) : '(no body found)');
