/**
 * Closed-class words that change the weight of the sentiment words near them. They are general
 * English, not news-specific, and follow VADER's lists (Hutto & Gilbert 2014) in spirit.
 */

/**
 * Words that scale the next sentiment word up ("very bad") or down ("slightly bad"), or, as a
 * comparative or superlative of less, turn it half over ("less effective", "fewer deaths", "the
 * least effective"; not "at least", which the stage reads as no degree, as VADER does).
 */
export const DEGREE: Readonly<Record<string, number>> = {
  very: 1.3, extremely: 1.5, highly: 1.3, deeply: 1.3, really: 1.2, so: 1.2, too: 1.2, most: 1.3, more: 1.15,
  incredibly: 1.5, utterly: 1.5, totally: 1.3, completely: 1.3, absolutely: 1.4, particularly: 1.2, especially: 1.2,
  hugely: 1.4, enormously: 1.4, exceptionally: 1.4, entirely: 1.3, increasingly: 1.2, seriously: 1.3, severely: 1.3,
  gravely: 1.4, bitterly: 1.4, sharply: 1.3, strongly: 1.3, fiercely: 1.4, vehemently: 1.4, truly: 1.2, clearly: 1.1,
  slightly: 0.5, somewhat: 0.7, barely: 0.5, hardly: 0.5, marginally: 0.5, partly: 0.7, rather: 0.8, fairly: 0.8,
  less: -0.5, fewer: -0.5, least: -0.5, little: 0.7, mildly: 0.6, moderately: 0.7, relatively: 0.8, kind: 0.8, sort: 0.8, quite: 1.1,
};

/**
 * Contrast markers: the clause after one carries more weight than the clause before it
 * ("professional, but it failed"). VADER weighs them 0.5 before and 1.5 after.
 */
export const CONTRAST = new Set(['but', 'however', 'yet', 'nevertheless', 'nonetheless', 'though', 'although', 'whereas']);
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
/**
 * The contrast markers that subordinate: a clause they open at the start of a sentence or after a
 * clause mark is a concession and counts BEFORE_CONTRAST ("Although the talks were friendly, they
 * failed"). "But", "yet" and "however" there answer the sentence before: "But the plan failed"
 * asserts its clause in full.
 */
export const CONCESSIVE_CONJUNCTIONS = new Set(['although', 'though', 'whereas']);

/**
 * Words that concede what follows them, up to the next clause mark, as "although" concedes its
 * clause: "despite the violence", "in spite of the rain" (by its "spite"), "notwithstanding the
 * delays". What they concede counts BEFORE_CONTRAST, wherever they stand in the sentence.
 */
export const CONCESSIONS = new Set(['despite', 'spite', 'notwithstanding']);

/**
 * Words that open a concessive clause only where they open the sentence: "While the economy grew,
 * wages stagnated" concedes its first clause as "although" does, while "Sanders backs $15, while
 * Clinton backs $12" sets two facts side by side and weighs neither less.
 */
export const OPENING_CONCESSIONS = new Set(['while', 'whilst']);

/**
 * Exclamation marks strengthen their sentence: each adds VADER's 0.292 to its sum in the sum's
 * direction, up to four ("This is great!!!" > "This is great."), as VADER's punctuation emphasis.
 */
export const EXCLAMATION_EMPHASIS = 0.292;
export const MAX_EXCLAMATIONS = 4;

/** Hedges soften what follows them in the sentence ("could be a disaster", "reportedly killed"). */
export const HEDGES = new Set([
  'may', 'might', 'could', 'would', 'perhaps', 'possibly', 'probably', 'reportedly', 'allegedly', 'apparently',
  'seemingly', 'seem', 'seems', 'appear', 'appears', 'suggest', 'suggests', 'if', 'whether', 'unclear', 'likely',
]);
export const HEDGE_WEIGHT = 0.75;

/** A negated valence flips and shrinks by VADER's factor ("not good" is milder than "bad"). */
export const NEGATION_SCALE = -0.74;

/**
 * wink flags every token from a negator to the next clause mark; the flag is kept on at most this
 * many tokens after the negator ("did not win the vote, and lost badly" stays out of it; so does
 * the far end of "not since the long, hard and costly war ...").
 */
