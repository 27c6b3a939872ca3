/** Moved to tests/support/fixture.ts (the fixture builds in tests/built/ use it too); kept for old imports. */
export * from '../support/fixture.ts';
