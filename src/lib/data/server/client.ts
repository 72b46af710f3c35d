import PocketBase from 'pocketbase';

/**
 * The one PocketBase client. The app is served by PocketBase itself, so the API is on the same
 * origin (no CORS, no configuration); Node tests point it at their throwaway server.
 */
export const pb = new PocketBase(globalThis.location?.origin ?? 'http://127.0.0.1:8090');
// the engine issues overlapping requests on purpose (pull pages, push batches): never cancel them
pb.autoCancellation(false);

/** Points the client at another server (Node tests and the benchmark). */
export function useServer(url: string): void {
	pb.baseURL = url;
}
