import { describe, expect, it } from 'vitest';
import { builtinChecklist } from './checklist';
import { slug } from './record.schema';
import { noteKey, presentScreens } from './present-steps';

describe('presentScreens', () => {
	const screens = presentScreens(builtinChecklist.questions, ['Backups', 'Roadmap']);

	it('is GWC, then every question, then each of the top five, one per screen, each with help', () => {
		expect(screens.map((s) => s.kind)).toEqual([
			...Array(3).fill('gwc'),
			...Array(builtinChecklist.questions.length).fill('question'),
			'fit',
			'fit'
		]);
		expect(screens.every((s) => s.title !== '' && s.help !== '')).toBe(true);
		expect(screens.at(-1)?.title).toContain('Roadmap');
	});

	it('gives each screen a distinct note key the server accepts as a question id', () => {
		const keys = screens.map(noteKey);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.every((key) => slug.safeParse(key).success)).toBe(true);
		expect(keys.slice(0, 4)).toEqual(['gwc-get', 'gwc-want', 'gwc-capacity', 'q01']);
	});
});
