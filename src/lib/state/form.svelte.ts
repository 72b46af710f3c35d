import { describeFailure } from '$lib/data/errors';

/**
 * Field errors of one form, keyed by the repository's dotted paths (`name`, `responsibilities.2`).
 * `run` wraps a save: a ValidationFailure becomes inline messages (nothing was written, what is in
 * the inputs stays), anything else becomes `general`.
 */
export class FormErrors {
	fields = $state.raw<Record<string, string>>({});
	general = $state('');
	busy = $state(false);

	/** The message for `path`, or for any path below it. */
	for(path: string): string {
		const exact = this.fields[path];
		if (exact) return exact;
		const nested = Object.entries(this.fields).find(([key]) => key.startsWith(`${path}.`));
		return nested?.[1] ?? '';
	}

	get any(): boolean {
		return this.general !== '' || Object.keys(this.fields).length > 0;
	}

	clear(): void {
		this.fields = {};
		this.general = '';
	}

	set(fields: Record<string, string>): void {
		this.fields = fields;
	}

	/** Runs `save`; returns its result, or undefined when it failed (and the messages are set). */
	async run<T>(save: () => Promise<T>): Promise<T | undefined> {
		this.busy = true;
		try {
			const result = await save();
			this.clear();
			return result;
		} catch (error) {
			const failure = describeFailure(error);
			if (failure.kind === 'validation') {
				this.fields = failure.fields;
				this.general = '';
			} else {
				this.general = failure.message;
			}
			return undefined;
		} finally {
			this.busy = false;
		}
	}
}
