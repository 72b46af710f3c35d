// How the RightSeat server (pocketbase/cmd/rightseat) serves the PWA and its API, against the real
// binary: precompressed files, cache headers by path, the manifest's type, the SPA fallback, security
// headers, CORS and the admin UI switch. The public dir is a small build written here (the same file
// layout adapter-static writes with precompress), so the suite does not need `vite build`.
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPocketBase, type TestPocketBase } from '../../scripts/test-pocketbase.mjs';

const INDEX = `<!doctype html><html><head><title>RightSeat</title></head><body>${'<p>shell</p>'.repeat(200)}</body></html>`;
const CHUNK = `export const answer = ${JSON.stringify('forty-two '.repeat(300))};`;
const files: Record<string, { body: string; precompress: boolean }> = {
	'index.html': { body: INDEX, precompress: true },
	'_app/immutable/chunks/Abc123.js': { body: CHUNK, precompress: true },
	'_app/version.json': { body: '{"version":"1"}', precompress: true },
	'sw.js': { body: `self.addEventListener('install', () => {});${' '.repeat(2000)}`, precompress: true },
	'manifest.webmanifest': { body: '{"name":"RightSeat"}', precompress: false },
	'icons/icon-192.png': { body: 'not really a png', precompress: false }
};

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** the bytes on the wire, not decoded */
	body: Buffer;
}

