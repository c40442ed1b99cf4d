/**
 * Language tables for troop claims: unit nouns, casualties, per-group sizes, attribution, kind and place cues.
 * These are English usage, not rules for particular articles.
 */

/** Nouns that count people under arms; "reinforcements" are troops sent to add to a force; "personell", a common
 *  misspelling, is still personnel. */
export const TROOP_NOUN =
  'troops|soldiers|forces|reinforcements|(?:royal|combat|military|army)\\s+engineers|sappers|servicemen|servicewomen|service\\s*members|service\\s+personnel|military\\s+personnel|personnel|personell|boots\\s+on\\s+the\\s+ground|paratroopers|marines|conscripts|reservists|(?:military|army)\\s+reserves|peacekeepers|combatants|fighters|separatists|rebels|insurgents|mercenaries|militants|recruits|officers|sailors|airmen|guardsmen|gunmen';

/** Nouns that count battalion tactical groups; "battle groups" alone are not counted (NATO's battlegroups
 *  are a different thing), only when the words name battalions ("battalion battle groups") or call them
 *  tactical ("tactical battlegroups"). */
export const BTG_NOUN =
  'battalion[-\\s]+tactical[-\\s]+groups?|tactical[-\\s]+battle[-\\s]?groups?|battlefield[-\\s]+tactical[-\\s]+groups?|tactical[-\\s]+battalion[-\\s]+groups?|battalion[-\\s]+(?:battle|combat)[-\\s]+groups?|(?:battle|combat|tactical)[-\\s]+groups?[”"’]?\\s+of\\s+battalions|battalion\\s+groups?|BTGs?|battalions';

/** Nouns that name a body of troops, whose size a figure after a linking verb gives ("the grouping
 *  numbers 30,000", "units, which number 127,000 people", "the battalion, which has 700 men"). */
export const FORMATION_NOUN =
  'manpower|units|component|grouping|group|contingent|army|garrison|force|deployment|build-?up|presence|battlegroups?|battle\\s+groups?|formations|brigades?|divisions?|regiments?|battalion|squadrons?|corps|legion';

/** Nouns for people that count as troops once a linking phrase has named the force ("34,000 people", "a
 *  squadron of 900 members"). */
export const PEOPLE_NOUN = 'people|men|persons|individuals|members|strong';

/** Singular nouns a "30,000-strong ..." phrase may qualify. */
export const STRONG_NOUN =
  'force|forces|army|military|contingent|group|garrison|deployment|grouping|corps|squadron|battalion|brigade|regiment|division|company|unit|battlegroup|battle\\s+group|team|detachment|mission|formation|task\\s+force|combat\\s+power';

/** Words that may stand between a number and its unit noun ("30,000 more combat-ready troops"). */
export const UNIT_MODIFIERS = new Set(
  (
    'more additional extra further new fresh elite combat combat-ready battle-ready ground regular ' +
    'active active-duty serving armed military frontline front-line reserve special airborne mechanised ' +
    'mechanized motorised motorized professional conscript contract heavily well equipped trained ' +
    'foreign allied enemy government federal national separatist rebel pro-russian russian-backed of ' +
    'and its their his her the tactical battalion army navy naval air air-force land infantry tank strike security ' +
    'interior guard national-guard rapid-reaction response deployed stationed top senior high-ranking ' +
    'cavalry artillery paratroop ' +
    'so-called other these those duty multinational international coalition operational'
  ).split(' '),
);

/** Nouns a troop word can modify ("550 troop tents", "40 troop carriers"): then the number counts the things. */
export const TROOP_COMPOUND_HEADS =
  /^\s+(?:tents?|carriers?|transports?|trains?|trucks?|lorries|lorry|buses|ships?|planes?|aircraft|helicopters?|flights?|vehicles?|barracks|camps?|convoys?|rations|shelters?|beds)\b/i;

/** Words after a number that show a noun was left out ("30,000 more are engaged", "refer to 130,000.", "at 112,000
 *  if sailors are counted": a conjunction opens a clause of its own). */
export const ELISION_FOLLOWERS = new Set(
  (
    'in at near on along inside from to into around across within are were is was have has had will ' +
    'would could remain remained stationed deployed positioned based located already now still more ' +
    'others of taking massed gathered close next by there here nearby elsewhere and or but with who ' +
    'which that being participating engaged involved according claimed reported estimated cited when once if ' +
    'while whereas although though because unless until assembling gathering waiting serving including excluding ' +
    'estimate estimates figure count tally'
  ).split(' '),
);

/** Verbs and nouns that make a number a count of casualties, not of a force, also in a relative clause
 *  ("9,000 soldiers, who were killed") or after a second figure that shares the verb ("500 of ours and 900 of
 *  theirs would be wounded"); units "wrecked" or made "combat ineffective" are losses too. */
export const CASUALTY_AFTER =
  /^(?:,\s*(?:who|which|that)\b)?(?:[^,.;]{0,40}?|\s+and\s+(?:[^,.;]|[,.](?=\d)){0,80}?)\b(?:killed|dead|died|die|wounded|injured|injuries|wounds|hospitali[sz]ed|captured|missing|casualties|perished|taken\s+prisoner|prisoners|lost\s+their\s+lives|wrecked|(?:been|were|was|being)\s+destroyed|combat[-\s]ineffective)\b/i;

/** Casualty words just before a number ("killing 300 soldiers", "the deaths of 50 troops"). */
export const CASUALTY_BEFORE =
  /\b(?:killing|killed|kill|lost|losing|deaths?\s+of|casualties|wounding|wounded|captured|capturing|capture\s+of|bodies\s+of|death\s+toll\s+of)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// A definition ("a company is a small infantry unit made up of 120 men") sizes one unit of a kind, and so do plural
// formations "of" a figure ("fighting groups of 700 men"): neither is a force anyone fields.
/** Words showing a troop figure is the size of one group, not a total ("a single battalion tactical group (600
 *  marines)", "a fighting formation of 700 men", "a unit normally consisting of 3,500 men": what a kind of
 *  formation usually holds); a group listed beside the troops ("one brigade and 900 troops stayed") is no size. */
