export const TEST_ADMIN: { email: string; password: string };
export function freePort(): Promise<number>;
export interface TestPocketBase {
	url: string;
	port: number;
	dataDir: string;
	pid: number | undefined;
	admin: { email: string; password: string };
	stop(): Promise<void>;
}
export function startPocketBase(options?: {
	port?: number;
	publicDir?: string;
	quiet?: boolean;
	env?: Record<string, string>;
	dataDir?: string;
	bare?: boolean;
	hooksPool?: number;
}): Promise<TestPocketBase>;
