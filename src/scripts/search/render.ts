/**
 * Result rendering shared by the search dialog and the /search/ page: the hit list, the status line
 * read out to screen readers, the kind filters and the suggestions shown before and after a miss.
 */
import { KIND_LABELS } from '../../lib/kinds.ts';
import type { CollectionName } from '../../schemas/fragments.ts';
import type { Hit, SearchOutcome } from './engine.ts';

/** The kinds a reader can narrow to: the label on the chip and the Pagefind filter value. */
export const KIND_FILTERS: ReadonlyArray<{ label: string; value: string }> = (
	[
		['neuromodulators', 'Brands'],
		['fillers', 'Fillers'],
		['areas', 'Areas'],
		['guides', 'Guides'],
		['myths', 'Myths'],
		['products', 'Products'],
		['glossary', 'Glossary'],
	] as Array<[CollectionName, string]>
).map(([collection, label]) => ({ label, value: KIND_LABELS[collection].one }));

/** Queries offered on an empty box and after a miss: one brand, one area, one lay term, one worry. */
export const SUGGESTIONS = ['Botox', 'lip filler', 'smile lines', 'dissolve filler', 'pregnant', 'droopy eyelid'];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const quoted = (s: string) => `“${s}”`;

/** One result's inner HTML: title, kind and the highlighted excerpt (or the alias that matched). */
function hitHtml(hit: Hit): string {
	const why = hit.alias && hit.alias.toLowerCase() !== hit.title.toLowerCase() ? `<span class="sr-alias">Matches ${escapeHtml(quoted(hit.alias))}</span>` : '';
	// Pagefind's excerpt is already escaped text with <mark> around matched words.
	const excerpt = hit.excerpt ? `<span class="sr-excerpt">${hit.excerpt}</span>` : '';
	return `<span class="sr-title">${escapeHtml(hit.title)}</span> <span class="sr-kind">${escapeHtml(hit.kind)}</span>${why}${excerpt}`;
}

/**
 * Fills `container` with the hits. As a listbox (the dialog) each hit is an <a role="option"> with an
 * id for aria-activedescendant; as a list (the page) each is an <li> holding a plain link.
 */
export function renderHits(container: HTMLElement, hits: readonly Hit[], as: 'listbox' | 'list', idPrefix = 'sr'): void {
	container.innerHTML = hits
		.map((hit, i) =>
			as === 'listbox'
				? `<a class="sr" role="option" aria-selected="false" id="${idPrefix}-${i}" href="${escapeHtml(hit.url)}">${hitHtml(hit)}</a>`
				: `<li><a class="sr" href="${escapeHtml(hit.url)}">${hitHtml(hit)}</a></li>`,
		)
		.join('');
}

/** The sentence announced after each search. */
export function statusText(outcome: SearchOutcome, kindLabel?: string): string {
	const within = kindLabel ? ` in ${kindLabel}` : '';
	const n = outcome.total;
	const count = n === 0 ? `No results${within}` : `${n} result${n === 1 ? '' : 's'}${within}`;
	if (outcome.corrected) return `Showing results for ${quoted(outcome.corrected)} (you typed ${quoted(outcome.query)}): ${count.toLowerCase()}.`;
	return n === 0 ? `${count} for ${quoted(outcome.query)}. Try one of these, or a simpler word:` : `${count} for ${quoted(outcome.query)}.`;
}

export const FAILURE_TEXT = 'Search could not load. Check your connection and try again, or browse the sections instead.';

/** Suggestion buttons that run their query when pressed. */
export function renderSuggestions(container: HTMLElement, onPick: (query: string) => void): void {
	container.innerHTML = `<span class="sr-try">Try:</span> ${SUGGESTIONS.map((s) => `<button type="button" class="sr-chip" data-q="${escapeHtml(s)}">${escapeHtml(s)}</button>`).join(' ')}`;
	container.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-q]');
		if (button) onPick(button.dataset.q!);
	});
}

/**
 * Kind filters as a radio group ("All" plus one per kind), each with its count for the current query.
 * Radios give arrow-key movement and a single announced choice for free.
 */
export function renderFilters(container: HTMLElement, name: string, onChange: (kind: string | undefined) => void): { update(perKind: Record<string, number> | undefined, selected: string | undefined): void } {
	const options = [{ label: 'All', value: '' }, ...KIND_FILTERS];
	container.innerHTML = `<legend class="visually-hidden">Show only</legend>${options
		.map(
			(o) =>
				`<label class="sr-filter"><input type="radio" name="${name}" value="${escapeHtml(o.value)}"${o.value ? '' : ' checked'}><span>${escapeHtml(o.label)}<span class="sr-count" data-kind="${escapeHtml(o.value)}"></span></span></label>`,
		)
		.join('')}`;
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