export const NEGATION_REACH = 6;

/**
 * Negators; one directly before "less", "fewer" or "short" makes a litotes ("no less magical" = as
 * magical, "nothing short of a miracle" = a miracle).
 */
export const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nor', 'without', 'cannot', 'nothing', 'nobody', 'nowhere']);

/**
 * Negators wink opens no scope after ("nothing funny", "nobody liked it"): the stage opens one
 * itself, to the next clause mark, as VADER negates after them.
 */
export const SCOPELESS_NEGATORS = new Set(['nothing', 'nobody', 'nowhere']);
export const LITOTES_COMPARATIVES = new Set(['less', 'fewer', 'short']);

/**
 * A negator whose scope holds no sentiment word still reads as a complaint or a failure ("the
 * ministry did not respond", "it doesn't play"): it counts this valence itself. Not "nothing",
 * "nobody", "nowhere" ("nothing happened").
 */
export const NEGATED_NEUTRAL = -1;

/**
 * Verbs that turn a bad thing into a good outcome: "reduce poverty", "prevent deaths",
 * "fight corruption", "end the war", and the privatives, nouns among them: "a lack of violence",
 * "the absence of corruption", "protects children from disease". Each negative word of its object (up to REVERSAL_REACH tokens
 * on, in the same clause, before another verb: "cuts the risk of heart disease") flips and counts
 * REVERSAL_WEIGHT of its valence; the verb's own negative valence ("fight" -1, "stop" -1) is
 * dropped. Matched by written form or lemma, as wink often tags "fight" or "combat" as a noun.
 * Courts and rescuers reverse too ("acquitted of murder", "rescued from the rubble"); "settle" is
 * left out, as news settles claims as often as disputes ("used public money to settle harassment
 * claims").
 */
export const REVERSAL_VERBS = new Set([
  'reduce', 'cut', 'curb', 'fight', 'combat', 'prevent', 'end', 'stop', 'halt', 'tackle', 'ease', 'alleviate',
  'eliminate', 'counter', 'avert', 'lower', 'fix', 'solve', 'resolve', 'reverse', 'defeat', 'overcome', 'eradicate',
  'limit', 'cure', 'lift', 'lack', 'absence', 'relieve', 'protect', 'shield', 'avoid', 'escape', 'survive',
  'recover', 'foil', 'foiled', 'thwart', 'acquit', 'exonerate', 'rescue', 'rescued', 'dearth',
]);
export const REVERSAL_WEIGHT = 0.5;

/**
 * Words by lemma or form (wink tags many a participle an adjective) whose "of" deprives: "free of
 * corruption", "rid the country of crime", "cleared of wrongdoing", "absolved of blame". The "of"
 * within PRIVATIVE_REACH words after one reverses its object as a reversal verb does ("not free of
 * bias" keeps the bias).
 */
export const PRIVATIVES = new Set([
  'free', 'freed', 'rid', 'clear', 'cleared', 'absolve', 'absolved', 'cleanse', 'cleansed', 'purge', 'purged', 'devoid', 'bereft',
]);

/**
 * Reversal words and privatives that also deny a good thing in their object, which "free" and
 * "cut" do not ("free of charge", "cut taxes"): "lacks credibility", "the absence of leadership",
 * "devoid of compassion" are complaints. The good word is negated, as after "no".
 */
export const PRIVATIONS = new Set(['lack', 'absence', 'dearth', 'devoid', 'bereft']);
export const PRIVATIVE_REACH = 3;

/** How many tokens after a reversal verb its object may reach ("reduces men's heart attack risk"). */
export const REVERSAL_REACH = 5;

/**
 * Verbs by lemma that say their subject shrinks or gives way, and what shrinks loses its sign: a
 * bad thing in the subject (up to SUBJECT_REACH words before the verb, in its clause) is reversed
 * as the object of a reversal verb is ("unemployment fell", "violence has decreased", "fears
 * evaporated"), a good thing flips the same way ("profits fell", "confidence eroded",
 * "support crumbled"), and "stocks plunged" keeps the verb's own bad sense. Verbs of stopping count
 * only under CESSATION_VERBS' conditions.
 */
