// Renders assets/icon.svg to public/icon/<size>.png (WXT discovers these and
// writes them into the manifest's `icons`).
//
//   npm run icons                              # write the PNGs
//   npm run icons -- --preview FILE            # also write a preview sheet
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = join(root, 'assets', 'icon.svg');
const outDir = join(root, 'public', 'icon');
const sizes = [16, 32, 48, 128];

const previewFlag = process.argv.indexOf('--preview');
const previewPath = previewFlag === -1 ? undefined : process.argv[previewFlag + 1];
if (previewFlag !== -1 && !previewPath) {
  console.error('--preview needs an output path');
  process.exit(1);
}

const svg = await readFile(svgPath, 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--headless'],
});

try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();
  await mkdir(outDir, { recursive: true });

  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img id="icon" src="${svgUrl}" width="${size}" height="${size}" style="display:block">` +
        `</body></html>`,
    );
    await page.waitForFunction(() => {
      const img = document.getElementById('icon');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const file = join(outDir, `${size}.png`);
    await writeFile(file, png);
    console.log(`wrote ${file}`);
  }

  if (previewPath) {
    // 16 and 32 px icons at 1:1 on a light and a dark toolbar colour, plus
    // pixelated 8x / 4x enlargements of the same PNGs to judge them by eye.
    const pngUrl = async (size: number) =>
      `data:image/png;base64,${(await readFile(join(outDir, `${size}.png`))).toString('base64')}`;
    const p16 = await pngUrl(16);
    const p32 = await pngUrl(32);
    const panel = (bg: string, fg: string) => `
      <div style="background:${bg};color:${fg};padding:16px;display:flex;flex-direction:column;gap:12px">
        <div style="display:flex;gap:12px;align-items:center">
          <img src="${p16}" width="16" height="16"> <img src="${p32}" width="32" height="32">
          <span>1:1 on ${bg}</span>
        </div>
        <div style="display:flex;gap:16px;align-items:flex-end">
          <img src="${p16}" width="128" height="128" style="image-rendering:pixelated">
          <img src="${p32}" width="128" height="128" style="image-rendering:pixelated">
        </div>
      </div>`;
    await page.setViewportSize({ width: 640, height: 240 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;font:12px sans-serif;display:flex">` +
        panel('#ffffff', '#202124') +
        panel('#202124', '#e8eaed') +
        `</body></html>`,
    );
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    const box = await page.evaluate(() => {
      const r = document.body.getBoundingClientRect();
      return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
    });
    await page.screenshot({ path: previewPath, clip: { x: 0, y: 0, ...box } });
    console.log(`wrote ${previewPath}`);
  }
} finally {
  await browser.close();
}
