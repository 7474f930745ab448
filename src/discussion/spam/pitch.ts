/*
 * A route and a pitch: the shape every commercial spam has, whatever it sells.
 *
 * Spam exists to send a reader somewhere: a link in the text, the website field, a phone
 * number, a messenger, an email address, or "ask me how" / "comment YES and I will message
 * you". That is the route. And it has to make the reader want to go: a price or an amount of
 * money, a deadline, an offer, a question put to "you", a before-and-after claim, a stranger's
 * credentials, a job that pays weekly from home. That is the pitch. Genuine readers have
 * either often enough (a link to the minutes; the price of parking), both together rarely, and
 * several kinds of pitch together with a route hardly ever.
 *
 * The cues are kinds of talk, not phrases of any one scam, so a pitch in new words still
 * shows. Pure; the score (score.ts) turns what is found here into points.
 */

export type RouteKind = 'link' | 'website' | 'phone' | 'messenger' | 'email' | 'reply-request';

export interface Route {
  kind: RouteKind;
  /** A strong route leads straight to the sender; a weak one (a website field, a messenger named) often leads nowhere commercial. */
  strong: boolean;
  detail: string;
}

export type PitchKind = 'money' | 'rate-claim' | 'urgency' | 'speed' | 'offer' | 'prize' | 'hook' | 'gain-claim' | 'credentials' | 'recruiting' | 'aside';

export interface PitchCue {
  kind: PitchKind;
  /** The words that matched, lowercased and short, for moderators. */
  text: string;
}

export interface RouteAndPitch {
  routes: Route[];
  cues: PitchCue[];
}

export interface PitchInput {
  /** The comment's words, with its web addresses taken out. */
  text: string;
  /** Hosts of the links in the text that are not public or reference sources. */
  commercialLinkHosts: string[];
  websiteHost: string | null;
  hasPhoneNumber: boolean;
  hasEmailInText: boolean;
}

const currency = String.raw`(?:[$€£₹¥₦₱]|\b(?:usd|eur|gbp|inr|pln|zł|rs\.?|ngn)\s?)`;

