// A switch for measuring, not a setting: `STP_ABLATE=wordnet npm run eval` shows what a mechanism adds by its absence.

/**
 * For measuring: `STP_ABLATE=wordnet,acronyms` turns those mechanisms off (wordnet, acronyms,
 * initials, tables, labels, chat, question-sentences, publishers, title-topics, years,
 * enumerations, back-references, answer-kind-words, names, misspelt-framing, change, superlatives,
 * list-endings, antecedents, asker-comma, openers, typos, markup, pleasantries, list,
 * question-words-first, derived-synonyms, date-nouns, money-nouns, change-direction, when-clause, context-parts, counted-asked,
 * counted-past-scale, frequency, money-idioms, measured-change, stranded, modal-subject,
 * figure-required, money-required, thesaurus, absent-names, absent-years, title-phrases, document-fit,
 * asked-dates, person-named, capital-phrases, single-sense, typed-names, lower-case-names,
 * lower-case-phrases, title-phrase-own-words, name-lists, named-publisher, either-or, english-kept,
 * adverbs, number-kinds, modals,
 * as-of-now, chosen-verbs, one-word-names,
 * asked-name-not-person, plural-names, month-days, other-name,
 * which-names, list-answers-which,
 * count-not-money, common-names,
 * absent-days, named-in-list, prefixed-forms, much-not-count,
 * extremes, first-to-act, month-names, common-name-runs,
 * run-verbs, much-next-figures, year-span-counts, scale-of, item-bounds, of-phrases,
 * trailing-adverbs, named-bodies, quoted-counts, list-clauses, question-contractions, share-required,
 * member-of, which-of, it-means, author-labels, adverb-bases, quoted-share, season-names,
 * opinion-asked, definite-names, he-she, inner-pronouns, see-also, see-also-once, self-descriptions,
 * negative-answers, negated-questions, every-one, who-clauses, who-agents, reader-advice, word-slips, dictionary-words, question-word-slips, spaces-put-back, dictionary-parts, number-spaces, possessive-spaces, capital-spaces, spaces-taken-out, joined-english, unused-parts, joins-first, stemmed-slips, stop-word-slips, english-slips, title-case, bot-addressed, chat-words, run-on-questions, elliptic-counts, completing, dropped-subjects, reported-questions, direct-order, please-first, message-tags, asking-preambles, at-names, asking-endings, help-requests, openers-in-parts, interjections, asides, apologies, emoji, quoted-message, signatures, shouting, talk-openers, feelings-first, statements-asked, mentions-anywhere, please-last, question-remarks, anyone-know, acknowledgements, chat-in-follow-ups, corrections, pointing-word-slips, month-shorthand, polite-requests, apologies-after, asking-conditions, plain-terms, help-welcome, what-it-costs, chart-labels, square-metres, us-endings, appositions, run-in-labels, long-names-defined, named-initials, defined-phrases, ticked-answers, glossary-pointer, honorifics, phrase-acronyms, question-runs, answering-sources, clause-headings, title-headings, other-scripts, what-it-does, in-places, how-changed, search-values, explain-asks, status-words, status-openers, asked-columns, length-of, how-far, other-years-weaker, leading-dates, whose-agents, view-words, named-kinds, cause-words, prefix-bases, relative-who, unit-nouns, asker-places, agreeing-figures, answering-features, contact-details, cost-tails, quoted-words, contact-required, where-places, duration-required, future-asked, contact-owners, figure-years, short-years, office-shorthand, more-prepositions, target-kinds, short-drops, parts-of-times, asking-verb-slips, particle-joins, article-parts, embedded-initials, named-in-title, hyphen-prefixes, names-reordered, particle-plurals, according-to, heading-questions, stance-asked, what-is-it-for, pointed-back, pointing-seconds, same-or-different, at-first, examples-asked, short-replies, more-answering, duration-verbs, shown-synonyms, source-first, quoted-names, loose-synonyms, initials-in-names, longer-continuations, documents-slips-first, phrasal-verbs, when-doing, sentence-openers, opinion-verbs, how-much-involved, part-asked, listed-in-lower-case, comma-name-lists, money-of, hedges, roles-asked, name-asked, succession, month-runs, endings-asked, tallies-asked, joined-questions, bars-asked, serial-commas, lower-case-names-in-s, person-auxiliaries, parts-for, results-asked, ordinals-asked, pay-and-savings, authors-asked, counted-named, published-what, source-years, counted-in-item, directions-asked, naming-verbs, dash-seconds, initials-dated, comparatives-change, clause-conjunctions, exact-dates, hedging-verbs, ranking-ends, numbered-things, numbered-unknown, date-asked-days, publishing-idioms, once-over, title-runs, document-phrasal-verbs, purpose-asides, relational-nouns, acronym-families, feelings-why, roles-here, person-before, ending-up, other-name-lower-case, pointed-back-names, tallies-as-typed, brevity-asked, newcomer-asides, versus, money-named, duration-commas, duration-verbs-alike, lots-of, unknown-names, said-about, day-to-day, mentioned-topics, holding-verbs, idiom-meanings, title-kinds, strings-attached, in-charge, executive-shorthand, selling-slang, rebranding, bother-framing, secretary-shorthand, named-source, proper-framing, time-clauses, passage-other-words, landed-in, lasting-shown, when-it-comes, year-in-passage, publisher-shown, publisher-initials, next-item-labels, title-named, heading-named, decline), so
 * `npm run eval` shows what each adds. Reading imported documents has its own (line-breaks,
 * pdf-list-items, pdf-nested-lists, pdf-heading-lines, pdf-hyphens-english, pdf-tables,
 * pdf-punctuation, pdf-header-names, pdf-page-one, pdf-tight-numbers, pdf-name-hyphens,
 * pdf-note-markers, pdf-footnotes, pdf-run-spaces, own-title-heading, footnotes, contents-lists,
 * article-furniture, pdf-charts, collapsed-sections, summary-headings, bold-headings,
 * pdf-bold-headings, table-grids, text-page-numbers, pdf-table-headings, pdf-pull-quotes, pdf-question-headings, pdf-table-columns,
 * pdf-touching-pieces, pdf-raised-suffixes, pdf-year-ranges, named-sections, screen-reader-twins, bracket-markers, page-furniture, review-date, pdf-semicolon-lines, pdf-letter-spacing, pdf-alternate-headers, govuk-from, text-page-sequence, pdf-prose-size, pdf-chapter-headers, pdf-sup-size, pdf-note-numbers, pdf-letter-pieces), which `npm run eval:imported`
 * measures.
 */
export function ablated(mechanism: string): boolean {
  ablatedMechanisms ??= new Set((process.env.STP_ABLATE ?? "").split(",").filter(Boolean));
  return ablatedMechanisms.has(mechanism);
}

let ablatedMechanisms: Set<string> | undefined;
