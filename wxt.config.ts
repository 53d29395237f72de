import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ALL_SOURCE_ORIGINS } from './utils/symbol-lists/origins';

// Firefox-only keys are added inside the manifest function so the Chrome
// build never carries them (Chrome warns about unknown `browser_specific_settings`).
const E2E_LIST_HOSTS = process.env.FINMARK_E2E_LIST_HOSTS === '1';

/**
 * The content script's loader (`entrypoints/content`) runs on every page, so it uses the
 * browser's own API object (`@wxt-dev/browser`: promise-based in Chrome's MV3 and in
 * Firefox alike) instead of webextension-polyfill, whose size and set-up every page would
 * otherwise pay (see README, "Dependencies"). Everything else keeps the polyfill; the loader
 * uses only messages, `runtime.getURL` and `storage.local.get`, which behave the same in both.
 */
function nativeBrowserInLoader(): Plugin {
  let inLoader = false;
  return {
    name: 'finmark:native-browser-in-loader',
    enforce: 'pre',
    configResolved(config) {
      inLoader = !!config.build.lib && config.build.lib.fileName === 'content';
    },
    resolveId(source, importer, options) {
      if (!inLoader || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true });
    },
  };
}

export default defineConfig({
  ...(E2E_LIST_HOSTS ? { outDir: '.output/e2e-list-hosts' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Auto-imports hide where a name comes from; every module imports what it uses.
  imports: false,
  vite: () => ({
    plugins: [react(), nativeBrowserInLoader()],
    // FINMARK_NO_MINIFY=1: readable function names in a CPU profile of the content script.
    ...(process.env.FINMARK_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the URL of the tab the user opened it on.
    // storage: per-tab article reports (session), settings and clippings (local).
    // unlimitedStorage: a research library of clippings must not hit the 10 MB quota.
    // contextMenus: "Clip selection to FinMark" on a selection.
    // alarms: the weekly symbol-list update, created only if the reader agrees to it.
    // declarativeNetRequestWithHostAccess: sets the Referer the Shanghai exchange's
    //   list query insists on, for the extension's own requests to that host only; it
    //   acts on no host the reader has not granted.
    // offscreen (Chrome only): a hidden extension page where Readability parses a copy
    //   of the page, since the service worker has no DOM; Firefox's background has one.
    permissions: [
      'activeTab',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      'declarativeNetRequestWithHostAccess',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The exchanges' list hosts, asked for when the reader first updates the lists.
    // MV2 (Firefox) has no optional_host_permissions: there they are optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ALL_SOURCE_ORIGINS }
      : { optional_host_permissions: ALL_SOURCE_ORIGINS }),
    // The E2E build of the list downloads (FINMARK_E2E_LIST_HOSTS=1, its own output
    // folder): the hosts granted at install, since a test cannot answer the prompt.
    ...(E2E_LIST_HOSTS && browser !== 'firefox' ? { host_permissions: ALL_SOURCE_ORIGINS } : {}),
    // The content script's features past its loader (issue 14), which the loader imports
    // on pages that need them; a content script can import only web-accessible files.
    // Chrome's dynamic URL changes per session, so a page cannot probe for FinMark by it;
    // Firefox's moz-extension:// host is already random per install.
    web_accessible_resources:
      browser === 'firefox'
        ? ['content-main.js']
        : [
            {
              resources: ['content-main.js'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandClip__',
      },
    },
    action: {
      default_title: '__MSG_actionTitle__',
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'finmark@finmark.example',
              // 140 is the first release (and ESR) that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Store packages (`npm run zip`, `npm run zip:firefox`). The sources zip AMO asks for is an
  // allowlist: exactly what `npm ci && npx wxt build -b firefox` needs, plus the README that
  // says how. Tests, fixtures, docs screenshots and scripts other than the icon renderer are
  // not needed to rebuild and stay out; `npm run zip:check` checks the result.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'PRIVACY.md',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      'assets/**',
      'scripts/render-icons.ts',
    ],
    // On top of WXT's own (node_modules, .output, *.test.*/*.spec.*).
    excludeSources: ['**/*~', '**/*.orig', '**/*.rej', '**/*.log'],
    // Source maps never ship, even if a debug build switches them on.
    exclude: ['**/*.map'],
  },
});
