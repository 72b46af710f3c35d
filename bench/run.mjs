// `npm run bench`: every figure prints as its own line `bench <name> <value> <unit>`; lines starting
// with `#` say how a figure was taken. BENCH_QUICK=1 runs each benchmark short (while developing).
import { benchApi } from './api.mjs';
import { benchCompare } from './compare.mjs';
import { benchFuzz } from './fuzz.mjs';
import { benchRealtime } from './realtime.mjs';
import { benchOversized } from './oversized.mjs';
import { benchSize } from './size.mjs';
import { benchSync } from './sync.mjs';

await benchSize();
// benchSize leaves a production build; benchSync rebuilds with the sync lab it drives
await benchSync();
await benchCompare();
await benchOversized();
await benchApi();
await benchRealtime();
await benchFuzz();
console.log('BENCH DONE');
