/**
 * htmlSelectors (src/lib/html-selectors.ts) must find, as sets, exactly what PurgeCSS's HTML extractor
 * (purgecss-from-html, which builds parse5's document tree) finds, with classes split at any white space
 * as the CSS pruning splits them. Each tricky case is checked against written-out sets and against the
 * reference; a seeded stream of malformed documents is checked against the reference alone.
 */
import purgeFromHtml from 'purgecss-from-html';
import { describe, expect, it } from 'vitest';
import { htmlSelectors, UnsupportedMarkupError, type HtmlSelectors } from '../../src/lib/html-selectors.ts';

interface Sets {
	tags: string[];
	classes: string[];
	ids: string[];
	names: string[];
	values: string[];
}
const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
const setsOf = (found: Pick<HtmlSelectors, 'tags' | 'classes' | 'ids' | 'attributes'>): Sets => ({
	tags: sorted(found.tags),
	classes: sorted(found.classes),
	ids: sorted(found.ids),
	names: sorted(found.attributes.names),
	values: sorted(found.attributes.values),
});
/** What the CSS pruning used before: purgecss-from-html, classes split again at any white space. */
function reference(html: string): Sets {
	const found = purgeFromHtml(html);
	return setsOf({ ...found, classes: found.classes.flatMap((names) => names.split(/\s+/)).filter(Boolean) });
}
const ROOT = ['body', 'head', 'html'];
/** Expected sets; names and values default to none, tags always include html, head and body. */
const expected = (sets: Partial<Sets>): Sets => ({
	tags: sorted([...ROOT, ...(sets.tags ?? [])]),
	classes: sorted(sets.classes ?? []),
	ids: sorted(sets.ids ?? []),
	names: sorted(sets.names ?? []),
	values: sorted(sets.values ?? []),
});

const CASES: Array<[what: string, html: string, sets: Partial<Sets>]> = [
	[
		'tags, classes split at any white space, ids and values at spaces, implied html, head and body',
		'<p class="a\tb  c" id="x y">t</p><input hidden>',
		{
			tags: ['p', 'input'],
			classes: ['a', 'b', 'c'],
			ids: ['x', 'y'],
			names: ['class', 'id', 'hidden'],
			values: ['a\tb', '', 'c', 'x', 'y'],
		},
	],
	[
		'comments hold no elements',
		'<!-- a > <div class="gone"> --><!--><i class=a><!-- x --!><b class=b>',
		{ tags: ['i', 'b'], classes: ['a', 'b'], names: ['class'], values: ['a', 'b'] },
	],
	[
		'script and style: neither their tags, attributes nor text count',
		`<script type="module" data-s>document.write('<div class="gone">')</script><style media=x>.a{}</style><em>`,
		{ tags: ['em'] },
	],
	[
		"a script's <!--<script> escape: </script> inside it does not end the script",
		'<script><!--<script></script><b class=gone></script><u class=kept>',
		{ tags: ['u'], classes: ['kept'], names: ['class'], values: ['kept'] },
	],
	[
		'template content counts (the extractor walks it); noscript content is text (scripting on)',
		'<template id=t><span class=in-template></span></template><noscript data-n=1><img class=in-noscript></noscript>',
		{
			tags: ['template', 'span', 'noscript'],
			classes: ['in-template'],
			ids: ['t'],
			names: ['id', 'class', 'data-n'],
			values: ['t', 'in-template', '1'],
		},
	],
	[
		'title and textarea are text only',
		'<title><b class=no></title><textarea name=q><i class=no></textarea>',
		{ tags: ['title', 'textarea'], names: ['name'], values: ['q'] },
	],
	[
		'svg: mixed-case tag and attribute names, xlink:href by its local name, its style hidden',
		'<svg viewbox="0 0 1 1"><linearGradient id=g></linearGradient><use xlink:href="#g"/><style><g class=no></g></style><path class=p d="M0"/></svg>',
		{
			tags: ['svg', 'linearGradient', 'use', 'path'],
			classes: ['p'],
			ids: ['g'],
			names: ['viewBox', 'id', 'href', 'class', 'd'],
			values: ['0', '1', 'g', '#g', 'p', 'M0'],
		},
	],
	[
		'a body tag inside an svg ends it',
		'<svg><p class=viewbox viewbox=1>',
		{ tags: ['svg', 'p'], classes: ['viewbox'], names: ['class', 'viewbox'], values: ['viewbox', '1'] },
	],
	[
		// In a value, a reference without `;` followed by a letter, digit or `=` stays as written.
		'unquoted and single-quoted values, character references, first of a repeated name, upper case',
		`<A HREF=/x?a=1&amp;b=2 title='it&#39;s' CLASS="q&lt;" class=dropped data-v="&ampz &amp=1 &notit;">`,
		{
			tags: ['a'],
			classes: ['q<'],
			names: ['href', 'title', 'class', 'data-v'],
			values: ['/x?a=1&b=2', "it's", 'q<', '&ampz', '&amp=1', '&notit;'],
		},
	],
	[
		'tables: tbody, tr and colgroup implied; cells outside a table dropped',
		'<td class=stray></td><table><col span=2><tr><td>a</table><table><thead><th>h</table>',
		{ tags: ['table', 'colgroup', 'col', 'tbody', 'tr', 'td', 'thead', 'th'], names: ['span'], values: ['2'] },
	],
	[
		'a repeated body adds only new attributes; a late head is dropped',
		'<body class=a><p><body class=b data-x=1><head class=h>',
		{ tags: ['p'], classes: ['a'], names: ['class', 'data-x'], values: ['a', '1'] },
	],
	['a line break in a value is one, CR LF or not', '<i title="a\r\nb c">', { tags: ['i'], names: ['title'], values: ['a\nb', 'c'] }],
];

