/** The security headers the static host sends, as the build writes them to dist/_headers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';

/** The headers `_headers` sets for every path ("/*"), as a static host would send them. */
export function headersForAll(): Record<string, string> {
	const text = readFileSync(join(DIST, '_headers'), 'utf8');
	const block = text.split(/^\/\*\s*$/m)[1]!.split(/^\S/m)[0]!;
	return Object.fromEntries(
		block
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l && !l.startsWith('#'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
	);
}
