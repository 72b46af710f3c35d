// `npm run bench`: every figure prints as its own line `bench <name> <value> <unit>`.
import { benchSize } from './size.mjs';

await benchSize();
