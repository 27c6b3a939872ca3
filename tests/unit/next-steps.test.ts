import { describe, expect, it } from 'vitest';
import { linkedFromPage, nextSteps } from '../../src/lib/navigation/next-steps.ts';
import type { Reference } from '../../src/lib/corpus/references.ts';
import type { EntryKey } from '../../src/lib/site/urls.ts';

describe('linkedFromPage', () => {
	it('counts body links and fact links as already on the page, but not related picks, sources or terms', () => {
		const refs: Reference[] = [
			{ field: 'related[0]', collection: 'guides', id: 'picked' },
			{ field: 'sources[0]', collection: 'sources', id: 's' },
			{ field: 'approvals[0].area', collection: 'areas', id: 'lips' },
			{ field: 'body <EntryLink>', collection: 'myths', id: 'm', bodyLine: 3 },
			{ field: 'body <Term>', collection: 'glossary', id: 't', bodyLine: 4 },
		];
		expect([...linkedFromPage(refs)]).toEqual(['areas/lips', 'myths/m']);
	});
});

describe('nextSteps', () => {
	const base = { self: 'guides/self' as EntryKey, handPicked: [] as EntryKey[], alreadyLinked: new Set<EntryKey>() };

	it('never repeats a page the body already links to, nor the page itself', () => {
		const ranked: EntryKey[] = ['guides/self', 'areas/lips', 'myths/m', 'guides/g'];
		expect(nextSteps({ ...base, ranked, alreadyLinked: new Set<EntryKey>(['areas/lips']) })).toEqual(['myths/m', 'guides/g']);
	});

	it('lists the editor’s picks first, then the ranking, without duplicates', () => {
		const out = nextSteps({ ...base, handPicked: ['myths/b', 'areas/a'], ranked: ['areas/a', 'guides/c'] });
		expect(out).toEqual(['myths/b', 'areas/a', 'guides/c']);
	});

	it('lists at most six', () => {
		const ranked = Array.from({ length: 20 }, (_, i) => (['guides', 'myths', 'areas'] as const)[i % 3] + `/e${i}`) as EntryKey[];
		expect(nextSteps({ ...base, ranked })).toHaveLength(6);
		expect(nextSteps({ ...base, ranked, limit: 2 })).toHaveLength(2);
	});

	it('takes at most half from one collection while others are available, then fills from the ranking', () => {
		const ranked: EntryKey[] = ['guides/1', 'guides/2', 'guides/3', 'guides/4', 'myths/a', 'areas/b'];
		expect(nextSteps({ ...base, ranked })).toEqual(['guides/1', 'guides/2', 'guides/3', 'myths/a', 'areas/b', 'guides/4']);
	});

	it('never lists a glossary term or a source, which have no page of their own', () => {
		expect(nextSteps({ ...base, ranked: ['glossary/t', 'sources/s', 'myths/m'] })).toEqual(['myths/m']);
	});
});
