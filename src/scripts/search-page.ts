/**
 * Browser code for /search/: loads Pagefind on this page only, runs the query from ?q= and re-runs it
 * as the reader types, keeping the address in step so results can be linked.
 */
interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters?: { kind?: string[] };
}
interface Pagefind {
	search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function runSearchPage(): void {
	const input = document.querySelector<HTMLInputElement>('#search-query');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	if (!input || !status || !list) return;
	document.querySelector<HTMLElement>('#search-nojs')?.setAttribute('hidden', '');
	let engine: Promise<Pagefind> | undefined;
	const load = () => (engine ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>);

	let latest = 0;
	async function run(query: string) {
		const ticket = ++latest;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!query.trim()) {
			list!.innerHTML = '';
			status!.textContent = '';
			return;
		}
		try {
			const pagefind = await load();
			const found = await pagefind.search(query);
			const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
			if (ticket !== latest) return;
			list!.innerHTML = top
				.map((r) => `<li><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a>${r.filters?.kind?.[0] ? ` <span class="muted">(${escapeHtml(r.filters.kind[0])})</span>` : ''}<p>${r.excerpt}</p></li>`)
				.join('');
			status!.textContent = found.results.length === 0 ? `No results for “${query}”. Try a brand name, an area such as “lips”, or a word such as “bruising”.` : `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${query}”.`;
		} catch (error) {
			console.warn('Search failed to load', error);
			status!.textContent = 'Search could not load. Check your connection, or browse the sections below.';
		}
	}

	const initial = new URLSearchParams(location.search).get('q') ?? '';
	input.value = initial;
	if (initial) void run(initial);
	input.addEventListener('input', () => void run(input.value));
	input.form?.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
}
