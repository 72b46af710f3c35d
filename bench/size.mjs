// First-visit JS weight: the gzip size of every script a first visit to `/` loads, for the app
// and for the floor (an empty SvelteKit + vite-pwa page with the same config).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.png': 'image/png' };

function build(dir) {
	execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	return join(dir, 'build');
}

/** A static server with the SPA fallback, like PocketBase's public dir. */
function serve(dir) {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = join(dir, path);
		if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
			file = join(dir, 'index.html');
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function firstVisitJs(browser, dir) {
	const server = await serve(dir);
	const { port } = server.address();
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	const scripts = new Set();
	page.on('response', (res) => {
		const url = new URL(res.url());
		if (url.pathname.endsWith('.js') && !url.pathname.endsWith('/sw.js')) scripts.add(url.pathname);
	});
	await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
	await context.close();
	server.close();
	let gzip = 0;
	for (const path of scripts) gzip += gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
	return { gzip, files: scripts.size };
}

export async function benchSize() {
	const appBuild = build(root);
	const floorBuild = build(join(root, 'bench/floor'));
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	try {
		const shell = await firstVisitJs(browser, appBuild);
		const floor = await firstVisitJs(browser, floorBuild);
		const kB = (n) => (n / 1000).toFixed(1);
		console.log(`bench shell.js.gzip ${kB(shell.gzip)} kB`);
		console.log(`bench shell.js.files ${shell.files} files`);
		console.log(`bench floor.js.gzip ${kB(floor.gzip)} kB`);
		console.log(`bench shell.floor.ratio ${(shell.gzip / floor.gzip).toFixed(2)} x`);
	} finally {
		await browser.close();
	}
}
