import { describe, expect, it } from 'vitest';
import { context, gwc, ratings } from './fixtures.testing';
import { checkValues, gwcVerdict, verdictRule } from './verdict';

const allPlus = ratings('plus', 'plus', 'plus');

describe('gwcVerdict', () => {
	it('is right_seat with yes on all three and values at or above the bar', () => {
		const result = gwcVerdict(
			{ gwc: gwc('yes', 'yes', 'yes'), core_values: ratings('plus', 'plus_minus', 'plus') },
			context
		);
		expect(result.verdict).toBe('right_seat');
		expect(result.reasons).toEqual([
			'Get it: yes',
			'Want it: yes',
			'Capacity to do it: yes',
			'Core values: good enough (1 rated +/−, 0 rated −)'
		]);
	});

	it('is wrong_seat with any no, quoting the note', () => {
		const result = gwcVerdict(
			{ gwc: gwc('yes', 'no', 'yes', { want: 'Only wants break-fix work.' }), core_values: allPlus },
			context
		);
		expect(result.verdict).toBe('wrong_seat');
		expect(result.reasons[0]).toBe('Want it: no — Only wants break-fix work.');
	});

	it('is wrong_seat in a draft as soon as one answer is no', () => {
		const result = gwcVerdict(
			{ gwc: gwc(null, 'no', null), core_values: ratings(null, null, null) },
			context
		);
		expect(result.verdict).toBe('wrong_seat');
		expect(result.reasons).toContain('Get it: not answered yet');
	});

	it('is wrong_seat when values fall below the bar, even with yes on GWC', () => {
		const tooMixed = gwcVerdict(
			{ gwc: gwc('yes', 'yes', 'yes'), core_values: ratings('plus_minus', 'plus_minus', 'plus') },
			context
		);
		expect(tooMixed.verdict).toBe('wrong_seat');
		expect(tooMixed.reasons[0]).toBe('Core values: 2 rated +/− (at most 1 allowed) — Humble, Hungry');
		const minus = gwcVerdict(
			{ gwc: gwc('yes', 'yes', 'yes'), core_values: ratings('plus', 'minus', null) },
			context
		);
		expect(minus.verdict).toBe('wrong_seat');
		expect(minus.reasons[0]).toBe('Core values: 1 rated − (at most 0 allowed) — Hungry');
	});

	it('is undecided while answers or ratings are missing and nothing is decisive', () => {
		expect(gwcVerdict({ gwc: gwc('yes', null, 'yes'), core_values: allPlus }, context)).toEqual({
			verdict: 'undecided',
			rule: 'Right seat needs yes on all three — Want it is not answered yet',
			reasons: [
				'Want it: not answered yet',
				'Get it: yes',
				'Capacity to do it: yes',
				'Core values: good enough (0 rated +/−, 0 rated −)'
			]
		});
		const unrated = gwcVerdict(
			{ gwc: gwc('yes', 'yes', 'yes'), core_values: ratings('plus', null, 'plus') },
			context
		);
		expect(unrated.verdict).toBe('undecided');
		expect(unrated.reasons[0]).toBe('Core values: 1 of 3 not rated yet');
	});

	it('respects a looser bar', () => {
		const loose = { ...context, values_bar: { max_mixed: 3, max_minus: 1 } };
		const result = gwcVerdict(
			{ gwc: gwc('yes', 'yes', 'yes'), core_values: ratings('plus_minus', 'plus_minus', 'minus') },
			loose
		);
		expect(result.verdict).toBe('right_seat');
	});

	it('rests on GWC alone when the organization has named no values', () => {
		const none = { core_values: [], values_bar: { max_mixed: 1, max_minus: 0 } };
		const result = gwcVerdict({ gwc: gwc('yes', 'yes', 'yes'), core_values: [] }, none);
		expect(result.verdict).toBe('right_seat');
		expect(result.reasons).toContain(
			'Core values: none named yet, so there is nothing to check them against'
		);
	});
});

describe('checkValues', () => {
	it('counts only the organization values and ignores stray ratings', () => {
		const stray = [...allPlus, { value_id: 'gone', rating: 'minus' as const, note: '' }];
		expect(checkValues(stray, context)).toMatchObject({ status: 'met', mixed: 0, minus: 0, unrated: 0 });
	});

	it('names the values that put the ratings below the bar, and none otherwise', () => {
		const below = checkValues(ratings('minus', 'plus', 'minus'), context);
		expect(below.status).toBe('below');
		expect(below.below).toEqual([context.core_values[0]!.name, context.core_values[2]!.name]);
		expect(checkValues(ratings('plus', 'plus_minus', 'plus'), context).below).toEqual([]);
	});

	it('treats a missing rating like an unrated one', () => {
		expect(checkValues(allPlus.slice(0, 1), context)).toMatchObject({ status: 'incomplete', unrated: 2 });
	});
});

describe('verdictRule', () => {
	const bar = context.values_bar;
	const rule = (g: ReturnType<typeof gwc>, r: ReturnType<typeof ratings>, c = context) =>
		verdictRule(g, checkValues(r, c), c.values_bar);

	it('states the rule and names the "no" first', () => {
		expect(rule(gwc('yes', 'yes', 'no'), allPlus)).toBe('Right seat needs yes on all three — Capacity is no');
		expect(rule(gwc('no', null, 'no'), ratings('minus', 'minus', null))).toBe(
			'Right seat needs yes on all three — Get it and Capacity are no'
		);
		expect(gwcVerdict({ gwc: gwc('yes', 'yes', 'no'), core_values: allPlus }, context).rule).toBe(
			'Right seat needs yes on all three — Capacity is no'
		);
	});

	it('names only the ratings over what the organization allows', () => {
		expect(rule(gwc('yes', 'yes', 'yes'), ratings('plus_minus', 'minus', 'plus'))).toBe(
			'Right seat needs core values rated well enough — 1 rated − (at most 0)'
		);
		expect(rule(gwc('yes', null, 'yes'), ratings('plus_minus', 'plus_minus', 'minus'))).toBe(
			'Right seat needs core values rated well enough — 1 rated − (at most 0) and 2 rated +/− (at most 1)'
		);
		expect(bar).toEqual({ max_mixed: 1, max_minus: 0 });
	});

	it('says what is still missing, then what passed', () => {
		expect(rule(gwc(null, 'yes', null), allPlus)).toBe(
			'Right seat needs yes on all three — Get it and Capacity are not answered yet'
		);
		expect(rule(gwc(null, null, null), allPlus)).toBe(
			'Right seat needs yes on all three — Get it, Want it and Capacity are not answered yet'
		);
		expect(rule(gwc('yes', 'yes', 'yes'), ratings('plus', null, 'plus'))).toBe(
			'Right seat needs every core value rated — 1 not rated yet'
		);
		expect(rule(gwc('yes', 'yes', 'yes'), ratings('plus', 'plus_minus', 'plus'))).toBe(
			'Right seat: yes on all three, and core values rated well enough'
		);
		const none = { core_values: [], values_bar: bar };
		expect(verdictRule(gwc('yes', 'yes', 'yes'), checkValues([], none), bar)).toBe(
			'Right seat: yes on all three (no core values named yet to check)'
		);
	});
});
