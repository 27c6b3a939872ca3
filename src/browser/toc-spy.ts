/**
 * The "On this page" list: open in the wide layout (where the rail always shows it) and, as the reader
 * scrolls, mark the link of the section they are reading with aria-current. An IntersectionObserver wakes
 * it only when a heading crosses the reading line, so scrolling costs nothing in between.
 */
const WIDE = matchMedia('(min-width: 68.75rem)');
/** The top share of the viewport in which a heading counts as the start of what is being read. */
const BAND = 0.15;
const details = document.querySelector<HTMLDetailsElement>('details[data-toc]');
if (details) {
	const syncOpen = () => {
		if (WIDE.matches) details.open = true;
	};
	syncOpen();
	WIDE.addEventListener('change', syncOpen);
	const links = new Map<Element, HTMLAnchorElement>();
	for (const a of details.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
		const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
		if (target) links.set(target, a);
	}
	const headings = [...links.keys()];
	let current: HTMLAnchorElement | undefined;
	const mark = () => {
		// The section being read is the last whose heading has reached the top band of the screen. A low
		// line matters: after following a link its heading sits at the top, and a short section's
		// successor may already be a third of the way down.
		const line = innerHeight * BAND;
		let found = headings[0];
		for (const h of headings) if (h.getBoundingClientRect().top <= line) found = h;
		const link = found && headings[0]!.getBoundingClientRect().top <= line ? links.get(found) : undefined;
		if (link === current) return;
		current?.removeAttribute('aria-current');
		link?.setAttribute('aria-current', 'true');
		current = link;
	};
	const observer = new IntersectionObserver(mark, { rootMargin: `0px 0px ${-100 * (1 - BAND)}% 0px` });
	for (const h of headings) observer.observe(h);
	// Jumps that skip past every heading (Home/End) are caught when scrolling ends.
	addEventListener('scrollend', mark, { passive: true });
}
