import { z } from 'zod';
import { deviceMemory } from '$lib/data/local/device-memory';

/** This device's assessment preferences (not synced: a habit of the device), zod-checked. */
const memory = deviceMemory('rightseat-assessment-prefs', z.object({ autoAdvance: z.boolean() }), {
	autoAdvance: true
});

/**
 * How this device walks through an assessment. `autoAdvance`: choosing a checklist score opens the
 * next question by itself (on by default; the notice offers to go back, the score stays saved).
 */
class AssessmentPreferences {
	autoAdvance = $state(memory.get().autoAdvance);

	/** Turns moving on after a score on or off for this device (for this page only if storage refuses). */
	setAutoAdvance(on: boolean): void {
		this.autoAdvance = on;
		memory.set({ autoAdvance: on });
	}
}

export const assessmentPrefs = new AssessmentPreferences();
