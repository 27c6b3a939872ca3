/** Moved to tests/support/ (shared by the browser tests and the built-site checks); kept for old imports. */
export * from '../support/dist.ts';