export const DECREASE_VERBS = new Set([
  'fall', 'drop', 'decline', 'decrease', 'plunge', 'plummet', 'shrink', 'dip', 'tumble', 'sink', 'slow', 'ease',
  'diminish', 'subside', 'recede', 'abate', 'wane', 'lessen', 'fade', 'dwindle', 'erode', 'evaporate', 'vanish',
  'crumble', 'collapse', 'unravel', 'falter', 'stall', 'weaken', 'deteriorate', 'disintegrate', 'wither',
]);
export const SUBJECT_REACH = 4;

/**
 * Verbs by lemma that say their subject stopped, and with them "be over": what stops loses its sign
 * as what shrinks does ("the drought has ended", "the fighting stopped", "the war is over" are good
 * news; "the ceasefire ended" bad), but only where the word right before the verb is itself good or
 * bad, as the subject's head: news ends events as often as bad things ("the murder trial ended on
 * Friday"), and not before an outcome ("the talks ended in deadlock", "ended with a walkout") or in
 * "ended up".
 */
export const CESSATION_VERBS = new Set(['end', 'stop', 'cease']);

/**
 * Verbs that say their subject gives way only with a particle, both by lemma (wink's lemma of
 * "through" is "thru"): "the ceasefire broke down", "the alliance fell apart", "the deal fell
 * through", "the plan falls short". They count as verbs of shrinking, and the verb carries
 * PHRASE_VALENCE (the particle turns "break" from a breaking into a failure, and "fall" from a drop
 * into one) where it has no stronger bad sense.
 */
export const DECREASE_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['break', new Set(['down'])],
  ['fall', new Set(['apart', 'thru', 'short'])],
]);
export const PHRASE_VALENCE = -2;

/**
 * Verbs by lemma that say their subject reached a level, which "low" or "high" after them names:
 * "his approval rating hit a new low" is a fall, "stocks reached an all-time high" a rise.
 */
export const LEVEL_VERBS = new Set(['hit', 'reach', 'touch']);

/** Verbs by lemma that say their subject stands at the level "low" or "high" right after them names: "the risk remains low". */
export const LEVEL_COPULAS = new Set(['be', 'remain', 'stay']);

/**
 * Verbs by lemma that say their subject grew. They say which way, not whether that is good: AFINN
 * gives "rise" and "increase" +1, which read "inflation rose" as good news.
 */
export const INCREASE_VERBS = new Set([
  'rise', 'increase', 'grow', 'climb', 'jump', 'soar', 'surge', 'rebound', 'expand', 'swell', 'mount', 'spike', 'rocket',
  'double', 'triple',
]);

/**
 * Quantities news reports the movement of, by the way it is good to see them move: 1 for what is
 * better up (the economy, wages, jobs, sales), -1 for what is worse up (inflation, costs, deaths,
 * emissions). Named by category from economic, labour and public-health reporting; words with
 * two readings ("prices", which consumers and markets see the other way round; "cases"; "taxes")
 * are left out. Only where the lexicon gives the subject no valence of its own does the verb of
 * change take QUANTITY_VALENCE from them (see `subjectsOfChange` in signals.ts).
 */
export const QUANTITY_DIRECTION: ReadonlyMap<string, number> = new Map([
  ...['economy', 'gdp', 'output', 'wage', 'income', 'earning', 'earnings', 'revenue', 'sale', 'export', 'employment',
    'job', 'hiring', 'productivity', 'investment', 'stock', 'market', 'approval', 'enrollment'].map((w) => [w, 1] as const),
  ...['inflation', 'cost', 'deficit', 'debt', 'unemployment', 'joblessness', 'poverty', 'crime', 'casualty', 'death',
    'fatality', 'infection', 'hospitalization', 'emission', 'layoff', 'eviction', 'bankruptcy', 'overdose',
    'homicide', 'violence'].map((w) => [w, -1] as const),
]);
export const QUANTITY_VALENCE = 1.5;

/**
 * Verbs by lemma that move their object up or down: a quantity of QUANTITY_DIRECTION as the head of
 * the object gives the verb QUANTITY_VALENCE by the way it moved, as a subject does ("the economy
 * added 200,000 jobs", "the law will reduce health care costs" > 0; "the company cut 500 jobs" <
 * 0).
 */
