import { repository } from '$lib/data/local/repository';
import { pocketbaseNow } from '$lib/data/local/record-types';
import { BUILTIN_CHECKLIST_ID, builtinChecklist } from '$lib/domain/checklist';

/** The five lines of the example's service-provider seat, in the words of the method. */
const IT_RESPONSIBILITIES = [
	'Keep systems, help desk and users running',
	'Protect us from security threats and recover from incidents',
	'Deliver a technology roadmap tied to our business plan and budget',
	'Plan, budget and run IT projects',
	'Report metrics and review them with the Integrator every quarter'
];

/** Northwind's answers to q01…q10: strong on get, weaker on capacity. */
const NORTHWIND_SCORES = [4, 3, 4, 3, 4, 3, 2, 3, 2, 3] as const;

/**
 * Creates a small business with its Accountability Chart (a "Managed IT & Security" service-provider
 * seat with five responsibilities), two providers and one submitted assessment, all through the
 * repository so it works offline and syncs like anything typed in. Returns the ids to open.
 */
export async function createExampleOrganization(
	assessor: string
): Promise<{ organization: string; assessment: string }> {
	const organization = await repository.create('organizations', {
		name: 'Harbor Dental Group (example)',
		kind: 'business',
		core_values: [
			{ id: 'do-the-right-thing', name: 'Do the right thing', meaning: 'Even when nobody is looking.' },
			{ id: 'own-it', name: 'Own it', meaning: 'Say what you will do, then do it.' },
			{ id: 'patients-first', name: 'Patients first', meaning: 'Every decision starts with the patient.' }
		],
		values_bar: { max_mixed: 1, max_minus: 0 }
	});
	const org = organization.id;
	const seat = (name: string, parent: string, responsibilities: string[], extra = {}) =>
		repository.create('seats', { organization: org, name, parent, kind: 'team', responsibilities, ...extra });
	const visionary = await seat('Visionary', '', [
		'Vision and culture',
		'Big relationships',
		'Creativity and new ideas'
	]);
	const integrator = await seat('Integrator', visionary.id, [
		'Lead, manage and hold accountable',
		'Run the business plan',
		'Break ties between departments'
	]);
	await seat('Clinical Operations', integrator.id, ['Patient care quality', 'Scheduling', 'Clinical staff']);
	await seat('Finance', integrator.id, ['Billing and insurance', 'Payroll', 'Budget']);
	const it = await seat('Managed IT & Security', integrator.id, IT_RESPONSIBILITIES, {
		kind: 'service_provider',
		purpose: 'Technology and security that let the practice grow without surprises.',
		accountable_owner: 'Integrator',
		metrics: [
			{ name: 'Tickets resolved within SLA', target: '95', unit: '%', cadence: 'monthly' },
			{ name: 'Roadmap review held', target: '1', unit: 'meeting', cadence: 'quarterly' }
		]
	});
	const northwind = await repository.create('providers', {
		organization: org,
		name: 'Northwind IT',
		website: 'https://northwind.example',
		status: 'current',
		contact: 'Sam Lee, account manager'
	});
	await repository.create('providers', {
		organization: org,
		name: 'Blue Harbor MSP',
		status: 'prospective',
		contact: 'Ana Ruiz'
	});
	const answers = Object.fromEntries(
		builtinChecklist.questions.map((q, i) => [q.id, { score: NORTHWIND_SCORES[i] ?? null, note: '' }])
	);
	answers.q07 = { score: 2, note: 'Projects wait on the one engineer who knows us.' };
	const assessment = await repository.create('assessments', {
		organization: org,
		seat: it.id,
		provider: northwind.id,
		checklist: BUILTIN_CHECKLIST_ID,
		assessor,
		status: 'submitted',
		gwc: {
			get: { answer: 'yes', note: 'They know our systems and our growth plan.' },
			want: { answer: 'yes', note: 'Keen to own the roadmap, not only break-fix.' },
			capacity: { answer: 'no', note: 'Too few engineers for the new clinic.' }
		},
		core_values: [
			{ value_id: 'do-the-right-thing', rating: 'plus', note: '' },
			{ value_id: 'own-it', rating: 'plus_minus', note: 'Misses follow-ups now and then.' },
			{ value_id: 'patients-first', rating: 'plus', note: '' }
		],
		answers,
		responsibility_fit: IT_RESPONSIBILITIES.map((responsibility, i) => ({
			responsibility,
			score: [4, 3, 2, 2, 3][i] ?? null,
			note: ''
		})),
		assessed_at: pocketbaseNow()
	});
	return { organization: org, assessment: assessment.id };
}
