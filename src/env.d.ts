declare namespace App {
	interface Locals {
		/** The source ids of the page being rendered, in citation order (set by the entry layout). */
		citations?: readonly string[];
		/** Glossary ids whose in-place definition this page already carries (set by <Term>): each is written once. */
		termDefinitions?: Set<string>;
		/** How many definitions this page carries in place (Term.astro); set by the entry layout. */
		termDefinitionsMax?: number;
	}
}
