// A client-only SPA: PocketBase serves the shell and every route falls back to it.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
