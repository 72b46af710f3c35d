// The app's Content-Security-Policy (kit.csp in svelte.config.js) has no 'unsafe-eval': zod's
// compiled fast path could not run anyway, and its `new Function` probe would be reported as a
// violation on every page that validates a form. Jitless is the path zod takes under the policy.
// Set through the global zod reads its config from (zod/v4/core: `globalThis.__zod_globalConfig`),
// not `z.config()`, so the first visit does not download zod to say so (bench shell.floor.ratio);
// hooks-client.test.ts checks that zod picks it up.
const zodConfigHolder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodConfigHolder.__zod_globalConfig = { ...zodConfigHolder.__zod_globalConfig, jitless: true };

export {};
