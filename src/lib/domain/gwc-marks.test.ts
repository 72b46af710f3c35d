import { describe, expect, it } from 'vitest';
import { emptyGwc } from './assessment.schema';
import { gwcMarkLine, gwcMarksOf, gwcMarksSentence } from './gwc-marks';

describe('gwc marks', () => {
	it('reads one assessment: yes, no, and an open answer as not answered', () => {
		const gwc = emptyGwc();
		gwc.get.answer = 'yes';
		gwc.want.answer = 'no';
		expect(gwcMarksOf(gwc)).toEqual({ get: 'yes', want: 'no', capacity: 'unanswered' });
	});

	it('says each mark with a symbol and a word, never a symbol alone', () => {
		expect(gwcMarkLine('yes')).toBe('✓ yes');
		expect(gwcMarkLine('no')).toBe('✗ no');
		expect(gwcMarkLine('split')).toBe('± split');
		expect(gwcMarksSentence({ get: 'yes', want: 'split', capacity: 'no' })).toBe(
			'Get it: yes, Want it: split, Capacity to do it: no'
		);
	});
});
