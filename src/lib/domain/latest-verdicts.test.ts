import { describe, expect, it } from 'vitest';
import { assessment, context, gwc } from './fixtures.testing';
import { latestVerdicts } from './latest-verdicts';
import type { Assessment } from './schemas';

const row = (id: string, provider: string, seat: string, assessed_at: string, overrides = {}) =>
	({ ...assessment(overrides), id, provider, seat, assessed_at, updated: assessed_at }) as Assessment;

describe('latestVerdicts', () => {
	it('keeps, per provider and seat, the verdict of the newest submitted assessment', () => {
		const verdicts = latestVerdicts(
			[
				row('old', 'p1', 's1', '2026-01-01 10:00:00.000Z', { gwc: gwc('no', 'yes', 'yes') }),
				row('new', 'p1', 's1', '2026-02-01 10:00:00.000Z'),
				row('draft', 'p1', 's1', '2026-03-01 10:00:00.000Z', { status: 'draft' }),
				row('other', 'p1', 's2', '2026-01-05 10:00:00.000Z', { gwc: gwc('no', 'yes', 'yes') }),
				row('p2', 'p2', 's1', '2026-01-05 10:00:00.000Z')
			],
			context
		);
		expect(verdicts.get('p1')).toEqual([
			{ seat: 's1', assessment: 'new', verdict: 'right_seat' },
			{ seat: 's2', assessment: 'other', verdict: 'wrong_seat' }
		]);
		expect(verdicts.get('p2')?.map((v) => v.assessment)).toEqual(['p2']);
	});

	it('has nothing for a provider with only drafts', () => {
		const verdicts = latestVerdicts([row('d', 'p1', 's1', '', { status: 'draft' })], context);
		expect(verdicts.size).toBe(0);
	});
});
