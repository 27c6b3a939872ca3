/**
 * Page metadata rules shared by the layout, the social-image step of the build and the tests: the
 * <title> rule, where a page's social image lives and which kind of page a path is.
 */
import { META_TITLE_MAX } from '../../schemas/page.ts';
import { COLLECTIONS, KIND_LABELS, KINDS } from './kinds.ts';

export const SITE_NAME = 'Injectables Atlas';
export const TITLE_SUFFIX = ` | ${SITE_NAME}`;

/**
 * The document <title>: the page title plus " | Injectables Atlas" when the whole still fits in 60
 * characters, else the page title alone (search results cut longer titles, and the page's own words
 * matter more than the site name). Throws when the page title alone is too long, so no page ships one.
 */
export function documentTitle(title: string): string {
	if (title.length > META_TITLE_MAX) {
		throw new Error(
			`the title "${title}" is ${title.length} characters; keep page titles to ${META_TITLE_MAX} (entries: add a shorter metaTitle)`,
		);
	}
	if (title === SITE_NAME) return title;
	const full = `${title}${TITLE_SUFFIX}`;
	return full.length <= META_TITLE_MAX ? full : title;
}

/** The path of a page's 1200x630 social image: "/" -> "/og/index.png", "/areas/lips/" -> "/og/areas/lips.png". */
export function socialImagePath(pathname: string): string {
	const trimmed = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
	return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The label shown above the title on a social image, from the page's path. */
export function pageKind(pathname: string): string {
	const [first, second] = pathname.split('/').filter(Boolean);
	if (!first) return 'Evidence-based guide to injectables';
	if (first === 'compare') return second ? 'Comparison' : 'Comparisons';
	// The kind whose pages live under this first segment (product pairs live under /compare/, handled above).
	const collection = COLLECTIONS.find((c) => KINDS[c].route === first);
	if (collection) return second ? KIND_LABELS[collection].one : KIND_LABELS[collection].many;
	return SITE_NAME;
}
