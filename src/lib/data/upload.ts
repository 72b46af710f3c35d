/** Uploading local work into an organization (lands with the sync engine). */
export async function uploadLocalWork(_organizationId: string): Promise<number> {
	return 0;
}
