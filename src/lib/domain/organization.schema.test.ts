import { describe, expect, it } from 'vitest';
import {
	invitationInputSchema,
	logoFileSchema,
	membershipInputSchema,
	organizationInputSchema,
	organizationSchema,
	userSchema
} from './organization.schema';

const value = (id: string) => ({ id, name: `Value ${id}`, meaning: 'What it means.' });
const org = {
	id: 'org000000000001',
	name: 'Acme Dental',
	kind: 'business',
	core_values: [value('a'), value('b'), value('c')],
	values_bar: { max_mixed: 1, max_minus: 0 }
};

describe('organizationInputSchema', () => {
	it('accepts a business with three values', () => {
		expect(organizationInputSchema.safeParse(org).success).toBe(true);
	});

	it('defaults core values to none and the bar to EOS (one +/−, no −)', () => {
		const parsed = organizationInputSchema.parse({ ...org, core_values: undefined, values_bar: undefined });
		expect(parsed.core_values).toEqual([]);
		expect(parsed.values_bar).toEqual({ max_mixed: 1, max_minus: 0 });
		expect(organizationInputSchema.parse({ ...org, core_values: null, values_bar: null }).values_bar).toEqual(
			{
				max_mixed: 1,
				max_minus: 0
			}
		);
	});

	it.each([0, 3, 7])('accepts %i core values', (count) => {
		const core_values = Array.from({ length: count }, (_, i) => value(`v${i}`));
		expect(organizationInputSchema.safeParse({ ...org, core_values }).success).toBe(true);
	});

	it.each([1, 2, 8])('refuses %i core values', (count) => {
		const core_values = Array.from({ length: count }, (_, i) => value(`v${i}`));
		expect(organizationInputSchema.safeParse({ ...org, core_values }).success).toBe(false);
	});

	it('refuses duplicate value ids, bad ids, empty names and markup', () => {
		const bad = (core_values: unknown) => organizationInputSchema.safeParse({ ...org, core_values }).success;
		expect(bad([value('a'), value('a'), value('c')])).toBe(false);
		expect(bad([value('A B'), value('b'), value('c')])).toBe(false);
		expect(bad([{ ...value('a'), name: ' ' }, value('b'), value('c')])).toBe(false);
		expect(bad([{ ...value('a'), name: 'x'.repeat(61) }, value('b'), value('c')])).toBe(false);
		expect(bad([{ ...value('a'), meaning: '<script>x</script>' }, value('b'), value('c')])).toBe(false);
		expect(bad([{ ...value('a'), colour: 'red' }, value('b'), value('c')])).toBe(false);
		expect(bad([{ id: 'a', name: 'A' }, value('b'), value('c')])).toBe(true);
	});

	it('refuses a bar outside 0–7 or fractional', () => {
		const bar = (values_bar: unknown) => organizationInputSchema.safeParse({ ...org, values_bar }).success;
		expect(bar({ max_mixed: 8, max_minus: 0 })).toBe(false);
		expect(bar({ max_mixed: 1, max_minus: -1 })).toBe(false);
		expect(bar({ max_mixed: 1.5, max_minus: 0 })).toBe(false);
		expect(bar({ max_mixed: 1 })).toBe(false);
		expect(bar({ max_mixed: 1, max_minus: 0, strict: true })).toBe(false);
	});

	it('refuses an empty or tagged name, an unknown kind and a bad id', () => {
		expect(organizationInputSchema.safeParse({ ...org, name: '   ' }).success).toBe(false);
		expect(organizationInputSchema.safeParse({ ...org, name: 'x'.repeat(121) }).success).toBe(false);
		expect(organizationInputSchema.safeParse({ ...org, name: '<b>Acme</b>' }).success).toBe(false);
		expect(organizationInputSchema.safeParse({ ...org, kind: 'vendor' }).success).toBe(false);
		expect(organizationInputSchema.safeParse({ ...org, id: 'short' }).success).toBe(false);
	});

	it('does not let the app write the hook-maintained role arrays', () => {
		const parsed = organizationInputSchema.parse({ ...org, owners: ['usr000000000001'] });
		expect(parsed).not.toHaveProperty('owners');
	});
});

describe('organizationSchema (record)', () => {
	it('reads a record with system fields and role arrays', () => {
		const record = { ...org, logo: '', members: [], writers: [], owners: [], created: 'x', updated: 'y' };
		expect(organizationSchema.parse(record).created).toBe('x');
		expect(organizationSchema.safeParse({ ...record, created: undefined }).success).toBe(false);
	});
});

describe('memberships, invitations, users, logos', () => {
	const membership = { id: 'mem000000000001', organization: org.id, user: 'usr000000000001', role: 'editor' };

	it('accepts each role and refuses others', () => {
		for (const role of ['owner', 'editor', 'viewer']) {
			expect(membershipInputSchema.safeParse({ ...membership, role }).success).toBe(true);
		}
		expect(membershipInputSchema.safeParse({ ...membership, role: 'admin' }).success).toBe(false);
		expect(membershipInputSchema.safeParse({ ...membership, user: '' }).success).toBe(false);
	});

	it('validates invitations', () => {
		const invitation = {
			id: 'inv000000000001',
			organization: org.id,
			email: 'ops@example.com',
			role: 'viewer',
			invited_by: 'usr000000000001'
		};
		expect(invitationInputSchema.safeParse(invitation).success).toBe(true);
		const expires = '2026-12-01 00:00:00.000Z';
		expect(invitationInputSchema.safeParse({ ...invitation, expires }).success).toBe(true);
		expect(invitationInputSchema.safeParse({ ...invitation, email: 'not-an-email' }).success).toBe(false);
		expect(invitationInputSchema.parse({ ...invitation, email: ' Ana@Example.com ' }).email).toBe(
			'ana@example.com'
		);
		// only A–Z fold, as on the server: the Kelvin sign is not a "k" (issue 12, the invitation takeover)
		expect(invitationInputSchema.safeParse({ ...invitation, email: '\u212Aate@example.com' }).success).toBe(
			false
		);
		expect(invitationInputSchema.safeParse({ ...invitation, expires: 'soon' }).success).toBe(false);
		// empty = "no date": the server defaults it to now + 14 days
		expect(invitationInputSchema.parse({ ...invitation, expires: '' }).expires).toBe('');
		expect(invitationInputSchema.parse(invitation).expires).toBe('');
	});

	it('reads a public profile without an email', () => {
		expect(userSchema.safeParse({ id: 'usr000000000001', name: 'Ana' }).success).toBe(true);
		expect(userSchema.safeParse({ id: 'usr000000000001', name: '<i>Ana</i>' }).success).toBe(false);
	});

	it('accepts small png/jpeg/webp logos only', () => {
		expect(logoFileSchema.safeParse({ type: 'image/png', size: 1000 }).success).toBe(true);
		expect(logoFileSchema.safeParse({ type: 'image/svg+xml', size: 1000 }).success).toBe(false);
		expect(logoFileSchema.safeParse({ type: 'image/webp', size: 3 * 1024 * 1024 }).success).toBe(false);
	});
});
