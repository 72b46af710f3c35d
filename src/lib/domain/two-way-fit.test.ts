import { describe, expect, it } from 'vitest';
import { clientFit } from './two-way-fit';

const rate = (score: number | null) => ({ score, note: '' });

describe('clientFit', () => {
	it('nothing rated: no score, unsure', () => {
		expect(clientFit({})).toMatchObject({ score: null, rated: 0, verdict: 'unsure' });
	});

	it('a break-fix seat rules the prospect out, whatever the rest', () => {
		const fit = clientFit({ model: rate(1), values: rate(4), accountability: rate(4) });
		expect(fit.verdict).toBe('no_fit');
		expect(fit.reasons[0]).toContain('break-fix');
		expect(fit.score).toBeCloseTo((9 / 3 / 4) * 100);
	});

	it('all three at 3 or more: good fit; one at 2: unsure with the reason', () => {
		expect(clientFit({ model: rate(4), values: rate(3), accountability: rate(3) }).verdict).toBe('good_fit');
		const unsure = clientFit({ model: rate(4), values: rate(2), accountability: rate(3) });
		expect(unsure.verdict).toBe('unsure');
		expect(unsure.reasons).toEqual(['Values scores 2/4: talk it through']);
	});

	it('good scores with a criterion missing stay unsure and name it', () => {
		const fit = clientFit({ model: rate(4), values: rate(4), accountability: rate(null) });
		expect(fit).toMatchObject({ verdict: 'unsure', rated: 2, score: 100 });
		expect(fit.reasons[0]).toContain('Readiness');
	});
});
