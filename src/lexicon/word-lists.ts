// The word lists terms.ts reads words by: number words, irregular forms, chat shorthand, abbreviated units, prefixes.

import { ablated } from "../ablation.ts";

export const particles = new Set(["up", "off", "out", "in", "on", "down", "over"]);

/** The months' names, as a regular expression's alternatives. */
export const monthNames =
  "january|february|march|april|may|june|july|august|september|october|november|december";

export const ordinalSuffixes = new Set(["st", "nd", "rd", "th"]);

export const prefixes = new Set(["co", "re", "pre", "non", "sub", "e", "de", "pro", "mid"]);

export const numberWords = new Map<string, string>(
  Object.entries({
    zero: "0",
    one: "1",
    two: "2",
    three: "3",
    four: "4",
    five: "5",
    six: "6",
    seven: "7",
    eight: "8",
    nine: "9",
    ten: "10",
    eleven: "11",
    twelve: "12",
    thirteen: "13",
    fourteen: "14",
    fifteen: "15",
    sixteen: "16",
    seventeen: "17",
    eighteen: "18",
    nineteen: "19",
    twenty: "20",
    thirty: "30",
    forty: "40",
    fifty: "50",
    sixty: "60",
    seventy: "70",
    eighty: "80",
    ninety: "90",
    hundred: "100",
  }),
);

/**
 * Irregular verb forms and plurals the stemmer cannot join to their base: "spent" should find
 * "spending", "sold" "selling", "children" "child". Not "came", "became", "got" or "seen":
 * framing words, which as "come" or "see" matched other sentences ("who came up with them?" lost
 * its answer).
 */
export const irregularForms = new Map<string, string>(
  Object.entries({
    spent: "spend",
    led: "lead",
    paid: "pay",
    made: "make",
    gave: "give",
    given: "give",
    took: "take",
    taken: "take",
    began: "begin",
    begun: "begin",
    brought: "bring",
    bought: "buy",
    built: "build",
    chose: "choose",
    chosen: "choose",
    felt: "feel",
    found: "find",
    held: "hold",
    kept: "keep",
    left: "leave",
    lost: "lose",
    met: "meet",
    ran: "run",
    said: "say",
    sent: "send",
    set: "set",
    sought: "seek",
    spoke: "speak",
    spoken: "speak",
    told: "tell",
    thought: "think",
    understood: "understand",
    went: "go",
    gone: "go",
    written: "write",
    wrote: "write",
    drew: "draw",
    drawn: "draw",
    grew: "grow",
    grown: "grow",
    knew: "know",
    known: "know",
    rose: "rise",
    risen: "rise",
    fell: "fall",
    fallen: "fall",
    cut: "cut",
    sold: "sell",
    won: "win",
    taught: "teach",
    stood: "stand",
    withdrew: "withdraw",
    withdrawn: "withdraw",
    undertook: "undertake",
    undertaken: "undertake",
    oversaw: "oversee",
    overseen: "oversee",
    dealt: "deal",
    meant: "mean",
    caught: "catch",
    fought: "fight",
    struck: "strike",
    forgot: "forget",
    forgotten: "forget",
    drove: "drive",
    driven: "drive",
    hung: "hang",
    lent: "lend",
    fled: "flee",
    shook: "shake",
    shaken: "shake",
    froze: "freeze",
    frozen: "freeze",
    broke: "break",
    broken: "break",
    heard: "hear",
    arose: "arise",
    arisen: "arise",
    blew: "blow",
    blown: "blow",
    flew: "fly",
    flown: "fly",
    hid: "hide",
    hidden: "hide",
    sank: "sink",
    sunk: "sink",
    shrank: "shrink",
    shrunk: "shrink",
    threw: "throw",
    thrown: "throw",
    stole: "steal",
    stolen: "steal",
    spun: "spin",
    swept: "sweep",
    upheld: "uphold",
    withheld: "withhold",
    rebuilt: "rebuild",
    overcame: "overcome",
    overtook: "overtake",
    overtaken: "overtake",
    underwent: "undergo",
    undergone: "undergo",
    ate: "eat",
    eaten: "eat",
    rode: "ride",
    ridden: "ride",
    wore: "wear",
    worn: "wear",
    stuck: "stick",
    swung: "swing",
    learnt: "learn",
    spelt: "spell",
    burnt: "burn",
    forbade: "forbid",
    forbidden: "forbid",
    forgave: "forgive",
    forgiven: "forgive",
    mistook: "mistake",
    foresaw: "foresee",
    foreseen: "foresee",
    outgrew: "outgrow",
    outgrown: "outgrow",
    sped: "speed",
    slid: "slide",
    dug: "dig",
    sang: "sing",
    sung: "sing",
    swam: "swim",
    wept: "weep",
    sprang: "spring",
    strove: "strive",
    striven: "strive",
    woke: "wake",
    woken: "wake",
    bent: "bend",
    // Plurals the stemmer cannot join to their singular ("feet" is no misspelt "fete").
    feet: "foot",
    teeth: "tooth",
    men: "man",
    women: "woman",
    children: "child",
    mice: "mouse",
    geese: "goose",
    wives: "wife",
    knives: "knife",
    halves: "half",
    crises: "crisis",
    criteria: "criterion",
    analyses: "analysis",
    hypotheses: "hypothesis",
    phenomena: "phenomenon",
  }),
);

