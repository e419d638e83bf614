// Draws the Teams app icons (our own drawing: a folded letter with a speech tail) with headless Chromium, from SVG:
// color.png 192×192 on the accent colour, outline.png 32×32 white on transparent, as Teams asks.
// Run from the repository root: NODE_PATH=tests/e2e/node_modules node manifest/draw-icons.js
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const letter = stroke => `
  <path d="M6 8 h20 a2 2 0 0 1 2 2 v12 a2 2 0 0 1 -2 2 h-11 l-5 5 v-5 h-4 a2 2 0 0 1 -2 -2 v-12 a2 2 0 0 1 2 -2 z"
        fill="none" stroke="${stroke}" stroke-width="2" stroke-linejoin="round"/>
  <path d="M5 10 l11 8 l11 -8" fill="none" stroke="${stroke}" stroke-width="2" stroke-linejoin="round"/>`;

const icons = [
  { file: 'color.png', size: 192, svg: `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="4" fill="#1F4E79"/>${letter('#FFFFFF')}</svg>` },
  { file: 'outline.png', size: 32, svg: `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">${letter('#FFFFFF')}</svg>` },
];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${icon.svg}</body></html>`);
    await page.screenshot({ path: path.join(__dirname, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await page.close();
  }
  await browser.close();
})();
