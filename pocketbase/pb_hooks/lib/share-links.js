// Share links: the server-chosen token, the link's invariants, and the read-only report that
// GET /api/rightseat/share/{token} answers. The report holds one seat of one organization and
// nothing else: every record it reads is filtered by the link's seat and organization, and what it
// answers is built field by field (no record is serialized whole, so a new field never leaks).

const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
const { readJson } = require(`${__hooks}/lib/json.js`);
const { checkImmutable, checkSameOrganization } = require(`${__hooks}/lib/scope.js`);

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 43 characters of a 62-letter alphabet: log2(62^43) ≈ 256 bits from the CSPRNG. */
const TOKEN_LENGTH = 43;
const TOKEN = /^[A-Za-z0-9]{43}$/;
const GONE = 'This link does not exist, was revoked or has expired.';

/** A new unguessable token (crypto/rand through $security). */
function newToken() {
	return $security.randomStringWithAlphabet(TOKEN_LENGTH, TOKEN_ALPHABET);
}

/** Validates a share link: fixed references, a seat of its organization, revocation for good. */
function validateShareLink(app, record) {
	const errors = fieldErrors();
	checkImmutable(errors, record, ['organization', 'seat', 'token', 'created_by']);
	checkSameOrganization(errors, app, record, 'seat', 'seats', false);
	if (!record.isNew() && record.original().getBool('revoked') && !record.getBool('revoked')) {
		errors.add('revoked', 'validation_revoked', 'A revoked link stays revoked: create a new one.');
	}
	errors.throwIfAny();
}

/** The live link for `token`, or a 404 (unknown, revoked and expired read the same). */
function findLiveLink(app, token) {
	if (!TOKEN.test(token)) throw new NotFoundError(GONE);
	let link;
	try {
		link = app.findFirstRecordByData('share_links', 'token', token);
	} catch (_) {
		throw new NotFoundError(GONE);
	}
	if (link.getBool('revoked')) throw new NotFoundError(GONE);
	const expires = link.getDateTime('expires');
	if (!expires.isZero() && !expires.after(new DateTime())) throw new NotFoundError(GONE);
	return link;
}

/**
 * The people of the report under keys of its own (`person-1`, …, in order of appearance), with
 * their display names: user ids and emails never leave the server through a share link.
 */
function peopleOf(app, ids) {
	const keys = {};
	const people = {};
	const unique = Array.from(new Set(ids.filter((id) => id !== '')));
	const names = {};
	if (unique.length > 0) {
		for (const user of app.findRecordsByIds('users', unique)) names[user.id] = user.getString('name');
	}
	unique.forEach((id, index) => {
		keys[id] = `person-${index + 1}`;
		people[keys[id]] = names[id] || '';
	});
	return { keys, people };
}

function assessmentOf(record, keys) {
	return {
		provider: record.getString('provider'),
		checklist: record.getString('checklist'),
		assessor: keys[record.getString('assessor')] || '',
		status: record.getString('status'),
		gwc: readJson(record, 'gwc'),
		core_values: readJson(record, 'core_values') || [],
		answers: readJson(record, 'answers') || {},
		responsibility_fit: readJson(record, 'responsibility_fit') || [],
		assessed_at: record.getString('assessed_at')
	};
}

function decisionOf(record, keys) {
	return {
		provider: record.getString('provider'),
		decided_by: keys[record.getString('decided_by')] || '',
		reason: record.getString('reason'),
		decided_at: record.getString('decided_at'),
		consensus_score: readJson(record, 'consensus_score'),
		consensus_reason: record.getString('consensus_reason')
	};
}

/** Records of `collection` with `ids` that belong to `orgId` (or to no organization when `builtIn`). */
function ownRecords(app, collection, ids, orgId, builtIn) {
	const unique = Array.from(new Set(ids));
	if (unique.length === 0) return [];
	return app.findRecordsByIds(collection, unique).filter((record) => {
		const owner = record.getString('organization');
		return owner === orgId || (builtIn && owner === '');
	});
}

function organizationOf(org) {
	const logo = org.getString('logo');
	return {
		name: org.getString('name'),
		kind: org.getString('kind'),
		core_values: readJson(org, 'core_values') || [],
		values_bar: readJson(org, 'values_bar') || { max_mixed: 1, max_minus: 0 },
		logo: logo === '' ? '' : `/api/files/${org.collection().id}/${org.id}/${logo}`
	};
}

function seatOf(seat) {
	return {
		name: seat.getString('name'),
		purpose: seat.getString('purpose'),
		kind: seat.getString('kind'),
		accountable_owner: seat.getString('accountable_owner'),
		responsibilities: readJson(seat, 'responsibilities') || [],
		review_interval_months: seat.getInt('review_interval_months')
	};
}

/**
 * The report of the link's seat: organization name and values, the seat and its top five, the
 * providers with a submitted assessment or a decision in this seat, those assessments, the
 * checklist versions they were scored on, and the decisions (newest first).
 */
function sharedReport(app, token) {
	const link = findLiveLink(app, token);
	const orgId = link.getString('organization');
	const seatId = link.getString('seat');
	const org = app.findRecordById('organizations', orgId);
	const seat = app.findRecordById('seats', seatId);
	if (seat.getString('organization') !== orgId) throw new NotFoundError(GONE);
	const scope = { org: orgId, seat: seatId };
	const assessments = app.findRecordsByFilter(
		'assessments',
		'organization = {:org} && seat = {:seat} && status = "submitted"',
		'assessed_at,id',
		0,
		0,
		scope
	);
	const decisions = app.findRecordsByFilter(
		'decisions',
		'organization = {:org} && seat = {:seat}',
		'-decided_at,-id',
		0,
		0,
		scope
	);
	const { keys, people } = peopleOf(app, [
		...assessments.map((a) => a.getString('assessor')),
		...decisions.map((d) => d.getString('decided_by'))
	]);
	const providerIds = [...assessments, ...decisions].map((r) => r.getString('provider'));
	const providers = ownRecords(app, 'providers', providerIds, orgId, false);
	const checklistIds = assessments.map((a) => a.getString('checklist'));
	const checklists = ownRecords(app, 'checklists', checklistIds, orgId, true);
	return {
		organization: organizationOf(org),
		seat: seatOf(seat),
		providers: providers.map((p) => ({ id: p.id, name: p.getString('name'), status: p.getString('status') })),
		checklists: checklists.map((c) => ({
			id: c.id,
			family: c.getString('family'),
			name: c.getString('name'),
			version: c.getInt('version'),
			questions: readJson(c, 'questions') || []
		})),
		people,
		assessments: assessments.map((a) => assessmentOf(a, keys)),
		decisions: decisions.map((d) => decisionOf(d, keys)),
		expires: link.getString('expires'),
		generated_at: new DateTime().string()
	};
}

module.exports = { newToken, validateShareLink, sharedReport, TOKEN_LENGTH };