describe('htmlSelectors', () => {
	for (const [what, html, sets] of CASES) {
		it(what, () => {
			const found = setsOf(htmlSelectors(html));
			expect(found).toEqual(expected(sets));
			expect(found).toEqual(reference(html));
		});
	}

	it('leaves nothing undetermined, as the extractor does', () => {
		expect(htmlSelectors('<p class=a>').undetermined).toEqual([]);
	});

	it('throws on markup it does not model instead of guessing', () => {
		expect(() => htmlSelectors('<math><mi class=a>x</mi></math>')).toThrow(UnsupportedMarkupError);
		expect(() => htmlSelectors('<svg><foreignObject><div class=a></div></foreignObject></svg>')).toThrow(/foreignobject/);
	});

	it('agrees with the reference on 3,000 seeded malformed documents', () => {
		let seed = 20261201;
		const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
		const TAGS =
			'div p span a table tbody thead tr td th caption col colgroup ul li svg path linearGradient clipPath g title desc script style noscript template textarea select option optgroup input form html head body meta link image img br font b i iframe xmp DIV Svg use button hr frame nobr em h2 section'.split(
				' ',
			);
		const NAMES = [
			'class',
			'id',
			'href',
			'xlink:href',
			'viewBox',
			'data-x',
			'CLASS',
			'type',
			'hidden',
			'color',
			'xml:lang',
			'xmlns:xlink',
			'=x',
			'a"b',
		];
		const VALUES = ['a b', 'a\tb', 'x&amp;y', '&ampz', '&amp=1', 'a  b', '', ' lead', 'q&lt;', 'v&#39;s', 'é', 'a\nb', '&notit;'];
		const TEXT = [
			'text',
			' ',
			'a < b',
			'<!-- c -->',
			'<!-- <div class=no> -->',
			'<!---->',
			'<!-->',
			'<?pi x>',
			'<!doctype html>',
			'<![CDATA[ <b class=cd> ]]>',
			'</ x>',
			'<!--<script>',
			'-->',
			'\r\n',
		];
		const attribute = () => {
			const [key, val, quote] = [pick(NAMES), pick(VALUES), pick(['"', "'", '', 'none'])];
			if (quote === 'none') return ` ${key}`;
			if (quote === '') return ` ${key}=${val.replace(/[\s>]/g, '') || 'u'}`;
			return ` ${key}=${quote}${val.replace(quote, '')}${quote}`;
		};
		const piece = () => {
			const r = random();
			if (r < 0.45)
				return `<${pick(TAGS)}${Array.from({ length: Math.floor(random() * 3) }, attribute).join('')}${pick(['>', '>', '/>', ' >'])}`;
			if (r < 0.7) return `</${pick(TAGS)}>`;
			return r < 0.78 ? pick(TEXT) : pick(['hello', '\n']);
		};
		const differing: string[] = [];
		let compared = 0;
		for (let k = 0; k < 3000; k++) {
			const html = Array.from({ length: 1 + Math.floor(random() * 25) }, piece).join('');
			let found: Sets;
			try {
				found = setsOf(htmlSelectors(html));
			} catch (error) {
				if (error instanceof UnsupportedMarkupError) continue;
				throw error;
			}
			compared++;
			if (JSON.stringify(found) !== JSON.stringify(reference(html))) differing.push(html);
		}
		expect(differing.slice(0, 3)).toEqual([]);
		expect(compared).toBeGreaterThan(2500);
	});
});
