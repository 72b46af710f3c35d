// Restores a backup zip (from scripts/backup.mjs or the admin UI) into a data dir, with RightSeat
// stopped. The current data dir is kept beside it as <dir>.before-restore-<time>, never deleted.
//
//   systemctl stop rightseat
//   npm run restore -- /var/backups/rightseat/rightseat_20261126_120000.zip /var/lib/rightseat
//   systemctl start rightseat
//
// Needs `unzip` (Debian/Ubuntu: apt-get install unzip) or python3 to extract.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function hasCommand(name) {
	try {
		execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * Puts the contents of `zipPath` in place of `dataDir`; resolves to where the old dir was moved
 * ('' when there was none).
 * @param {{ zipPath: string, dataDir: string }} o
 */
export function restore({ zipPath, dataDir }) {
	const zip = resolve(zipPath);
	const dir = resolve(dataDir);
	if (readFileSync(zip).readUInt32LE(0) !== 0x04034b50) throw new Error(`${zip} is not a zip file`);
	let moved = '';
	if (existsSync(dir)) {
		moved = `${dir}.before-restore-${Date.now()}`;
		renameSync(dir, moved);
	}
	mkdirSync(dir, { recursive: true });
	if (hasCommand('unzip')) execFileSync('unzip', ['-q', zip, '-d', dir], { stdio: 'inherit' });
	else execFileSync('python3', ['-m', 'zipfile', '-e', zip, dir], { stdio: 'inherit' });
	if (!existsSync(resolve(dir, 'data.db')))
		throw new Error(`${zip} holds no data.db: not a PocketBase backup`);
	return moved;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [zipPath, dataDir = process.env.RIGHTSEAT_DATA_DIR ?? 'pocketbase/pb_data'] = process.argv.slice(2);
	if (!zipPath) {
		console.error('Usage: npm run restore -- BACKUP.zip [DATA_DIR]   (stop RightSeat first)');
		process.exit(2);
	}
	try {
		const moved = restore({ zipPath, dataDir });
		console.log(
			`Restored ${zipPath} into ${resolve(dataDir)}.${moved ? ` The previous data dir is at ${moved}.` : ''}`
		);
	} catch (error) {
		console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
}
