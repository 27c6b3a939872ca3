/**
 * Result rendering shared by the search dialog and the /search/ page: the hit list, the status line
 * read out to screen readers, the kind filters and the suggestions shown before and after a miss.
 */
import { SEARCH_KINDS } from './kinds.ts';
import type { Hit, SearchOutcome } from './engine.ts';

/** The kinds a reader can narrow to, from the kinds registry: the label on the chip and the Pagefind filter value. */
export const KIND_FILTERS: ReadonlyArray<{ label: string; value: string }> = SEARCH_KINDS.map((k) => ({ label: k.chip, value: k.value }));

/** Queries offered on an empty box and after a miss: one brand, one area, one lay term, one worry. */
export const SUGGESTIONS = ['Botox', 'lip filler', 'smile lines', 'dissolve filler', 'pregnant', 'droopy eyelid'];

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const quoted = (s: string) => `“${s}”`;

/**
 * Pagefind's excerpt is escaped text with <mark> around matched words; anything else is dropped, so
 * only the matched words are highlighted whatever the index holds.
 */
const cleanExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

/**
 * The excerpt without the page title it often opens with, whole or from partway (Pagefind's window can
 * start inside it): the title is already the link, so the reader sees the text that matched.
 */
function withoutTitle(excerpt: string, title: string): string {
	// Letters and digits only: the title and the excerpt escape quotes and punctuation differently.
	const plain = (s: string) =>
		s
			.replace(/<[^>]*>/g, '')
			.replace(/&[a-z#0-9]+;/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, '');
	const whole = plain(escapeHtml(title));
	const tokens = excerpt.split(/(\s+)/);
	for (let words = title.split(/\s+/).length; words >= 2; words--) {
		const head = tokens.slice(0, words * 2 - 1).join('');
		const rest = excerpt.slice(head.length).replace(/^[.:\s]+/, '');
		if (rest && whole.endsWith(plain(head)) && (words > 2 || plain(head).length > 10)) return rest;
	}
	return excerpt;
}

/** One result's title, kind and highlighted excerpt. */
function parts(hit: Hit): { title: string; kind: string; excerpt: string } {
	return {
		title: `<span class="sr-title">${escapeHtml(hit.title)}</span>`,
		kind: `<span class="sr-kind">${escapeHtml(hit.kind)}</span>`,
		excerpt: hit.excerpt ? `<span class="sr-excerpt">${withoutTitle(cleanExcerpt(hit.excerpt), hit.title)}</span>` : '',
	};
}

/**
 * Adds the hits to `container`, numbered on from `start`. As a listbox (the dialog) each hit is an
 * <a role="option"> with an id for aria-activedescendant (the styles underline only its title); as a
 * list (the page) each is an <li> whose link is the title alone, the kind and excerpt beside it.
 */
export function renderHits(container: HTMLElement, hits: readonly Hit[], as: 'listbox' | 'list', idPrefix = 'sr', start = 0): void {
	if (start === 0) container.innerHTML = '';
	container.insertAdjacentHTML(
		'beforeend',
		hits
			.map((hit, i) => {
				const { title, kind, excerpt } = parts(hit);
				return as === 'listbox'
					? `<a class="sr" role="option" aria-selected="false" id="${idPrefix}-${start + i}" href="${escapeHtml(hit.url)}">${title} ${kind}${excerpt}</a>`
					: `<li class="sr"><a href="${escapeHtml(hit.url)}">${title}</a> ${kind}${excerpt}</li>`;
			})
			.join(''),
	);
}

/** The "Show more" button's label, or '' when every result is shown. */
export function moreLabel(shown: number, total: number): string {
	const left = total - shown;
	return left > 0 ? `Show more results (${left} more)` : '';
}

/**
 * Wires a "Show more" button to the outcome `current()` returns: it loads one page at a time (a second
 * press while one loads would fetch the same page twice), appends the new hits, and calls `landed` with
 * the index of the first one so the caller can move focus or selection there. Returns the function that
 * sets the button's label (hidden when nothing is left) after each new outcome.
 */
export function wireShowMore(
	button: HTMLButtonElement,
	current: () => SearchOutcome | undefined,
	render: (added: Hit[], start: number) => void,
	landed: (start: number) => void,
): (outcome: SearchOutcome) => void {
	const label = (outcome: SearchOutcome) => {
		const text = moreLabel(outcome.hits.length, outcome.total);
		button.hidden = !text;
		button.textContent = text;
	};
	// A listener's promise would be dropped by the browser: the handler is named and its promise voided.
	const showMore = async () => {
		const outcome = current();
		if (!outcome || button.disabled) return;
		const start = outcome.hits.length;
		button.disabled = true;
		const added = await outcome.more().finally(() => (button.disabled = false));
		if (outcome !== current()) return;
		render(added, start);
		label(outcome);
		landed(start);
	};
	button.addEventListener('click', () => void showMore());
	return label;
}

/** The sentence announced after each search. */
export function statusText(outcome: Pick<SearchOutcome, 'query' | 'corrected' | 'total'>, kindLabel?: string): string {
	const within = kindLabel ? ` in ${kindLabel}` : '';
	const n = outcome.total;
	const count = n === 0 ? `No results${within}` : `${n} result${n === 1 ? '' : 's'}${within}`;
	if (outcome.corrected)
		return `Showing results for ${quoted(outcome.corrected)} (you typed ${quoted(outcome.query)}): ${count.toLowerCase()}.`;
	return n === 0 ? `${count} for ${quoted(outcome.query)}. Try one of these, or a simpler word:` : `${count} for ${quoted(outcome.query)}.`;
}

export const FAILURE_TEXT = 'Search could not load. Check your connection and try again, or browse the sections instead.';

/** The suggestion buttons' markup: rendered by the search page's build too, so it takes its place before the script runs. */
export const suggestionsMarkup = (): string =>
	`<span class="sr-try">Try:</span> ${SUGGESTIONS.map((s) => `<button type="button" class="sr-chip" data-q="${escapeHtml(s)}">${escapeHtml(s)}</button>`).join(' ')}`;

/** Suggestion buttons that run their query when pressed (drawn into `container` unless the page already holds them). */
export function renderSuggestions(container: HTMLElement, onPick: (query: string) => void): void {
	if (!container.querySelector('.sr-chip')) container.innerHTML = suggestionsMarkup();
	container.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-q]');
		if (button) onPick(button.dataset.q!);
	});
}

