// Backs up a running RightSeat through PocketBase's backups API: the server writes a consistent zip
// of its data dir (SQLite databases and uploaded files, taken while writes wait), which is then
// downloaded to a folder of your choice and checked.
//
//   RIGHTSEAT_URL=https://rightseat.example.com RIGHTSEAT_ADMIN_EMAIL=… RIGHTSEAT_ADMIN_PASSWORD=… \
//     npm run backup -- /var/backups/rightseat
//
// Prints the path of the zip. The copy also stays in the data dir's backups/ (the admin UI lists it)
// unless RIGHTSEAT_BACKUP_KEEP_ON_SERVER=0.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Fails with the server's answer when `res` is not ok. */
async function ok(res, what) {
	if (res.ok) return res;
	throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
}

/**
 * Creates a backup on the server at `url` and downloads it into `outDir`; resolves to the zip path.
 * @param {{ url: string, email: string, password: string, outDir: string, keepOnServer?: boolean }} o
 */
export async function backup({ url, email, password, outDir, keepOnServer = true }) {
	const base = url.replace(/\/+$/, '');
	const auth = await ok(
		await fetch(`${base}/api/collections/_superusers/auth-with-password`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ identity: email, password })
		}),
		'signing in as the superuser'
	);
	const { token } = await auth.json();
	const headers = { authorization: token, 'content-type': 'application/json' };
	const stamp = new Date()
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\..*/, '')
		.replace('T', '_')
		.toLowerCase();
	const name = `rightseat_${stamp}.zip`;
	await ok(
		await fetch(`${base}/api/backups`, { method: 'POST', headers, body: JSON.stringify({ name }) }),
		'creating the backup'
	);
	const fileToken = (
		await (await ok(await fetch(`${base}/api/files/token`, { method: 'POST', headers }), 'file token')).json()
	).token;
	const download = await ok(
		await fetch(`${base}/api/backups/${encodeURIComponent(name)}?token=${encodeURIComponent(fileToken)}`),
		'downloading the backup'
	);
	const bytes = Buffer.from(await download.arrayBuffer());
	// a zip starts with "PK\x03\x04"
	if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
		throw new Error('the download is not a zip file');
	mkdirSync(outDir, { recursive: true });
	const path = join(resolve(outDir), name);
	writeFileSync(path, bytes);
	if (statSync(path).size !== bytes.length) throw new Error(`writing ${path} was cut short`);
	if (!keepOnServer) {
		await ok(
			await fetch(`${base}/api/backups/${encodeURIComponent(name)}`, { method: 'DELETE', headers }),
			'removing the server copy'
		);
	}
	return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const env = process.env;
	const outDir = process.argv[2] ?? 'backups';
	const url =
		env.RIGHTSEAT_URL ?? `http://${env.RIGHTSEAT_HOST ?? '127.0.0.1'}:${env.RIGHTSEAT_PORT ?? '8090'}`;
	if (!env.RIGHTSEAT_ADMIN_EMAIL || !env.RIGHTSEAT_ADMIN_PASSWORD) {
		console.error('Set RIGHTSEAT_ADMIN_EMAIL and RIGHTSEAT_ADMIN_PASSWORD (the superuser) to back up.');
		process.exit(2);
	}
	try {
		const path = await backup({
			url,
			email: env.RIGHTSEAT_ADMIN_EMAIL,
			password: env.RIGHTSEAT_ADMIN_PASSWORD,
			outDir,
			keepOnServer: env.RIGHTSEAT_BACKUP_KEEP_ON_SERVER !== '0'
		});
		console.log(path);
	} catch (error) {
		console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
}
