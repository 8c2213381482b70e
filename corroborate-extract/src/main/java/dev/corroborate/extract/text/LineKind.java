package dev.corroborate.extract.text;

/** What a line of a text dump is, as far as finding the article goes. */
enum LineKind {
    /** A paragraph of running text: sentences, ending in sentence punctuation. */
    PROSE,
    /** A short line without closing punctuation: a headline, subheading or menu entry. */
    HEADING,
    /** A photo caption or credit, or what else sits with a picture: an embedded post, a product's shop button. */
    CAPTION,
    /** Site furniture that may sit inside an article: ad markers, short prompts, inline "Read more: ..." teasers. */
    INTERSTITIAL,
    /**
     * The label of a block of links to other stories ("Editor's Picks", "Other news"): neither it nor the teasers
     * under it are text, but the article may go on after them.
     */
    WIDGET,
    /** Site furniture that ends an article: "Related:", a donation appeal, a copyright line, a breadcrumb. */
    BOUNDARY,
    /** A line that cannot be part of the article text but does not end it either (UI words, bylines, dates). */
    OTHER
}