/** Abbreviated lengths of time, read as the words: "4hr" is "4 hour", "18 wks" "18 weeks". */
export const timeUnits = new Map<string, string>(
  Object.entries({
    hr: "hour",
    hrs: "hours",
    min: "minute",
    mins: "minutes",
    wk: "week",
    wks: "weeks",
    mth: "month",
    mths: "months",
    yr: "year",
    yrs: "years",
  }),
);

/** Chat shorthand for whole words, so "avg population" finds "average population". */
export const shorthand = new Map<string, string>(
  Object.entries({
    // On its own "min" may be a minimum: only after a number is it minutes.
    ...Object.fromEntries([...timeUnits].filter(([short]) => short !== "min")),
    avg: "average",
    approx: "approximately",
    govt: "government",
    gov: "government",
    dept: "department",
    ppl: "people",
    info: "information",
    org: "organisation",
    orgs: "organisations",
    mgmt: "management",
    mgr: "manager",
    hosp: "hospital",
    hosps: "hospitals",
    natl: "national",
    esp: "especially",
    incl: "including",
    amt: "amount",
    num: "number",
    diff: "difference",
    thru: "through",
    appt: "appointment",
    appts: "appointments",
    pts: "patients",
    drs: "doctors",
    // Months as dates are shortened ("Oct 2016", "from Apr 2017"); not "Jan", "Mar" or "Sep",
    // which are a name, a verb and an abbreviation of other words too.
    ...(ablated("month-shorthand")
      ? {}
      : {
          ...{ feb: "february", apr: "april", jun: "june", jul: "july", aug: "august" },
          ...{ sept: "september", oct: "october", nov: "november", dec: "december" },
        }),
    // Workplace shorthand for the words reports use ("how many recs did it make?").
    ...(ablated("office-shorthand")
      ? {}
      : {
          ...{ recs: "recommendations", admin: "administration" },
          ...{ reqs: "requirements", hw: "how" },
        }),
    // "Trust CEOs" are the documents' chief executives.
    ...(ablated("executive-shorthand") ? {} : { ceo: "executive", ceos: "executives" }),
    // British slang for selling: "flogging off surplus land" is selling it.
    ...(ablated("selling-slang")
      ? {}
      : { flog: "sell", flogs: "sells", flogged: "sold", flogging: "selling" }),
    // Business English for a new name: "rebranded as ICSs" is renamed.
    ...(ablated("rebranding")
      ? {}
      : { rebrand: "rename", rebrands: "renames", rebranded: "renamed", rebranding: "renaming" }),
    // Words run together as they are said: "what kinda questions" asks what kind.
    kinda: "kind",
    sorta: "sort",
    lotta: "lot",
    gotta: "got",
    tho: "though",
  }),
);

/** Abbreviated units after a number: "£1.8bn" and "£1.8 billion" index alike. */
export const numberUnits = new Map<string, string>(
  Object.entries({
    bn: "billion",
    b: "billion",
    billions: "billion",
    m: "million",
    mn: "million",
    millions: "million",
    k: "thousand",
  }),
);
