/**
 * The kinds a search result can have (its Pagefind `kind` filter value and chip label), as the registry
 * of page kinds derives them (SEARCH_KINDS in src/lib/site/kinds.ts). The build writes the list in
 * (astro.config.mjs, Vite `define`), so the browser gets these few labels and never loads the registry
 * itself, whose templates, intros and floors search has no use for.
 */
declare const __SEARCH_KINDS__: ReadonlyArray<{ value: string; chip: string }>;

export const SEARCH_KINDS = __SEARCH_KINDS__;
