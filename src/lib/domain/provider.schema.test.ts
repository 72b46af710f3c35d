import { describe, expect, it } from 'vitest';
import { providerInputSchema, providerSchema } from './provider.schema';

const provider = {
	id: 'prv000000000001',
	organization: 'org000000000001',
	name: 'Convergence Networks',
	website: 'https://convergencenetworks.com',
	status: 'prospective',
	contact: 'Sam, sam@example.com',
	notes: 'Wants the strategic seat; asks for our roadmap < 2 weeks.'
};

describe('providerInputSchema', () => {
	it('accepts a provider and defaults the optional fields', () => {
		expect(providerInputSchema.safeParse(provider).success).toBe(true);
		const minimal = providerInputSchema.parse({
			id: provider.id,
			organization: provider.organization,
			name: 'X',
			status: 'current'
		});
		expect(minimal).toMatchObject({ website: '', contact: '', notes: '' });
	});

	it.each(['ftp://example.com', 'javascript:alert(1)', 'example', 'https://', 'HTTPS://EXAMPLE.COM'])(
		'refuses website %j',
		(website) => {
			expect(providerInputSchema.safeParse({ ...provider, website }).success).toBe(false);
		}
	);

	it('refuses bad fields', () => {
		const bad = (patch: object) => providerInputSchema.safeParse({ ...provider, ...patch }).success;
		expect(bad({ name: ' ' })).toBe(false);
		expect(bad({ name: 'x'.repeat(121) })).toBe(false);
		expect(bad({ status: 'past' })).toBe(false);
		expect(bad({ contact: 'x'.repeat(201) })).toBe(false);
		expect(bad({ notes: 'x'.repeat(2001) })).toBe(false);
		expect(bad({ notes: 'see <a href="x">here</a>' })).toBe(false);
		expect(bad({ organization: '' })).toBe(false);
	});

	it('reads a record with system fields', () => {
		expect(providerSchema.safeParse({ ...provider, created: 'c', updated: 'u' }).success).toBe(true);
	});
});
