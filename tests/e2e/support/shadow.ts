import type { Page } from 'playwright-core';

/**
 * The closed shadow root of a card is out of reach of page scripts, axe included.
 * Through CDP the test gets hold of it and shows it to axe (only in the page's main
 * world, where the content script never looks) as the host's `shadowRoot`.
 */
export async function exposeClosedShadowRoot(page: Page, tag: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  interface DomNode {
    nodeName: string;
    children?: DomNode[];
    shadowRoots?: { backendNodeId: number }[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const stack = [root];
  let host: DomNode | undefined;
  while (stack.length && !host) {
    const node = stack.pop()!;
    if (node.nodeName === tag.toUpperCase()) host = node;
    stack.push(...(node.children ?? []));
  }
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error(`no <${tag}> with a shadow root`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration:
      'function () { Object.defineProperty(this.host, "shadowRoot", { configurable: true, get: () => this }); }',
  });
  await cdp.detach();
}
