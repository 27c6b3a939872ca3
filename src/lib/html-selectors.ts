/**
 * The selectors a page's markup offers CSS (its elements' tag names, classes, ids, attribute names and
 * attribute values), read by scanning the tags once: the CSS pruning's per-page read (issue #18).
 *
 * It gives what PurgeCSS's HTML extractor (`purgecss-from-html`: parse5 builds the whole document tree,
 * then a walk collects each element's selectors) gives, as sets, at a fraction of the cost: no tree, no
 * text nodes, and none of the extractor's array copying at every level. So it follows the parts of the
 * HTML standard's tokenizer and tree builder that decide which elements exist and what their attributes
 * are, as parse5 does:
 * - comments, doctypes and bogus comments (`<?x>`, `</ x>`) hold no elements, nor CDATA sections in SVG;
 * - the text of raw-text elements (script, style, textarea, title, noscript: parse5 runs scripting on,
 *   iframe, noembed, noframes, xmp) holds no elements, and a script's `<!--<script>` escapes are followed;
 * - script and style elements are not element nodes in the extractor's tree adapter: neither their tag
 *   nor their attributes count (nor, in SVG, anything inside them);
 * - a template's content counts (the adapter puts it under the element); a noscript's does not (text);
 * - names are lower-cased (ASCII only), a repeated attribute is dropped, character references in
 *   values are decoded (with the same decoder parse5 uses), a carriage return becomes a line feed;
 * - html, head and body always exist; a repeated html or body tag adds only attributes it lacked (none
 *   inside a template), a late head tag is dropped; tbody, tr and colgroup are implied where a table needs
 *   them; table parts outside a table, a form inside a form and most tags inside a select are dropped;
 *   `</p>` and `</br>` in the body make a p and a br; `<image>` is an img;
 * - SVG tag and attribute names get the standard's mixed case (viewBox, linearGradient, xlink:href is
 *   `href`), and a body tag such as `<p>` inside an svg ends it.
 * What it does not model (MathML, framesets, HTML inside an SVG foreignObject, desc or title, an svg end
 * tag that closes nothing, a template that begins with a table part, a select right inside a table)
 * makes it throw, naming the construct, rather than guess: the build then fails naming the page.
 * tests/unit/html-selectors.test.ts compares it with the extractor on tricky cases and 3,000 seeded
 * malformed documents, and tests/built/css-selectors.test.ts on every built page.
 *
 * Sets, not lists: PurgeCSS only asks whether a name is there. Classes are split at any white space (a
 * class attribute's tab or line break separates names for the browser too); ids and attribute values are
 * split at spaces only, as the extractor splits them.
 */
import { decodeHTMLAttribute } from 'entities/decode';

export interface HtmlSelectors {
	attributes: { names: string[]; values: string[] };
	classes: string[];
	ids: string[];
	tags: string[];
	undetermined: string[];
}

/** Thrown for markup whose elements this reader cannot determine exactly as parse5 would. */
export class UnsupportedMarkupError extends Error {
	constructor(what: string) {
		super(
			`${what} is not modelled by htmlSelectors (src/lib/html-selectors.ts), which reads each page for the CSS pruning: change the markup, or teach the reader (tests/unit/html-selectors.test.ts compares it with PurgeCSS's HTML extractor)`,
		);
	}
}

