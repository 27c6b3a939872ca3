import { describe, expect, it } from 'vitest';
import {
	aboutFor,
	breadcrumbList,
	faqPage,
	graph,
	jsonLdText,
	medicalWebPage,
	organization,
	website,
} from '../../src/lib/site/structured-data.ts';

const SITE = 'https://atlas.example';

describe('structured data builders', () => {
	it('describes the site with a search action that targets the search page deep link', () => {
		const site = website(SITE, 'About the site.') as Record<string, any>;
		expect(site['@type']).toBe('WebSite');
		expect(site.potentialAction.target.urlTemplate).toBe('https://atlas.example/search/?q={search_term_string}');
		expect(site.potentialAction['query-input']).toBe('required name=search_term_string');
		expect(site.publisher).toEqual({ '@id': (organization(SITE) as any)['@id'] });
	});

	it('numbers breadcrumbs from the home page and leaves the current page without a link', () => {
		const list = breadcrumbList([{ name: 'Home', path: '/' }, { name: 'Guides', path: '/guides/' }, { name: 'Aftercare' }], SITE) as any;
		expect(list.itemListElement.map((i: any) => [i.position, i.name, i.item])).toEqual([
			[1, 'Home', 'https://atlas.example/'],
			[2, 'Guides', 'https://atlas.example/guides/'],
			[3, 'Aftercare', undefined],
		]);
	});

	it('makes a brand a Drug with its generic name, maker, route and a link to its boxed warning', () => {
		const about = aboutFor(
			'neuromodulators',
			{
				title: 'Dysport (abobotulinumtoxinA)',
				genericName: 'abobotulinumtoxinA',
				manufacturer: 'Ipsen',
			},
			'https://atlas.example/neuromodulators/dysport/',
		) as any;
		expect(about).toMatchObject({
			'@type': 'Drug',
			name: 'Dysport',
			nonProprietaryName: 'abobotulinumtoxinA',
			administrationRoute: 'intramuscular injection',
			warning: 'https://atlas.example/neuromodulators/dysport/#boxed-heading',
		});
		expect(about.manufacturer).toEqual({ '@type': 'Organization', name: 'Ipsen' });
		expect((aboutFor('fillers', { title: 'PMMA filler (Bellafill)', shortName: 'PMMA' }) as any)['@type']).toBe('Substance');
		expect(aboutFor('areas', { title: 'Lips (lip filler)' }) as any).toEqual({ '@type': 'AnatomicalStructure', name: 'Lips' });
		expect((aboutFor('guides', { title: 'A long heading', metaTitle: 'Short' }) as any).name).toBe('Short');
	});

	it('gives a reviewed page its review day, its topic and its citations as plain URLs', () => {
		const page = medicalWebPage(
			{
				path: '/areas/lips/',
				title: 'Lips',
				lastReviewed: new Date('2026-11-21T00:00:00Z'),
				citations: ['https://a.example/1'],
				about: aboutFor('areas', { title: 'Lips' }),
			},
			SITE,
		) as any;
		expect(page).toMatchObject({
			'@type': 'MedicalWebPage',
			url: 'https://atlas.example/areas/lips/',
			lastReviewed: '2026-11-21',
			citation: ['https://a.example/1'],
		});
	});

	it('lists every shown question with its answer', () => {
		const faq = faqPage('/guides/x/', [{ question: 'Q?', answer: 'A.' }], SITE) as any;
		expect(faq.mainEntity).toEqual([{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }]);
	});

	it('serialises a graph that cannot close its script element', () => {
		const text = jsonLdText(graph([{ '@type': 'Thing', name: '</script><b>' }]));
		expect(text).not.toContain('</script>');
		expect(JSON.parse(text)['@graph'][0].name).toBe('</script><b>');
	});
});
