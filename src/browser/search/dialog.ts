/**
 * The search dialog, loaded only when a reader opens search (header link, "/" or Ctrl/Cmd-K). Builds its
 * own markup so pages carry none of it. A native modal <dialog> gives the focus trap, Esc and the
 * backdrop; the input is a combobox whose results are a listbox moved through with the arrow keys.
 */
// Linked, not bundled: a CSS import here would be inlined into every page by Astro.
import stylesUrl from './dialog.css?url';
import { loadEngine, search, Superseded, type SearchOutcome } from './engine.ts';
import { FAILURE_TEXT, KIND_FILTERS, renderFilters, renderHits, renderSuggestions, statusText, wireShowMore } from './render.ts';

let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

function build(): HTMLDialogElement {
	const el = document.createElement('dialog');
	el.className = 'search-dialog';
	el.setAttribute('aria-labelledby', 'sd-title');
	el.innerHTML = `
		<div class="sd-head">
			<h2 id="sd-title" class="visually-hidden">Search Injectables Atlas</h2>
			<label for="sd-input" class="visually-hidden">Search the site</label>
			<input id="sd-input" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="sd-results" autocomplete="off" spellcheck="false" enterkeyhint="go" placeholder="Brand, area, side effect…">
			<button type="button" class="sd-close">Close</button>
		</div>
		<fieldset class="sd-kinds"></fieldset>
		<p class="sd-status" role="status" aria-live="polite"></p>
		<div class="sd-scroll">
			<div id="sd-results" class="sd-results" role="listbox" aria-label="Search results"></div>
			<button type="button" class="sd-more" hidden></button>
		</div>
		<div class="sd-suggest"></div>
		<p class="sd-foot"><a class="sd-page" href="/search/">Open the search page</a> <span aria-hidden="true">↑↓ to move · Enter to open · Esc to close</span></p>`;
	document.body.append(el);

	const input = el.querySelector<HTMLInputElement>('#sd-input')!;
	const status = el.querySelector<HTMLElement>('.sd-status')!;
	const list = el.querySelector<HTMLElement>('#sd-results')!;
	const suggest = el.querySelector<HTMLElement>('.sd-suggest')!;
	const pageLink = el.querySelector<HTMLAnchorElement>('.sd-page')!;
	const moreButton = el.querySelector<HTMLButtonElement>('.sd-more')!;
	let kind: string | undefined;
	let active = -1;
	let ticket = 0;
	let current: SearchOutcome | undefined;
	/** Set when Enter was pressed before results arrived (typed ahead while search loaded). */
	let openWhenReady = false;

	const filters = renderFilters(el.querySelector<HTMLElement>('.sd-kinds')!, 'sd-kind', (k) => {
		kind = k;
		void run();
	});
	renderSuggestions(suggest, (q) => {
		input.value = q;
		input.focus();
		void run();
	});

	const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	/**
	 * Marks one option as the one Enter opens. New results select the first automatically (the APG
	 * "list autocomplete with automatic selection" pattern) without moving the screen reader's point;
	 * `announce` (arrow keys) also sets aria-activedescendant. Arrows stop at either end, never wrap.
	 */
	function setActive(index: number, announce: boolean) {
		const all = options();
		active = all.length === 0 ? -1 : Math.min(Math.max(index, 0), all.length - 1);
		all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
		const chosen = all[active];
		if (chosen && announce) {
			input.setAttribute('aria-activedescendant', chosen.id);
			chosen.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	}

	function openActive() {
		const target = options()[Math.max(active, 0)];
		if (target) location.assign(target.href);
	}

	function show(outcome: SearchOutcome) {
		current = outcome;
		renderHits(list, outcome.hits, 'listbox', 'sd-opt');
		input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
		setActive(0, false);
		const label = KIND_FILTERS.find((f) => f.value === kind)?.label;
		status.textContent = statusText(outcome, label);
		suggest.hidden = outcome.hits.length > 0;
		filters.update(outcome.perKind, kind);
		showMore(outcome);
		if (openWhenReady) {
			openWhenReady = false;
			openActive();
		}
	}

	// The first new result takes the selection, so the reader's next arrow or Enter continues from it.
	const showMore = wireShowMore(
		moreButton,
		() => current,
		(added, start) => renderHits(list, added, 'listbox', 'sd-opt', start),
		(start) => {
			input.focus();
			setActive(start, true);
		},
	);

	async function run() {
		const query = input.value.trim();
		const mine = ++ticket;
		pageLink.href = query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
		current = undefined;
		moreButton.hidden = true;
		if (!query) {
			list.innerHTML = '';
			input.setAttribute('aria-expanded', 'false');
			setActive(-1, false);
			status.textContent = '';
			suggest.hidden = false;
			filters.update(undefined, kind);
			return;
		}
		try {
			const outcome = await search(query, kind, () => mine === ticket);
			if (mine === ticket) show(outcome);
		} catch (error) {
			if (mine !== ticket || error instanceof Superseded) return;
			console.warn('Search failed to load', error);
			list.innerHTML = '';
			input.setAttribute('aria-expanded', 'false');
			status.textContent = FAILURE_TEXT;
		}
	}

	input.addEventListener('input', () => void run());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1), true);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			// Results still on their way (typed quickly, or search still loading): open the first when they come.
			if (!current || current.query !== input.value.trim()) openWhenReady = true;
			else openActive();
		}
	});
	el.addEventListener('keydown', (event) => {
		// Chrome's search fields swallow the first Esc to clear themselves; one Esc should close.
		if (event.key === 'Escape') {
			event.preventDefault();
			el.close();
		}
	});
	el.querySelector('.sd-close')!.addEventListener('click', () => el.close());
	// A click on the backdrop lands on the <dialog> itself.
	el.addEventListener('click', (event) => {
		if (event.target === el) el.close();
	});
	el.addEventListener('close', () => {
		document.documentElement.classList.remove('search-open');
		returnFocus?.focus();
	});
	return el;
}

