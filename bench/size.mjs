// Weight of the app, two ways:
// - first-visit JS: the gzip size of every script a first visit to `/` loads, for the app and for the
//   floor (an empty SvelteKit + vite-pwa page with the same config), both from a plain static server;
// - bytes on the wire from the real RightSeat server (pocketbase/cmd/rightseat, compression and cache
//   headers on): a first visit as Chromium fetches it, the whole service-worker precache as served
//   with Chromium's Accept-Encoding, and a returning visit to the dashboard.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startPocketBase } from '../scripts/test-pocketbase.mjs';

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

const CHROMIUM_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** Bytes a response takes on the wire: status line, headers and the (encoded) body. */
function wireBytes(url) {
	return new Promise((ok, fail) => {
		const req = request(url, { headers: { 'accept-encoding': CHROMIUM_ACCEPT_ENCODING } }, (res) => {
			let body = 0;
			res.on('data', (chunk) => (body += chunk.length));
			res.on('end', () => {
				const head =
					`HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length +
					res.rawHeaders.reduce((n, h) => n + h.length + 2, 0) + // "name: " and "value\r\n"
					2;
				ok({ status: res.statusCode, bytes: head + body, body, location: res.headers.location });
			});
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}

/** Every URL the service worker precaches on install (workbox's manifest inside sw.js). */
function precacheUrls(dir) {
	const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
	return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => `/${m[1]}`);
}

/** Sums encodedDataLength (bytes on the wire, headers included) of the page's requests. */
async function countTransfer(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
	const fromWorker = new Set();
	let bytes = 0;
	let requests = 0;
	cdp.on('Network.responseReceived', (e) => {
		if (e.response.fromServiceWorker) fromWorker.add(e.requestId);
	});
	cdp.on('Network.loadingFinished', (e) => {
		if (fromWorker.has(e.requestId)) return;
		bytes += e.encodedDataLength;
		requests += 1;
	});
	return {
		take() {
			const taken = { bytes, requests };
			bytes = 0;
			requests = 0;
			return taken;
		}
	};
}

/** The real server: first visit, precache, returning dashboard, in bytes on the wire. */
async function wireWeight(browser, dir) {
	const server = await startPocketBase({ publicDir: dir });
	try {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		const transfer = await countTransfer(page);
		await page.goto(server.url, { waitUntil: 'networkidle' });
		const shell = transfer.take();
		// the service worker took over; a returning user opens the dashboard of their organization
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
		});
		await page.getByRole('button', { name: /example organization/i }).click();
		await page.getByRole('heading', { level: 1 }).waitFor();
		transfer.take();
		await page.goto(server.url, { waitUntil: 'networkidle' });
		await page.getByRole('heading', { level: 1, name: /right seat\?$/ }).waitFor();
		const returning = transfer.take();
		await context.close();

		let precache = 0;
		let precacheBody = 0;
		let precacheRaw = 0;
		const urls = precacheUrls(dir);
		for (const url of urls) {
			let answer = await wireBytes(`${server.url}${url}`);
			if (answer.location) {
				// a redirect (stock PocketBase sends /index.html to /): the worker follows it, so count both
				const target = await wireBytes(new URL(answer.location, server.url).href);
				answer = { ...target, bytes: answer.bytes + target.bytes, body: answer.body + target.body };
			}
			if (answer.status !== 200) throw new Error(`precache ${url}: HTTP ${answer.status}`);
			precache += answer.bytes;
			precacheBody += answer.body;
			precacheRaw += statSync(join(dir, url)).size;
		}
		return { shell, returning, precache, precacheBody, precacheRaw, precacheFiles: urls.length };
	} finally {
		await server.stop();
	}
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
		const wire = await wireWeight(browser, appBuild);
		console.log(`bench shell.transfer.bytes ${wire.shell.bytes} B`);
		console.log(`bench shell.transfer.requests ${wire.shell.requests} requests`);
		console.log(`bench precache.transfer.bytes ${wire.precache} B`);
		console.log(`bench precache.body.bytes ${wire.precacheBody} B`);
		console.log(`bench precache.raw.bytes ${wire.precacheRaw} B`);
		console.log(`bench precache.files ${wire.precacheFiles} files`);
		console.log(`bench precache.transfer.ratio ${(wire.precache / wire.precacheRaw).toFixed(2)} x`);
		console.log(`bench dashboard.return.transfer.bytes ${wire.returning.bytes} B`);
		console.log(`bench dashboard.return.transfer.requests ${wire.returning.requests} requests`);
	} finally {
		await browser.close();
	}
}
