/** Components available in every MDX entry without an import. */
import Callout from './Callout.astro';
import ContraindicationsTable from '../safety/ContraindicationsTable.astro';
import Cite from './Cite.astro';
import EntryLink from './EntryLink.astro';
import Diagram from './Diagram.astro';
import Fact from './Fact.astro';
import Figure from './Figure.astro';
import GlanceTable from './GlanceTable.astro';
import ScrollTable from './ScrollTable.astro';
import Term from './Term.astro';

/** `table` is not a component editors write: it is how MDX renders every Markdown table. */
export const mdxComponents = {
	Callout,
	Cite,
	ContraindicationsTable,
	Diagram,
	EntryLink,
	Fact,
	Figure,
	GlanceTable,
	Term,
	table: ScrollTable,
};
