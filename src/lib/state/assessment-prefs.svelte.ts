import { z } from 'zod';

/** localStorage key of this device's assessment preferences (not synced: a habit of the device). */
const KEY = 'rightseat-assessment-prefs';

/** Anything unreadable or missing falls back to the defaults: on by default. */
const prefsSchema = z.object({ autoAdvance: z.boolean().catch(true) }).catch({ autoAdvance: true });

type AssessmentPrefs = z.infer<typeof prefsSchema>;

function read(): AssessmentPrefs {
	if (typeof localStorage === 'undefined') return prefsSchema.parse(undefined);
	try {
		return prefsSchema.parse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
	} catch {
		return prefsSchema.parse(undefined);
	}
}

/**
 * How this device walks through an assessment. `autoAdvance`: choosing a checklist score opens the
 * next question by itself (on by default; the notice offers to go back, the score stays saved).
 */
class AssessmentPreferences {
	autoAdvance = $state(read().autoAdvance);

	/** Turns moving on after a score on or off for this device. */
	setAutoAdvance(on: boolean): void {
		this.autoAdvance = on;
		try {
			localStorage.setItem(KEY, JSON.stringify({ autoAdvance: on } satisfies AssessmentPrefs));
		} catch {
			// storage full or blocked: the choice holds until the page reloads
		}
	}
}

export const assessmentPrefs = new AssessmentPreferences();