/**
 * The kind filters' markup ("All" checked): rendered by the search page's build too, so the filters take
 * their place before the script runs and nothing below them moves when it does.
 */
export const filtersMarkup = (name: string): string =>
	`<legend class="visually-hidden">Show only</legend>${[{ label: 'All', value: '' }, ...KIND_FILTERS]
		.map(
			(o) =>
				`<label class="sr-filter"><input type="radio" name="${name}" value="${escapeHtml(o.value)}"${o.value ? '' : ' checked'}><span>${escapeHtml(o.label)}<span class="sr-count" data-kind="${escapeHtml(o.value)}"></span></span></label>`,
		)
		.join('')}`;

/**
 * Kind filters as a radio group ("All" plus one per kind), each with its count for the current query
 * (drawn into `container` unless the page already holds them).
 * Radios give arrow-key movement and a single announced choice for free.
 */
export function renderFilters(
	container: HTMLElement,
	name: string,
	onChange: (kind: string | undefined) => void,
): { update(perKind: Record<string, number> | undefined, selected: string | undefined): void } {
	if (!container.querySelector('.sr-filter')) container.innerHTML = filtersMarkup(name);
	container.addEventListener('change', (event) => {
		const value = (event.target as HTMLInputElement).value;
		onChange(value || undefined);
	});
	return {
		update(perKind, selected) {
			for (const input of container.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === (selected ?? '');
			const total = perKind ? Object.values(perKind).reduce((a, b) => a + b, 0) : undefined;
			for (const span of container.querySelectorAll<HTMLElement>('.sr-count')) {
				const n = span.dataset.kind ? perKind?.[span.dataset.kind] : total;
				span.textContent = n === undefined ? '' : ` ${n}`;
			}
		},
	};
}