const pitchSources: { kind: PitchKind; pattern: RegExp }[] = [
  {
    kind: 'money',
    pattern: new RegExp(String.raw`${currency}\s?\d[\d,.]{0,20}\s?(?:k\b|m\b|bn\b)?|\b\d[\d,.]{0,20}\s?(?:[$€£₹]|zł|usd|eur|dollars|euros|pounds|quid|naira|rupees)(?![\p{L}])`, 'iu'),
  },
  {
    kind: 'rate-claim',
    pattern: /\b\d{1,3}(?:[.,]\d{1,12})?\s?%\s?(?:strike|success|win(?:ning)?|accuracy|hit|approval|guaranteed|returns?|profits?|roi|off\b|discount|cashback|interest)|\b(?:up to|over|guaranteed)\s\d{2,3}\s?%|\b\d{1,12}x\s(?:returns?|profits?|your)|\b\d{2,4}\s?% more (?:engagement|sales|traffic|leads|customers|clicks|bookings|profit)/i,
  },
  {
    kind: 'speed',
    pattern: /\b(?:in (?:just |only |under |about )?(?:\d{1,12}|a|one|two|three|five|ten|twenty|thirty|sixty) (?:seconds?|minutes?|mins?|hours?|days?|weeks?)(?! ago)|within the hour|took (?:just |only )?\d{1,12} (?:mins?|minutes|seconds)|same[- ]day (?:approval|payout|cash|loans?|service)|overnight (?:results|success)|instant(?:ly)? (?:approval|approved|payouts?|results|access|withdrawals?))\b/i,
  },
  {
    kind: 'urgency',
    pattern:
      /\b(?:within \d{1,12} (?:hours?|minutes?|mins?)|(?:book|order|buy|apply|register|claim|reschedule|confirm|respond|act|sign up|join)(?: \w{1,40}){0,2} (?:before|by) (?:midnight|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:end|deadline))|today only|tonight only|ends (?:today|tonight|soon|at midnight)|last[- ]minute|limited (?:stock|spaces|places|spots|time|availability|offer)|only \d{1,12} (?:left|places|spots|spaces|slots|units)|while (?:stocks?|supplies) last|hurry|act (?:now|fast)|don'?t miss (?:out|this)|(?:first|1st) (?:week|month|lesson|session) (?:is )?free|before (?:it'?s|it gets|it is|they get|they're) (?:gone|too late|banned|taken down|deleted|removed)|expires? (?:today|tonight|soon|in \d{1,12}))\b/i,
  },
  {
    kind: 'offer',
    pattern:
      /\b(?:free (?:\w{1,40} )?(?:trial|week|month|consultation|quotes?|shipping|delivery|sample|bottle|spins?|bets?|gift|entry to win|assessments?|inspections?|survey|valuation|estimate|check|group|demo|testpaket)|book a (?:free )?(?:demo|call|consultation)|(?:cheapest|best value) (?:around|in town|going|anywhere)|half (?:of )?what (?:the )?others (?:charge|quote)d?|(?:a )?fraction of the (?:price|cost)|(?:very|really) reasonable|reasonably priced|unbeatable (?:prices?|rates?)|at (?:face value|cost price)|payment after win|serious (?:punters|investors|buyers|enquiries) only|trade-in deal|(?:sure|fixed) (?:odds|matches?)|members?[- ]only (?:rates?|prices?|deals?)|(?:discount|promo|coupon|voucher|referral) code|(?:use|with) (?:the )?code [A-Z][A-Z0-9]{3,20}|half (?:the )?price|no deposit|finance available|(?:interest|deposit)[- ]free|pay (?:only )?(?:on|after) results|no win,? no fee|from (?:just |only )?[$€£]\s?\d{1,12}|for (?:just |only )?[$€£]\s?\d{1,12}|under [$€£]\s?\d{1,12}|(?:per|a) night|best (?:\w{1,40} )?(?:rates?|prices?|deals?|odds)|special (?:offer|price|rate)|(?:vip|exclusive|insider|premium) (?:\w{1,40} )?(?:tips|access|offers?|deals?|club|group|channel|signals|picks)|even with (?:bad|poor|no) credit|no (?:doctor|prescription|credit check|deposit|questions?) (?:needed|required|asked)|affordable (?:\w{1,40} )?(?:plans|prices|packages|rates)|(?:spring|summer|autumn|winter|christmas|launch|opening|new customer) (?:offer|deal|discount|sale)|\d{1,12}% off|cash ?back|(?:buy|get) one,? get one|money[- ]back guarantee)\b/i,
  },
  {
    kind: 'prize',
    pattern: /\b(?:spin the wheel|(?:chance|chances) to win|to win an? (?:free |brand[- ]new )?(?:\p{Lu}|iphone|ipad|car|holiday|voucher|gift|laptop|tv)|you(?:'ve| have)? (?:just )?won|claim (?:your|the) (?:prize|reward|gift|voucher|bonus)|\d[\d,.]{0,20}(?:st|nd|rd|th) (?:visitor|customer|reader)|giveaway|giving away (?:their|my|our|a|an)|free to (?:anyone|the first)|prize draw|lucky (?:winner|visitor|draw))/iu,
  },
  {
    kind: 'hook',
    pattern:
      /\b(?:your (?:parcel|package|delivery|account|business|score|credit (?:score|file)|pension(?: pot)?|mortgage|skin|website|order|prize|reward|refund|rebate|postcode|device|computer|wallet|loved one|ex)\b|you (?:are|have been) (?:our|selected|chosen|eligible|approved)|you(?:'ve| have) won|(?:is|are) your\b|are you (?:struggling|tired|looking|in debt|behind|still|ready)|do you (?:need|want|have bad)|(?:want|need) (?:to earn|extra (?:cash|income)|more (?:customers|traffic|clients|followers))|rejected (?:for|by)|(?:check|see|find out) if you(?:r \w{1,40})? (?:qualify|qualifies|are eligible)|(?:reveals?|revealed|exposes?) (?:how|why|the|his|her|this)|(?:doctors|dermatologists|dentists|experts|banks|scientists|lawyers|bookies|the government) (?:are |were )?(?:stunned|shocked|baffled|furious|hate|don'?t want|want this)|(?:this|one) (?:simple|weird|little|odd) (?:trick|hack|habit|method)|the secret (?:to|that|of)|what happened next|you won'?t believe|before and after (?:pics|photos|pictures)|(?:tried|trying|want) to (?:delete|hide|ban|bury) (?:this|it)|(?:is|are) hiding|they don'?t want you to know|(?:are|is|may be|could be) owed (?:up to|over|£|\$|€)|donations? (?:by|via|to|through) (?:paypal|bank|cash ?app)|every penny goes|(?:near you|in your area)|do you (?:sell|accept|offer) (?:\w{1,40} )?(?:links|posts|guest)|we help (?:local |small )?(?:businesses|companies|brands)|(?:is|are) (?:about|going|set) to (?:explode|moon|skyrocket|10x|100x)|with (?:the )?help (?:of|from) (?:a|an|this) (?:hacker|expert|specialist|genius))\b/i,
  },
  {
    kind: 'gain-claim',
    pattern:
      /\b(?:(?:i|she|he|we|my \w{1,40}) (?:put in|invested|started with|deposited|spent) (?:just |only )?(?:[$€£]\s?)?\d[\d,.]{0,20}.{0,60}?(?:withdrew|made|earned|got back|cashed out|now (?:earn|make|have))|(?:double|triple|multiply)d? (?:their|your|my|his|her) (?:money|savings|pension|income|investment|pot)|(?:jumped|rose|went up|increased) (?:by )?\d{1,12} points|(?:think|thinks|thought) i(?:'m| am) \d{1,12}|(?:lost|dropped|shed) \d{1,12} ?(?:kg|kilos|lbs|pounds|stone)|(?:making|earning|made|earned|makes|earns) (?:thousands|millions|a fortune|six figures|[$€£]?\s?\d[\d,.]{0,20}k?)(?: (?:a|per|every) (?:day|week|month))?|removed \d{1,12} (?:defaults|negative|bad)|(?:grew|grown|went up|rose|returned|gained) (?:by )?\d{1,12} ?% in (?:a|one|\d{1,12}) (?:day|week|month)|quit (?:my|her|his|their) (?:9-5|9 to 5|nine to five|day job|job)|saved (?:me )?(?:[$€£]\s?\d[\d,.]{0,20}|weeks|days|hours|a fortune|hundreds|thousands)|(?:got|received|made|get) (?:an? )?(?:extra )?[$€£]\s?\d[\d,.]{0,20} (?:more|extra|back)|cost me (?:[$€£]\s?0\b|nothing|next to nothing)|(?:get|got|getting) (?:my|your|their|her|his) money back|no longer (?:need|take|use) (?:insulin|medication|my meds|pills|glasses)|herbal (?:medicine|remedy|cure|treatment)|cured (?:my|me|him|her) (?:of )?|helped (?:me|us|my \w{1,40}) (?:to )?(?:earn|make|recover|get back|win)|(?:recover|recovered|got back|retrieve[d]?) (?:my|our|his|her|your|their) (?:lost|stolen|scammed)|[$€£]?\s?\d[\d,.]{0,20}\s?(?:[$€£]|zł|usd|eur)?\s?(?:a|per|every) day from home|[$€£]?\s?\d[\d,.]{0,20}\s?(?:[$€£]|zł|usd|eur|dollars|euros)\s(?:am tag|pro tag|dziennie|al día|al dia|par jour|por dia|por día|al giorno|в день|per dag|na den))/iu,
  },
  {
    kind: 'credentials',
    pattern:
      /\b(?:i am|i'm|my name is|this is) (?:(?:dr|mr|mrs|ms|miss|prof|agent)\.? )?\p{Lu}[\p{L}'-]{1,40}(?: \p{Lu}[\p{L}'-]{1,40})?,? (?:a |an |the )?(?:certified|licensed|registered|professional|senior|qualified|expert|experienced|accredited)|\b(?:certified|licensed|accredited) (?:portfolio|investment|financial|trading|forex|crypto|recovery|fund) (?:manager|adviser|advisor|expert|broker|specialist)/iu,
  },
  {
    kind: 'recruiting',
    pattern:
      /\b(?:(?:looking for|need|hiring|recruiting) \d{1,12} (?:people|persons|candidates|members|workers|reviewers|testers)|(?:weekly|daily) pay(?:outs?|ments?)?|paid (?:daily|weekly|every (?:day|week|friday))|flexible hours|(?:laptop|training|equipment) provided|no experience (?:needed|required|necessary)|(?:work|earn|job|income) (?:from|at) (?:home|your phone)|from the comfort of your (?:home|sofa)|review(?:ing)? products (?:online|from home)|(?:sick|tired) of (?:the|your|my) (?:9-5|9 to 5|day job|commute)|not a pyramid scheme|(?:run|started|running) my own (?:\w{1,40} )?business from home|be your own boss|online tasks|(?:test|keep) (?:the )?products|(?:spare|free) time,? \d{1,12} hours)\b/i,
  },
  { kind: 'aside', pattern: /\b(?:(?:slightly|a bit|bit|totally|completely|sorry,?|sorry for being) off[- ]topic|by the way|unrelated,? but|on another note|random,? but|sorry to hijack|while (?:we'?re|i'?m) here)\b/i },
];

/** Global copies, compiled once: every further phrase of a kind is a cue of its own. */
const pitchPatterns = pitchSources.map(({ kind, pattern }) => ({ kind, pattern: new RegExp(pattern.source, `${pattern.flags}g`) }));

const messenger = /\b(?:whats ?app|paypal|cash ?app|revolut|venmo|western union|moneygram|telegram|signal|viber|wechat|we chat|line id|kik|snapchat|discord|instagram|insta|tiktok|facebook messenger)\b/i;
const handle = /(?<![\w.])@[a-z][\w.]{2,40}(?![\w.]{0,60}\.[a-z]{2,24})/i;
const replyRequest =
  /\b(?:ask me (?:how|for (?:details|the (?:link|name|number)))|(?:dm|pm|inbox|message|text|whatsapp|email|contact|reach|call|ring) (?:me|us|her|him|them)(?: (?:on|at|via|for|now|today|directly|privately|asap))?\b|comment ["“']?\w{1,40}["”']? (?:below|and i|if you)|reply ["“']?(?:yes|interested|info)["”']?|(?:reply|respond) (?:to this (?:comment|message)|with your (?:email|number|details))|i(?:'ll| will) (?:message|dm|send|contact|email|call|text) you|ask for (?:the )?(?:\w{1,40} )?(?:offer|deal|discount|code)|search (?:for )?["“][^"”]{3,40}["”]|(?:google|look up|find) ["“][^"”]{3,40}["”]|join (?:the|our|my) (?:\w{1,40} ){0,2}(?:channel|group|community|chat|server) on|contact \p{Lu}\p{L}{1,40} (?:on|via|at)|(?:reply|respond|get back to me) with your (?:rates|prices?|price list|offer)|details (?:here|below|in my (?:bio|profile))|(?:link|more) in (?:my )?(?:bio|profile)|(?:on|see|check|visit) my (?:page|profile|channel)|my (?:whatsapp|telegram|signal|snap(?:chat)?|insta(?:gram)?|number|cell|mobile) is|(?:just |simply )?(?:google|search for|search|look up) (?:for )?["“']?\p{Lu}[\p{L}\d&]{0,40}(?: [\p{Lu}\d][\p{L}\d&]{0,40}){0,3}(?: (?:on|online|or))?|(?:ring|call|phone|text) (?:them|him|her|us) on|(?:donations?|payments?|send (?:it|money)) (?:by|via|to) \w{1,40})/iu;

export function findRouteAndPitch(input: PitchInput): RouteAndPitch {
  const routes: Route[] = [];
  if (input.commercialLinkHosts.length > 0) routes.push({ kind: 'link', strong: true, detail: `a link to ${input.commercialLinkHosts[0]}` });
  if (input.hasPhoneNumber) routes.push({ kind: 'phone', strong: true, detail: 'a phone number' });
  if (input.hasEmailInText) routes.push({ kind: 'email', strong: true, detail: 'an email address' });
  const app = input.text.match(messenger);
  const tag = input.text.match(handle);
  if (app || tag) routes.push({ kind: 'messenger', strong: Boolean(app && (tag || input.hasPhoneNumber)), detail: app ? app[0].toLowerCase() : tag![0] });
  const request = input.text.match(replyRequest);
  if (request) routes.push({ kind: 'reply-request', strong: true, detail: `“${request[0].toLowerCase()}”` });
  if (input.websiteHost) routes.push({ kind: 'website', strong: false, detail: 'the website field' });

  const cues: PitchCue[] = [];
  for (const { kind, pattern } of pitchPatterns) {
    // Further, different phrases of the same kind ("weekly pay, flexible hours, laptop provided")
    // are cues of their own; amounts of money are not (a correction names two figures).
    const found = new Set<string>();
    const most = kind === 'money' ? 1 : 3;
    for (const match of input.text.matchAll(pattern)) {
      found.add(match[0].toLowerCase().replace(/\s+/g, ' ').slice(0, 40));
      if (found.size === most) break;
    }
    for (const text of found) cues.push({ kind, text });
  }
  return { routes, cues };
}

/**
 * Points for a route and a pitch together: none for a pitch alone or a route alone, and then
 * more with each further cue (a kind counts once for each different phrase of it, up to three),
 * more still when the route leads straight to a sender. An aside ("by the way") counts only
 * beside another cue.
 */
export function routeAndPitchPoints({ routes, cues }: RouteAndPitch): number {
  if (cues.every((c) => c.kind === 'aside')) return 0;
  const pitch = cues.length;
  const strong = routes.some((r) => r.strong);
  if (strong) return pitch >= 3 ? 50 : pitch === 2 ? 35 : pitch === 1 ? 15 : 0;
  if (routes.length > 0) return pitch >= 3 ? 40 : pitch === 2 ? 20 : 0;
  return pitch >= 4 ? 35 : pitch === 3 ? 20 : 0;
}