export const PER_UNIT_BEFORE =
  /\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:force|formation|unit|group|brigade|division|regiment|battalion|company|squadron)\s*,?\s+(?:which\s+|that\s+)?(?:usually|normally|generally|ordinarily|commonly)\s+(?:comprising|comprises|comprised\s+of|consisting\s+of|consists\s+of|made\s+up\s+of|numbering|numbers|counting|counts|has|having|of|with)\s+(?:(?:about|around|some|roughly|up\s+to|between)\s+)?$|\b(?:each|every|typically)\b[^,.;]{0,60}$|\b(?:is|are)\s+an?\s+(?:[a-z-]+\s+){0,3}(?:unit|formation|group)\b[^,.;]{0,30}$|\b(?:btgs|(?:battalion(?:[-\s]+tactical)?\s+)?groups|units|formations)\s+of\s+(?:(?:about|around|some|roughly|up\s+to)\s+)?$|\b(?:a|one|per|an\s+average)\s+(?:(?:single|typical|standard|light|heavy|full-strength|fighting|combat)\s+)?(?:btg|battalion(?:[-\s]+tactical)?(?:\s+group)?|group|unit|formation)\b(?:(?!\s(?:and|or|plus)\s)[^,.;]){0,30}$/i;
/** A sentence whose subject is "each" or "every" of a kind of thing gives sizes per thing in all its clauses ("Every
 *  ship carries 300 marines, or 200 with tanks"); a time ("each day") is no such subject. */
export const EACH_SUBJECT =
  /^\W*(?:each|every)\s+(?!(?:day|week|month|year|night|morning|evening|hour|time|side|one)\b)(?:of\s+)?\p{L}/iu;
export const PER_UNIT_AFTER =
  /^\s*,?\s*(?:each|apiece|per\s+(?:group|btg|battalion|unit)|(?:to|in|for)\s+(?:each|every)\s+(?:one\s+)?(?:of\s+)?)\b/i;

/** A figure of troops per head of the population ("a ratio of 20 soldiers per 1,000 people", "12.5 troops to every
 *  1,000 inhabitants"): a density, not a force anyone fields. */
export const RATIO_AFTER =
  /^\s*(?:per|to|for|in)\s+(?:every\s+|each\s+)?(?:\d[\d,.]*|a\s+thousand|one\s+thousand|a\s+hundred|one\s+hundred|thousand|hundred)\s+(?:of\s+(?:the\s+)?)?(?:people|persons|inhabitants|residents|civilians|citizens|population|locals)\b/i;

/** Verbs of saying or estimating whose subject is the claimant ("Ukraine's defence ministry has said", "the
 *  minister wrote on Twitter"). */
export const SAY_VERB =
  '(?:(?<=(?:estimates?|assessments?|figures|counts?|data)\\s+)(?:place|put)s?(?=\\s+(?:(?:more|fewer)\\s+than|some|about|around|roughly|nearly|almost|over|at\\s+least|up\\s+to|\\d))|said|says|say|saying|told|tells|telling|tell|wrote|writes|tweeted|tweets|inform(?:s|ed)?|estimated|estimates|estimate|estimating|believes?|believed|claim(?:s|ed|ing)?|warn(?:s|ed|ing)?|report(?:s|ed)?|refer(?:s|red)?\\s+to|put(?:s|ting)?\\s+(?:the\\s+)?(?:(?:number|figure|total|count|size)(?:\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:troops|forces?|soldiers|servicemen|personnel)(?:\\s+(?:in|near|on|along|around|inside)\\s+(?:[\\p{L}’-]+\\s+){0,3}?[\\p{L}’-]+)?)?|it|them)\\s+at|assess(?:es|ed)?|thinks?|thought|suggest(?:s|ed|ing)?|state[sd]?|declar(?:es|ed|ing)|complain(?:s|ed|ing)?|announced?|announces|indicate[sd]?|added(?!\\s+to\\b)|adds(?!\\s+to\\b)|adding(?!\\s+to\\b)|insist(?:s|ed)?|allege[sd]?|assert(?:s|ed|ing)?|contend(?:s|ed)?|maintain(?:s|ed)\\s+that|calculate[sd]?|confirm(?:s|ed)?|noted?|notes|noting|counted|counts|cited|cites|mentioned|mentions|reckons?|reckoned|accus(?:e|es|ed|ing)|charg(?:es|ed|ing)\\s+that|point(?:s|ed|ing)?\\s+(?:to|out)|(?:draws?|drew|drawing)\\s+attention\\s+(?:to|out)|(?:express|voic|rais)(?:es|ed|ing)\\s+(?:(?:grave|serious|deep|growing)\\s+)?(?:concerns?|alarm|fears?|worries)\\s+(?:about|over|at|that)|determined\\s+that|found\\s+that|conclude[sd]?\\s+that|concluding\\s+that|called(?!\\s+up\\b)|calls(?!\\s+up\\b)|describ(?:ed|es|ing)|labell?ed|branded|characteri[sz]ed|reveal(?:s|ed)|disclosed|unveiled|stress(?:es|ed|ing)|emphasi[sz](?:es|ed|ing)|explained|outlined|laid\\s+out|specified|stipulated|argued|acknowledged|admitted|predicted|projected|(?:adjust|revis|correct|lower|rais|updat)(?:ed|es|e|s)?\\s+(?:that|the|this|its|their|his|her)\\s+(?:figure|estimate|count|number|tally)(?=\\s+(?:(?:down|up)wards?\\s*,?\\s*)?to\\b)|(?:gave|gives|give|giving|provided|provides|offered|offers)\\s+(?:an?|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:estimates?|figures?|counts?|assessments?|tall(?:y|ies))(?=\\s+of\\b)|expect(?:s|ed)?(?=\\s+(?:this|that|it|them|the\\s+(?:number|figure|total|count|force|build-?up))\\s+to\\s)|(?:released|published|issued)\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:report|assessment|analysis|study|estimate)\\s+(?:that|saying|showing)|speculat(?:es|ed|ing)|detected|spotted|observed|knows|knew|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:closely\\s+|carefully\\s+)?(?:following|monitoring|tracking|watching|observing))';

