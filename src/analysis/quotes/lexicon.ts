/** The words the extractor recognises: cue verbs, titles, pronouns and hints of gender. One place, so they are easy to extend. */

/** Verbs (and "according to") that mark whose words a quotation is. */
export const cueVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes',
  'described', 'describes', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists',
  'explained', 'explains', 'noted', 'notes', 'declared', 'declares', 'according', 'replied',
  'replies', 'recalled', 'recalls', 'stated', 'states', 'continued', 'continues', 'admitted',
  'admits', 'acknowledged', 'acknowledges', 'announced', 'announces', 'claimed', 'claims',
  'conceded', 'concedes', 'cautioned', 'cautions', 'predicted', 'predicts', 'urged', 'urges',
  'suggested', 'suggests', 'responded', 'responds', 'remarked', 'remarks', 'observed',
  'observes', 'stressed', 'stresses', 'emphasised', 'emphasized', 'testified', 'posted',
  'joked', 'jokes', 'shouted', 'complained', 'complains', 'confirmed', 'confirms', 'countered',
  'counters', 'answered', 'answers', 'called', 'calls', 'promised', 'promises', 'vowed', 'vows', 'recounted',
]);

/** Words that may stand between a speaker and the cue verb ("Hart later said"). */
export const cueAdverbs: ReadonlySet<string> = new Set(['later', 'also', 'then', 'again', 'once', 'previously', 'earlier', 'has', 'had', 'have', 'would', 'will', 'quickly', 'simply', 'flatly', 'bluntly', 'quietly', 'firmly', 'repeatedly']);

/** Words before a name that give a role or a form of address, not part of the name. Lower case, without a final period. */
export const titles: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'chief', 'judge', 'justice', 'professor', 'prof', 'dr', 'mr', 'mrs',
  'ms', 'miss', 'mx', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'officer', 'detective', 'inspector', 'commissioner', 'director', 'chairman',
  'chairwoman', 'chair', 'ambassador', 'councillor', 'councilor', 'councilwoman', 'councilman',
  'bishop', 'father', 'sister', 'rabbi', 'imam', 'coach', 'superintendent', 'deputy', 'chancellor',
  'speaker', 'treasurer', 'sheriff', 'principal', 'dean', 'commander', 'admiral', 'pastor',
  'reverend', 'rev', 'dame', 'sir', 'lord', 'lady', 'king', 'queen', 'prince', 'princess',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'alderman', 'constable',
  'economist', 'spokesperson', 'spokeswoman', 'spokesman', 'executive', 'founder', 'manager',
]);

/** Forms of address that carry no role of their own. */
export const honorifics: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend']);

/** Capitalised words that complete a title ("Secretary of State", "Finance Minister") and never start a name here. */
export const titleComplements: ReadonlySet<string> = new Set([
  'state', 'foreign', 'finance', 'health', 'defence', 'defense', 'interior', 'justice', 'education',
  'transport', 'transportation', 'energy', 'housing', 'labour', 'labor', 'trade', 'agriculture',
  'environment', 'culture', 'home', 'treasury', 'police', 'fire', 'city', 'county', 'district',
  'army', 'navy', 'federal', 'national', 'regional', 'executive', 'press', 'supreme', 'high',
  'attorney', 'council', 'school', 'water', 'economy', 'science', 'sport', 'sports', 'tourism',
  'fisheries', 'planning', 'works', 'public', 'general', 'senior', 'junior', 'acting', 'former',
  'head', 'team', 'club', 'union', 'party', 'opposition', 'parliament', 'assembly',
]);

/** Capitalised words that make a run of capitals an organisation or a place rather than a person. */
export const organisationWords: ReadonlySet<string> = new Set([
  'department', 'ministry', 'council', 'university', 'college', 'company', 'bank', 'agency',
  'party', 'court', 'committee', 'office', 'police', 'hospital', 'school', 'group', 'foundation',
  'institute', 'association', 'union', 'corporation', 'corp', 'inc', 'ltd', 'airlines', 'museum',
  'club', 'board', 'authority', 'commission', 'service', 'services', 'center', 'centre', 'times',
  'news', 'post', 'street', 'avenue', 'road', 'river', 'lake', 'park', 'city', 'county', 'republic',
  'kingdom', 'island', 'islands', 'airport', 'station', 'square', 'bridge', 'hall', 'church',
  'house', 'senate', 'parliament', 'assembly', 'government', 'administration', 'network',
  'stadium', 'library', 'theatre', 'theater', 'festival', 'league', 'cup', 'market', 'mall',
  'valley', 'mountain', 'mountains', 'bay', 'harbor', 'harbour', 'port', 'district', 'province',
  'region', 'coast', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'fund', 'trust', 'society', 'council', 'reserve', 'project', 'programme', 'program', 'act',
  'bill', 'law', 'plan', 'report', 'index', 'games', 'prize', 'award', 'awards', 'day', 'week',
  'rovers', 'united', 'athletic', 'wanderers', 'rangers', 'foods', 'energy', 'marine', 'motors',
  'holdings', 'partners', 'press', 'books', 'records', 'studios', 'media', 'systems', 'technologies',
  'agency', 'observatory', 'infirmary', 'polytechnic', 'orchestra', 'ballet', 'cooperative',
]);

