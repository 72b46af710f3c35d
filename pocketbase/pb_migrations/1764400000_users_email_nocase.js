/// <reference path="../pb_data/types.d.ts" />
// Users: one account per email address regardless of case. The unique index on `email` becomes
// `COLLATE NOCASE` (SQLite folds A–Z only, the canonical form of pb_hooks/lib/emails.js), so signing
// up as `Kate@example.com` while `kate@example.com` exists is refused, and PocketBase's sign-in and
// password-reset lookups become case-insensitive too (FindAuthRecordByEmail follows the index).
//
// Existing duplicates (addresses equal after folding A–Z) would make the index fail. In each group
// one account keeps the address: the verified one, else the oldest. The others keep their records,
// memberships and assessments, but their address becomes `duplicate-<id>@rightseat.invalid` (a
// reserved domain that never receives mail) and they are unverified: they can no longer sign in with
// the shared address, which is the point, since nobody can tell which of them owns the mailbox. Each
// change is logged with the old address so an operator can merge or restore by hand (see
// docs/security.md, "Email addresses"). The down migration restores the case-sensitive index only.

const PLAIN_INDEX =
	"CREATE UNIQUE INDEX `idx_email__pb_users_auth_` ON `users` (`email`) WHERE `email` != ''";
const NOCASE_INDEX =
	"CREATE UNIQUE INDEX `idx_email__pb_users_auth_` ON `users` (`email` COLLATE NOCASE) WHERE `email` != ''";

/** The users' indexes with the email one replaced by `emailIndex`. */
function withEmailIndex(users, emailIndex) {
	const others = Array.from(users.indexes, String).filter((sql) => !/\(\s*`?email`?[\s)]/i.test(sql));
	return [...others, emailIndex];
}

/** The address A–Z folded, as `COLLATE NOCASE` compares it. */
function folded(email) {
	return email.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Renames all but one account of every group of case-variant addresses (see above). */
function renameDuplicates(app) {
	const groups = new Map();
	for (const user of app.findAllRecords('users')) {
		const email = user.getString('email');
		if (email === '') continue;
		const key = folded(email);
		groups.set(key, [...(groups.get(key) || []), user]);
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		group.sort((a, b) => {
			if (a.verified() !== b.verified()) return a.verified() ? -1 : 1;
			const created = a.getString('created').localeCompare(b.getString('created'));
			return created !== 0 ? created : a.id.localeCompare(b.id);
		});
		for (const user of group.slice(1)) {
			const old = user.getString('email');
			user.set('email', `duplicate-${user.id}@rightseat.invalid`);
			user.setVerified(false);
			app.saveNoValidate(user);
			console.log(
				`[1764400000] users ${user.id}: address ${JSON.stringify(old)} is a case variant of account ${group[0].id}'s; renamed to ${user.getString('email')}`
			);
		}
	}
}

migrate(
	(app) => {
		renameDuplicates(app);
		const users = app.findCollectionByNameOrId('users');
		users.indexes = withEmailIndex(users, NOCASE_INDEX);
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.indexes = withEmailIndex(users, PLAIN_INDEX);
		app.save(users);
	}
);
