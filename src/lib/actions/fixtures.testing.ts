import { localDb } from '$lib/data/local/local-store';
import { repository } from '$lib/data/local/repository';
import { createSeat } from './seats';

/** Shared setup for the action specs (on fake-indexeddb): never imported by app code. */

/** Empties the device store between tests: records, outbox and meta. */
export async function clearDevice(): Promise<void> {
	const db = await localDb();
	await Promise.all([db.clear('records'), db.clear('outbox'), db.clear('meta')]);
}

/** An organization with three core values, a service-provider seat "Managed IT" and a provider "Northwind". */
export async function organizationWithSeat(responsibilities: string[] = ['Keep it running']) {
	const organization = await repository.create('organizations', {
		name: 'Acme',
		kind: 'business',
		core_values: [
			{ id: 'humble', name: 'Humble', meaning: '' },
			{ id: 'hungry', name: 'Hungry', meaning: '' },
			{ id: 'smart', name: 'Smart', meaning: '' }
		]
	});
	const seat = await createSeat(organization.id, {
		name: 'Managed IT',
		kind: 'service_provider',
		responsibilities
	});
	const provider = await repository.create('providers', {
		organization: organization.id,
		name: 'Northwind',
		status: 'current'
	});
	return { organization, seat, provider };
}
