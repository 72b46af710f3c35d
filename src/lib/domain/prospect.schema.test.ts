import { describe, expect, it } from 'vitest';
import { prospectDraftSchema, withoutBlankRows } from './prospect.schema';

const valid = {
	name: 'Harbor Dental',
	contacts: [{ name: 'Dana Reyes', role: 'Owner', email: 'dana@harbor.test', phone: '' }],
	seat: 'Managed IT',
	responsibilities: ['Backups', 'Roadmap'],
	incumbent: 'Fixit IT'
};

const fields = (input: unknown) => {
	const parsed = prospectDraftSchema.safeParse(input);
	return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('prospectDraftSchema', () => {
	it('accepts a prospect with contacts, a seat, its top five and the incumbent', () => {
		expect(fields(valid)).toEqual([]);
	});

	it('names each refused field', () => {
		expect(fields({ ...valid, name: ' ' })).toEqual(['name']);
		expect(fields({ ...valid, incumbent: '' })).toEqual(['incumbent']);
		expect(fields({ ...valid, responsibilities: [] })).toEqual(['responsibilities']);
		expect(fields({ ...valid, responsibilities: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual([
			'responsibilities'
		]);
		expect(fields({ ...valid, contacts: [{ name: 'Dana', email: 'not-mail' }] })).toEqual([
			'contacts.0.email'
		]);
	});

	it('leaves blank form rows out instead of refusing them', () => {
		const draft = withoutBlankRows({
			...valid,
			contacts: [...valid.contacts, { name: '', role: ' ', email: '', phone: '' }],
			responsibilities: ['Backups', '  ', 'Roadmap', '']
		});
		expect(draft.contacts).toHaveLength(1);
		expect(draft.responsibilities).toEqual(['Backups', 'Roadmap']);
		expect(fields(draft)).toEqual([]);
	});
});