/** A raw HTTP GET (fetch would decode the body and choose its own Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

const CHROMIUM_ACCEPT = 'gzip, deflate, br, zstd';

describe('serving the PWA', () => {
	let server: TestPocketBase;
	let publicDir: string;

	beforeAll(async () => {
		publicDir = await mkdtemp(join(tmpdir(), 'rightseat-public-'));
		for (const [name, { body, precompress }] of Object.entries(files)) {
			const path = join(publicDir, name);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, body);
			if (precompress) {
				await writeFile(`${path}.gz`, gzipSync(body));
				await writeFile(`${path}.br`, brotliCompressSync(body));
			}
		}
		server = await startPocketBase({ publicDir });
	}, 60_000);

	afterAll(async () => {
		await server?.stop();
		await rm(publicDir, { recursive: true, force: true });
	});

	it('sends brotli when accepted, gzip when only gzip is, and the plain file otherwise', async () => {
		const path = `${server.url}/_app/immutable/chunks/Abc123.js`;
		const br = await get(path, { 'accept-encoding': CHROMIUM_ACCEPT });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.body).toEqual(brotliCompressSync(CHUNK));
		const gzip = await get(path, { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(CHUNK);
		expect(gzip.body.length).toBeLessThan(CHUNK.length / 5);
		expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
		const plain = await get(path);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(CHUNK);
		const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
		expect(refused.headers['content-encoding']).toBeUndefined();
		for (const answer of [br, gzip, plain]) {
			expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
			expect(answer.headers.vary).toContain('Accept-Encoding');
		}
	});

	it('caches content-hashed files for a year and revalidates everything else', async () => {
		const immutable = await get(`${server.url}/_app/immutable/chunks/Abc123.js`, {
			'accept-encoding': 'gzip'
		});
		expect(immutable.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		for (const path of [
			'/',
			'/index.html',
			'/sw.js',
			'/manifest.webmanifest',
			'/_app/version.json',
			'/icons/icon-192.png'
		]) {
			const answer = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
			expect([path, answer.headers['cache-control']]).toEqual([path, 'no-cache']);
		}
		const sw = await get(`${server.url}/sw.js`, { 'accept-encoding': 'gzip' });
		const again = await get(`${server.url}/sw.js`, {
			'accept-encoding': 'gzip',
			'if-modified-since': String(sw.headers['last-modified'])
		});
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	});

	it('serves the manifest as application/manifest+json', async () => {
		const answer = await get(`${server.url}/manifest.webmanifest`, { 'accept-encoding': CHROMIUM_ACCEPT });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe('application/manifest+json');
		expect(JSON.parse(answer.body.toString())).toEqual({ name: 'RightSeat' });
	});

	it('answers a deep link with the shell (compressed, not cached), and a missing asset with 404', async () => {
		const deep = await get(`${server.url}/organizations/abc/providers/def`, { 'accept-encoding': 'gzip' });
		expect(deep.status).toBe(200);
		expect(deep.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(deep.headers['content-encoding']).toBe('gzip');
		expect(deep.headers['cache-control']).toBe('no-cache');
		expect(gunzipSync(deep.body).toString()).toBe(INDEX);
		const root = await get(`${server.url}/`);
		expect(root.body.toString()).toBe(INDEX);
		const stale = await get(`${server.url}/_app/immutable/chunks/Gone999.js`);
		expect(stale.status).toBe(404);
		expect(stale.headers['content-type']).toBe('application/json');
		const traversal = await get(`${server.url}/..%2f..%2fetc/passwd`);
		expect(traversal.body.toString()).toBe(INDEX);
	});

	it('sends the security headers on app pages, assets, API answers and errors', async () => {
		const pages = ['/', '/organizations/abc', '/_app/immutable/chunks/Abc123.js', '/sw.js'];
		const api = ['/api/health', '/api/collections/organizations/records', '/api/nothing-here'];
		for (const path of [...pages, ...api]) {
			const { headers } = await get(`${server.url}${path}`);
			expect([path, headers['x-content-type-options']]).toEqual([path, 'nosniff']);
			expect([path, headers['referrer-policy']]).toEqual([path, 'strict-origin-when-cross-origin']);
			expect([path, headers['x-frame-options']]).toEqual([path, 'DENY']);
			expect(String(headers['permissions-policy'])).toMatch(/(^|, )camera=\(\)/);
			expect(String(headers['permissions-policy'])).toMatch(/(^|, )geolocation=\(\)/);
			expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
		}
		for (const path of api) {
			const { headers } = await get(`${server.url}${path}`);
			expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
		}
	});

	it('gives another origin no CORS permission by default', async () => {
		const simple = await get(`${server.url}/api/health`, { origin: 'https://evil.example' });
		expect(simple.headers['access-control-allow-origin']).toBeUndefined();
		const preflight = await get(
			`${server.url}/api/collections/users/records`,
			{ origin: 'https://evil.example', 'access-control-request-method': 'POST' },
			'OPTIONS'
		);
		expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
		expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
	});

	it('keeps the admin UI on by default', async () => {
		const admin = await get(`${server.url}/_/`);
		expect(admin.status).toBe(200);
		expect(String(admin.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
	});
});

describe('serving, configured by the environment', () => {
	let server: TestPocketBase;

	beforeAll(async () => {
		server = await startPocketBase({
			env: {
				RIGHTSEAT_ADMIN_UI: 'off',
				RIGHTSEAT_CORS_ORIGINS: 'https://app.example.com, https://other.example'
			}
		});
	}, 60_000);

	afterAll(async () => {
		await server?.stop();
	});

	it('RIGHTSEAT_ADMIN_UI=off answers 404 for the admin UI and leaves the API up', async () => {
		// (`/_` itself is redirected to `/_/` by Go's router before any middleware runs)
		for (const path of ['/_/', '/_/index.html', '/_/images/favicon/favicon.png']) {
			const answer = await get(`${server.url}${path}`);
			expect([path, answer.status]).toEqual([path, 404]);
		}
		expect((await get(`${server.url}/api/health`)).status).toBe(200);
	});

	it('RIGHTSEAT_CORS_ORIGINS allows exactly the listed origins', async () => {
		const listed = await get(
			`${server.url}/api/collections/users/records`,
			{ origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
			'OPTIONS'
		);
		expect(listed.headers['access-control-allow-origin']).toBe('https://app.example.com');
		const other = await get(`${server.url}/api/health`, { origin: 'https://other.example' });
		expect(other.headers['access-control-allow-origin']).toBe('https://other.example');
		const unlisted = await get(`${server.url}/api/health`, {
			origin: 'https://app.example.com.evil.example'
		});
		expect(unlisted.headers['access-control-allow-origin']).toBeUndefined();
	});
});
