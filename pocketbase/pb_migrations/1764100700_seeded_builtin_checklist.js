/// <reference path="../pb_data/types.d.ts" />
// Seeds the built-in checklist, version 1: no organization (built-in, read-only to everyone),
// locked. The content is a copy of src/lib/domain/checklist-builtin.json (deploys ship
// pb_migrations only); tests/integration/migrations.test.ts asserts the two stay equal. A change
// is a new version in a new migration, never an edit here.

const BUILTIN_ID = 'rightseatmspv01';
const builtin = {
	family: 'rightseat-msp',
	name: 'Right MSP, Right Seat',
	version: 1,
	questions: [
		{
			id: 'q01',
			dimension: 'get',
			weight: 1,
			text: 'Does the provider share our core values?',
			guidance:
				'They believe what we believe and value what we value; you can name examples of it in how they treat our people.'
		},
		{
			id: 'q02',
			dimension: 'get',
			weight: 1,
			text: 'Do they understand our business, our growth plan and how this seat serves it?',
			guidance:
				'They can explain where we are taking the company and how their work moves us toward those goals.'
		},
		{
			id: 'q03',
			dimension: 'get',
			weight: 1,
			text: 'Do they understand the complexity of our technical environment?',
			guidance:
				'They know our systems, sites, line-of-business apps and dependencies without being walked through them again.'
		},
		{
			id: 'q04',
			dimension: 'get',
			weight: 1,
			text: 'Do they understand our security concerns and how to remedy them?',
			guidance:
				'They name our biggest risks unprompted and have a concrete, prioritised plan to reduce each one.'
		},
		{
			id: 'q05',
			dimension: 'want',
			weight: 1,
			text: 'Do they want the strategic seat as we defined it, not only break-fix and hardware?',
			guidance:
				'They are eager to own IT planning, roadmaps, budgeting and projects, not just patching and selling hardware.'
		},
		{
			id: 'q06',
			dimension: 'want',
			weight: 1,
			text: "Do they accept the seat's top five responsibilities, its metrics and the person who holds them accountable?",
			guidance:
				'They signed up to each responsibility and measurable, and report to the named owner without pushback.'
		},
		{
			id: 'q07',
			dimension: 'capacity',
			weight: 1,
			text: 'Do they have the people and bandwidth to do what the seat requires?',
			guidance: 'Requests and projects are staffed on time; no waiting on the one engineer who knows us.'
		},
		{
			id: 'q08',
			dimension: 'capacity',
			weight: 1,
			text: 'Do they have the expertise and stay ahead of trends, best practice and security threats?',
			guidance:
				'They bring us changes and threats before we ask, with certified people who explain them plainly.'
		},
		{
			id: 'q09',
			dimension: 'capacity',
			weight: 1,
			text: 'Do they deliver a technology roadmap aligned to our business plan and budget?',
			guidance:
				'A written roadmap, reviewed at least quarterly, that ties each item to a business goal and a budget line.'
		},
		{
			id: 'q10',
			dimension: 'capacity',
			weight: 1,
			text: 'Do they run documented, consistent processes, track and report metrics, and scale as we grow?',
			guidance:
				'Processes are written down and followed the same way every time; metrics reach us on schedule; growth needs no heroics.'
		}
	]
};

migrate(
	(app) => {
		const record = new Record(app.findCollectionByNameOrId('checklists'));
		record.set('id', BUILTIN_ID);
		record.set('organization', '');
		record.set('family', builtin.family);
		record.set('name', builtin.name);
		record.set('version', builtin.version);
		record.set('questions', builtin.questions);
		record.set('locked', true);
		app.save(record);
	},
	(app) => {
		app.delete(app.findRecordById('checklists', BUILTIN_ID));
	}
);