/** Runs the dialog's query as it stands (after typed-ahead keys were placed in the box). */
function runTyped(el: HTMLDialogElement, typed: string, enter: boolean): void {
	if (!typed && !enter) return;
	const input = el.querySelector<HTMLInputElement>('#sd-input')!;
	input.value = typed;
	input.dispatchEvent(new Event('input'));
	if (enter) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
}

let styled: Promise<unknown> | undefined;

/** Adds the dialog's stylesheet once; resolves when it has loaded (or failed: the dialog still works). */
function loadStyles(): Promise<unknown> {
	styled ??= new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesUrl;
		link.onload = link.onerror = resolve;
		document.head.append(link);
	});
	return styled;
}

/** What the eager boot script caught while the dialog loaded: the keys typed, in order, and whether Enter came after them. */
export interface TypedAhead {
	/** Stops catching keys and returns what was typed. */
	take(): { text: string; enter: boolean };
}

/**
 * Opens the dialog (building it on first use) and starts loading the engine while the reader types.
 * Keys typed before the dialog was ready were caught by the boot script; they go into the box, in
 * order, and their query runs at once.
 */
export async function openSearchDialog(opener?: HTMLElement | null, typedAhead?: TypedAhead): Promise<void> {
	const engine = loadEngine();
	await loadStyles();
	dialog ??= build();
	if (dialog.open) {
		const { text, enter } = typedAhead?.take() ?? { text: '', enter: false };
		const input = dialog.querySelector<HTMLInputElement>('#sd-input')!;
		if (text || enter) runTyped(dialog, input.value + text, enter);
		return;
	}
	returnFocus = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
	document.documentElement.classList.add('search-open');
	dialog.showModal();
	const input = dialog.querySelector<HTMLInputElement>('#sd-input')!;
	input.focus();
	input.select();
	// Taken only once the box has focus, so no key falls between the boot script and the box.
	const { text, enter } = typedAhead?.take() ?? { text: '', enter: false };
	runTyped(dialog, text, enter);
	const status = dialog.querySelector<HTMLElement>('.sd-status')!;
	engine.catch((error: unknown) => {
		console.warn('Search failed to load', error);
		status.textContent = FAILURE_TEXT;
	});
}
