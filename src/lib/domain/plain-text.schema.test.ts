import { describe, expect, it } from 'vitest';
import { hasMarkup, PLAIN_TEXT_MESSAGE, plainText, textLength } from './plain-text.schema';

function messages(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string[] {
	return result.error?.issues.map((i) => i.message) ?? [];
}

describe('plainText', () => {
	const name = plainText(160, { required: true });

	it('accepts ordinary text and trims it', () => {
		expect(name.parse('  Backups and recovery  ')).toBe('Backups and recovery');
	});

	it.each(['a < b', '<3', 'x <= y', '1<2', 'a <', '< b'])('allows %j', (text) => {
		expect(name.safeParse(text).success).toBe(true);
	});

	it.each(['<script>alert(1)</script>', 'hi <b>there', 'end </p>', '<!-- c -->', '<?php', '<img src=x>'])(
		'refuses markup %j',
		(text) => {
			expect(messages(name.safeParse(text))).toEqual([PLAIN_TEXT_MESSAGE]);
		}
	);

	it('names the limit when too long, counting the text as given (as the server does)', () => {
		expect(messages(name.safeParse('x'.repeat(161)))).toEqual(['At most 160 characters.']);
		expect(name.safeParse('x'.repeat(160)).success).toBe(true);
		expect(name.safeParse(` ${'x'.repeat(159)}`).success).toBe(true);
		expect(name.safeParse(` ${'x'.repeat(160)}`).success).toBe(false);
	});

	it('counts an emoji once, as PocketBase counts runes', () => {
		expect(textLength('👍👍')).toBe(2);
		expect(plainText(2).safeParse('👍👍').success).toBe(true);
		expect(plainText(2).safeParse('👍👍👍').success).toBe(false);
	});

	it('requires non-empty text after trim when required', () => {
		expect(messages(name.safeParse('   '))).toEqual(['Required.']);
		expect(messages(plainText(10, { required: true, requiredMessage: 'Name it.' }).safeParse(''))).toEqual([
			'Name it.'
		]);
	});

	it('allows empty text when optional', () => {
		expect(plainText(10).parse('  ')).toBe('');
	});

	it('refuses non-strings', () => {
		expect(plainText(10).safeParse(42).success).toBe(false);
		expect(plainText(10).safeParse(null).success).toBe(false);
	});
});

describe('hasMarkup', () => {
	it('spots tags, closing tags, comments and processing instructions only', () => {
		expect(hasMarkup('<a')).toBe(true);
		expect(hasMarkup('</')).toBe(true);
		expect(hasMarkup('<!')).toBe(true);
		expect(hasMarkup('<?')).toBe(true);
		expect(hasMarkup('< a')).toBe(false);
		expect(hasMarkup('<1')).toBe(false);
	});
});
