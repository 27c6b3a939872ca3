/** Components available in every MDX entry without an import. */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import EntryLink from './EntryLink.astro';
import Fact from './Fact.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, EntryLink, Fact, Term };
