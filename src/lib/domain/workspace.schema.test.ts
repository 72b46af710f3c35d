import { describe, expect, it } from 'vitest';
import { mspFitInputSchema, mspNoteInputSchema } from './msp-private.schema';
import { organizationInputSchema, organizationSchema } from './organization.schema';
import { providerInputSchema } from './provider.schema';
import { handOffSchema, isWorkspace, takeOverNotice, takeOverSummary } from './workspace.schema';

const id = 'abcdefghijklmno';
const msp = 'mspmspmspmspmsp';

describe('workspace fields on an organization', () => {
	it('a plain business gets empty sales fields', () => {
		const parsed = organizationInputSchema.parse({ id, name: 'Acme', kind: 'business' });
		expect(parsed).toMatchObject({ msp: '', stage: '', last_session: '', contacts: [] });
		expect(isWorkspace(parsed)).toBe(false);
	});

	it('a workspace: MSP, stage, contacts; read-only fields come back from the server', () => {
		const parsed = organizationSchema.parse({
			id,
			name: 'Northwind',
			kind: 'business',
			msp,
			stage: 'proposal',
			contacts: [{ name: ' Dana ', email: 'dana@northwind.example' }],
			msp_access: 'manage',
			created: '',
			updated: ''
		});
		expect(parsed.contacts).toEqual([{ name: 'Dana', role: '', email: 'dana@northwind.example', phone: '' }]);
		expect([parsed.msp_access, isWorkspace(parsed)]).toEqual(['manage', true]);
	});

	it('refuses by field: unknown stage, a contact without name or with a bad email, 11 contacts', () => {
		const paths = (value: unknown) => {
			const result = organizationInputSchema.safeParse({
				id,
				name: 'N',
				kind: 'business',
				...(value as object)
			});
			return result.success ? [] : result.error.issues.map((issue) => issue.path[0]);
		};
		expect(paths({ stage: 'negotiation' })).toEqual(['stage']);
		expect(paths({ contacts: [{ name: ' ' }] })).toEqual(['contacts']);
		expect(paths({ contacts: [{ name: 'D', email: 'nope' }] })).toEqual(['contacts']);
		expect(paths({ contacts: Array.from({ length: 11 }, () => ({ name: 'D' })) })).toEqual(['contacts']);
	});

	it('the hand-off offers viewer or none', () => {
		expect(handOffSchema.safeParse({ msp_access: 'viewer' }).success).toBe(true);
		expect(handOffSchema.safeParse({ msp_access: 'manage' }).success).toBe(false);
	});
});

describe('provider round and the MSP-private records', () => {
	it('a provider defaults to no round and not the MSP itself', () => {
		const parsed = providerInputSchema.parse({ id, organization: msp, name: 'Acme IT', status: 'current' });
		expect(parsed).toMatchObject({ msp_self: false, blind: false, blind_assessors: [], revealed: false });
	});

	it('a note needs text and a question id or none', () => {
		expect(mspNoteInputSchema.safeParse({ id, organization: msp, text: 'Fine.' }).success).toBe(true);
		expect(mspNoteInputSchema.safeParse({ id, organization: msp, text: '  ' }).success).toBe(false);
		expect(mspNoteInputSchema.safeParse({ id, organization: msp, text: 'x', question: 'Q 1' }).success).toBe(
			false
		);
	});

	it('a fit: known criteria scored 0–4', () => {
		const ok = mspFitInputSchema.parse({ id, organization: msp, criteria: { model: { score: 4 } } });
		expect(ok.criteria.model).toEqual({ score: 4, note: '' });
		expect(mspFitInputSchema.safeParse({ id, organization: msp, criteria: { budget: {} } }).success).toBe(
			false
		);
		expect(
			mspFitInputSchema.safeParse({ id, organization: msp, criteria: { model: { score: 5 } } }).success
		).toBe(false);
	});
});

describe('takeOverNotice', () => {
	const ws = { id: 'w'.repeat(15), msp: 'm'.repeat(15), msp_access: 'manage', handed_off: '' };
	const owner = { organization: ws.id, user: 'owner', role: 'owner' };

	it('offers the take-over to an owner of the workspace by own membership', () => {
		const notice = takeOverNotice(ws, [owner], 'owner');
		expect(notice).toEqual({ provider: 'Your IT provider', handedOff: false, access: 'manage' });
		expect(takeOverSummary(notice!)).toBe(
			'Your IT provider set this up for you. Take it over: choose what they keep.'
		);
	});

	it('not to an MSP member (the rep owns the workspace too until the hand-off), an editor, or a plain business', () => {
		const rep = [
			{ organization: ws.id, user: 'rep', role: 'owner' },
			{ organization: ws.msp, user: 'rep', role: 'editor' }
		];
		expect(takeOverNotice(ws, rep, 'rep')).toBeNull();
		expect(takeOverNotice(ws, [{ ...owner, role: 'editor' }], 'owner')).toBeNull();
		expect(takeOverNotice(ws, [owner], 'someone-else')).toBeNull();
		expect(takeOverNotice({ ...ws, msp: '' }, [owner], 'owner')).toBeNull();
		expect(takeOverNotice(ws, [owner], '')).toBeNull();
	});

	it('after the hand-off says what the MSP keeps', () => {
		const viewer = takeOverNotice(
			{ ...ws, msp_access: 'viewer', handed_off: '2026-11-26 10:00:00.000Z' },
			[owner],
			'owner'
		);
		expect(takeOverSummary(viewer!)).toBe('The workspace is yours. Your IT provider keeps read-only access.');
		const none = takeOverNotice(
			{ ...ws, msp_access: 'none', handed_off: '2026-11-26 10:00:00.000Z' },
			[owner],
			'owner'
		);
		expect(takeOverSummary(none!)).toBe(
			'The workspace is yours. Your IT provider keeps nothing: it left their pipeline.'
		);
	});
});
