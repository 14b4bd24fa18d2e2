// British and American spellings meet on one form, so "organisation" finds "organization" and back.

/** Whole words whose spellings differ in ways no suffix rule catches. */
const wordMap = new Map<string, string>(
  Object.entries({
    centre: "center",
    centres: "centers",
    programme: "program",
    programmes: "programs",
    licence: "license",
    defence: "defense",
    offence: "offense",
    practise: "practice",
    judgement: "judgment",
    ageing: "aging",
    fulfil: "fulfill",
    enrol: "enroll",
    paediatric: "pediatric",
    paediatrics: "pediatrics",
    anaemia: "anemia",
    oedema: "edema",
    oestrogen: "estrogen",
    haemorrhage: "hemorrhage",
    orthopaedic: "orthopedic",
    orthopaedics: "orthopedics",
    gynaecology: "gynecology",
    anaesthetic: "anesthetic",
    anaesthetics: "anesthetics",
    manoeuvre: "maneuver",
    cheque: "check",
    grey: "gray",
    storey: "story",
    tyre: "tire",
    catalogue: "catalog",
    dialogue: "dialog",
    analyse: "analyze",
    analysed: "analyzed",
    analysing: "analyzing",
    modelling: "modeling",
    modelled: "modeled",
    travelling: "traveling",
    travelled: "traveled",
    cancelled: "canceled",
    labelled: "labeled",
    counselling: "counseling",
    signalling: "signaling",
    enrolment: "enrollment",
    fulfilment: "fulfillment",
  }),
);

/** Words ending in -ise that are spelled so in American English too. */
const iseWords = new Set([
  "advertise",
  "advise",
  "chastise",
  "comprise",
  "compromise",
  "concise",
  "demise",
  "despise",
  "devise",
  "disguise",
  "enterprise",
  "excise",
  "exercise",
  "expertise",
  "franchise",
  "improvise",
  "incise",
  "merchandise",
  "otherwise",
  "precise",
  "premise",
  "promise",
  "raise",
  "revise",
  "supervise",
  "surmise",
  "surprise",
  "televise",
  "wise",
]);

/** Words ending in -our whose American form drops the u. */
const ourStems = new Set([
  "behaviour",
  "colour",
  "endeavour",
  "favour",
  "flavour",
  "harbour",
  "honour",
  "humour",
  "labour",
  "neighbour",
  "rumour",
  "savour",
  "vapour",
  "vigour",
]);

/**
 * Maps a lower-case word to its American spelling, leaving other words alone.
 * @example americanise("prioritised") // "prioritized"
 */
export function americanise(word: string): string {
  const mapped = wordMap.get(word);
  if (mapped) return mapped;
  const ise = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise?.[1] && ise[2]) {
    const base = `${ise[1]}ise`;
    if (!iseWords.has(base) && ![...iseWords].some((w) => base.endsWith(w))) {
      return `${ise[1]}iz${ise[2]}`;
    }
  }
  const our = /^(.+our)(s|ed|ing|al|able|ite|ites)?$/.exec(word);
  if (our?.[1] && ourStems.has(our[1])) return `${our[1].slice(0, -2)}r${our[2] ?? ""}`;
  return word;
}
