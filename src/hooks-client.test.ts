import { describe, expect, it } from 'vitest';

describe('hooks.client', () => {
	it('turns zod jitless before zod loads, without importing zod', async () => {
		await import('./hooks.client');
		const { z } = await import('zod');
		expect(z.config().jitless).toBe(true);
	});
});
