import { describe, expect, it, vi } from 'vitest';
import { emitPersonChanged, onPersonChanged } from './person-events';

describe('person-changed event', () => {
	it('reaches every listener until it unsubscribes', () => {
		const a = vi.fn();
		const b = vi.fn();
		const stopA = onPersonChanged(a);
		onPersonChanged(b);
		const event = { type: 'person-changed', from: 'u1', to: null } as const;
		emitPersonChanged(event);
		stopA();
		emitPersonChanged({ ...event, to: 'u2' });
		expect(a).toHaveBeenCalledTimes(1);
		expect(b).toHaveBeenCalledTimes(2);
		expect(b).toHaveBeenLastCalledWith({ type: 'person-changed', from: 'u1', to: 'u2' });
	});
});