export const RAISING_VERBS = new Set([...INCREASE_VERBS, 'add', 'create', 'boost', 'raise']);
export const LOWERING_VERBS = new Set(['cut', 'reduce', 'lower', 'slash', 'shed', 'trim', 'curb', 'shrink', 'decrease']);

/**
 * Positive valences count this much: lexicon words of praise fire more often than a writer's
 * stance warrants ("leading", "together", "support" in plain reporting). Chosen on the development
 * ratings (README).
 */
export const POSITIVE_WEIGHT = 0.8;

/**
 * Words whose bad sense turns figurative beside certain words, each with the words that do it
 * right before it (past an article) and right after it, by written form: news wins elections "by a
 * landslide", "in a landslide", with "a landslide victory", where the disaster prior of the news
 * lexicon would read a catastrophe ("a landslide buried the village" keeps it); and news swears
 * officials in and witnesses to the truth ("was sworn in as president", "swore to uphold the
 * constitution"), where AFINN's "swear" (-2) is cursing ("swore at reporters" keeps it).
 */
const OATH = { before: new Set<string>(), after: new Set(['in', 'to', 'that', 'allegiance', 'an', 'oath']) };
export const FIGURES: ReadonlyMap<string, { before: ReadonlySet<string>; after: ReadonlySet<string> }> = new Map([
  ['landslide', { before: new Set(['by', 'in', 'win', 'won', 'wins']), after: new Set(['victory', 'win', 'margin', 'election', 'majority']) }],
  ...['swear', 'swears', 'swore', 'sworn', 'swearing'].map((form) => [form, OATH] as const),
  // "in spite of" concedes (CONCESSIONS); "out of spite" keeps AFINN's -2.
  ['spite', { before: new Set(['in']), after: new Set<string>() }],
  // "bother to" is taking the trouble ("didn't bother to call" then reads as the bare negator it is), not being upset.
  ...['bother', 'bothers', 'bothered', 'bothering'].map((form) => [form, { before: new Set<string>(), after: new Set(['to']) }] as const),
  // "precious little progress" is little of it.
  ['precious', { before: new Set<string>(), after: new Set(['little', 'few']) }],
]);

/**
 * Idioms whose words mean something else together, rated by hand on AFINN's scale as VADER keeps
 * its sentiment-laden idioms: "the reforms bore fruit" (AFINN's "bore" is -2), "a sigh of relief",
 * "fell flat", "came under fire". Each word matches a token's written form or lemma; the idiom's
 * valence goes to its first word and the others count 0, so a negation still turns it ("did not
 * bear fruit").
 */
export const IDIOMS: ReadonlyMap<string, number> = new Map([
  ['bear fruit', 2], ['sigh of relief', 2], ['step in the right direction', 2], ['on the mend', 2],
  ['breath of fresh air', 2], ['back on track', 2], ['silver lining', 2], ['make headway', 2], ['gain ground', 1],
  ['upper hand', 1], ['top notch', 3], ['thumbs up', 2],
  ['fall flat', -2], ['raise eyebrows', -1], ['too little , too late', -2], ['behind schedule', -1], ['over budget', -1],
  ['powder keg', -2], ['dead end', -2], ['thumbs down', -2], ['under fire', -2], ['red tape', -1],
  ['slap in the face', -2], ['last straw', -2], ['lip service', -1], ['turn a blind eye', -2], ['lose ground', -1],
  ['at odds', -1], ['miss the mark', -2], ['bear the brunt', -2], ['leave much to be desired', -2],
  ['leave a lot to be desired', -2],
]);

/**
 * Words whose valence holds only as a verb: "like" praises ("they like it"), not compares ("looks
 * like rain"); "care" cares ("she cares about them"), not names a sector ("health care").
 */
export const VERB_ONLY = new Set(['like', 'likes', 'care', 'cares']);

/**
 * Lemmas whose valence holds only as a noun or adjective: as verbs, news uses them to report speech
 * ("she argued that", "he stressed the need", "they contend that"), not a quarrel, anxiety or a fight.
 */
export const SPEECH_VERBS = new Set(['argue', 'stress', 'contend']);
