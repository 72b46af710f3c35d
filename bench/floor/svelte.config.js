import config from '../../svelte.config.js';

/** Same kit options as the app; files resolve inside bench/floor. */
export default {
	...config,
	kit: { ...config.kit, files: { assets: '../../static', appTemplate: '../../src/app.html' } }
};
