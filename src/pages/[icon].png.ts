import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgToPng } from '../integrations/social-image.ts';

/** PNG icons drawn from public/favicon.svg at build time, so there is one icon source to edit. */
export const ICON_SIZES = { 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 } as const;

export const getStaticPaths = (() => Object.keys(ICON_SIZES).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const size = ICON_SIZES[params.icon as keyof typeof ICON_SIZES];
	const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');
	return new Response(new Uint8Array(svgToPng(svg, size)), { headers: { 'Content-Type': 'image/png' } });
};