/** Participles that continue the sentence's speaker ("..., he said, adding that ..."). */
export const PARTICIPLE_VERB =
  /^(?:saying|adding|noting|stressing|warning|claiming|estimating|suggesting|emphasi[sz]ing|describing|accusing|charging|concluding)$/i;

/** Words before a verb of saying that deny it ("did not say", "declined to say"). */
export const NEGATED_BEFORE = /\b(?:not|n['’]t|never|declined\s+to|refused\s+to|without)\s+(?:\w+\s+)?$/i;

/** Head nouns of a news medium as a source ("British newspaper The Independent reported"). */
export const MEDIA_HEAD =
  /\b(?:newspapers?|daily|dailies|broadcasters?|news\s+agency|news\s+agencies|outlets?|magazines?|tabloids?|channels?|media|publications?|press(?!\s+(?:secretary|officer|service|office|attach[eé]|spokes\w+))|news\s+site|website|paper)\b/i;

/** Head nouns of an official source named by role only ("the ministry", "a senior defence official"). */
export const ROLE_HEAD =
  /\b(?:ministry|ministries|department|government|administration|minister|secretary|officials?|spokes(?:man|woman|person|people)|press\s+secretary|embassy|ambassador|envoy|diplomats?|military|army|intelligence|sources?|agency|authorities|command|headquarters|general|commander|president|premier|chancellor|alliance|bloc)\b/i;

/** Adverbs and auxiliaries between a claimant and its verb ("has also previously said"); an adverb of time
 *  ("He initially said", "she originally estimated") tells when the words were said, not who said them. */
export const SAY_AUX =
  '(?:(?:has|have|had|also|reportedly|now|previously|privately|publicly|earlier|recently|repeatedly|already|separately|further|still|would|will|did|do|does|now|initially|originally|first|later|subsequently|then|again|once)\\s+)*';

/** Nouns for a source's figures, followed by the source ("warnings from the U.S.", "estimates by Nato", "based on
 *  the claims of Kyiv", "a quote from Kuleba:"). */
export const SOURCE_NOUN_FROM =
  "(?:according\\s+to|as\\s+per|based\\s+on\\s+(?:the\\s+)?(?:claims?|estimates?|data|figures|information|assessments?)\\s+(?:of|from|by)|(?:estimated|assessed|counted|reported|put|confirmed|cited|calculated|claimed|given|stated|announced|declared|voiced)\\s+by|by\\s+(?=(?:[\\p{L}.’'-]+\\s+){1,4}?(?:estimates?|assessments?|counts?|calculations?|reckoning)\\b)|warnings?\\s+(?:from|by)|estimates?\\s+(?:from|by|of(?!\\s+(?:the\\s+)?(?:number|size|strength|total|count)\\b|\\s+(?:[\\p{L}.-]+(?:['’]s)?\\s+)?(?:armed\\s+)?(?:forces|army|military|troops|soldiers)\\b|\\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\\s+than|up\\s+to)\\s+)?\\d))|figures?\\s+(?:from|by)|assessments?\\s+(?:from|by)|intelligence\\s+(?:from|by)|data\\s+(?:from|by)|reports?\\s+(?:from|by)|citing|cited\\s+by|quoting|quotes?\\s+(?:from|by))";

/** Pronouns and bare nouns that refer back to the previous sentence's source; a document named again ("the
 *  report says") speaks for whoever issued it. */
export const PRONOUN_SUBJECT =
  /^(?:they|he|she|we|it|him|her|them|(?:the|these|those)\s+(?:officials?|sources|source|agencies|services|analysts)|(?:the|this|that)\s+(?:report|document|assessment|study|analysis|dossier|memo|briefing|statement))$/i;

/** Words that open a new clause; a claimant's noun phrase does not reach back past them. */
export const CLAUSE_OPENERS =
  /(?:[,;:(—–]|(?<=\s)-(?=\s)|\b(?:and|but|although|though|while|whereas|as|that|because|since|amid|after|before|when|if)\b)\s*/giu;

/** Adjectives of nationality and the registry actor whose forces they name. */
export const DEMONYMS: Record<string, string> = {
  russian: 'russia',
  ukrainian: 'ukraine',
  belarusian: 'belarus',
  belarussian: 'belarus',
  byelorussian: 'belarus',
  american: 'united-states',
  us: 'united-states',
  'u.s.': 'united-states',
  'u.s': 'united-states',
  british: 'united-kingdom',
  uk: 'united-kingdom',
  'u.k.': 'united-kingdom',
  nato: 'nato',
  polish: 'poland',
  german: 'germany',
  french: 'france',
  canadian: 'canada',
  lithuanian: 'lithuania',
  latvian: 'latvia',
  estonian: 'estonia',
  romanian: 'romania',
  georgian: 'georgia',
  moldovan: 'moldova',
  turkish: 'turkey',
  chinese: 'china',
  kazakh: 'kazakhstan',
  armenian: 'armenia',
  hungarian: 'hungary',
  slovak: 'slovakia',
  italian: 'italy',
  danish: 'denmark',
  swedish: 'sweden',
  dutch: 'netherlands',
  spanish: 'spain',
  norwegian: 'norway',
  finnish: 'finland',
  czech: 'czech-republic',
  belgian: 'belgium',
  greek: 'greece',
  bulgarian: 'bulgaria',
};

/** Modal and planning words before a number that make it the size of a projected force ("a plan that includes",
 *  "might conceivably be", "forecasts a build-up to"). */
export const FORECAST_BEFORE =
  /\b(?:(?:an?|the)\s+(?:expected|anticipated|projected)(?=\s*$)|plans?\s+(?:(?:that|which)\s+)?(?:would\s+|will\s+)?(?:involves?|includes?|envisages?|foresees?|calls?\s+for)|(?:(?:would|could|might|may)(?!\s+have\s+(?:\p{L}+(?:ed|en|wn)|been|sent|brought|built|put|kept|held|met|got|gone|come|become|risen|grown|swollen)\b)|will|shall)\s+(?:[\p{L}-]+\s+){0,3}?(?:launch|invade|attack|deploy|send|mass|amass|use|field|mobili[sz]e|assemble|muster|need|want|require|involve|commit|bring|move|station|gather|concentrate|reach|grow|rise|climb|swell|increase|ramped|pushed|have|begin|start|stage|mount|conduct|unleash|strike|march|push|enter|cross|occupy|seize|encircle|include|comprise|consist|made\s+up|see|host|call)|(?:offer(?:s|ed)?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|propose[sd]?|agree[sd]?|decide[sd]?)\s+to\s+(?:send|deploy|dispatch|move|station|provide)|plans?\s+to|planning|plotting|aiming\s+(?:for|at)|intends?\s+to|intending\s+to|prepar(?:es|ing|ed)\s+to|expected\s+to|likely\s+to(?!\s+have\s+\p{L}+(?:ed|en|wn)\b)|set\s+to|aims?\s+to|threaten(?:s|ing)?\s+to|seek(?:s|ing)?\s+to|ready\s+to|capable\s+of|able\s+to|(?:capacity|ability|option)\s+to|invasion\s+force\s+of)\b|\bexpect(?:s|ed|ing)?\s+(?:this|that|it|them|the\s+[\p{L}-]+)\s+to\s+(?:grow|rise|increase|climb|reach|swell|double|top|exceed|hit|get)\b|\b(?:predict|forecast|foresee|project|expect|anticipate)(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:build-?up|increase|rise|growth|surge|expansion|deployment|concentration)\s+(?:to|of)\s+(?:[\p{L}-]+\s+){0,3}$|\b(?:target|goal|aim|objective)\b[^.;\d]{0,50}?\b(?:is|was|of)\s+$|\b(?:possible|potential|planned|future|prospective|imminent|looming)\b[^.;]{0,60}\b(?:offensive|invasion|attack|assault|incursion|operation)\b(?:(?!\b(?:following|after|amid|despite|because|since)\b)[^.;,]){0,50}\b(?:involving|with|using|of)\s+$|\b(?:would|could|might|may|will)\s+(?:soon\s+|\p{L}+ly\s+)?(?:be|reach|total|number|top|exceed|surpass|rise\s+to|grow\s+to|swell\s+to|get(?:\s+(?:close|closer|near)\s+to|\s+(?:up\s+)?to)?)\s+$|\bshould\s+(?:soon\s+|\p{L}+ly\s+)?(?:reach|total|number|top|exceed|surpass|rise\s+to|grow\s+to|swell\s+to)\s+$/iu;

/** A modal right after the troops ("175,000 personnel could be involved", "are expected to mass", "ready to
 *  join", also with no verb of being, as after "with": "with 9,000 soldiers expected to join"), or after a
 *  "from ..." phrase that says where they come from, also projects a force. */
export const FORECAST_AFTER =
  /^(?:\s+(?:from|of)\s+[^,.;]{0,80}?(?=\s(?:could|would|might|may|will|shall)\s))?\s*(?:could|would|might|may|will|shall|(?:is|are)\s+to\s+(?:be|take|join|deploy|arrive|move|go|stay|remain|begin|start|head|reach)\b|(?:is|are|was|were)\s+(?:expected|set|due|likely|projected|poised|slated|scheduled)\s+to|(?:expected|projected|poised|slated|scheduled)\s+to\s+(?!have\b)\p{L}+|(?:(?:is|are|was|were|stand)\s+)?(?:ready|prepared|willing)\s+to\s+(?!have\b)|to\s+be\s+(?:called\s+up|mobili[sz]ed|drafted|conscripted)\b|(?:(?:are|is|were|was)\s+)?(?:liable|subject)\s+to\s+(?:the\s+)?(?:partial\s+)?(?:mobili[sz]ation|call-?up|conscription|draft)\b)\b/iu;

/**
 * Where the clause that holds a figure begins, for a projection's cue: a cue before "and says" belongs to what was
 * denied or said before ("denies plans to attack and says 90,000 troops are leaving"), and one before a finite
 * verb in the perfect belongs to another clause ("is preparing to strike as it has gathered 80,000 troops"), and
 * ", including" before a verb in -ing opens one ("ramped up preparations, including stationing 8,000 more"), as does
 * "after" with a subject and a verb in the past ("may strike after it gathered 80,000 troops"); so does "after" a
 * verb in -ing when what is projected is "more" forces ("could send more troops after massing 60,000"): the figure
 * is the force already there.
 */
export const PROJECTION_CLAUSE_START =
  /^.*\b(?:and\s+(?:says?|said|adds?|added|insists?|insisted|claims?|claimed|notes?|noted)\b|(?<!\bto\s|\b(?:would|could|might|may|must|will|shall)\s)(?=(?:has|have|had)\s+(?:already\s+|now\s+|reportedly\s+)?\p{L}+(?:ed|en|wn)\b)|,\s*with\s+(?=(?:[\p{L}'’-]+\s+){1,4}?\p{L}{3,}ing\b)|,\s*including\s+(?=\p{L}{3,}ing\b)|\bafter\s+(?=(?:it|they|he|she|we|(?:the\s+)?\p{Lu}[\p{L}.'’-]*)\s+(?:had\s+)?\p{L}+ed\b)|\bmore\s+(?:forces|troops|soldiers|units)\b[^.;]*?\bafter\s+(?=\p{L}{3,}ing\b))/isu;

/** Words just before a number that make it troops added to a force ("sent an additional 10,000"). */
export const INCREMENT_WORDS =
  /\b(?:an\s+additional|another|a\s+further|an\s+extra|additional|extra|further)\s+$/i;

/** Verbs before a number that make it a change to a force ("withdrew 10,000", "reinforced with 5,000"); "add"
 *  only with the figure as its object ("added 7,000"), not before a clause (", adding the army now has"); so is
 *  "increase" with the figure as its object ("has increased 4,000 troops" without "by"; "increased its army to
 *  4,000" gives the new total). */
export const INCREMENT_VERBS =
  /\b(?:(?:withdr[ae]w(?:n|ing)?|withdraws?|pull(?:s|ed|ing)?\s+(?:back|out)|return(?:s|ed|ing)?|sen(?:t|d|ds|ding)\s+(?:home|in)|remov(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|reinforc(?:e|ed|es|ing)|bolster(?:s|ed|ing)?|beef(?:s|ed|ing)?\s+up)\b[^,.;]{0,40}|(?:add(?:s|ed|ing)?|increas(?:e|es|ed|ing))\s+(?:(?:some|another|a\s+further|an\s+(?:additional|extra)|a\s+total\s+of|the|to\s+(?:its|their|the)\s+[\p{L}-]+)\s+)?)$/iu;

/** A force that grew by the figure ("have increased by approximately 7,000", "boosted its presence on the river by
 *  “as many as 7,000”", "were strengthened by 900"): the figure is what was added; the verb's object may stand
 *  before "by". "by March to 9,000" is a day and the level reached, not an amount added. */
export const GREW_BY =
  /\b(?:increas(?:e|es|ed|ing)|r(?:ise|ises|ose|isen|ising)|gr(?:ow|ows|ew|own|owing)|swell(?:s|ed|ing)?|swollen|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|augment(?:s|ed|ing)?)\s+(?:(?:its|their|the|his|her|our)\s+(?:[\p{L}’'-]+\s+){1,7}?)?[“"‘']?by\s+[“"‘']?(?:(?!to\s)[\p{L}]+\s+){0,3}$/iu;

/** A growth to come over years ("to expand the army by 50,000 troops over the next four years"): an infinitive of
 *  growing whose span of years lies ahead is a plan, so the figure is projected; the span may close a phrase of what
 *  comes with the growth (", with ten new brigades over four years"). */
export const GROWTH_TO_COME = /\bto\s+(?:increase|boost|expand|grow|raise|strengthen)\b[^.;]*$/i;
export const YEARS_AHEAD_AFTER =
  /^(?:[^.;,]{0,20}?,\s*(?:along\s+)?with\s+)?[^.;,]{0,60}?\b(?:over|within|in)\s+(?:the\s+(?:next|coming)\s+)?(?:\p{L}+|\d+)\s+years\b/iu;

/** Words after the troops that make the figure a change ("10,000 troops were returning to base"), also people
 *  added to a force ("have volunteered", "have registered to fight", "were mobilised"; "could be called up" stays
 *  a projection). */
export const INCREMENT_AFTER =
  /^\s*(?:(?:who|that)\s+)?(?:(?:were|are|was|is|have|has|had|been|being|now|already|\p{Ll}+ly|(?:said|believed|thought|reported)\s+to\s+have)\s+){0,3}(?:withdrawn|withdrawing|pulled\s+(?:back|out)|pulling\s+(?:back|out)|returning|returned|sent\s+home|leaving|heading\s+home|arriving|added|sign(?:s|ed)?\s+up|volunteer(?:s|ed)?|enlist(?:s|ed)?|enrol(?:l|ls|led)?|(?:registered|applied)\s+(?:to|for)|mobili[sz]ed|conscripted|drafted|called\s+up|(?:new|fresh|recent)\s+(?:deployments|arrivals|additions|reinforcements))\b/iu;

/** Verbs that move troops somewhere, in any tense ("plans to send 2,000", "will move 3,000", "recently moved
 *  4,700", "approved the deployment of 1,400", "moving a force of 700", "is sending a radar unit along with 200 soldiers"), a place that "will receive" them, a country that
 *  "will provide" or "contribute" them, and a deployment someone announced or ordered: the figure is troops added
 *  where they go. "has deployed 100,000" is a standing force, not a move. */
export const MOVEMENT_BEFORE =
  /\b(?:send(?:s|ing)?|sent|arrival\s+of|carr(?:y|ies|ied|ying)(?!\s+out)|ferr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|redeploy(?:s|ed|ing)?|airlift(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|transfer(?:s|red|ring)?|relocat(?:e|es|ed|ing)|reposition(?:s|ed|ing)?|(?:will|would|to|is|are|was|were|be)\s+deploy(?:ing)?|(?:will|would|to|is\s+to|set\s+to)\s+receive|(?:will|would|to|is\s+to|set\s+to)\s+(?:provide|contribute)|deploying|(?:ordered|announced|approved|authori[sz]ed)\s+(?:the\s+)?deployment\s+(?:to\s+[\p{L}\s]+?\s+)?of)\s+(?:an?\s+(?:[\p{L}-]+\s+){0,2}(?:squadron|company|regiment|brigade|contingent|detachment|team|force)\s+of\s+|[^,.;]{0,50}?\s(?:along|together)\s+with\s+|(?:[\p{L}.-]+\s+){0,3})$/iu;

/** Verbs of mobilising, shared by the unit and kind rules ("calling up", "mobilised", "drafts"). */
export const MOBILISING_VERB =
  'call(?:s|ed|ing)?\\s+(?:up|in)|mobili[sz](?:e|es|ed|ing)|conscript(?:s|ed|ing)?|draft(?:s|ed|ing)?|muster(?:s|ed|ing)?';

/** People a verb or noun of mobilising takes as its object ("will call up 90,000", "a partial mobilisation of
 *  200,000 reservists") are added to the force, as troops sent are, whether the call-up is done or planned. */
export const MOBILISING_BEFORE = new RegExp(
  `\\b(?:${MOBILISING_VERB}|(?:mobili[sz]ation|call-?up|conscription)\\s+of)\\s+(?:(?:some|another|a\\s+further|an\\s+(?:additional|extra)|up\\s+to|the|about|around|roughly|nearly|almost|over|more\\s+than)\\s+)?$`,
  'i',
);

/** Words after the troops, also past one or two asides set off by commas ("100 soldiers, medics, who are setting up
 *  the camp, have arrived"), that move them ("have landed in Poland", "are on their way", "in transit", "will add to
 *  the force there", "are being flown in", "is being deployed", "had crossed the border into", "recently
 *  joined", "to complement the battlegroup", "is settling in" where it has just come), or add them to a
 *  force ("joined the territorial defence", "have joined to resist"), also after a
 *  long "from ..." or "of ..." that says where the troops come from ("from the staff of the 5th Corps have
 *  arrived"). */
export const MOVEMENT_AFTER =
  /^(?:(?:,[^,.;]{0,70}){1,2},|\s+(?:from|of)\s+[^,.;]{0,80}?(?=\s(?:have|has|had|were|was|are|is|will|would)\s))?[^.;,]{0,60}?\b(?:(?:will|would|to)\s+(?:reinforce|complement|augment|supplement|bolster)|(?:will|would|to)\s+(?:soon\s+)?(?:reposition|relocate|redeploy|move\s+to)|(?:will|would|['’]ll)\s+be\s+(?:moving|heading|relocating|redeploying|deploying|repositioning)|arriv(?:e|ed|es|ing)|came\s+in(?:to)?|(?:has|have)\s+come\s+in(?:to)?|landed|land\s+in|(?:are|is|were|was)\s+(?:heading|headed|on\s+(?:their|its)\s+way|en\s+route|moving|settling\s+in)|heading\s+(?:to|for|towards)|headed\s+(?:to|for)|in\s+transit|on\s+(?:their|the)\s+way|(?:will|would)\s+(?:be\s+)?deploy(?:ed)?|deploying\s+(?:from|to)|(?:will|would)\s+add\s+to|travell?ed|(?:will|would|to|is|are|was|were)\s+be\s+(?:sent|transferred|relocated|redeployed|repositioned|dispatched|airlifted|flown|shifted|moved)|(?:will|would)\s+head\s+(?:to|for|towards)|(?:were|was|(?:has|have|had)\s+been)\s+(?:sent|transferred|relocated|redeployed|dispatched|airlifted|flown|shifted|moved)\s+(?:to|into|from)|(?:are|is|were|was)\s+being\s+(?:sent|deployed|transferred|relocated|redeployed|dispatched|airlifted|flown|shifted|moved)|(?:have\s+|has\s+|had\s+)?crossed\s+(?:(?:the|a)\s+(?:[a-z-]+\s+)?(?:border|frontier)\s+)?into|(?:recently|newly|just)\s+joined|will\s+go\s+to|(?:seen|spotted|observed|filmed)\s+(?:moving|heading|travell?ing)|left(?=\s+(?:the|their|its)\s)|(?:preparing|getting\s+ready|gearing\s+up)\s+to\s+(?:travel|deploy|move|head|fly|leave|depart|go|relocate)|(?:(?:have|has|had)\s+(?:[a-z]+ly\s+)?)?joined\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}?(?:war|conflict|fight(?:ing)?|battle|invasion|offensive|front|forces|army|ranks|legion|militias?|resistance|defen[cs]e)|(?:have|has|had)\s+joined\s+to\s+(?:fight|resist|defend)|(?:left|departed)\s+(?:[^,.;]{0,30}?\s)?for)\b/i;

/** A past participle of sending right after the troops, a headline's short form of "have been sent" ("1,000
 *  mercenaries from the army sent to the east"); "troops that Russia has sent into ..." is a standing force. */
export const SENT_AFTER =
  /^(?:\s+(?:from|of)\s+[^,.;]{0,60}?)?\s+(?:sent|dispatched|airlifted|flown)\s+(?:to|into)\s/i;

/** A force described as what an aim needs ("the 90,000 soldiers required for a siege", "thousands more would be
 *  necessary"): a requirement, so the figure is projected, not counted on the ground. */
export const NEEDED_AFTER =
  /^\s*(?:more\s+)?(?:(?:that|which)\s+(?:are|is|were|was|would\s+be|will\s+be)\s+|(?:would|will|could|might|may)\s+be\s+)?(?:needed|required|necessary)\b/i;

/** Readiness to deploy is a projected force ("put on heightened alert" or "higher alert", "placed on readiness", "on a high alert
 *  status", "on increased preparedness to deploy", "given the heightened alert", troops "also available" right
 *  after their noun), the words quoted or not; the
 *  full stops of an abbreviation ("that U.S. officials put on alert") do not end the words between. */
export const READINESS_AFTER =
  /^(?:[^.;]|(?<=\b\p{Lu})\.){0,40}?\b(?:(?:on|at|given|under)\s+(?:an?\s+|the\s+)?[“"‘']?(?:(?:heightened|high|higher|increased)\s+)?(?:alert|standby|readiness|preparedness|notice\s+to\s+move)|(?:prepare|ready)-to-deploy)\b|^\s*(?:(?:are|is|were|was|will\s+be|would\s+be|remain|also|now|still|too)\s+){0,3}available\b(?!\s+to\s+(?:the|an?|him|her|them|its|their|his)\b)/iu;

/** A force already in place at readiness ("stationed at readiness", "deployed on high alert"): its posture where it
 *  stands, not a force that may yet be sent. */
export const STATIONED_AT_READINESS =
  /^[^.;]{0,20}?\b(?:stationed|positioned|deployed|massed|based)\s+(?:at|on|in)\s+(?:an?\s+)?(?:(?:heightened|high|increased|full)\s+)?(?:readiness|alert)\b/i;

/** The force that others join or reinforce ("to reinforce 900 troops already there", "add to 100 engineers"):
 *  a standing count, not the change; "reinforced with" and "joined by" name the change instead. */
export const RECEIVER_BEFORE =
  /\b(?:reinforc(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|join(?:s|ed|ing)?|add(?:s|ed|ing)?\s+to|supplement(?:s|ed|ing)?|complement(?:s|ed|ing)?|augment(?:s|ed|ing)?)\s+(?:(?:the|an?|its|their)\s+)?(?:(?!by\b|with\b)[\p{L}-]+\s+){0,2}$/iu;

/** A time in the past right after a figure ("compared with 83 two weeks ago", "about 100,000 on Jan. 30"), or
 *  after a verb of staying ("only 900 troops stayed about a week ago"). */
export const AGO_AFTER =
  /^\s*(?:(?:remained|stayed|stood|numbered|totall?ed)\s+(?:(?:about|some|roughly|around|only|just)\s+)?(?=(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|fortnight)\s+(?:ago|earlier|before)))?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|fortnight)\s+(?:ago|earlier|before)|(?:last|in\s+late|in\s+early|at\s+the\s+(?:start|end)\s+of)\s+(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December))/i;

/** A verb that changes or revises a named count ("raised the number of soldiers at the lake", "revised its estimate
 *  of Russian troops"): a figure after "from" is the count before the change. */
export const COUNT_CHANGED =
  '(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|grew|expand(?:s|ed|ing)?|revis(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|(?:up|down)grad(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|adjust(?:s|ed|ing)?)\\s+(?:the|its|their|his|her)\\s+(?:own\\s+)?(?:numbers?|size|strength|counts?|totals?|estimates?|tall(?:y|ies))\\s+(?:of|for)';

/** Words before a figure that make it an earlier value ("compared with", "up from", "a jump from", "its earlier
 *  estimate of"). */
export const EARLIER_BEFORE = new RegExp(
  `\\b(?:compared\\s+(?:with|to)|up\\s+from|down\\s+from|(?:increase|rise|jump|climb|surge|growth)\\s+from|(?:increased|rose|grew|climbed|jumped|surged|soared|risen|grown)\\s+(?:[\\p{L}-]+,?\\s+){0,6}?from|${COUNT_CHANGED}\\s+[^.;\\d]{0,80}?\\bfrom|(?:previous|earlier|prior|initial|original|former)\\s+(?:estimates?|figures?|counts?|assessments?|tall(?:y|ies))\\s+(?:of|at|put\\s+at))\\s+(?:the\\s+)?(?:about\\s+|around\\s+|some\\s+)?$`,
  'iu',
);

/** A change to a new figure, then "from" before the old one ("has swelled to 12,000 soldiers from 9,000"); tested
 *  on the sentence's opening, since the new figure stands between. */
export const CHANGED_TO_FROM =
  /\b(?:increased|rose|grew|climbed|jumped|risen|grown|swelled|swollen|fallen|fell|dropped|shrunk|shrank)\s+to\s+[^.;]{0,20}?\d(?:[^.;]|\.(?=\d)){0,40}?\bfrom\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** Modifiers after a number that mark troops added to a force. */
export const INCREMENT_MODIFIERS = new Set(['more', 'additional', 'extra', 'further', 'fresh']);

/** A year a deployment is tied to ("in 2014", "back in March 2021"), or a past season or month ("last spring",
 *  "last April"). */
export const PAST_TIME =
  /\b(?:(?:back\s+)?in|during)\s+(?:(?:early|late|mid)[-\s]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?((?:19|20)\d\d)\b|\b(?:last|this\s+past)\s+(?:year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** "the largest since April 2021, when Russia massed ...": a time after "since" is past, and so is what a
 *  "when" clause tied to it tells, whatever the year. */
export const SINCE_WHEN =
  /\bsince\s+(?:(?:early|late|mid)[-\s]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?:(?:19|20)\d\d|last\s+(?:year|spring|summer|autumn|fall|winter))\s*,?\s+when\b[^.;]*$/i;

/** Words between a number and the next that make the second part of the first ("including"). */
export const SUBSET_GAP =
  /\b(?:including|includ(?:es|ed)|of\s+which|of\s+whom|among\s+them|among\s+which|incl\.?|of\s+them|of\s+these)\b/i;

/** Words just before a second number that put it on top of the first ("and another 10,000"). */
export const ADDITIONAL_BEFORE = /\b(?:another|a\s+further|an\s+additional|an\s+extra|plus)\s+$/i;

/** Prepositions that place troops ("near the border", "in Belarus", "within 30 miles of Ukraine's borders"). */
export const LOCATIVE_BEFORE =
  /\b(?:near|along|on|at|in|into|inside|within|close\s+to|surrounding|around|from|across|by|bordering|towards?|outside|off|of|to|with|ally|neighbouring|neighboring)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** Verbs whose object is a target, not where troops are ("invade Ukraine", "menace Ukraine"). */
export const TARGET_BEFORE =
  /\b(?:invade|invading|invaded|invasion\s+of|attack|attacking|seize|seizing|capture|capturing|occupy|occupying|menac(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|encircl(?:e|es|ed|ing)|surround(?:s|ed|ing)?|besieg(?:e|es|ed|ing)|(?:reinforc|bolster|strengthen|boost|augment)(?:e|es|ed|ing|s)?\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2})\s*(?:the\s+)?$/iu;

/** Verbs that link a force to its size once "the number of ..." has named it ("has grown to", "exceeds"), and a
 *  colon that gives the size ("the largest estimate of Belarusian troops by the lake: over 15,000"). */
const LINK_ANY =
  '(?::|(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\\s+(?:from|between)|(?:is|are|was|were)\\s+(?:(?:even|much|far|now|still)\\s+)?(?:higher|larger|bigger|greater|lower|smaller),|is|was|are|were|be|stands?\\s+at|stood\\s+at|reach(?:ed|es)?|approach(?:es|ed|ing)?|near(?:s|ed|ing)|exceed(?:s|ed)?|surpass(?:es|ed)?|top(?:s|ped)?|with|(?:risen|grown|increased|climbed|jumped|swelled|surged|soared|rose|grew|doubled|tripled|fallen|fell|dropped|decreased|declined)(?:\\s+[\\p{L}-]+){0,6}?,?\\s+(?:to|from|by)|at|to)';

/** Verbs that give a named force's size with no "number of" before it ("troops numbering", "the grouping
 *  consisted of", "forces, estimated by NATO at", "the brigade, which has"). */
const LINK_SIZE =
  '(?:(?:which|that)\\s+(?:now\\s+)?(?:has|had|have)|approaching|nearing|numbering|numbers?|numbered|total(?:l?ing|l?ed|s)?|consist(?:s|ed|ing)?\\s+of|comprised?\\s+of|comprising|comprises|made\\s+up\\s+of|exceed(?:s|ed|ing)?|estimated\\s+(?:[^.;!?\\d]{0,40}?\\s)?(?:at|to\\s+(?:number|top|exceed|surpass|reach))|put\\s+at|amount(?:s|ed|ing)?\\s+to|stand(?:s|ing)?\\s+at|stood\\s+at|(?:increased|grew|swelled|rose|strengthened|reinforced|bolstered|boosted|augmented)\\s+by|(?:ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?|grew|swell(?:s|ed|ing)?|climb(?:s|ed|ing)?)\\s+to)';

/** "Dutch troops came in 1995, but their numbers have shrunk to 400": "their numbers" takes up the
 *  troops the sentence named before, and a verb of change or a linking verb gives their size. */
const THEIR_NUMBERS = `\\b(?:${BTG_NOUN}|${TROOP_NOUN})\\b[^.;!?]{0,120}?\\btheir\\s+(?:numbers?|strength)\\s+(?:(?:has|have|had|since|now|already|steadily|gradually|further|sharply)\\s+){0,3}(?:(?:dwindled|shrunk|shrank|fallen|fell|dropped|declined|decreased|risen|rose|grown|grew|increased|climbed|swelled|swollen)\\s+to|reached|stands?\\s+at|stood\\s+at|(?:is|are|was|were)(?:\\s+now)?)`;

/** "the alliance estimates the enemy force by the lake at 26,000", "puts its contingent at": a verb of
 *  estimating whose object is a force sizes it after "at". */
const ESTIMATES_FORCE_AT = `\\b(?:estimates?|estimated|puts?|places?|placed)\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${BTG_NOUN}|${TROOP_NOUN}|${FORMATION_NOUN})\\b[^.;!?\\d]{0,60}?\\bat`;

/** What may stand between a force's noun and the verb that sizes it: no other figure, but a distance may
 *  ("troops within 300 km of the frontier are estimated at ..."), and so may an abbreviation's dots ("U.S."). */
const GAP = '(?:[^.;!?\\d]|(?<=\\b\\p{Lu})\\.|\\d[\\d,.]*\\s*(?:km|kilomet(?:re|er)s?|miles?)\\b)';

/** A force's noun and a linking verb right before a hedge that sizes it ("Belarusian manpower near the lake is
 *  estimated at 21,000"): the hedge is part of the figure, so the verb ends the words before it; so does "a force"
 *  itself ("invaded with a force estimated at 90,000"), as in "a force of". */
export const UNIT_BEFORE_HEDGED = new RegExp(
  `\\b(?:${BTG_NOUN}|${TROOP_NOUN}|${FORMATION_NOUN})\\b${GAP}{0,60}?\\b(?:is|are|was|were|now\\s+stands)\\s+$|\\b(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:force|army|contingent|grouping)\\s+$`,
  'iu',
);

/** A troop noun named before its number ("the number of Russian troops stands at 127,000", "forces
 *  numbering 60,000", "a force of 30,000", "a total reserve force of 9,000", "the estimate of its forces is 40,000", "how many troops ... to 130,000", "a strength of 40,000 people",
 *  "the number of its soldiers is a mere 9,000"); tested on a bounded window that ends at the number. */
export const UNIT_BEFORE = new RegExp(
  `(?:(?:\\b(?:numbers?|totals?|counts?|tall(?:y|ies)|strength|size|estimates?)\\s+of|\\bhow\\s+many)\\s+(?:[^.;!?\\d]|(?<=\\b\\p{Lu})\\.){0,100}?\\b(?:${BTG_NOUN}|${TROOP_NOUN}|${FORMATION_NOUN})\\b${GAP}{0,80}?\\b${LINK_ANY}(?:\\s+between)?|\\b${COUNT_CHANGED}\\s+[^.;!?\\d]{0,100}?\\b(?:${BTG_NOUN}|${TROOP_NOUN})\\b${GAP}{0,80}?\\bfrom|\\b(?:${BTG_NOUN}|${TROOP_NOUN}|${FORMATION_NOUN})\\b${GAP}{0,60}?\\b${LINK_SIZE}|\\btroop\\s+(?:numbers?|levels?|strength|presence|deployments?|build-?up|concentrations?)\\s+(?:[\\p{L}'’]+\\s+){0,5}?(?:of|at|to|is|was|reached|near|around|by)|\\b(?:${TROOP_NOUN})\\b${GAP}{0,80}?\\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|bring(?:s|ing)?\\s+(?:it|them|the\\s+\\p{L}+)\\s+to)\\s+a\\s+total\\s+of|\\b(?:a|an|the|its)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:force|army|contingent|deployment|build-?up|grouping|squadron|detachment)\\s+of|\\b(?:strength|manpower|headcount)\\s+of|${ESTIMATES_FORCE_AT}|${THEIR_NUMBERS})(?:\\s+an?\\s+(?:mere|modest|paltry|meagre|meager|whopping|staggering|massive|sizeable|sizable|respectable|hefty))?\\s+$`,
  'iu',
);
