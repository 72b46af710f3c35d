import { describe, expect, it } from 'vitest';
import { seatProvider } from './seat-holder';

const providers = [
	{ id: 'acme', name: 'Acme IT', status: 'current' as const },
	{ id: 'bolt', name: 'Bolt MSP', status: 'prospective' as const },
	{ id: 'cora', name: 'Cora Tech', status: 'current' as const }
];
const assessed = (provider: string, seat: string, at: string, status = 'submitted') => ({
	provider,
	seat,
	status,
	assessed_at: at,
	updated: at
});

describe('seatProvider', () => {
	it('names the provider of the newest decision for the seat', () => {
		const decisions = [
			{ seat: 'it', provider: 'acme', decided_at: '2026-01-01 10:00:00.000Z' },
			{ seat: 'it', provider: 'bolt', decided_at: '2026-03-01 10:00:00.000Z' },
			{ seat: 'other', provider: 'cora', decided_at: '2026-05-01 10:00:00.000Z' }
		];
		expect(seatProvider('it', providers, decisions, [])).toEqual({ name: 'Bolt MSP', source: 'decided' });
	});

	it('without a decision, the current provider most recently assessed in the seat', () => {
		const assessments = [
			assessed('acme', 'it', '2026-01-01'),
			assessed('cora', 'it', '2026-02-01'),
			assessed('bolt', 'it', '2026-04-01'), // prospective: not in the seat
			assessed('acme', 'it', '2026-05-01', 'draft') // a draft says nothing yet
		];
		expect(seatProvider('it', providers, [], assessments)).toEqual({ name: 'Cora Tech', source: 'current' });
	});

	it('none when nobody was decided or assessed, or the provider is gone', () => {
		expect(seatProvider('it', providers, [], [])).toBeNull();
		const gone = [{ seat: 'it', provider: 'deleted', decided_at: '2026-01-01' }];
		expect(seatProvider('it', providers, gone, [])).toBeNull();
	});
});
