/**
 * Browser code for /search/: loads the engine on this page only, runs the query from ?q= (and the kind
 * from ?kind=) and re-runs it as the reader types, keeping the address in step so results can be
 * linked. Rendering is shared with the search dialog.
 */
import { loadEngine, search, Superseded, type SearchOutcome } from './search/engine.ts';
import { FAILURE_TEXT, KIND_FILTERS, renderFilters, renderHits, renderSuggestions, statusText, wireShowMore } from './search/render.ts';

export function runSearchPage(): void {
	const input = document.querySelector<HTMLInputElement>('#search-query');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const kinds = document.querySelector<HTMLElement>('#search-kinds');
	const suggest = document.querySelector<HTMLElement>('#search-suggest');
	const moreButton = document.querySelector<HTMLButtonElement>('#search-more');
	if (!input || !status || !list || !kinds || !suggest || !moreButton) return;
	let current: SearchOutcome | undefined;
	// Focus moves to the first new result, so a keyboard reader carries on from where the list grew.
	const showMore = wireShowMore(
		moreButton,
		() => current,
		(added, start) => renderHits(list, added, 'list', 'sr', start),
		(start) => list.querySelectorAll<HTMLAnchorElement>('li a')[start]?.focus(),
	);
	// Hidden by CSS already where the browser knows the `scripting` media feature; this is for the rest.
	document.querySelector<HTMLElement>('#search-nojs')?.setAttribute('hidden', '');

	const params = new URLSearchParams(location.search);
	let kind = KIND_FILTERS.find((f) => f.label.toLowerCase() === params.get('kind'))?.value;
	const filters = renderFilters(kinds, 'search-kind', (k) => {
		kind = k;
		void run(input.value);
	});
	renderSuggestions(suggest, (q) => {
		input.value = q;
		void run(q);
	});

	let latest = 0;
	async function run(raw: string) {
		const query = raw.trim();
		const ticket = ++latest;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		const label = KIND_FILTERS.find((f) => f.value === kind)?.label;
		if (label) url.searchParams.set('kind', label.toLowerCase());
		else url.searchParams.delete('kind');
		history.replaceState(null, '', url);
		current = undefined;
		moreButton!.hidden = true;
		if (!query) {
			list!.innerHTML = '';
			status!.textContent = '';
			suggest!.hidden = false;
			filters.update(undefined, kind);
			return;
		}
		try {
			const outcome = await search(query, kind, () => ticket === latest);
			if (ticket !== latest) return;
			current = outcome;
			renderHits(list!, outcome.hits, 'list');
			showMore(outcome);
			status!.textContent = statusText(outcome, label);
			suggest!.hidden = outcome.hits.length > 0;
			filters.update(outcome.perKind, kind);
		} catch (error) {
			if (ticket !== latest || error instanceof Superseded) return;
			console.warn('Search failed to load', error);
			list!.innerHTML = '';
			status!.textContent = FAILURE_TEXT;
		}
	}

	const initial = params.get('q') ?? '';
	input.value = initial;
	filters.update(undefined, kind);
	if (initial) void run(initial);
	else
		loadEngine().catch((error: unknown) => {
			console.warn('Search failed to load', error);
			status.textContent = FAILURE_TEXT;
		});
	input.addEventListener('input', () => void run(input.value));
	input.form?.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
}
