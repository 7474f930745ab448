/*
 * Writes src/discussion/spam/seed-corpus.jsonl: the labeled comments the learned filter starts
 * from on a new desk (bayes-store.ts), before its moderators have judged anything.
 *
 * Written for this project, separately from the evaluation: its own templates, word lists and
 * seed, none taken from eval/generate.ts, so the evaluation (eval/, for measuring only) does not
 * measure the seed's own phrasings. test/unit/spam-bayes.test.ts checks that no seed comment's
 * text is a text of the evaluation's.
 *
 *   node --import tsx src/discussion/spam/seed-generate.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SeedRow } from './bayes-store.js';

function random32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

class Pick {
  constructor(private readonly next: () => number) {}
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  maybe(p: number): boolean {
    return this.next() < p;
  }
  num(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  fill(template: string, slots: Record<string, readonly string[] | (() => string)>): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const slot = slots[key];
      if (!slot) throw new Error(`no slot ${key}`);
      return typeof slot === 'function' ? slot() : this.one(slot);
    });
  }
}

const given = ['Alder', 'Brigid', 'Cosmo', 'Delphine', 'Emeka', 'Fen', 'Gideon', 'Halima', 'Idris', 'Juno', 'Kofi', 'Lorna', 'Magnus', 'Nell', 'Orla', 'Pavel', 'Rhiannon', 'Saoirse', 'Tariq', 'Ulla', 'Vikram', 'Winifred', 'Ximena', 'Yannick', 'Zainab', 'Agnieszka', 'Bertrand', 'Cormac', 'Dagny', 'Eamon'];
const family = ['Ashdown', 'Blackwood', 'Carrick', 'Delaney', 'Elmsworth', 'Fairbairn', 'Goodall', 'Hartigan', 'Ingram', 'Jurado', 'Kettering', 'Larkspur', 'Mbeki', 'Nakamura', 'Okonkwo', 'Pemberton', 'Quayle', 'Rasmussen', 'Szabo', 'Trevelyan'];
const mailHosts = ['mailbox.test', 'post.test', 'webmail.test', 'home.test', 'letters.test'];
const browsers = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
];
const bots = ['python-requests/2.32.3', 'curl/8.7.1', 'Wget/1.21.4', 'okhttp/4.9.3'];

function reader(p: Pick): { author: string; email: string } {
  const g = p.one(given);
  const f = p.one(family);
  const author = p.one([`${g} ${f}`, g, `${g} ${f[0]}.`, `${g.toLowerCase()}_${f.toLowerCase()}`]);
  const email = `${p.one([`${g}.${f}`, `${g[0]}${f}`, `${g}${p.num(1, 99)}`])}@${p.one(mailHosts)}`.toLowerCase();
  return { author, email };
}

// ——— Genuine readers ———

const places = ['Millbrook', 'Carden Vale', 'the Eastgate estate', 'Thornbury Road', 'the old tannery site', 'Ferry Lane', 'Kestrel Park', 'the riverside path', 'Upper Hollins', 'the market square'];
const subjects = ['the new cycle lane', 'the library opening hours', 'the bin collection changes', 'the school catchment review', 'the parking charges', 'the flood defences', 'the bus timetable', 'the housing plan', 'the swimming pool refurbishment', 'the speed cameras', 'the allotment waiting list', 'the youth club funding', 'the bridge closure', 'the tree felling'];
const bodies = ['the council', 'the county', 'the planning committee', 'the transport authority', 'the health trust', 'the school governors', 'the residents’ association', 'the water company'];
const feelings = ['frustrated', 'pleased', 'surprised', 'worried', 'relieved', 'disappointed', 'sceptical', 'cautiously optimistic'];
const refs = [
  'https://en.wikipedia.org/wiki/Local_government',
  'https://en.wikipedia.org/wiki/Traffic_calming',
  'https://www.legislation.gov.uk/ukpga/1990/8/contents',
  'https://www.ons.gov.uk/peoplepopulationandcommunity',
  'https://www.openstreetmap.org/#map=15/51.5/-0.1',
  'https://archive.org/details/parishrecords',
  'https://www.metoffice.gov.uk/weather/warnings',
];

const hamTemplates: ((p: Pick) => string)[] = [
  (p) => p.fill('I live near {place} and {subject} has made a real difference to my mornings. {tail}', {
    place: places, subject: subjects,
    tail: ['Credit where it is due.', 'Not everyone agrees, I know.', 'It took long enough though.', 'My neighbours say the same.'],
  }),
  (p) => p.fill('Has {body} actually published the figures behind {subject}? The article mentions a consultation but I could not find it on their site.', { body: bodies, subject: subjects }),
  (p) => p.fill('I was at the meeting on {day} and the mood was {mood}. {body2} promised an answer by {month}, so we will see.', {
    day: ['Tuesday', 'Wednesday evening', 'Thursday', 'Monday night'], mood: ['tense', 'mostly constructive', 'angry at times', 'calmer than I expected'],
    body2: ['The chair', 'The councillor for our ward', 'The officer from the county', 'Someone from the trust'], month: ['March', 'the summer', 'the end of the year', 'next spring'],
  }),
  (p) => p.fill('Small correction: {place} is in {ward} ward, not {ward2}. Otherwise a fair summary of {subject}.', { place: places, ward: ['North', 'Castle', 'Riverside', 'Abbey'], ward2: ['South', 'Central', 'Priory', 'Moor'], subject: subjects }),
  (p) => p.fill('I am {feeling} about {subject}. {reason}', {
    feeling: feelings, subject: subjects,
    reason: ['My kids use that route every day.', 'We were told the opposite two years ago.', 'The costs keep going up and nobody explains why.', 'It is the first time in ages anyone has listened to residents.', 'My mother relies on it and she is eighty-four.'],
  }),
  (p) => p.fill('For anyone wondering how this works elsewhere, there is background here: {ref} {tail}', { ref: refs, tail: ['', 'It is a bit dry but useful.', 'Section two is the relevant bit.', 'Not the same situation, but close.'] }),
  (p) => p.fill('The article says {number} households are affected. Is that the whole of {place} or just the streets by the river?', { number: () => String(p.num(40, 2400)), place: places }),
  (p) => p.fill('We lost power for {hours} hours during the storm and the {helper} were brilliant. Thank you to everyone who checked on the older folk on our street.', { hours: () => String(p.num(3, 30)), helper: ['engineers', 'volunteers', 'fire crews', 'neighbours'] }),
  (p) => p.fill('I disagree with the previous comment. {subject} was discussed openly for months and the minutes are public. {ending}', { subject: subjects, ending: ['People just did not turn up.', 'You can disagree with the outcome without calling it a stitch-up.', 'Read them before saying it was secret.'] }),
  (p) => p.fill('Does anyone know if the {thing} at {place} is still happening this weekend given the weather?', { thing: ['car boot sale', 'litter pick', 'farmers’ market', 'fun run', 'open day', 'choir concert'], place: places }),
  (p) => p.fill('The {shop} on {place} closing is a shame. It was there for {years} years and the owners always sponsored the junior football team.', { shop: ['bakery', 'hardware shop', 'bookshop', 'greengrocer', 'butcher'], place: places, years: () => String(p.num(12, 60)) }),
  (p) => p.fill('Free parking after six was the only thing that kept the high street going in winter. If {body} scraps it, expect more empty units.', { body: bodies }),
  (p) => p.fill('My son won a place at the {school} through the lottery and it has been fine, but the journey is long. The catchment review should look at buses, not just distances.', { school: ['grammar', 'academy on the hill', 'new free school', 'secondary in town'] }),
  (p) => p.fill('I worked in {field} for twenty years, and a budget of £{money} for this is not unusual. The real question is who maintains it afterwards.', { field: ['highways', 'civil engineering', 'local planning', 'social care', 'procurement'], money: () => `${p.num(1, 9)}.${p.num(1, 9)} million` }),
  (p) => p.fill('Thanks for covering this. The national papers ignored {subject} completely.', { subject: subjects }),
  (p) => p.fill('Quick question for the reporter: did {body} say whether the {subject2} will be reviewed after a year?', { body: bodies, subject2: ['trial', 'new scheme', 'closure', 'charge', 'pilot'] }),
  (p) => p.fill('Scam warning: my neighbour got a call from someone claiming to be from {body} asking for bank details about {subject}. Hang up and ring the number on their website.', { body: bodies, subject: subjects }),
  (p) => p.fill('The crypto miners who bought the old {building} have been running generators all night. Is anyone from environmental health reading this?', { building: ['mill', 'dairy', 'warehouse', 'chapel'] }),
  (p) => p.fill('Photos from the {event} are on my blog if anyone wants them, no adverts, just pictures of the day.', { event: ['carnival', 'river clean-up', 'bonfire night', 'parade', 'sports day'] }),
  (p) => p.fill('{open} The {subject} was voted through {votes} and I think that is worth knowing.', { open: ['For the record:', 'Just so people know,', 'Worth adding:'], subject: subjects, votes: ['unanimously', 'by one vote', 'with two abstentions', 'after a long debate'] }),
  (p) => p.fill('Lovely piece about {person}. She taught me piano in the eighties and never charged families who could not pay.', { person: ['Mrs Ashdown', 'Edna from the chapel', 'our old headteacher', 'the lady at number nine'] }),
  (p) => p.fill('Prices at the {shop} went up {pct}% this year, the same as everywhere. I do not blame the shopkeepers, I blame energy bills.', { shop: ['co-op', 'chemist', 'café by the station', 'petrol station'], pct: () => String(p.num(4, 30)) }),
  (p) => p.fill('{short}', { short: ['Could not have put it better.', 'Good news at last.', 'A sad day for all of us here.', 'Great reporting, thank you.', 'Poor old {place}.', 'About time!', 'Very interesting, thanks.', 'Agree with every word.', 'Shocking, all of it.', 'Nice to see some good news.'] }).replace('{place}', p.one(places)),
  (p) => p.fill('{shout} {tail}', { shout: ['THIS IS AN OUTRAGE.', 'ABSOLUTELY RIDICULOUS DECISION.', 'NOBODY ASKED THE RESIDENTS!', 'SHAMEFUL.'], tail: ['We will remember this at the next election.', 'Sorry for shouting but it affects my street.', 'WHO SIGNED THIS OFF?', ''] }),
  (p) => p.fill('Correction: the {what} was {a}, not {b}. The source is here {link}', { what: ['cost', 'budget', 'grant', 'overspend'], a: () => `£${p.num(1, 9)}.${p.num(1, 9)}m`, b: () => `£${p.num(10, 99)}m`, link: ['https://www.gov.uk/government/statistics', 'https://www.council.gov.uk/minutes', 'https://www.nhs.uk/services/', 'https://www.ons.gov.uk/economy'] }),
  (p) => p.fill('Nurses and carers here earn about {pay} an hour. {end}', { pay: () => `${p.one(['$', '£', '€'])}${p.num(10, 19)}`, end: ['No wonder they are leaving.', 'That is the story nobody tells.', 'Try paying rent on that.'] }),
  (p) => p.fill('The {thing} has been there since {year}, not {year2} as the article says.', { thing: ['footbridge', 'one-way system', 'speed bump', 'bus shelter', 'war memorial'], year: () => String(p.num(1950, 2020)), year2: () => String(p.num(1950, 2020)) }),
  (p) => p.fill('Win or lose, the {team} played their hearts out on {day}. The free entry for under-16s was a great idea and the stand was full.', { team: ['under-12s', 'women’s side', 'rugby club', 'cricket team'], day: ['Saturday', 'Sunday', 'bank holiday Monday'] }),
  (p) => p.fill('Petition has {n} signatures already. Sign it if you care about {subject}, it is on the parliament site.', { n: () => `${p.num(1, 9)},${p.num(100, 999)}`, subject: subjects }),
];

const personalSites = (handle: string) => [`https://${handle}.photos.test`, `https://github.com/${handle}`, `https://${handle}.blog.test`];

// ——— Spam ———

const spamHosts = ['quickpillsdirect', 'luckyspin-palace', 'fastcash-now', 'coinharvest-pro', 'rankboost-agency', 'essaymaster-help', 'luxwatch-replica', 'slimfast-keto', 'hotsingles-near', 'followerjet', 'vpn-shield-free', 'giftcode-rewards', 'cbd-calm-oils', 'tickets-resale-hub', 'techfix-support', 'jobs-athome-daily', 'recover-funds-expert', 'smilebright-dental-deals', 'casa-luxe-villas', 'mega-bet-arena'];
const spamTlds = ['xyz', 'top', 'click', 'shop', 'online', 'site', 'icu', 'ru', 'info', 'biz', 'live', 'store', 'com', 'net', 'io', 'co'];
const shortLinks = ['bit.ly', 'tinyurl.com', 'cutt.ly', 'rb.gy'];

function spamLink(p: Pick): string {
  if (p.maybe(0.12)) return `https://${p.one(shortLinks)}/${p.num(100000, 999999).toString(36)}`;
  const path = p.one(['', '/', `/go/${p.num(1, 999)}`, '/offer', `/?ref=${p.num(1000, 9999)}`, '/landing', '/buy-now']);
  return `https://${p.one(['', 'www.', 'get.', 'best.'])}${p.one(spamHosts)}${p.maybe(0.4) ? p.num(1, 99) : ''}.${p.one(spamTlds)}${path}`;
}

const spamNames = ['Best SEO Agency', 'Cheap Meds Online', 'Crypto Recovery Expert', 'Lucky Casino Bonus', 'Essay Writer Pro', 'Loan Approval Fast', 'Keto Slim Official', 'Replica Watches Store', 'Tech Support Desk', 'Dating Site Reviews', 'Work From Home Jobs', 'Instagram Followers Buy', 'CBD Oil Shop', 'Payday Loans UK', 'Villa Rentals Deals'];

const spamTemplates: { kind: string; make: (p: Pick, link: string) => string }[] = [
  { kind: 'pharma', make: (p, link) => p.fill('{drug} {dose} without prescription, discreet packaging, {ship}. Order: {link}', { drug: ['Tadalafil', 'Sildenafil', 'Modafinil', 'Xanax', 'Oxycodone', 'Phentermine', 'Tramadol', 'Ozempic'], dose: ['20mg', '50mg', '100mg', '0.5mg pens', '10 pills'], ship: ['next day delivery', 'worldwide shipping', 'no doctor needed', 'lowest prices guaranteed'], link: [link] }) },
  { kind: 'casino', make: (p, link) => p.fill('{hook} {bonus} on your first deposit + {spins} free spins. {cta} {link}', { hook: ['New online casino just launched!', 'Best slots site of the year.', 'Tired of losing? Play smarter.', 'Jackpot paid out yesterday!'], bonus: ['200% bonus', '€500 welcome bonus', '$1000 match', 'no-deposit bonus'], spins: () => String(p.num(20, 300)), cta: ['Register today:', 'Claim here:', 'Play now:', 'Sign up at'], link: [link] }) },
  { kind: 'loans', make: (p) => p.fill('Need urgent cash? {lender} offers personal loans from £{amount} at {rate}% interest, bad credit accepted, approval in {time}. WhatsApp {phone} or email {mail}', { lender: ['Mr Harold Finance', 'Trusted Lender Group', 'QuickLoan Services', 'Mrs Grace Loan Firm'], amount: () => String(p.num(1, 50) * 1000), rate: () => String(p.num(1, 3)), time: ['24 hours', 'one hour', 'minutes'], phone: () => `+1 ${p.num(200, 999)} ${p.num(200, 999)} ${p.num(1000, 9999)}`, mail: ['loans.approval@fastmail.test', 'credit.help@lender.test'] }) },
  { kind: 'crypto', make: (p, link) => p.fill('I started investing {amount} with {who} and now I earn {earn} every week. {claim} {contact}', { amount: ['$300', '£500', '0.1 BTC', '$1,000'], who: ['an expert trader', 'a licensed broker', 'Mrs Evelyn on Telegram', 'an AI trading bot'], earn: ['$4,500', '£2,800', '$12,000'], claim: ['Best decision of my life.', 'Totally legit and withdrawals are instant.', 'Returns are guaranteed.'], contact: [`Start here ${link}`, 'Message her on Telegram @evelyn_trades', `Details: ${link}`] }) },
  { kind: 'recovery', make: (p) => p.fill('I lost {amount} to a fake {what} and thought it was gone forever until I found {who}. They recovered everything in {days} days. Contact {mail}', { amount: ['$80,000', '£45,000', '12 BTC', 'my savings'], what: ['investment platform', 'crypto exchange', 'romance scammer'], who: ['Hacker Recovery Pro', 'Cyber Asset Retrieval', 'a recovery specialist'], days: () => String(p.num(2, 9)), mail: ['recoverypro@cybermail.test', 'retrieve.assets@protonmail.test'] }) },
  { kind: 'seo', make: (p, link) => p.fill('Hello webmaster, your site has {problem}. We offer {service} at affordable prices. {cta} {link}', { problem: ['low domain authority', 'poor Google rankings', 'broken backlinks', 'no traffic'], service: ['high DA backlinks', 'guest posting on 500 sites', 'SEO packages', 'first page ranking guaranteed'], cta: ['Reply for a free audit:', 'See our packages:', 'Contact us:'], link: [link] }) },
  { kind: 'essay', make: (p, link) => p.fill('Struggling with {work}? Our {writers} write it for you, plagiarism free, deadline {deadline}. {link}', { work: ['your dissertation', 'assignments', 'homework', 'your thesis'], writers: ['native writers', 'PhD experts', 'academic pros'], deadline: ['from 3 hours', 'guaranteed', 'any urgency'], link: [link] }) },
  { kind: 'replica', make: (p, link) => p.fill('{brand} {item} {pct}% off, top quality AAA replica, free shipping worldwide {link}', { brand: ['Rolex', 'Gucci', 'Louis Vuitton', 'Nike', 'Prada'], item: ['watches', 'bags', 'sneakers', 'belts'], pct: () => String(p.num(5, 9) * 10), link: [link] }) },
  { kind: 'praise', make: (p, link) => p.fill('{praise} {more} {link}', { praise: ['Very informative article, thanks for sharing!', 'Such a helpful post, bookmarked.', 'Awesome content, keep it up.', 'I learned so much from this blog.'], more: ['Please check my site too', 'Also see', 'My page on this topic:', ''], link: [link] }) },
  { kind: 'recommend', make: (p, link) => p.fill('{open} {business} in {city}. {praise} Highly recommend them: {link}', { open: ['If anyone needs', 'Anyone looking for'], business: ['a reliable roofer', 'emergency plumbers', 'a cheap removal company', 'cosmetic dentistry', 'a divorce lawyer', 'garage door repair'], city: ['Leeds', 'Houston', 'Dubai', 'Toronto', 'your area'], praise: ['Fast and professional.', 'Saved us so much money.', 'Five stars all round.'], link: [link] }) },
  { kind: 'dating', make: (p, link) => p.fill('{hook} Lonely tonight? {girls} are waiting to chat with you {link}', { hook: ['Hi handsome 😘', 'Hey there!', ''], girls: ['Hot singles near you', 'Beautiful women', 'Real girls in your city'], link: [link] }) },
  { kind: 'weight', make: (p, link) => p.fill('Lose {kg} kg in {weeks} weeks with this one simple trick doctors hate! {product} works {link}', { kg: () => String(p.num(5, 25)), weeks: () => String(p.num(2, 6)), product: ['Keto Burn', 'SlimTea', 'FatMelt capsules'], link: [link] }) },
  { kind: 'jobs', make: (p) => p.fill('{hook} Earn ${pay} per {period} working from home, only {hours} hours a day, no experience needed. {contact}', { hook: ['Hiring now!', 'Great opportunity for mums and students.', 'I quit my office job last month.'], pay: () => String(p.num(2, 9) * 100), period: ['day', 'week'], hours: () => String(p.num(1, 3)), contact: ['Message me on WhatsApp for details.', 'DM me for the link.', 'Text JOBS to +44 7700 900' + String(p.num(100, 999))] }) },
  { kind: 'phishing', make: (p, link) => p.fill('{alert} Your {account} has been {state}. Verify your details within 24 hours to avoid {loss}: {link}', { alert: ['URGENT:', 'Security notice:', 'Final warning!'], account: ['bank account', 'PayPal account', 'parcel delivery', 'Netflix subscription'], state: ['suspended', 'locked', 'put on hold'], loss: ['permanent closure', 'a £2.99 redelivery fee', 'losing access'], link: [link] }) },
  { kind: 'giftcard', make: (p, link) => p.fill('Congratulations! You have been selected to receive a {value} {card} gift card. Claim your reward before midnight: {link}', { value: ['$500', '£250', '€1000'], card: ['Amazon', 'Walmart', 'Tesco', 'Apple'], link: [link] }) },
  { kind: 'techsupport', make: (p) => p.fill('Printer offline? {brand} not working? Call our 24/7 helpline {phone} for instant support from certified technicians.', { brand: ['Router', 'Outlook', 'QuickBooks', 'Antivirus'], phone: () => `+1-${p.num(800, 888)}-${p.num(200, 999)}-${p.num(1000, 9999)}` }) },
  { kind: 'cbd', make: (p, link) => p.fill('Pure {product}, lab tested, helps with anxiety, pain and sleep. Use code {code} for {pct}% off {link}', { product: ['CBD gummies', 'hemp oil', 'delta-8 vapes', 'kratom capsules'], code: ['CALM20', 'RELAX', 'SAVE30'], pct: () => String(p.num(1, 5) * 10), link: [link] }) },
  { kind: 'spell', make: (p) => p.fill('My {partner} left me and {doctor} cast a love spell that brought {them} back in {days} days. Powerful spell caster, email {mail}', { partner: ['husband', 'wife', 'boyfriend'], doctor: ['Dr Okoro', 'Priest Baba Jaja', 'Lord Zakuza'], them: ['him', 'her', 'them'], days: () => String(p.num(2, 7)), mail: ['spelltemple@mail.test', 'lovespells@magic.test'] }) },
  { kind: 'shouting', make: (p, link) => p.fill('{shout} {link}', { shout: ['BEST DEALS OF THE YEAR CLICK NOW!!!', 'MAKE MONEY FAST LIMITED SPOTS!!!', 'FREE IPHONE GIVEAWAY ENTER TODAY!!!', 'WATCH LIVE FOOTBALL FREE HD STREAM'], link: [link] }) },
  { kind: 'foreign', make: (p, link) => p.fill('{text} {link}', { text: ['Купить дипломы недорого, быстрая доставка', 'Лучшее онлайн казино с бонусом', '网上赌场 注册即送 优惠', 'オンラインカジノ 登録ボーナス 今すぐ', 'Kredit ohne Schufa sofort Zusage'], link: [link] }) },
  { kind: 'bare', make: (_p, link) => link },
];

export function generateSeed(): SeedRow[] {
  const p = new Pick(random32(0x5eed2024));
  const rows: SeedRow[] = [];
  const seen = new Set<string>();
  const push = (row: SeedRow) => {
    if (seen.has(row.text)) return;
    seen.add(row.text);
    rows.push(row);
  };
  for (let i = 0; rows.length < 320 && i < 5000; i++) {
    const who = reader(p);
    const handle = who.email.split('@')[0]!.replace(/[^a-z0-9]/g, '');
    push({ label: 'ham', ...who, url: p.maybe(0.1) ? p.one(personalSites(handle)) : '', text: p.one(hamTemplates)(p).replace(/\s+/g, ' ').trim(), userAgent: p.one(browsers) });
  }
  const hamCount = rows.length;
  for (let i = 0; rows.length < hamCount + 300 && i < 5000; i++) {
    const template = spamTemplates[i % spamTemplates.length]!;
    const link = spamLink(p);
    const who = p.maybe(0.5) ? reader(p) : { author: p.one(spamNames), email: `${p.one(['sales', 'info', 'promo', 'support', 'admin'])}${p.num(1, 999)}@${p.one(spamHosts)}.${p.one(spamTlds)}` };
    push({
      label: 'spam',
      ...who,
      url: p.maybe(0.35) ? spamLink(p) : '',
      text: template.make(p, link).replace(/\s+/g, ' ').trim(),
      userAgent: p.maybe(0.3) ? p.one(bots) : p.maybe(0.1) ? '' : p.one(browsers),
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = generateSeed();
  writeFileSync(new URL('./seed-corpus.jsonl', import.meta.url), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${rows.length} comments (${rows.filter((r) => r.label === 'spam').length} spam) written to src/discussion/spam/seed-corpus.jsonl`);
}
