/**
 * A discontinued product on the built site: a real Astro build of the fixture corpus with one marketed and
 * one discontinued product, both approved for area two. The discontinued one says so under its title,
 * before its summary; the area's table of approved options lists only the marketed one, with the
 * discontinued one apart after it; so does the products index; the finder names only the marketed one. (The site's own content has no
 * discontinued product yet, so the fixture is what keeps this working.)
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, run, write } from '../support/fixture.ts';

const product = (title: string, status: string) => `---
title: ${title}
description: A fixture filler product, built to check how a product's market status shows on the site.
summary: ${title} is a fixture product. It exists so that tests can check how its status is shown.
sources: [source-alpha, source-beta]
lastReviewed: 2026-11-01
nextReview: 2027-11-01
maker: Fixture Devices
material: filler-one
pma: P110033
${status}
lidocaine: true
approvals:
  - indication: Fixture use in area two
    date: 2013-10-22
    areas: [area-two]
    minimumAge: 21
    source: source-alpha
contraindications:
  - { text: Severe allergies, source: source-alpha }
warnings:
  - { kind: vessel-occlusion, text: A blocked blood vessel is an emergency., source: source-alpha }
`;

const MARKETED = `${product('Gel on sale', 'status: marketed')}interactions: []
pregnancyAndBreastfeeding:
  pregnancy: { text: Not studied in pregnancy., source: source-beta }
  breastfeeding: { text: Not studied while breastfeeding., source: source-beta }
---
## About it

It is a fixture.<Cite id="source-alpha" />
`;

const DISCONTINUED = `${product('Gel of the past', 'status: discontinued\ndiscontinued: { text: Its maker stopped selling it in the US in 2009., source: source-beta }')}---
## About it

It is a fixture.<Cite id="source-alpha" />
`;

let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The visible text of some HTML, tags dropped and spaces collapsed, so assertions read as a reader would. */
const text = (html: string) =>
	html
		.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

describe('a discontinued product on the built site', () => {
	beforeAll(() => {
		const dir = copyFixture();
		mkdirSync(join(dir, 'products'));
		write(dir, 'products/gel-on-sale.mdx', MARKETED);
		write(dir, 'products/gel-of-the-past.mdx', DISCONTINUED);
		dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
		const result = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', dist], dir);
		expect(result.status, result.output).toBe(0);
	}, 240_000);

	it('its page says it is no longer sold in the US under the title, before the summary, with the cited reason', () => {
		const body = text(page('products/gel-of-the-past'));
		const notice = body.indexOf('No longer sold in the US');
		expect(notice).toBeGreaterThan(body.indexOf('Gel of the past'));
		expect(notice).toBeLessThan(body.indexOf('is a fixture product'));
		expect(body).toMatch(/Its maker stopped selling it in the US in 2009\. ?\[\d\]/);
		expect(body).toContain('Sold in the US No longer (discontinued)');
		expect(body).toContain('No current US label.');
	});

	it('a marketed product page carries no such notice', () => {
		const body = text(page('products/gel-on-sale'));
		expect(body).not.toContain('No longer sold in the US');
		expect(body).not.toContain('Sold in the US');
	});

	it("the area's table lists only the product on sale; the other is listed apart, after it, as not an option", () => {
		const html = page('areas/area-two');
		const table = html.match(/<table class="area-products[\s\S]*?<\/table>/)?.[0] ?? '';
		expect(text(table)).toContain('Gel on sale');
		expect(text(table)).not.toContain('Gel of the past');
		const after = text(html.slice(html.indexOf('</table>')));
		expect(after).toMatch(
			/Approved here once, no longer sold in the US Gel of the past \(Fixture Devices, approved 2013\): not an option today/,
		);
	});

	it('the products index lists the one on sale first and the other apart, under its own heading', () => {
		const body = text(page('products'));
		const apart = body.indexOf('No longer sold in the US');
		expect(body.indexOf('Products sold in the US Gel on sale')).toBeGreaterThan(-1);
		expect(apart).toBeGreaterThan(body.indexOf('Gel on sale'));
		expect(body.indexOf('Gel of the past')).toBeGreaterThan(apart);
	});

	it('the finder names only the product on sale', () => {
		const body = text(page('finder/lost-volume/mid-face'));
		expect(body).toContain('Gel on sale');
		expect(body).not.toContain('Gel of the past');
	});
});
