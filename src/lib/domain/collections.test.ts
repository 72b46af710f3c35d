import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, collectionSchemas, recordSchemas } from './schemas';

// The hooks run in PocketBase's goja (CommonJS, no TypeScript): they keep their own copy of the
// list. Evaluated as goja loads it (a script filling `module.exports`), not as an ES module.
function hooksCollections(): string[] {
	const source = readFileSync(
		new URL('../../../pocketbase/pb_hooks/lib/collections.js', import.meta.url),
		'utf8'
	);
	const module = { exports: {} as { APP_COLLECTIONS?: string[] } };
	runInNewContext(source, { module });
	return module.exports.APP_COLLECTIONS ?? [];
}

describe('the collection list', () => {
	it('is the same list, in the same order, as the server hooks use', () => {
		expect(hooksCollections()).toEqual([...COLLECTION_NAMES]);
	});

	it('names every collection the schemas cover, and no other', () => {
		expect(Object.keys(collectionSchemas).sort()).toEqual([...COLLECTION_NAMES].sort());
		expect(Object.keys(recordSchemas).sort()).toEqual([...COLLECTION_NAMES].sort());
	});
});
