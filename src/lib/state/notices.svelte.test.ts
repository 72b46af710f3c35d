import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_MS, NOTICE_WITH_ACTION_MS, notices } from './notices.svelte';

describe('notices', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('window', {});
		notices.dismiss();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('a success notice goes by itself after about 4 s', () => {
		notices.show('Seat added.');
		vi.advanceTimersByTime(NOTICE_MS - 10);
		expect(notices.current?.text).toBe('Seat added.');
		vi.advanceTimersByTime(20);
		expect(notices.current).toBeNull();
	});

	it('one at a time: a new notice replaces the old and gets its own full time', () => {
		notices.show('First.');
		vi.advanceTimersByTime(NOTICE_MS - 100);
		notices.show('Second.');
		vi.advanceTimersByTime(200);
		expect(notices.current?.text).toBe('Second.');
	});

	it('an Undo stays longer, and not at all while hovered or focused', () => {
		notices.show('Deleted “CEO”.', { label: 'Undo', run: () => {} });
		vi.advanceTimersByTime(NOTICE_MS + 100);
		expect(notices.current?.action?.label).toBe('Undo');
		notices.pause();
		vi.advanceTimersByTime(NOTICE_WITH_ACTION_MS * 3);
		expect(notices.current).not.toBeNull();
		notices.resume();
		vi.advanceTimersByTime(NOTICE_WITH_ACTION_MS);
		expect(notices.current).toBeNull();
	});

	it('errors stay until dismissed, also across navigation', () => {
		notices.error('Could not save.');
		vi.advanceTimersByTime(60_000);
		notices.navigating('link');
		expect(notices.current?.text).toBe('Could not save.');
		notices.dismiss();
		expect(notices.current).toBeNull();
	});

	it('a success notice clears on navigation, unless the save itself navigates right after', () => {
		notices.show('Provider added.');
		notices.navigating('goto');
		expect(notices.current?.text).toBe('Provider added.');
		vi.advanceTimersByTime(2_500);
		notices.navigating('goto');
		expect(notices.current).toBeNull();
		notices.show('Seat saved.');
		notices.navigating('link');
		expect(notices.current).toBeNull();
	});

	it('runs the action once and closes', async () => {
		const run = vi.fn();
		notices.show('Deleted.', { label: 'Undo', run });
		await notices.act();
		await notices.act();
		expect(run).toHaveBeenCalledTimes(1);
		expect(notices.current).toBeNull();
	});
});