const RAW_TEXT = new Set(['style', 'textarea', 'title', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp']);
const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'frame', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
const SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
/** Start tags a select keeps; and those that end it when it is in a table. */
const IN_SELECT = new Set(['option', 'optgroup', 'hr', 'script', 'template']);
const ENDS_SELECT_IN_TABLE = new Set(['caption', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'td', 'th']);
/** Start tags that go into the head (and so do not begin the body) when they come before it. */
const IN_HEAD = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title', 'noscript']);
/** Start tags that end an svg (the standard's "breakout" list); font only with color, face or size. */
const LEAVES_SVG = new Set(
	'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(
		' ',
	),
);
/** SVG elements whose children are HTML (integration points): not modelled. */
const SVG_HTML_INSIDE = new Set(['foreignobject', 'desc', 'title']);
const mixedCase = (names: string) => new Map(names.split(' ').map((name) => [name.toLowerCase(), name]));
const SVG_TAGS = mixedCase(
	'altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient radialGradient textPath',
);
const SVG_ATTRIBUTES = mixedCase(
	'attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits diffuseConstant edgeMode filterUnits glyphRef gradientTransform gradientUnits kernelMatrix kernelUnitLength keyPoints keySplines keyTimes lengthAdjust limitingConeAngle markerHeight markerUnits markerWidth maskContentUnits maskUnits numOctaves pathLength patternContentUnits patternTransform patternUnits pointsAtX pointsAtY pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits refX refY repeatCount repeatDur requiredExtensions requiredFeatures specularConstant specularExponent spreadMethod startOffset stdDeviation stitchTiles surfaceScale systemLanguage tableValues targetX targetY textLength viewBox viewTarget xChannelSelector yChannelSelector zoomAndPan',
);
/** Namespaced attributes of foreign elements: the tree keeps only the local name (xlink:href is href). */
const XML_ATTRIBUTES = new Map([
	...['actuate', 'arcrole', 'href', 'role', 'show', 'title', 'type'].map((name): [string, string] => [`xlink:${name}`, name]),
	['xml:lang', 'lang'],
	['xml:space', 'space'],
	['xmlns:xlink', 'xlink'],
]);

/** White space other than the space character (JavaScript's \\s, as the class split uses). */
const OTHER_SPACE = /[^\S ]/;
const isSpace = (c: number) => c === 9 || c === 10 || c === 12 || c === 13 || c === 32;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const lower = (s: string) => (/[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s);
const NUL = /\0/g;
const name = (s: string) => lower(s.includes('\0') ? s.replace(NUL, '\uFFFD') : s);
const value = (s: string) => {
	const v = s.includes('\0') ? s.replace(NUL, '\uFFFD') : s;
	return v.includes('&') ? decodeHTMLAttribute(v) : v;
};

interface Tag {
	name: string;
	/** Attribute name to value, first of a repeated name only, in source order. */
	attributes: Map<string, string>;
	selfClosing: boolean;
	/** Index just after the tag's `>` (the input's length if it never ends). */
	end: number;
	/** False when the input ends inside the tag: the standard drops such a tag. */
	complete: boolean;
}

/** Reads the tag whose name starts at `i` (after `<` or `</`), as the tokenizer's tag states do. */
function readTag(html: string, i: number): Tag {
	const n = html.length;
	let j = i;
	while (j < n) {
		const c = html.charCodeAt(j);
		if (isSpace(c) || c === 47 || c === 62) break;
		j++;
	}
	const tag: Tag = { name: name(html.slice(i, j)), attributes: new Map(), selfClosing: false, end: n, complete: false };
	const add = (key: string, raw: string) => {
		if (!tag.attributes.has(key)) tag.attributes.set(key, value(raw));
	};
	while (j < n) {
		let c = html.charCodeAt(j);
		if (isSpace(c)) {
			j++;
			continue;
		}
		if (c === 47) {
			// Self-closing only when `/` is right before `>`; otherwise it is ignored.
			if (html.charCodeAt(j + 1) === 62) {
				tag.selfClosing = true;
				tag.end = j + 2;
				tag.complete = true;
				return tag;
			}
			j++;
			continue;
		}
		if (c === 62) {
			tag.end = j + 1;
			tag.complete = true;
			return tag;
		}
		// Attribute name: a leading `=` belongs to it; it ends at space, `/`, `>` or `=`.
		const start = j++;
		while (j < n) {
			c = html.charCodeAt(j);
			if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
			j++;
		}
		const key = name(html.slice(start, j));
		while (j < n && isSpace(html.charCodeAt(j))) j++;
		if (html.charCodeAt(j) !== 61) {
			add(key, '');
			continue;
		}
		j++;
		while (j < n && isSpace(html.charCodeAt(j))) j++;
		c = html.charCodeAt(j);
		if (c === 34 || c === 39) {
			const close = html.indexOf(c === 34 ? '"' : "'", j + 1);
			if (close < 0) return tag;
			add(key, html.slice(j + 1, close));
			j = close + 1;
		} else if (c === 62) {
			add(key, '');
		} else {
			const from = j;
			while (j < n) {
				c = html.charCodeAt(j);
				if (isSpace(c) || c === 62) break;
				j++;
			}
			add(key, html.slice(from, j));
		}
	}
	return tag;
}

/** Whether `</name` at `i` is followed by what ends a tag name (space, `/` or `>`). */
function endTagAt(html: string, i: number, tagName: string): boolean {
	if (html.charCodeAt(i) !== 60 || html.charCodeAt(i + 1) !== 47) return false;
	if (lower(html.slice(i + 2, i + 2 + tagName.length)) !== tagName) return false;
	const c = html.charCodeAt(i + 2 + tagName.length);
	return isSpace(c) || c === 47 || c === 62;
}

/** Where the raw text that starts at `i` ends: at its element's end tag (or the input's end). */
function rawTextEnd(html: string, i: number, tagName: string): number {
	for (let at = html.indexOf('</', i); at >= 0; at = html.indexOf('</', at + 2)) {
		if (endTagAt(html, at, tagName)) return at;
	}
	return html.length;
}

/**
 * Where a script's text that starts at `i` ends. Inside `<!--`, a `<script` starts a "double-escaped"
 * stretch in which `</script>` does not end the element (the tokenizer's script data states).
 */
function scriptEnd(html: string, i: number): number {
	const plain = rawTextEnd(html, i, 'script');
	if (!html.slice(i, plain).includes('<!--')) return plain;
	const n = html.length;
	let escaped = false;
	let double = false;
	for (let j = i; j < n; j++) {
		const c = html.charCodeAt(j);
		if (c === 45 && escaped && html.startsWith('-->', j)) {
			// `-->` ends the escape (the dashes before it stay in it).
			j += 2;
			escaped = double = false;
		} else if (c === 60) {
			if (!escaped && html.startsWith('<!--', j)) {
				escaped = true;
				// Go on from the first dash of `<!--`: its dashes may end the escape too (`<!-->`).
				j += 1;
			} else if (!double && endTagAt(html, j, 'script')) {
				return j;
			} else if (escaped && /^<\/?script/i.test(html.slice(j, j + 8))) {
				const closing = html.charCodeAt(j + 1) === 47;
				const after = html.charCodeAt(j + (closing ? 8 : 7));
				if (isSpace(after) || after === 47 || after === 62) {
					if (!closing) double = true;
					else if (double) double = false;
				}
			}
		}
	}
	return n;
}

/** The selectors of an HTML document's elements: see the file's comment. */
export function htmlSelectors(source: string): HtmlSelectors {
	const html = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
	const n = html.length;
	const tags = new Set(['html', 'head', 'body']);
	const classes = new Set<string>();
	const ids = new Set<string>();
	const names = new Set<string>();
	const values = new Set<string>();
	const record = (tagName: string, attributes: Map<string, string>) => {
		tags.add(tagName);
		for (const [key, val] of attributes) {
			names.add(key);
			// Most values hold no space: no list to build.
			const words = val.includes(' ') ? val.split(' ') : undefined;
			if (words) for (const word of words) values.add(word);
			else values.add(val);
			if (key === 'id') {
				if (words) for (const id of words) ids.add(id);
				else ids.add(val);
			} else if (key === 'class') {
				// Split at any white space (a tab or line break too, as the pruning always has); an empty piece is no class.
				const list = OTHER_SPACE.test(val) ? val.split(/\s+/) : (words ?? [val]);
				for (const c of list) if (c) classes.add(c);
			}
		}
	};
	// The html and body elements' attributes so far (a repeated tag adds only attributes they lack).
	const rootAttributes = { html: new Set<string>(), body: new Set<string>() };
	// Whether anything but an html tag came first (then head is implied and a head tag is dropped), and
	// whether the body has begun (before it, a stray </p> is dropped rather than making a p).
	let headImplied = false;
	let bodyBegun = false;
	/**
	 * Per open table or template: whether a row group and a row are open (else tr or td imply a tbody and
	 * a tr), whether a colgroup is (else col implies one); for a template, what its first tag made it.
	 */
	const tables: Array<{
		section: boolean;
		row: boolean;
		colgroup: boolean;
		cell?: boolean;
		template?: 'undecided' | 'body';
		inSelect?: boolean;
	}> = [];
	let templates = 0;
	let inForm = false;
	let inSelect = false;
	/** Open SVG elements (lower-cased), innermost last; empty in HTML. */
	const svg: string[] = [];
	/** The depth of svg at which an SVG script or style opened (its content counts for nothing), or -1. */
	let hiddenFrom = -1;

	const htmlStartTag = (tag: Tag): number => {
		let tagName = tag.name;
		if (tagName === 'image') tagName = 'img';
		if (tagName === 'math' || tagName === 'frameset') throw new UnsupportedMarkupError(`<${tagName}>`);
		if (inSelect) {
			if (tagName === 'select') {
				inSelect = false;
				return tag.end;
			}
			if (
				tagName === 'input' ||
				tagName === 'keygen' ||
				tagName === 'textarea' ||
				(tables.length > 0 && !tables.at(-1)!.template && ENDS_SELECT_IN_TABLE.has(tagName))
			)
				inSelect = false;
			else if (!IN_SELECT.has(tagName) && tagName !== 'html') return tag.end;
		}
		const table = tables.at(-1);
		if (table?.template === 'undecided' && !(IN_HEAD.has(tagName) && tagName !== 'noscript')) {
			if (TABLE_PARTS.has(tagName)) throw new UnsupportedMarkupError(`a <template> that begins with <${tagName}>`);
			table.template = 'body';
		}
		if (tagName === 'html' || tagName === 'body') {
			// Inside a template both are dropped.
			if (templates > 0) return tag.end;
			const seen = rootAttributes[tagName];
			record(tagName, new Map([...tag.attributes].filter(([key]) => !seen.has(key))));
			for (const key of tag.attributes.keys()) seen.add(key);
			if (tagName === 'body') headImplied = bodyBegun = true;
			return tag.end;
		}
		if (tagName === 'head') {
			if (!headImplied) record('head', tag.attributes);
			headImplied = true;
			return tag.end;
		}
		headImplied = true;
		if (!IN_HEAD.has(tagName)) bodyBegun = true;
		if (TABLE_PARTS.has(tagName)) {
			// Outside a table these are dropped; a frame outside a frameset too.
			if (!table || table.template || tagName === 'frame') return tag.end;
			if (SECTIONS.has(tagName)) {
				table.section = true;
				table.row = false;
			} else if (tagName === 'caption' || tagName === 'colgroup' || tagName === 'col') {
				// These close an open row group.
				table.section = table.row = false;
			} else if ((tagName === 'tr' || tagName === 'td' || tagName === 'th') && !table.section) {
				tags.add('tbody');
				table.section = true;
			}
			if (tagName === 'tr') table.row = true;
			else if ((tagName === 'td' || tagName === 'th') && !table.row) {
				tags.add('tr');
				table.row = true;
			}
			if (tagName === 'col' && !table.colgroup) tags.add('colgroup');
			table.colgroup = tagName === 'colgroup' || tagName === 'col';
			table.cell = tagName === 'td' || tagName === 'th' || tagName === 'caption';
		}
		if (tagName === 'form') {
			// A form right inside a table (not in a cell) is dropped inside a template too.
			const inTable = table !== undefined && !table.template && !table.cell;
			if ((inForm && templates === 0) || (templates > 0 && inTable)) return tag.end;
			if (templates === 0) inForm = true;
		}
		if (tagName === 'select') {
			if (table && !table.template && !table.cell) throw new UnsupportedMarkupError('a <select> right inside a <table> (not in a cell)');
			inSelect = true;
		}
		if (tagName === 'table') {
			// A table right inside a table (not in a cell) ends that one.
			if (table && !table.template && !table.cell) tables.pop();
			tables.push({ section: false, row: false, colgroup: false });
		}
		if (tagName === 'template') {
			// A template's content is parsed afresh: a select around it does not apply inside.
			tables.push({ section: true, row: true, colgroup: true, template: 'undecided', inSelect });
			templates++;
			inSelect = false;
		}
		if (tagName === 'svg') {
			record('svg', svgAttributes(tag.attributes));
			if (!tag.selfClosing) svg.push('svg');
			return tag.end;
		}
		if (tagName === 'script') return scriptEnd(html, tag.end);
		if (tagName !== 'style') record(tagName, tag.attributes);
		if (tagName === 'plaintext') return n;
		if (RAW_TEXT.has(tagName) || tagName === 'style') return rawTextEnd(html, tag.end, tagName);
		return tag.end;
	};

	const htmlEndTag = (tagName: string) => {
		if (tagName === 'br' || tagName === 'head' || tagName === 'body' || tagName === 'html') {
			headImplied = true;
			if (tagName !== 'head') bodyBegun = true;
		}
		const top = tables.at(-1);
		// In a select, and in a template before its first start tag, end tags but their own are dropped.
		if (inSelect && tables.length > 0 && !top!.template && ENDS_SELECT_IN_TABLE.has(tagName)) inSelect = false;
		if (inSelect && tagName !== 'select' && tagName !== 'template') return;
		if (top?.template === 'undecided' && tagName !== 'template') return;
		if (tagName === 'br') tags.add('br');
		else if (tagName === 'p' && (bodyBegun || templates > 0)) tags.add('p');
		else if (tagName === 'form') inForm = false;
		else if (tagName === 'select') inSelect = false;
		else if (tagName === 'table' && top && !top.template) tables.pop();
		else if (tagName === 'template' && top?.template) {
			tables.pop();
			templates--;
			inSelect = top.inSelect ?? false;
		} else if (SECTIONS.has(tagName) && top) top.section = top.row = false;
		else if (tagName === 'tr' && top) top.row = top.cell = false;
		else if ((tagName === 'td' || tagName === 'th' || tagName === 'caption') && top) top.cell = false;
		else if (tagName === 'colgroup' && top) top.colgroup = false;
	};

	/** Text before the body begins: any but white space implies head and body. */
	const text = (from: number, to: number) => {
		if (!bodyBegun && /[^\t\n\f\r ]/.test(html.slice(from, to))) headImplied = bodyBegun = true;
	};

	let i = 0;
	while (i < n) {
		const lt = html.indexOf('<', i);
		if (!bodyBegun) text(i, lt < 0 ? n : lt);
		if (lt < 0) break;
		i = lt + 1;
		const c = html.charCodeAt(i);
		if (isAlpha(c)) {
			const tag = readTag(html, i);
			if (!tag.complete) break;
			if (svg.length === 0) {
				i = htmlStartTag(tag);
				continue;
			}
			if (SVG_HTML_INSIDE.has(svg.at(-1)!)) throw new UnsupportedMarkupError(`<${tag.name}> inside an SVG <${svg.at(-1)}>`);
			const font = tag.name === 'font' && ['color', 'face', 'size'].some((key) => tag.attributes.has(key));
			if (LEAVES_SVG.has(tag.name) || font) {
				svg.length = 0;
				hiddenFrom = -1;
				i = htmlStartTag(tag);
				continue;
			}
			if (hiddenFrom < 0 && (tag.name === 'script' || tag.name === 'style')) {
				if (!tag.selfClosing) hiddenFrom = svg.length;
			} else if (hiddenFrom < 0) {
				record(SVG_TAGS.get(tag.name) ?? tag.name, svgAttributes(tag.attributes));
			}
			if (!tag.selfClosing) svg.push(tag.name);
			i = tag.end;
		} else if (c === 47) {
			const d = html.charCodeAt(i + 1);
			if (isAlpha(d)) {
				const tag = readTag(html, i + 1);
				if (!tag.complete) break;
				i = tag.end;
				if (svg.length === 0) {
					htmlEndTag(tag.name);
					continue;
				}
				if (tag.name === 'br' || tag.name === 'p') {
					svg.length = 0;
					hiddenFrom = -1;
					htmlEndTag(tag.name);
					continue;
				}
				const open = svg.lastIndexOf(tag.name);
				if (open < 0) throw new UnsupportedMarkupError(`</${tag.name}> inside an svg closes no SVG element`);
				svg.length = open;
				if (hiddenFrom >= open) hiddenFrom = -1;
			} else if (d === 62) {
				i += 2;
			} else if (i + 1 < n) {
				i = bogusCommentEnd(html, i);
			}
		} else if (c === 33) {
			if (html.startsWith('--', i + 1)) i = commentEnd(html, i + 3);
			else if (svg.length > 0 && html.startsWith('[CDATA[', i + 1)) {
				const close = html.indexOf(']]>', i + 8);
				i = close < 0 ? n : close + 3;
			} else i = bogusCommentEnd(html, i);
		} else if (c === 63) {
			i = bogusCommentEnd(html, i);
		} else {
			// A `<` that starts no tag is text.
			text(lt, i);
		}
	}
	return {
		attributes: { names: [...names], values: [...values] },
		classes: [...classes],
		ids: [...ids],
		tags: [...tags],
		undetermined: [],
	};
}

/** An SVG element's attributes as the tree keeps them: mixed-case names, namespaced ones by local name. */
function svgAttributes(attributes: Map<string, string>): Map<string, string> {
	const adjusted = new Map<string, string>();
	for (const [key, val] of attributes) adjusted.set(XML_ATTRIBUTES.get(key) ?? SVG_ATTRIBUTES.get(key) ?? key, val);
	return adjusted;
}

/** Where a bogus comment (`<!x`, `<?x`, `</ x`, a doctype) that starts at `i` ends: its first `>`. */
function bogusCommentEnd(html: string, i: number): number {
	const close = html.indexOf('>', i);
	return close < 0 ? html.length : close + 1;
}

/** Where a comment whose text starts at `i` (after `<!--`) ends: `-->`, `--!>`, or at once `>` / `->`. */
function commentEnd(html: string, i: number): number {
	if (html.charCodeAt(i) === 62) return i + 1;
	if (html.startsWith('->', i)) return i + 2;
	const end = /--!?>/g;
	end.lastIndex = i;
	const m = end.exec(html);
	return m ? m.index + m[0].length : html.length;
}
