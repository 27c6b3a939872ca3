/**
 * The floor for `npm run bench -- --vs-floor`: a bare Astro + MDX + Pagefind site holding the same
 * synthetic guides, written into a scratch folder and built with the same installed packages (its
 * node_modules is a link to this project's, so nothing is downloaded). It is what any Astro site of
 * this size costs: one layout, one page route over one content collection, Pagefind over the output.
 * The guides' components (<Cite>, <Term>, <EntryLink>) become plain elements, so MDX compiles the
 * same bodies; frontmatter is read but not validated beyond a title.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2),
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** Pagefind over the finished site, the way a bare Astro site adds search. */
const search = {
	name: 'floor-pagefind',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
			const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
			await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
			logger.info(\`Indexed \${page_count} pages\`);
			await pagefind.close();
		},
	},
};

export default defineConfig({ site: 'https://floor.example', trailingSlash: 'always', integrations: [mdx(), search], build: { format: 'directory' },
	devToolbar: { enabled: false },
	// The same silencing of MDX's per-entry bundler warning as the site's config, so both logs are alike.
	vite: { build: { rollupOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	guides: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }), schema: z.object({ title: z.string(), description: z.string() }).passthrough() }),
};
`,
	'src/components/Cite.astro': `---\nconst { id } = Astro.props;\n---\n<sup><a href={\`#src-\${id}\`}>[{id}]</a></sup>\n`,
	'src/components/Term.astro': `---\nconst { id } = Astro.props;\n---\n<dfn title={id}><slot /></dfn>\n`,
	'src/components/EntryLink.astro': `---\nconst { to } = Astro.props;\n---\n<a href={\`/\${to}/\`}><slot>{to}</slot></a>\n`,
	'src/layouts/Base.astro': `---\nconst { title } = Astro.props;\n---\n<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>\n<body><main data-pagefind-body><slot /></main></body></html>\n`,
	'src/pages/index.astro': `---\nimport { getCollection } from 'astro:content';\nimport Base from '../layouts/Base.astro';\nconst guides = await getCollection('guides');\n---\n<Base title="Guides"><h1>Guides</h1><ul>{guides.map((g) => <li><a href={\`/guides/\${g.id}/\`}>{g.data.title}</a></li>)}</ul></Base>\n`,
	'src/pages/guides/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
import Cite from '../../components/Cite.astro';
import Term from '../../components/Term.astro';
import EntryLink from '../../components/EntryLink.astro';
export async function getStaticPaths() {
	return (await getCollection('guides')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title}><h1>{entry.data.title}</h1><p>{entry.data.description}</p><Content components={{ Cite, Term, EntryLink }} /></Base>
`,
};

/** Writes the floor project into `dir`, with the synthetic guides copied from `guidesDir`. */
export function writeFloorSite(dir: string, guidesDir: string, nodeModules: string): void {
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	cpSync(guidesDir, join(dir, 'src/content/guides'), { recursive: true });
	symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
