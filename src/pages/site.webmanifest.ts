import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/site/seo.ts';

/** The web app manifest: name, icons and theme colour for "add to home screen". */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: SITE_NAME,
			short_name: 'Atlas',
			description: 'Independent, evidence-based answers about Botox, other neuromodulators and dermal fillers.',
			start_url: '/',
			display: 'browser',
			background_color: '#ffffff',
			theme_color: '#0b5f8a',
			icons: [
				{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
				{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
			],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
