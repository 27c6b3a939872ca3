/**
 * HTML character references back to text, in one pass (so "&amp;lt;" becomes "&lt;", not "<"): the
 * references Astro writes in built pages' text and attribute values (named quot, amp, lt, gt, apos, and
 * numeric ones). One home for the build steps and the built-site checks that read titles and meta tags.
 */
const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (_, ref: string) => {
		if (ref[0] !== '#') return NAMED[ref.toLowerCase()]!;
		return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
	});
}