/** Capitalised words that start sentences or name days and months, never part of a person's name. */
export const capitalisedStopWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'to', 'of',
  'by', 'with', 'from', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'because',
  'though', 'although', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'then', 'now', 'still',
  'asked', 'according', 'speaking', 'meanwhile', 'however', 'instead', 'last', 'next', 'some',
  'many', 'most', 'both', 'each', 'every', 'all', 'one', 'two', 'three', 'four', 'five', 'no',
  'not', 'yes', 'what', 'who', 'why', 'how', 'where', 'which', 'whether', 'also', 'only', 'even',
  'just', 'earlier', 'later', 'today', 'tonight', 'yesterday', 'tomorrow', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'despite', 'during', 'under', 'over', 'about', 'without', 'within', 'across', 'among', 'between',
  'through', 'once', 'other', 'another', 'such', 'more', 'few', 'several', 'any', 'none',
  'nobody', 'everyone', 'someone', 'officials', 'residents', 'critics', 'analysts', 'police',
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'can', 'did', 'do', 'does',
  'has', 'have', 'had', 'let', 'thanks', 'please', 'we’re', 'it’s', 'i’m', 'don’t',
]);

/** Lower-case words joining the parts of a name ("Ana de la Cruz", "Pieter van Dijk"). */
export const nameParticles: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter']);

export type Gender = 'female' | 'male';

export const pronounGender: ReadonlyMap<string, Gender | 'any'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'any'],
]);

/** Role nouns and forms of address that tell a person's gender. */
export const genderedWords: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female'],
  ['lord', 'male'], ['lady', 'female'], ['king', 'male'], ['queen', 'female'], ['prince', 'male'], ['princess', 'female'],
  ['spokeswoman', 'female'], ['spokesman', 'male'], ['chairwoman', 'female'], ['chairman', 'male'],
  ['councilwoman', 'female'], ['councilman', 'male'], ['congresswoman', 'female'], ['congressman', 'male'],
  ['assemblywoman', 'female'], ['assemblyman', 'male'], ['businesswoman', 'female'], ['businessman', 'male'],
  ['father', 'male'], ['sister', 'female'], ['mother', 'female'], ['brother', 'male'], ['grandmother', 'female'],
  ['grandfather', 'male'], ['widow', 'female'], ['widower', 'male'], ['actress', 'female'], ['policewoman', 'female'],
  ['policeman', 'male'], ['fisherman', 'male'], ['fisherwoman', 'female'], ['wife', 'female'], ['husband', 'male'],
  ['daughter', 'female'], ['son', 'male'], ['woman', 'female'], ['man', 'male'], ['girl', 'female'], ['boy', 'male'],
]);

/** Common given names whose bearer is, in the great majority, of one gender. A hint only; titles and roles win. */
export const givenNameGender: ReadonlyMap<string, Gender> = new Map([
  ...'ada mary anna ana maria marie elena helen helena sarah sara laura lena lina julia emma olivia sophia sofia grace alice claire clara rosa rose ruth martha margaret nora naomi priya aisha fatima amara leila layla hannah rachel rebecca susan karen linda patricia jennifer jessica emily amy kate katherine catherine kathryn ellen eleanor irene ingrid greta astrid yara mei ling hana yuki chloe zoe ines lucia carmen isabel beatriz marta agnes vera nadia tanya olga amina zainab ngozi chiara giulia francesca elisa paula monica denise diane joan jane janet judith megan erin fiona moira siobhan deborah esther miriam tamar dana gloria lucy harriet iris mina noor rania salma simone yvonne wendy heather joy hope faith beth tessa ava mia nina'.split(' ').map((n): [string, Gender] => [n, 'female']),
  ...'john james robert michael william david richard joseph thomas charles daniel matthew mark paul peter andrew steven stephen kevin brian george edward henry jack harry oliver samuel sam benjamin ben luke adam ryan jason eric frank carlos juan luis jose miguel pedro antonio marco luca giovanni hans karl klaus lars erik sven pieter jan tomas tom omar ahmed hassan ali mohammed tariq raj arjun vikram kenji hiroshi wei chen kwame kofi emeka felix victor hugo louis pierre jean-paul antony anthony tony simon nathan aaron dmitri ivan sergei nikolai alexei patrick sean liam conor owen gareth ian neil colin graham martin walter arthur harold ralph roger gordon dennis bruce keith alan allan howard leon oscar rafael diego mateo tobias felipe abdul yusuf musa ibrahim kamal theo elias noah isaac caleb'.split(' ').map((n): [string, Gender] => [n, 'male']),
]);

/** Prepositions that end the head of a role phrase ("a spokeswoman for the ministry" → spokeswoman). */
export const rolePrepositions: ReadonlySet<string> = new Set(['for', 'of', 'at', 'in', 'with', 'from', 'to', 'on', 'who', 'which', 'whose', 'and']);

/** Speakers that name nobody in particular: a quote they give keeps a null speaker. */
export const unnamedSpeakers: ReadonlySet<string> = new Set(['i', 'we', 'you', 'it', 'one', 'someone', 'somebody', 'officials', 'residents', 'witnesses', 'critics', 'people', 'many', 'others', 'some']);
