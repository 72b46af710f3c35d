// Renders static/icons/icon.svg to the PNG icons the manifest names, with Debian's Chromium.
// Run by hand when the icon changes: node scripts/make-icons.mjs (the PNGs are committed).
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const svg = await readFile('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
const targets = [
	{ file: 'static/icons/icon-192.png', size: 192, pad: 0 },
	{ file: 'static/icons/icon-512.png', size: 512, pad: 0 },
	// Maskable: the mark inside the 80 % safe zone on a full-bleed background.
	{ file: 'static/icons/maskable-512.png', size: 512, pad: 0.12 },
	{ file: 'static/icons/apple-touch-icon.png', size: 180, pad: 0 },
	{ file: 'static/favicon.png', size: 48, pad: 0 }
];
for (const { file, size, pad } of targets) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const inner = Math.round(size * (1 - 2 * pad));
	await page.setContent(
		`<body style="margin:0;background:${pad ? '#1d4ed8' : 'transparent'};display:grid;place-items:center;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: file, omitBackground: !pad });
	await page.close();
}
await browser.close();
