/** A glossary term, shown at /glossary/#<id>. */
import { z } from 'astro/zod';
import { plainText, ref } from './fragments.ts';

export const glossarySchema = z.strictObject({
	/** The term as a reader would see it written. */
	term: plainText('the term'),
	/**
	 * True when the term starts with a proper name ("Tyndall effect"), so it keeps its capital in a
	 * sentence; otherwise a bare <Term id> writes it lower-case mid-sentence ("contain lidocaine").
	 */
	properName: z.boolean().default(false),
	/** Other spellings or names of the same thing (used by search). */
	aliases: z.array(z.string().min(1)).default([]),
	/** A plain-language definition: one to three short sentences. */
	definition: plainText('a plain-language definition', 20),
	/** Related glossary terms. */
	seeAlso: z.array(ref('glossary')).default([]),
	/** Sources for the definition, if it states a fact beyond common usage. */
	sources: z.array(ref('sources')).default([]),
	/** Set true while the term is written: it stays out of production builds and no published page may link it. */
	draft: z.boolean().default(false),
});
export type GlossaryData = z.output<typeof glossarySchema>;
