/**
 * Short names, one rule each, used everywhere a name is shown in less room than its full title.
 */

/**
 * An entry's title without its bracketed qualifier: "Lips (lip filler)" -> "Lips", "Radiesse (+)" ->
 * "Radiesse". Face-map labels, chart rows, comparison columns, JSON-LD names and product tables use it.
 */
export const shortTitle = (title: string): string => title.split(' (')[0]!.trim();

/**
 * A company's name without its qualifiers: "Allergan, Inc. (Allergan Aesthetics, an AbbVie company)"
 * -> "Allergan". Makers carry legal suffixes and parent companies after a comma, titles never do.
 */
export const shortMaker = (name: string): string => name.split(/ \(|, /)[0]!.trim();

/**
 * A title without a bracketed qualifier at its very end, for search matching: "Fat transfer (autologous
 * fat grafting) to the face" keeps its words, since a reader may type "fat transfer to the face".
 */
export const withoutTrailingQualifier = (title: string): string => title.replace(/\s*\(.*\)\s*$/, '');
