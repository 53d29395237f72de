// Checks the store packages that `npm run zip` and `npm run zip:firefox` leave in .output/
// before anyone uploads them:
//
//   npm run zip:check          # zip both browsers, then run this
//   tsx scripts/check-packages.ts   # only check zips already built
//
// Each manifest's version is package.json's; the Chrome zip has no Firefox keys; the Firefox zip
// has its gecko id and `data_collection_permissions`; both carry English and Simplified Chinese
// with a store-sized name and description, icons 16/32/48/128 of those sizes, no source maps, no
// TypeScript and no remote script; the sources zip AMO asks for holds what a rebuild needs and
// nothing else. Exits 1 listing every problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const outDir = join(root, '.output');
// WXT's default artifactTemplate / sourcesTemplate.
const zips = {
  chrome: join(outDir, `${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: join(outDir, `${pkg.name}-${pkg.version}-firefox.zip`),
  sources: join(outDir, `${pkg.name}-${pkg.version}-sources.zip`),
};

// Chrome Web Store limits: the store's item name, and the manifest's description.
const MAX_NAME = 45;
const MAX_DESCRIPTION = 132;
const ICON_SIZES = [16, 32, 48, 128];
const LOCALES = ['en', 'zh_CN'];
// What a reviewer needs to run `npm ci && npx wxt build -b firefox` from the sources zip.
const SOURCES_REQUIRED = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'README.md',
];
const SOURCES_REQUIRED_DIRS = ['entrypoints/', 'utils/', 'public/'];
const SOURCES_FORBIDDEN: [RegExp, string][] = [
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^\.output\//, 'build output'],
  [/^\.wxt\//, "WXT's generated files"],
  [/^test-results\//, 'test results'],
  [/^tests\//, 'tests'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/^docs\/.*\.png$/, 'a docs screenshot'],
  [/(^|\/)\.(git|scratch|bench)\//, 'a hidden working folder'],
  [/(^|\/)shared\//, 'something from ../shared'],
  [/\.zip$/, 'a zip inside the zip'],
];

const problems: string[] = [];
const fail = (zip: string, message: string) => problems.push(`${zip}: ${message}`);

/** The entries of a zip file, by name. */
function readZip(file: string): Map<string, Buffer> {
  const files = unzipSync(readFileSync(file));
  return new Map(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.toString('hex', 0, 8) !== signature) return undefined;
  if (png.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Manifest = Record<string, unknown> & {
  version?: string;
  name?: string;
  description?: string;
  icons?: Record<string, string>;
  content_security_policy?: string | Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
};

const isRemote = (url: string) => /^(https?:)?\/\//i.test(url.trim());

function checkExtensionZip(label: string, file: string, browser: 'chrome' | 'firefox') {
  const entries = readZip(file);
  const text = (name: string) => entries.get(name)?.toString('utf8');
  const manifestText = text('manifest.json');
  if (manifestText === undefined) return fail(label, 'no manifest.json');
  const manifest = JSON.parse(manifestText) as Manifest;

  if (manifest.version !== pkg.version) {
    fail(label, `manifest version ${manifest.version} is not package.json's ${pkg.version}`);
  }
  const gecko = manifest.browser_specific_settings?.gecko;
  if (browser === 'chrome' && 'browser_specific_settings' in manifest) {
    fail(label, 'carries browser_specific_settings (Chrome warns about it)');
  }
  if (browser === 'firefox') {
    if (!gecko?.id) fail(label, 'no browser_specific_settings.gecko.id');
    if (!gecko?.data_collection_permissions?.required?.length) {
      fail(label, 'no browser_specific_settings.gecko.data_collection_permissions.required');
    }
  }

  // Locales: both present, and every __MSG_x__ of the manifest defined in both, within limits.
  const messageKeys = [...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
  for (const locale of LOCALES) {
    const messagesText = text(`_locales/${locale}/messages.json`);
    if (messagesText === undefined) {
      fail(label, `no _locales/${locale}/messages.json`);
      continue;
    }
    const messages = JSON.parse(messagesText) as Record<string, { message?: string }>;
    for (const key of new Set(messageKeys)) {
      if (!messages[key]?.message) fail(label, `_locales/${locale} has no message ${key}`);
    }
    const localise = (value: string | undefined) =>
      value?.replace(/__MSG_(\w+)__/g, (_, key: string) => messages[key]?.message ?? '') ?? '';
    const name = localise(manifest.name);
    const description = localise(manifest.description);
    if ([...name].length > MAX_NAME) {
      fail(label, `${locale} name is ${[...name].length} characters (store limit ${MAX_NAME})`);
    }
    if ([...description].length > MAX_DESCRIPTION) {
      fail(
        label,
        `${locale} description is ${[...description].length} characters (limit ${MAX_DESCRIPTION})`,
      );
    }
  }

  // Icons: declared at every size, present, and really that many pixels.
  for (const size of ICON_SIZES) {
    const path = manifest.icons?.[String(size)];
    if (!path) {
      fail(label, `manifest declares no ${size}px icon`);
      continue;
    }
    const png = entries.get(path.replace(/^\//, ''));
    if (!png) {
      fail(label, `icon ${path} is not in the zip`);
      continue;
    }
    const dims = pngSize(png);
    if (!dims) fail(label, `icon ${path} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      fail(label, `icon ${path} is ${dims.width}×${dims.height}, not ${size}×${size}`);
    }
  }

  // Nothing a store reviewer would reject: maps, TypeScript, remote script.
  for (const name of entries.keys()) {
    if (name.endsWith('.map')) fail(label, `source map ${name}`);
    if (/\.[cm]?tsx?$/.test(name)) fail(label, `TypeScript file ${name}`);
    if (name.endsWith('.js') && /\/\/# sourceMappingURL=/.test(text(name) ?? '')) {
      fail(label, `${name} points to a source map`);
    }
    if (name.endsWith('.html')) {
      for (const [, src] of (text(name) ?? '').matchAll(
        /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)/gi,
      )) {
        if (src && isRemote(src)) fail(label, `${name} loads remote script ${src}`);
      }
    }
  }
  const scripts = [
    ...((manifest.background as { scripts?: string[] } | undefined)?.scripts ?? []),
    (manifest.background as { service_worker?: string } | undefined)?.service_worker ?? '',
    ...((manifest.content_scripts as { js?: string[] }[] | undefined) ?? []).flatMap(
      (cs) => cs.js ?? [],
    ),
  ].filter(Boolean);
  for (const script of scripts) {
    if (isRemote(script)) fail(label, `manifest script ${script} is remote`);
    else if (!entries.has(script.replace(/^\//, '')))
      fail(label, `manifest script ${script} is missing`);
  }
  const csp = manifest.content_security_policy;
  const cspText = typeof csp === 'string' ? csp : Object.values(csp ?? {}).join(' ');
  for (const source of cspText.match(/(https?:)?\/\/[^\s;]+|https?:(?=[\s;]|$)/gi) ?? []) {
    fail(label, `content_security_policy allows remote source ${source}`);
  }
  if (/'unsafe-eval'/.test(cspText)) fail(label, "content_security_policy allows 'unsafe-eval'");

  const bytes = readFileSync(file).length;
  console.log(
    `${label}: ${entries.size} files, ${(bytes / 1024).toFixed(1)} KiB, manifest v${manifest.manifest_version as number}`,
  );
}

function checkSourcesZip(file: string) {
  const label = 'sources';
  const entries = readZip(file);
  const names = [...entries.keys()];
  for (const required of SOURCES_REQUIRED) {
    if (!entries.has(required)) fail(label, `no ${required}`);
  }
  for (const dir of SOURCES_REQUIRED_DIRS) {
    if (!names.some((name) => name.startsWith(dir))) fail(label, `nothing under ${dir}`);
  }
  for (const name of names) {
    for (const [pattern, what] of SOURCES_FORBIDDEN) {
      if (pattern.test(name)) fail(label, `${name} is ${what}`);
    }
  }
  // Every file the build copies from public/ must travel, or the rebuild differs.
  for (const entry of readdirSync(join(root, 'public'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/');
    if (!entries.has(path)) fail(label, `${path} is missing (the build copies it)`);
  }
  const bytes = readFileSync(file).length;
  console.log(`sources: ${names.length} files, ${(bytes / 1024).toFixed(1)} KiB`);
}

for (const [label, file] of Object.entries(zips)) {
  if (!existsSync(file)) fail(label, `${file} does not exist (run npm run zip:check)`);
}
if (problems.length === 0) {
  checkExtensionZip('chrome', zips.chrome, 'chrome');
  checkExtensionZip('firefox', zips.firefox, 'firefox');
  checkSourcesZip(zips.sources);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the store packages:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log('store packages OK');
