/**
 * Plain-language messages for the schema checks that carry no message of their own (an empty list
 * item, a missing nested field, a number out of range). Passed to `safeParse` by the content linter:
 * Zod uses a schema's own message first and this map only where the schema gave none.
 */
import type { z } from 'astro/zod';

const KIND: Record<string, string> = {
	string: 'text',
	number: 'a number, e.g. 12',
	boolean: 'true or false',
	array: 'a list: [a, b] or one "- item" per line',
	object: 'a group of fields: { key: value } or indented "key: value" lines',
	date: 'a date written YYYY-MM-DD',
};

/** What an editor wrote, in the words they would use for it. */
function described(input: unknown): string {
	if (input === null) return 'an empty value';
	if (Array.isArray(input)) return 'a list';
	if (input instanceof Date) return 'a date';
	if (typeof input === 'string') return `"${input}"`;
	if (typeof input === 'object') return 'a group of fields';
	if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint' || input === undefined) return String(input);
	// A symbol or a function: YAML cannot produce either.
	return typeof input;
}

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

export const editorError: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type': {
			const kind = KIND[issue.expected] ?? issue.expected;
			return issue.input === undefined ? `is required: write ${kind}` : `must be ${kind} (got ${described(issue.input)})`;
		}
		case 'too_small': {
			const min = issue.minimum as number;
			if (issue.origin === 'string')
				return min <= 1
					? 'must not be empty: write the text or remove the line'
					: `is too short: write at least ${plural(min, 'character')}`;
			if (issue.origin === 'array' || issue.origin === 'set') return `list at least ${plural(min, 'item')}`;
			if (issue.origin === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${min}`;
			return undefined;
		}
		case 'too_big': {
			const max = issue.maximum as number;
			if (issue.origin === 'string') return `is too long: keep it to ${plural(max, 'character')}`;
			if (issue.origin === 'array' || issue.origin === 'set') return `list at most ${plural(max, 'item')}`;
			if (issue.origin === 'number') return `must be ${issue.inclusive ? 'at most' : 'less than'} ${max}`;
			return undefined;
		}
		case 'invalid_value':
			return `must be one of: ${issue.values.map(String).join(', ')}`;
		default:
			return undefined;
	}
};
