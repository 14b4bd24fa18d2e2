// What the page asks of search engines and other crawlers: index the question box and the sources, never ask questions.

/**
 * /robots.txt. Each answer is made when its address is fetched, is recorded in the question log
 * as someone's question, and counts against the rate limit; the suggested questions under a
 * decline are links, so a crawler following them would ask without end and fill the content
 * owners' report with questions nobody asked. Answer pages also say `X-Robots-Tag: noindex`, for
 * crawlers that reach one from a link elsewhere.
 */
export const robotsTxt = `# stp-bot: the question box and /sources may be indexed; answers are made when asked.
User-agent: *
Disallow: /?
Disallow: /part
Disallow: /embed
Disallow: /api/
Disallow: /admin/
`;

/** The header that keeps an answer page, or the framed page, out of search results. */
export const noIndex = { name: "X-Robots-Tag", value: "noindex" } as const;
