// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenIdle } from '../../../entrypoints/content/when-idle';
import { sleep } from '../../support/content-page';

describe('whenIdle', () => {
  it('runs the work once the page is idle (a short timer where there is no idle callback)', async () => {
    const ctx = new ContentScriptContext('test', { noScriptStartedPostMessage: true });
    let ran = 0;
    whenIdle(ctx, () => ran++);
    expect(ran).toBe(0);
    await sleep(120);
    expect(ran).toBe(1);
    ctx.abort('test over');
  });

  it('runs nothing once the content script is invalidated', async () => {
    const ctx = new ContentScriptContext('test', { noScriptStartedPostMessage: true });
    let ran = 0;
    whenIdle(ctx, () => ran++);
    ctx.abort('extension reloaded');
    await sleep(120);
    expect(ran).toBe(0);
  });
});
