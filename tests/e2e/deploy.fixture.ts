import type { Page } from '@playwright/test';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * Deploys a "new version" into a copy of the build: any byte change to sw.js is a new service
 * worker. The server sends the precompressed sw.js.br / sw.js.gz when the browser accepts them, so
 * those are rewritten too, as a real build would.
 */
export async function deployNewServiceWorker(publicDir: string): Promise<void> {
	const path = join(publicDir, 'sw.js');
	await appendFile(path, `\n// deployed ${Date.now()}\n`);
	const body = await readFile(path);
	await writeFile(`${path}.gz`, gzipSync(body));
	await writeFile(`${path}.br`, brotliCompressSync(body));
}

/** Marks the page's current document, so a test can tell when a reload replaced it. */
export async function markDocument(page: Page): Promise<void> {
	await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
}

/**
 * Whether the marked document was replaced by a new one (false while it is still there, and while a
 * navigation is under way and the page cannot be asked).
 */
export function documentReplaced(page: Page): Promise<boolean> {
	return page
		.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate !== true)
		.catch(() => false);
}
