// A world for the sales-mode suites (docs/sales-mode.md): an MSP with an owner, a rep (editor) and a
// viewer; prospect workspaces it holds, each with a prospect owner and a prospect editor; an outsider
// with an organization of their own. Workspaces are opened through the rep's client, the way the app
// opens them; memberships are added by the superuser (the invitation path is proved elsewhere).
import type PocketBase from 'pocketbase';
import { assessmentBody, providerBody, seatBody, type Server } from './world';

export const SALES_ACTORS = [
	'anonymous',
	'outsider',
	'mspViewer',
	'rep',
	'prospectOwner',
	'prospectEditor'
] as const;
export type SalesActor = (typeof SALES_ACTORS)[number];
type SignedIn = Exclude<SalesActor, 'anonymous'>;

/** Where a workspace stands: run by the MSP, or handed off with the MSP kept as viewer, or with none. */
export type Phase = 'live' | 'viewer' | 'none';
export const PHASES: Phase[] = ['live', 'viewer', 'none'];

/** One workspace and the records the suites point at. */
export interface Workspace {
	id: string;
	seat: string;
	/** A provider scored in the open (no blind round). */
	provider: string;
	/** A provider with a blind round that nobody revealed; prospectEditor is a listed assessor. */
	blindProvider: string;
	/** A blind provider already revealed. */
	revealedProvider: string;
	/** An assessment of `provider` by the prospect owner. */
	assessment: string;
}

export interface SalesWorld {
	server: Server;
	clients: Record<SalesActor, PocketBase>;
	ids: Record<SignedIn, string>;
	mspOwner: { id: string; client: PocketBase };
	msp: string;
	outsiderOrg: string;
	workspaces: Record<Phase, Workspace>;
}

/** Asks the server to hand workspace `id` over, as `client`; resolves with the workspace record. */
export function handOff(client: PocketBase, id: string, access: string) {
	return client.send(`/api/rightseat/workspaces/${id}/handoff`, {
		method: 'POST',
		body: { msp_access: access }
	});
}

/** Opens a workspace as the rep, adds the prospect's people and brings it to `phase`. */
export async function openWorkspace(world: Omit<SalesWorld, 'workspaces'>, phase: Phase): Promise<string> {
	const { server, ids } = world;
	const workspace = await world.clients.rep
		.collection('organizations')
		.create({ name: `Prospect ${phase}`, kind: 'business', msp: world.msp });
	await server.admin
		.collection('memberships')
		.create({ organization: workspace.id, user: ids.prospectOwner, role: 'owner' });
	await server.admin
		.collection('memberships')
		.create({ organization: workspace.id, user: ids.prospectEditor, role: 'editor' });
	if (phase !== 'live') await handOff(world.clients.prospectOwner, workspace.id, phase);
	return workspace.id;
}

/** A workspace in `phase` with a seat, an open provider, a blind one, a revealed one and an assessment. */
async function furnishedWorkspace(world: Omit<SalesWorld, 'workspaces'>, phase: Phase): Promise<Workspace> {
	const id = await openWorkspace(world, phase);
	const admin = world.server.admin;
	const seat = (await admin.collection('seats').create(seatBody(id))).id;
	const provider = (await admin.collection('providers').create(providerBody(id, { status: 'current' }))).id;
	const round = { blind: true, blind_assessors: [world.ids.prospectOwner, world.ids.prospectEditor] };
	const blindProvider = (await admin.collection('providers').create(providerBody(id, round))).id;
	const revealedProvider = (
		await admin.collection('providers').create(providerBody(id, { ...round, revealed: true }))
	).id;
	const assessment = (
		await admin
			.collection('assessments')
			.create(assessmentBody(id, { seat, provider, assessor: world.ids.prospectOwner }))
	).id;
	return { id, seat, provider, blindProvider, revealedProvider, assessment };
}

/** Builds the world: users, the MSP, the outsider's organization and one workspace per phase. */
export async function buildSalesWorld(server: Server): Promise<SalesWorld> {
	const users = {
		outsider: await server.user('outsider'),
		mspViewer: await server.user('msp-viewer'),
		rep: await server.user('rep'),
		prospectOwner: await server.user('prospect-owner'),
		prospectEditor: await server.user('prospect-editor')
	};
	const mspOwner = await server.user('msp-owner');
	const msp = (
		await mspOwner.client.collection('organizations').create({ name: 'Convergent IT', kind: 'msp' })
	).id;
	await server.admin
		.collection('memberships')
		.create({ organization: msp, user: users.rep.id, role: 'editor' });
	await server.admin
		.collection('memberships')
		.create({ organization: msp, user: users.mspViewer.id, role: 'viewer' });
	const outsiderOrg = (
		await users.outsider.client.collection('organizations').create({ name: 'Elsewhere', kind: 'business' })
	).id;
	const signedIn = Object.keys(users) as SignedIn[];
	const base = {
		server,
		clients: {
			anonymous: server.client(),
			...Object.fromEntries(signedIn.map((a) => [a, users[a].client]))
		} as Record<SalesActor, PocketBase>,
		ids: Object.fromEntries(signedIn.map((a) => [a, users[a].id])) as Record<SignedIn, string>,
		mspOwner,
		msp,
		outsiderOrg
	};
	const workspaces = {} as Record<Phase, Workspace>;
	for (const phase of PHASES) workspaces[phase] = await furnishedWorkspace(base, phase);
	return { ...base, workspaces };
}
