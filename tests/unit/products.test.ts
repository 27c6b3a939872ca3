/** The derived product data: area tables, material lists, the finder's names, aliases, pair rows and pair checks. */
import { describe, expect, it } from 'vitest';
import {
	approvedProductsByArea,
	firstApproved,
	pairProblems,
	productAliases,
	productPairDescription,
	productPairRows,
	productPairSlug,
	productsForArea,
	productsOfMaterial,
	type ProductLike,
} from '../../src/lib/facts/products.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

function product(id: string, title: string, over: Partial<ProductLike['data']> = {}): ProductLike {
	return {
		id,
		data: {
			title,
			maker: 'Maker',
			material: 'hyaluronic-acid',
			pma: 'P000001',
			status: 'marketed',
			lidocaine: true,
			approvals: [{ indication: 'Use', date: day('2010-01-01'), areas: ['cheeks'], minimumAge: 21, source: 's' }],
			...over,
		},
	};
}

const voluma = product('voluma', 'Voluma XC', {
	approvals: [
		{ indication: 'Cheek volume', date: day('2013-10-22'), areas: ['cheeks'], minimumAge: 21, source: 's' },
		{ indication: 'Chin profile', date: day('2020-06-01'), areas: ['chin'], minimumAge: 22, source: 's' },
	],
	labelDuration: { text: 'up to 24 months in the cheek', months: 24, area: 'cheeks', source: 's' },
});
const sculptra = product('sculptra', 'Sculptra', {
	material: 'poly-l-lactic-acid',
	lidocaine: false,
	approvals: [{ indication: 'Fine cheek wrinkles', date: day('2023-04-01'), areas: ['cheeks'], minimumAge: 18, source: 's' }],
});
const bellafill = product('bellafill', 'Bellafill', {
	material: 'pmma',
	approvals: [
		{ indication: 'Smile lines', date: day('2006-10-27'), areas: ['nasolabial-folds'], minimumAge: 21, source: 's' },
		{ indication: 'Acne scars on the cheek', date: day('2014-12-23'), supplement: 'S009', areas: ['cheeks'], minimumAge: 21, source: 's' },
	],
});
const all = [sculptra, voluma, bellafill];

describe('productsForArea', () => {
	it('lists the products approved for the area, oldest approval first, from the approval that names it', () => {
		const rows = productsForArea(all, 'cheeks');
		expect(rows.map((r) => [r.id, r.approved.toISOString().slice(0, 10), r.indication, r.minimumAge])).toEqual([
			['voluma', '2013-10-22', 'Cheek volume', 21],
			['bellafill', '2014-12-23', 'Acne scars on the cheek', 21],
			['sculptra', '2023-04-01', 'Fine cheek wrinkles', 18],
		]);
	});

	it('shows a label duration only in the area the label measured it in', () => {
		expect(productsForArea(all, 'cheeks').find((r) => r.id === 'voluma')?.labelDuration).toEqual({
			text: 'up to 24 months in the cheek',
			months: 24,
		});
		expect(productsForArea(all, 'chin')[0]).toMatchObject({ id: 'voluma', minimumAge: 22, labelDuration: undefined });
	});

	it('carries maker, material and lidocaine for the table columns', () => {
		expect(productsForArea(all, 'cheeks').find((r) => r.id === 'sculptra')).toMatchObject({
			maker: 'Maker',
			material: 'poly-l-lactic-acid',
			lidocaine: false,
			status: 'marketed',
		});
	});

	it('is empty for an area no product is approved for, so the page can say so', () => {
		expect(productsForArea(all, 'lips')).toEqual([]);
	});

	it('breaks a tie on the approval date by title', () => {
		const twin = product('aaa', 'Aaa', { approvals: [{ ...voluma.data.approvals[0]! }] });
		expect(productsForArea([voluma, twin], 'cheeks').map((r) => r.id)).toEqual(['aaa', 'voluma']);
	});
});

