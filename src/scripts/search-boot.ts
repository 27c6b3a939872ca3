/**
 * The only search code every page loads eagerly, kept tiny: it turns the header's search link into a
 * dialog opener and listens for "/" and Ctrl/Cmd-K. The dialog, its styles and Pagefind are fetched
 * only when the reader opens search. Without JavaScript the link simply leads to /search/.
 */
const openers = document.querySelectorAll<HTMLAnchorElement>('a[data-search-open]');

function open(opener?: HTMLElement | null): void {
	import('./search/dialog.ts').then(
		(m) => m.openSearchDialog(opener),
		// If the dialog code cannot load, the search page still can.
		() => location.assign('/search/'),
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
