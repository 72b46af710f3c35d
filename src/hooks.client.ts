import { z } from 'zod';

// The app's Content-Security-Policy (kit.csp in svelte.config.js) has no 'unsafe-eval': zod's
// compiled fast path could not run anyway, and its `new Function` probe would be reported as a
// violation on every page that validates a form. Jitless is the path zod takes under the policy.
z.config({ jitless: true });