describe('products by material and by area', () => {
	it('productsOfMaterial keeps one material, by title', () => {
		const other = product('restylane', 'Restylane Lyft');
		expect(productsOfMaterial([other, sculptra, voluma], 'hyaluronic-acid').map((p) => p.id)).toEqual(['restylane', 'voluma']);
	});

	it('approvedProductsByArea names each product once per area, by title, with the indication there (the finder)', () => {
		const byArea = approvedProductsByArea(all);
		expect(byArea.get('cheeks')?.map((p) => p.title)).toEqual(['Bellafill', 'Sculptra', 'Voluma XC']);
		expect(byArea.get('cheeks')?.find((p) => p.id === 'bellafill')?.indication).toBe('Acne scars on the cheek');
		expect(byArea.get('nasolabial-folds')).toEqual([{ id: 'bellafill', title: 'Bellafill', indication: 'Smile lines' }]);
		expect(byArea.has('lips')).toBe(false);
	});

	it('firstApproved is the oldest approval', () => {
		expect(firstApproved(bellafill).toISOString().slice(0, 10)).toBe('2006-10-27');
	});
});

describe('productAliases', () => {
	it('adds the name without XC and with lidocaine spelled out', () => {
		expect(productAliases('Juvéderm Voluma XC')).toEqual(['Juvéderm Voluma', 'Juvéderm Voluma with lidocaine']);
	});

	it('adds the name without (+) and with Plus', () => {
		expect(productAliases('Radiesse (+)')).toEqual(['Radiesse', 'Radiesse Plus']);
	});

	it('adds names used abroad and nothing for a plain name', () => {
		expect(productAliases('Bellafill', [{ name: 'ArteFill' }])).toEqual(['ArteFill']);
		expect(productAliases('Sculptra')).toEqual([]);
	});
});

describe('product pairs', () => {
	it('productPairSlug orders the ids alphabetically', () => {
		expect(productPairSlug('voluma', 'bellafill')).toBe('bellafill-vs-voluma');
	});

	it('pairProblems flags a misnamed file and a slug another comparison owns', () => {
		expect(pairProblems([{ id: 'bellafill-vs-voluma', a: 'bellafill', b: 'voluma' }])).toEqual([]);
		expect(pairProblems([{ id: 'voluma-vs-bellafill', a: 'bellafill', b: 'voluma' }])[0]?.message).toContain(
			'must be named bellafill-vs-voluma.yaml',
		);
		expect(
			pairProblems([{ id: 'bellafill-vs-voluma', a: 'bellafill', b: 'voluma' }], new Set(['bellafill-vs-voluma']))[0]?.message,
		).toContain('already a generated comparison');
	});

	it('productPairRows gives (label, A, B) rows from both products', () => {
		const rows = productPairRows(bellafill, voluma, { material: (id) => id.toUpperCase(), area: (id) => id });
		const row = (label: string) => rows.find((r) => r.label === label);
		expect(row('Material')).toEqual({ label: 'Material', a: 'PMMA', b: 'HYALURONIC-ACID' });
		expect(row('First FDA approval')).toEqual({
			label: 'First FDA approval',
			a: '27 October 2006 (PMA P000001)',
			b: '22 October 2013 (PMA P000001)',
		});
		expect(row('Approved uses')?.a).toEqual(['nasolabial-folds, 2006: Smile lines', 'cheeks, 2014: Acne scars on the cheek']);
		expect(row('Approved ages')).toMatchObject({ a: '21 and over', b: '21 or 22 and over, by use' });
		expect(row('How long it lasted in the label study')).toMatchObject({ a: 'Not stated on this site', b: 'up to 24 months in the cheek' });
		expect(rows.every((r) => r.a !== undefined && r.b !== undefined)).toBe(true);
	});

	it('productPairDescription fits 50-160 characters even for long names', () => {
		for (const [a, b] of [
			['Bellafill', 'Juvéderm Vollure XC'],
			['Juvéderm Voluma XC with a very long name indeed', 'Restylane Lyft with an equally long name for testing'],
		]) {
			const d = productPairDescription(a!, b!);
			expect(d.length).toBeGreaterThanOrEqual(50);
			expect(d.length).toBeLessThanOrEqual(160);
		}
	});
});

describe('structured data', () => {
	it('a product page is about a MedicalDevice named by its PMA approval', async () => {
		const { aboutFor } = await import('../../src/lib/site/structured-data.ts');
		expect(aboutFor('products', { title: 'Bellafill (PMMA and collagen filler)', pma: 'P020012' })).toEqual({
			'@type': 'MedicalDevice',
			name: 'Bellafill',
			identifier: { '@type': 'PropertyValue', propertyID: 'FDA PMA', value: 'P020012' },
			legalStatus: 'FDA premarket approval P020012',
			recognizingAuthority: { '@type': 'Organization', name: 'U.S. Food and Drug Administration' },
		});
	});
});
