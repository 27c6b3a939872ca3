declare namespace App {
	interface Locals {
		/** The source ids of the page being rendered, in citation order (set by the entry layout). */
		citations?: readonly string[];
	}
}
