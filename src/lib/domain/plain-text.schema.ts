import { z } from 'zod';

/** The one message every free-text field shows when it contains markup (docs/data-model.md). */
export const PLAIN_TEXT_MESSAGE = 'Plain text only: remove the HTML tag.';

/**
 * `<` directly followed by an ASCII letter, `/`, `!` or `?` opens an HTML tag, a closing tag, a
 * comment/doctype or a processing instruction. Everything else (`a < b`, `<3`, `<=`) stays allowed
 * so people can write comparisons. The server hook uses the same pattern.
 */
const MARKUP = /<[a-zA-Z/!?]/;

/** True when `text` contains something a browser would parse as markup. */
export function hasMarkup(text: string): boolean {
	return MARKUP.test(text);
}

/**
 * Length in Unicode code points, not UTF-16 units: PocketBase (Go) counts runes, so an emoji
 * must count once on both sides or the two would disagree at the limit.
 */
export function textLength(text: string): number {
	return Array.from(text).length;
}

/** Options for {@link plainText}. */
export interface PlainTextOptions {
	/** Non-empty after trim. */
	required?: boolean;
	/** Message when a required value is empty. */
	requiredMessage?: string;
}

/**
 * A trimmed plain-text string of at most `max` characters. The schema trims (the contract: "text is
 * trimmed by the app before it is stored"), so parsing is also how the app normalises input. The
 * limit is checked on the text as given, before trimming, because the server counts it that way and
 * both sides must accept and refuse the same payloads.
 */
export function plainText(max: number, options: PlainTextOptions = {}) {
	const { required = false, requiredMessage = 'Required.' } = options;
	return z
		.string({ error: 'Expected text.' })
		.refine((value) => textLength(value) <= max, { error: `At most ${max} characters.` })
		.trim()
		.refine((value) => !required || value.length > 0, { error: requiredMessage })
		.refine((value) => !hasMarkup(value), { error: PLAIN_TEXT_MESSAGE });
}
