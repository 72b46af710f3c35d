export const TEST_ADMIN: { email: string; password: string };
export function freePort(): Promise<number>;
export interface TestPocketBase {
	url: string;
	port: number;
	dataDir: string;
	admin: { email: string; password: string };
	stop(): Promise<void>;
}
export function startPocketBase(options?: {
	port?: number;
	publicDir?: string;
	quiet?: boolean;
	/** Extra environment for the server, e.g. RIGHTSEAT_ADMIN_UI or RIGHTSEAT_CORS_ORIGINS. */
	env?: Record<string, string>;
}): Promise<TestPocketBase>;
