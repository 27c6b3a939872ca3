/**
 * The only search code every page loads eagerly, kept tiny: it turns the header's search link into a
 * dialog opener and listens for "/" and Ctrl/Cmd-K. The dialog, its styles and Pagefind are fetched
 * only when the reader opens search. Without JavaScript the link simply leads to /search/.
 *
 * Readers type straight after "/": until the dialog's box has focus, keys are caught here, in order,
 * and handed over when it is ready, so none is lost while the dialog loads.
 */
const openers = document.querySelectorAll<HTMLAnchorElement>('a[data-search-open]');
let typed = '';
let enter = false;
let catching = false;

function catchKey(event: KeyboardEvent): void {
	if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
	if (event.key === 'Backspace') typed = typed.slice(0, -1);
	else if (event.key === 'Enter') enter = true;
	else if (event.key.length === 1 && !enter) typed += event.key;
	else return;
	event.preventDefault();
	event.stopImmediatePropagation();
}

const typedAhead = {
	take() {
		const taken = { text: typed, enter };
		typed = '';
		enter = false;
		catching = false;
		document.removeEventListener('keydown', catchKey, true);
		return taken;
	},
};

function open(opener?: HTMLElement | null): void {
	if (!catching) {
		catching = true;
		document.addEventListener('keydown', catchKey, true);
	}
	import('./search/dialog.ts').then(
		(m) => m.openSearchDialog(opener, typedAhead),
		// If the dialog code cannot load, the search page still can, with what was typed.
		() => location.assign(typed ? `/search/?q=${encodeURIComponent(typed)}` : '/search/'),
	);
}

for (const link of openers) {
	link.setAttribute('aria-haspopup', 'dialog');
	link.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	link.addEventListener('click', (event) => {
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
		event.preventDefault();
		open(link);
	});
}

document.addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
	const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
	const k = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
	if (!slash && !k) return;
	event.preventDefault();
	open(openers[0]);
});
