/** Moved to tests/support/ (shared by the browser tests, the built-site checks and the sweep); kept for old imports. */
export * from '../support/site.ts';
