// `npm run dev`: a PocketBase on :8090 (data in pocketbase/pb_data) plus Vite's dev server, which
// proxies /api and /_ to it (see vite.config.ts). Ctrl-C stops both.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = process.env.RIGHTSEAT_PORT ?? '8090';
const dataDir = process.env.RIGHTSEAT_DATA_DIR ?? join(root, 'pocketbase/pb_data');
mkdirSync(dataDir, { recursive: true });

const bin = execFileSync('bash', [join(root, 'pocketbase/ensure.sh')], {
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit']
}).trim();
const common = [
	`--dir=${dataDir}`,
	`--migrationsDir=${join(root, 'pocketbase/pb_migrations')}`,
	`--hooksDir=${join(root, 'pocketbase/pb_hooks')}`
];
const pocketbase = spawn(bin, ['serve', ...common, `--http=127.0.0.1:${port}`, '--automigrate=false'], {
	stdio: 'inherit'
});
const vite = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'dev'], {
	stdio: 'inherit',
	env: { ...process.env, RIGHTSEAT_DEV_API: `http://127.0.0.1:${port}` }
});

const stop = () => {
	pocketbase.kill('SIGTERM');
	vite.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
pocketbase.on('exit', stop);
vite.on('exit', stop);
