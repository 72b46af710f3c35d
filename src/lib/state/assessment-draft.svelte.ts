import { moveDraftToChecklist, saveDraft } from '$lib/actions/assessments';
import { ValidationFailure } from '$lib/data/errors';
import { repository } from '$lib/data/local/repository';
import { migrateAnswers, type AnswerMigration } from '$lib/domain/checklist';
import type {
	Answer,
	Assessment,
	ChecklistInput,
	CoreValueRating,
	Gwc,
	Organization,
	Provider,
	ResponsibilityFit,
	Seat
} from '$lib/domain/schemas';

/** Everything a draft step shows besides the answers themselves. */
export interface DraftContext {
	organization: Organization;
	seat: Seat | undefined;
	provider: Provider | undefined;
	checklist: ChecklistInput;
}

/** What autosave writes: only the fields the steps edit. */
type Editable = Pick<Assessment, 'gwc' | 'core_values' | 'answers' | 'responsibility_fit' | 'summary'>;

/** Text waits this long after the last keystroke; choices save at once. */
const TYPING_DELAY_MS = 400;

/**
 * One assessment being filled in, step by step. Every change is written through the repository as
 * the draft (choices at once, text shortly after typing stops). A refused write (a 10,000-character
 * note, pasted HTML) leaves the stored draft as it was and keeps the input on screen with the
 * message under its field (`errors`, keyed by dotted path).
 */
export class AssessmentDraft {
	record = $state.raw<Assessment | undefined>(undefined);
	context = $state.raw<DraftContext | undefined>(undefined);
	gwc = $state<Gwc>({
		get: { answer: null, note: '' },
		want: { answer: null, note: '' },
		capacity: { answer: null, note: '' }
	});
	core_values = $state<CoreValueRating[]>([]);
	answers = $state<Record<string, Answer>>({});
	responsibility_fit = $state<ResponsibilityFit[]>([]);
	summary = $state('');
	errors = $state.raw<Record<string, string>>({});
	saving = $state(false);
	savedAt = $state<number | null>(null);
	failure = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#queued = false;

	/** Loads the draft and what its steps need; a missing record leaves `record` undefined. */
	async load(id: string, checklistOf: (id: string) => Promise<ChecklistInput | undefined>): Promise<void> {
		const record = await repository.get('assessments', id);
		if (!record) return;
		const [organization, seat, provider, checklist] = await Promise.all([
			repository.get('organizations', record.organization),
			repository.get('seats', record.seat),
			repository.get('providers', record.provider),
			checklistOf(record.checklist)
		]);
		if (!organization || !checklist) return;
		this.context = { organization, seat, provider, checklist };
		this.gwc = record.gwc;
		// Every question gets an entry up front so steps can bind to it.
		this.answers = Object.fromEntries(
			checklist.questions.map((q) => [q.id, record.answers[q.id] ?? { score: null, note: '' }])
		);
		this.summary = record.summary;
		this.core_values = organization.core_values.map(
			(value) =>
				record.core_values.find((r) => r.value_id === value.id) ?? {
					value_id: value.id,
					rating: null,
					note: ''
				}
		);
		// A draft follows the seat's current top five; a scored line keeps its score.
		const lines =
			record.status === 'draft' && seat
				? seat.responsibilities
				: record.responsibility_fit.map((f) => f.responsibility);
		this.responsibility_fit = lines.map(
			(line) =>
				record.responsibility_fit.find((f) => f.responsibility === line) ?? {
					responsibility: line,
					score: null,
					note: ''
				}
		);
		this.record = record;
	}

	/** The answers someone actually gave (a score or a note), without the empty entries steps bind to. */
	given(): Record<string, Answer> {
		return Object.fromEntries(
			Object.entries(this.editable().answers).filter(([, a]) => a.score !== null || a.note.trim() !== '')
		);
	}

	/** What moving this draft onto `target` would keep, drop and add. */
	previewMove(target: { questions: ChecklistInput['questions'] }): AnswerMigration {
		return migrateAnswers(this.given(), target);
	}

	/**
	 * Moves the draft onto checklist version `target`: the answers whose questions still exist stay,
	 * the others are dropped. Saved through the repository like any draft change.
	 */
	async moveTo(target: ChecklistInput): Promise<AnswerMigration> {
		await this.save();
		if (!this.record || !this.context) throw new Error('No draft to move.');
		const migration = this.previewMove(target);
		this.record = await moveDraftToChecklist(this.record.id, target.id, migration.answers);
		this.context = { ...this.context, checklist: target };
		this.answers = Object.fromEntries(
			target.questions.map((q) => [q.id, migration.answers[q.id] ?? { score: null, note: '' }])
		);
		return migration;
	}

	/** Call after every change: `typing` waits for a pause, otherwise it saves now. */
	changed(typing = false): void {
		clearTimeout(this.#timer);
		if (typing) this.#timer = setTimeout(() => void this.save(), TYPING_DELAY_MS);
		else void this.save();
	}

	editable(): Editable {
		return $state.snapshot({
			gwc: this.gwc,
			core_values: this.core_values,
			answers: this.answers,
			responsibility_fit: this.responsibility_fit,
			summary: this.summary
		});
	}

	/** Writes the draft now (one write at a time; a change during a write is saved right after). */
	async save(): Promise<void> {
		clearTimeout(this.#timer);
		if (!this.record) return;
		if (this.saving) {
			this.#queued = true;
			return;
		}
		this.saving = true;
		try {
			this.record = await saveDraft(this.record.id, this.editable());
			this.errors = {};
			this.failure = '';
			this.savedAt = Date.now();
		} catch (error) {
			if (error instanceof ValidationFailure) this.errors = error.fieldErrors;
			else this.failure = error instanceof Error ? error.message : 'Could not save the draft.';
		} finally {
			this.saving = false;
		}
		if (this.#queued) {
			this.#queued = false;
			await this.save();
		}
	}
}
