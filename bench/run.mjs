// `npm run bench`: every figure prints as its own line `bench <name> <value> <unit>`.
import { benchOversized } from './oversized.mjs';
import { benchSize } from './size.mjs';
import { benchSync } from './sync.mjs';

await benchSize();
// after benchSize: it builds the app that the sync benchmark serves
await benchSync();
await benchOversized();
