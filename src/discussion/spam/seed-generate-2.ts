/*
 * The second seed corpus for the learned filter (bayes.ts): 650 spam and 950 genuine reader
 * comments, written independently of the evaluation (eval/) and of the first seed corpus.
 * Every person, place, business and address is invented; emails use reserved domains only.
 *
 *   cd /work/main && node --import tsx src/discussion/spam/seed-generate-2.ts
 *
 * writes seed-corpus-2.jsonl next to this file. Deterministic: a seeded xorshift32 drives
 * every choice, so running it again writes the same file.
 */

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

let rngState = 0x2f6b_4c1d;

function random(): number {
  let x = rngState;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  rngState = x >>> 0;
  return rngState / 4_294_967_296;
}

function int(min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function chance(p: number): boolean {
  return random() < p;
}

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function letters(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Templates: "{name}" is a variable, "{a|b|c}" picks one alternative (alternatives may hold
// variables and further choices; an empty alternative makes a part optional).
// ---------------------------------------------------------------------------------------------

type Vars = Record<string, () => string>;

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function expand(template: string, vars: Vars): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    while (j < template.length && depth > 0) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}') depth--;
      j++;
    }
    if (depth !== 0) throw new Error(`unbalanced braces in: ${template}`);
    const inner = template.slice(i + 1, j - 1);
    const alternatives = splitTop(inner);
    if (alternatives.length > 1) out += expand(pick(alternatives), vars);
    else {
      const v = vars[inner];
      if (!v) throw new Error(`unknown template variable {${inner}} in: ${template}`);
      out += v();
    }
    i = j;
  }
  return out;
}

/** A variable that keeps its first value for the rest of one comment. */
function memo(make: () => string): () => string {
  let value: string | null = null;
  return () => (value ??= make());
}

// ---------------------------------------------------------------------------------------------
// Shared pools
// ---------------------------------------------------------------------------------------------

const RESERVED_EMAIL_DOMAINS = [
  'example.com', 'example.com', 'example.com', 'example.net', 'example.net', 'example.org',
  'mail.example', 'inbox.example', 'post.example', 'webmail.test', 'home.test', 'mailbox.example',
  'letters.test', 'net.example', 'online.test', 'people.example',
] as const;

const FIRST = [
  'Margaret', 'Dave', 'Sian', 'Priya', 'Tomasz', 'Aisha', 'Gareth', 'Hannah', 'Kwame', 'Jo', 'Siobhan', 'Raj',
  'Linda', 'Callum', 'Fatima', 'Eleanor', 'Marek', 'Bev', 'Olu', 'Chloe', 'Ian', 'Yasmin', 'Dylan', 'Agnieszka',
  'Pete', 'Ruth', 'Imran', 'Megan', 'Colin', 'Nia', 'Graham', 'Sunita', 'Declan', 'Rosa', 'Keith', 'Amara',
  'Stuart', 'Joanne', 'Bilal', 'Heather', 'Niall', 'Tanya', 'Ewan', 'Deborah', 'Femi', 'Carys', 'Lukas', 'Pauline',
  'Rhys', 'Zainab', 'Trevor', 'Mandy', 'Sanjay', 'Freya', 'Hamza', 'Lorna', 'Barry', 'Nadia', 'Owen', 'Shirley',
  'Andrzej', 'Kirsty', 'Malcolm', 'Beatriz', 'Jamal', 'Wendy', 'Ollie', 'Harpreet', 'Gillian', 'Connor', 'Ngozi',
  'Alison', 'Rob', 'Elif', 'Sean', 'Val', 'Duncan', 'Leanne', 'Ade', 'Morag', 'Craig', 'Ines', 'Phil', 'Marcia',
] as const;

const LAST = [
  'Hargreaves', 'Okafor', 'Patel', 'Nowak', 'Evans', 'McBride', 'Thornton', 'Ahmed', 'Whitfield', 'Campbell',
  'Kowalski', 'Bennett', 'Rahman', 'Doyle', 'Fairweather', 'Sandhu', 'Price', 'Holloway', 'Mensah', 'Garside',
  'Pritchard', 'Quinn', 'Latham', 'Chaudhry', 'Ellery', 'Bright', 'Osei', 'Murray', 'Kaur', 'Whitlock', 'Dunmore',
  'Szymanski', 'Lloyd', 'Farrow', 'Adeyemi', 'Crane', 'MacLeod', 'Hussain', 'Tindall', 'Walsh', 'Greenhalgh',
  'Baptiste', 'Rowntree', 'Iqbal', 'Mortimer', 'Fenton', 'Okoro', 'Sadler', 'Lindqvist', 'Penrose', 'Barker',
  'Choudhury', 'Haldane', 'Jennings', 'Costa', 'Aldridge', 'Nakamura', 'Hughes', 'Ferreira', 'Oyelaran', 'Keane',
] as const;

/** Names a spammer types: generic, often American, sometimes the same as a reader's. */
const SPAM_FIRST = [
  'Jessica', 'Michael', 'Sophia', 'Emily', 'Kevin', 'Ashley', 'Daniel', 'Olivia', 'Ryan', 'Brittany', 'Jason',
  'Amanda', 'Tyler', 'Natalie', 'Brandon', 'Samantha', 'Justin', 'Vanessa', 'Eric', 'Megan', 'Chris', 'Laura',
  'Anna', 'David', 'Linda', 'Mark', 'Sarah', 'James', 'Elena', 'Victor', 'Grace', 'Helen', 'Rita', 'Paul',
  'Monica', 'Steven', 'Irene', 'Lucas', 'Mia', 'Henry', 'Chloe', 'Priya', 'Rahul', 'Dimitri', 'Ana', 'Tom',
] as const;

const SPAM_LAST = [
  'Miller', 'Harris', 'Turner', 'Carter', 'Lopez', 'Brooks', 'Walker', 'Reed', 'Morgan', 'Hayes', 'Foster',
  'Bailey', 'Griffin', 'Wood', 'Russell', 'Ward', 'Hughes', 'Sanders', 'Price', 'Bennett', 'Coleman', 'Powell',
  'Jenkins', 'Perry', 'Butler', 'Simmons', 'Wright', 'Scott', 'Green', 'Adams', 'Baker', 'Kelly', 'Stone',
  'Fisher', 'Mason', 'Sharma', 'Volkov', 'Silva', 'Novak', 'Lambert', 'Fox', 'Howard', 'Wells', 'Parker',
] as const;

/** Real big cities, as keyword spam names them. */
const CITIES = [
  'London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Bristol', 'Liverpool', 'Dubai', 'Miami', 'Toronto',
  'Sydney', 'Dallas', 'Houston', 'Chicago', 'Melbourne', 'Dublin', 'Cardiff', 'Edinburgh', 'Sheffield', 'Nottingham',
  'Leicester', 'Brighton', 'Atlanta', 'Phoenix', 'Denver', 'Austin', 'Singapore', 'Mumbai', 'Delhi', 'Lagos',
] as const;

/** Invented towns of the desk's patch. */
const TOWNS = [
  'Brindlecombe', 'Westmarrow', 'Calderwick', 'Hollin Bay', 'Ashgrove', 'Penmorrow', 'Stokeley', 'Larkham',
  'Durnstead', 'Fallowby', 'Kestlecote', 'Upper Tarrow', 'Millbeck', 'Harrowfield', 'Eastbrook', 'Saltmere',
  'Oakhurst Green', 'Fenwick Cross', 'Morrow Vale', 'Wexley', 'Corley Marsh', 'Tarrow St Giles', 'Netherholt',
  'Redlynch Park', 'Birchfold', 'Quenby', 'Gallowgate', 'Heddingley', 'Caundle', 'Sorrel Hill',
] as const;

const STREETS = [
  'Station Road', 'Mill Lane', 'Church Street', 'the High Street', 'Queens Road', 'Victoria Avenue', 'Back Lane',
  'Tanners Way', 'Cobden Street', 'Orchard Close', 'the ring road', 'Market Square', 'Ferry Lane', 'Bridge Street',
  'Lark Rise', 'Windmill Hill', 'Priory Road', 'Canal Walk', 'Hawthorn Drive', 'Gasworks Lane', 'Beacon Road',
  'Sheepwash Lane', 'the bypass', 'Alma Terrace', 'Foundry Street', 'Nelson Parade', 'Coronation Road',
] as const;

const SAINTS = ['Mary', 'Peter', 'Aidan', 'Hilda', 'Bede', 'Margaret', 'Cuthbert', 'Anne', 'Joseph', 'Oswald'] as const;

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Android 14; Mobile; rv:126.0) Gecko/126.0 Firefox/126.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0',
  'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
] as const;

/** Older browsers: a reader's ageing laptop or tablet, or a bot's stale copy of a real string. */
const OLD_USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.93 Safari/537.36',
  'Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.130 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; WOW64; rv:52.0) Gecko/20100101 Firefox/52.0',
  'Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 8.1.0; SM-J530F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.104 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.5060.134 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
] as const;

const BOT_USER_AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/119.0.0.0 Safari/537.36',
  'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)',
  'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)',
] as const;

const SCRIPT_USER_AGENTS = ['curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'Java/1.8.0_381', 'Wget/1.21.4', 'okhttp/4.9.3', ''] as const;

function hamUserAgent(): string {
  return chance(0.07) ? pick(OLD_USER_AGENTS) : pick(USER_AGENTS);
}

function spamUserAgent(): string {
  const r = random();
  if (r < 0.018) return pick(SCRIPT_USER_AGENTS);
  if (r < 0.07) return pick(BOT_USER_AGENTS);
  if (r < 0.22) return pick(OLD_USER_AGENTS);
  return pick(USER_AGENTS);
}

function localPart(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 40)
    .replace(/\.+$/g, '');
}

function personEmail(first: string, last: string): string {
  const f = localPart(first) || 'reader';
  const l = localPart(last) || 'x';
  const local = pick([
    `${f}.${l}`, `${f}${l}`, `${f.charAt(0)}${l}`, `${f}${int(1, 99)}`, `${f}.${l}${int(50, 99)}`, `${l}.${f}`,
    `${f}_${l}`, `${f}${l.charAt(0)}`, `${f}.${l.charAt(0)}${int(1, 9)}`,
  ]);
  return `${local}@${pick(RESERVED_EMAIL_DOMAINS)}`;
}

function handleEmail(handle: string): string {
  return `${localPart(handle) || 'user' + String(int(10, 999))}@${pick(RESERVED_EMAIL_DOMAINS)}`;
}

// ---------------------------------------------------------------------------------------------
// Spam web addresses: invented domains assembled from word parts, on many top-level domains.
// ---------------------------------------------------------------------------------------------

const SPAM_PREFIXES = [
  'best', 'top', 'pro', 'smart', 'quick', 'true', 'prime', 'mega', 'daily', 'my', 'get', 'go', 'the', 'super',
  'elite', 'vital', 'green', 'blue', 'royal', 'lucky', 'golden', 'rapid', 'easy', 'first', 'bright', 'next',
  'urban', 'global', 'star', 'alpha', 'nova', 'zen', 'peak', 'fresh', 'wise', 'real', 'fast', 'sure', 'max', 'ultra',
] as const;

const SPAM_SUFFIXES = [
  'hub', 'zone', 'pro', 'online', 'store', 'shop', 'club', 'world', 'direct', 'express', 'now', '24', '365', 'plus',
  'lab', 'point', 'base', 'center', 'guide', 'depot', 'mart', 'spot', 'king', 'star', 'ly', 'ify', 'go', 'x', 'hq',
  'nation', 'land', 'box', 'link', 'net', 'web', 'deals', 'today', 'info', 'team', 'works',
] as const;

const SPAM_TLDS = [
  'com', 'com', 'com', 'com', 'net', 'net', 'org', 'info', 'biz', 'xyz', 'xyz', 'top', 'top', 'site', 'online',
  'shop', 'store', 'club', 'pw', 'ru', 'cn', 'in', 'co', 'io', 'me', 'live', 'life', 'pro', 'space', 'website',
  'fun', 'icu', 'buzz', 'win', 'bet', 'vip', 'cc', 'us', 'co.uk', 'co.uk', 'uk', 'de', 'pl', 'com.br', 'es', 'fr',
  'it', 'vn', 'id', 'su', 'link', 'click', 'today', 'world', 'agency', 'digital', 'tech', 'store', 'monster', 'sbs',
  'cfd', 'rest', 'quest', 'lol', 'one', 'asia', 'ltd', 'guru', 'tips', 'health', 'care', 'money', 'loan', 'casino',
  'example',
] as const;

const usedSpamDomains = new Set<string>();

function spamDomain(roots: readonly string[]): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const root = pick(roots);
    const shape = int(0, 9);
    let name: string;
    if (shape <= 2) name = `${pick(SPAM_PREFIXES)}${root}`;
    else if (shape <= 4) name = `${root}${pick(SPAM_SUFFIXES)}`;
    else if (shape === 5) name = `${pick(SPAM_PREFIXES)}-${root}-${pick(SPAM_SUFFIXES)}`;
    else if (shape === 6) name = `${root}${int(1, 999)}`;
    else if (shape === 7) name = `${root}-${pick(roots)}`;
    else if (shape === 8) name = `${pick(SPAM_PREFIXES)}${root}${pick(SPAM_SUFFIXES)}`;
    else name = `${root}${pick(roots)}${pick(['s', '', 'ly', 'o', 'a'])}`;
    const domain = `${name.replace(/[^a-z0-9-]/g, '')}.${pick(SPAM_TLDS)}`;
    if (!usedSpamDomains.has(domain)) {
      usedSpamDomains.add(domain);
      return domain;
    }
  }
  throw new Error('ran out of spam domains');
}

function spamPath(roots: readonly string[]): string {
  const r = int(0, 11);
  const word = pick(roots);
  switch (r) {
    case 0:
    case 1:
    case 2:
      return '';
    case 3:
      return '/';
    case 4:
      return `/?ref=${int(100, 99_999)}`;
    case 5:
      return `/${word}`;
    case 6:
      return `/go/${letters(6)}`;
    case 7:
      return `/${word}-${pick(['offer', 'deal', 'today', 'uk', 'official', 'sale', 'free', 'guide'])}`;
    case 8:
      return `/p/${int(1000, 99_999)}`;
    case 9:
      return `/index.php?id=${int(10, 9999)}`;
    case 10:
      return `/${pick(['landing', 'promo', 'special', 'info'])}.html`;
    default:
      return `/${word}/${pick(['buy', 'order', 'register', 'signup', 'claim', 'start'])}`;
  }
}

/** Hosting platforms spammers also use, each with an invented account. */
function platformLink(): string {
  const name = `${pick(SPAM_PREFIXES)}${pick(['deals', 'offers', 'health', 'money', 'tips', 'info', 'reviews'])}${int(1, 999)}`;
  return pick([
    `https://${name}.blogspot.com/`,
    `https://${name}.wordpress.com/`,
    `https://sites.google.com/view/${name}`,
    `https://telegra.ph/${cap(name)}-${int(1, 12)}-${int(1, 28)}`,
    `https://${name}.weebly.com`,
    `https://medium.com/@${name}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

interface Row {
  label: 'spam' | 'ham';
  kind: string;
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
}

const seenTexts = new Set<string>();

function numberWithCommas(n: number): string {
  return n.toLocaleString('en-GB');
}

const PHONE_UK = (): string => pick([`07700 900${int(100, 999)}`, `+44 7700 900${int(100, 999)}`, `01632 960${int(100, 999)}`, `020 7946 0${int(100, 999)}`]);
const PHONE_INTL = (): string =>
  pick([
    `+1 (555) 01${int(10, 99)}`,
    `+1-555-01${int(10, 99)}`,
    `+44 7700 900${int(100, 999)}`,
    `+447700900${int(100, 999)}`,
    `+61 491 570 ${int(100, 159)}`,
    `+1 555 01${int(10, 99)}`,
  ]);
const TOLL_FREE = (): string => pick([`+1-800-555-01${int(10, 99)}`, `1 (800) 555-01${int(10, 99)}`, `+1 888 555 01${int(10, 99)}`]);

// ---------------------------------------------------------------------------------------------
// Spam
// ---------------------------------------------------------------------------------------------

const SPAM_PRAISE = [
  'Really enjoyed this, the way you explain things is very clear.',
  'This is exactly the information I was searching for, thank you so much for sharing.',
  'Very nice article, keep up the good work admin.',
  'I have been browsing for hours and this is the best post I found today.',
  'Your writing style is awesome, it reads like a chat with a friend.',
  'Superb content, saved it to my favourites.',
  'What a helpful post! I shared it with my colleagues.',
  'Informative and well researched, thanks a lot for writing this.',
  'Thank you for the valuable information, it helped me a lot.',
  'Brilliant write-up, you covered every point I had in mind.',
  'Such a great blog. I check it every week for new updates.',
  'I genuinely appreciate the effort you put into this article.',
  'Hi there, just became aware of your blog and found it truly informative.',
  'Wonderful points altogether, you just gained a new reader.',
  'Pretty section of content. I will be subscribing to your feed.',
  'Thanks for this awesome post, very useful for beginners like me.',
  'Excellent blog you have here, the design and the articles are both great.',
  'Keep posting such quality content, it is rare nowadays.',
  'Nice one! The details in this post are so useful for my research.',
  'I like the valuable info you provide in your articles.',
  'Hello admin, your site is very nice and the content is unique.',
  'Amazing! This blog looks just like my old one, only the topic is different.',
  'Good post. I learn something new and challenging on sites I stumble upon every day.',
  'Your article helped me understand the topic much better, many thanks.',
] as const;

const SPAM_TOPICS = [
  'home improvement', 'personal finance', 'healthy living', 'travel', 'digital marketing', 'gardening', 'parenting',
  'fitness', 'cooking', 'tech gadgets', 'small business', 'real estate', 'fashion', 'pet care', 'interior design',
  'car maintenance', 'mental wellness', 'online earning', 'crypto news', 'beauty tips',
] as const;

const EMOJI = ['🔥', '✅', '👉', '💰', '🚀', '⭐', '💯', '🎁', '📈', '👇', '💥', '🤑', '🎉', '⚡'] as const;

const ANCHORS = [
  'cheap viagra', 'best online casino', 'payday loans uk', 'replica watches', 'buy instagram followers',
  'essay writing service', 'keto gummies', 'forex signals', 'seo services', 'buy backlinks', 'slot gacor',
  'weight loss pills', 'crypto trading bot', 'cheap flights', 'hair transplant turkey', 'cbd oil', 'sports betting',
  'bad credit loans', 'free spins', 'dating site', 'web design company', 'buy tramadol online', 'iptv subscription',
  'cheap nike shoes', 'louis vuitton replica', 'bitcoin casino', 'online pharmacy', 'free v-bucks', 'escort service',
  'debt consolidation', 'car insurance quotes', 'dental implants abroad', 'buy youtube views', 'vpn download',
] as const;

const TELEGRAM_WORDS = ['Official', 'Signals', 'Mentor', 'VIP', 'Support', 'Trader', 'Desk', 'Help', 'Admin', 'Pro', 'Team'] as const;

function spamVars(roots: readonly string[], lists: Readonly<Record<string, readonly string[]>> = {}): Vars {
  const dom = memo(() => spamDomain(roots));
  const path = memo(() => spamPath(roots));
  const first = memo(() => pick(SPAM_FIRST));
  const last = memo(() => pick(SPAM_LAST));
  const freshLink = (): string => `https://${chance(0.3) ? 'www.' : ''}${spamDomain(roots)}${spamPath(roots)}`;
  const vars: Vars = {
    dom,
    link: memo(() => {
      const r = random();
      if (r < 0.08) return `www.${dom()}${path()}`;
      if (r < 0.13) return `${dom()}/${pick(roots)}`;
      return `http${chance(0.85) ? 's' : ''}://${chance(0.3) ? 'www.' : ''}${dom()}${path()}`;
    }),
    link2: memo(freshLink),
    link3: memo(freshLink),
    link4: memo(freshLink),
    plink: memo(platformLink),
    first,
    last,
    person: memo(() => `${first()} ${last()}`),
    person2: () => `${pick(SPAM_FIRST)} ${pick(SPAM_LAST)}`,
    last2: memo(() => otherThan(SPAM_LAST, last())),
    city: memo(() => pick(CITIES)),
    town: memo(() => pick(TOWNS)),
    street: memo(() => pick(STREETS)),
    n: () => String(int(2, 9)),
    nn: () => String(int(11, 98)),
    nnn: () => String(int(120, 980)),
    k: () => numberWithCommas(int(12, 99) * 100 + pick([0, 0, 50, 75, 40])),
    big: () => numberWithCommas(int(11, 95) * 1000 + pick([0, 500, 250])),
    pct: () => String(pick([15, 20, 25, 30, 35, 40, 45, 50, 60, 65, 70, 75, 80, 85, 90])),
    cents: () => String(int(10, 99)),
    wa: memo(PHONE_INTL),
    phone: memo(PHONE_UK),
    tollfree: memo(TOLL_FREE),
    tg: memo(() => `@${pick([`${first()}${last()}`, `${first()}_${pick(TELEGRAM_WORDS)}`, `${cap(pick(roots))}${pick(TELEGRAM_WORDS)}`, `${first().toLowerCase()}${int(10, 999)}`])}`),
    mail: memo(() => {
      const local = pick([
        `${first()}${last()}${int(1, 99)}`, `${first()}.${last()}`, `${pick(roots)}${pick(['help', 'desk', 'team', 'support', 'info'])}`,
        `${last()}${pick(['office', 'agent', 'claims', 'finance'])}`, `contact.${first()}`,
      ]);
      return `${localPart(local)}@${pick([...RESERVED_EMAIL_DOMAINS, `${pick(roots)}${pick(['mail', 'office', 'group'])}.example`])}`;
    }),
    code: memo(() => pick(['WIN', 'VIP', 'FREE', 'BONUS', 'SAVE', 'GO', 'NEW', 'LUCKY', 'HOT']) + String(pick([10, 15, 20, 25, 50, 100, 200, 2024, 777]))),
    praise: () => pick(SPAM_PRAISE),
    topic: memo(() => pick(SPAM_TOPICS)),
    emo: () => pick(EMOJI),
    day: () => pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
    year: () => pick(['2024', '2025']),
    date: () => `${int(2, 28)} ${pick(['January', 'March', 'April', 'June', 'July', 'September', 'October', 'November', 'December'])}`,
    anchor: memo(() => pick(ANCHORS)),
    anchor2: () => pick(ANCHORS),
    ref: () => `${letters(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${int(1000, 99_999)}`,
    wechat: () => `${pick(['vip', 'kefu', 'fapiao', 'shop', 'zhan'])}${int(100, 99_999)}`,
    qq: () => String(int(10_000_000, 999_999_999)),
  };
  for (const [name, values] of Object.entries(lists)) vars[name] = memo(() => pick(values));
  return vars;
}

interface SpamKind {
  kind: string;
  n: number;
  roots: readonly string[];
  authors: readonly string[];
  /** The chance that the website field holds an address of the same trade. */
  site: number;
  /** The website is an exact-match domain made from the author's keywords ("best-plumber-leeds.co.uk"). */
  siteFromAuthor?: boolean;
  texts: readonly string[];
  lists?: Readonly<Record<string, readonly string[]>>;
}

const PERSON = '{person}';
const SPAM_KINDS: SpamKind[] = [
  // --- search engine optimisation and other trades that sell to site owners -------------------
  {
    kind: 'seo-services', n: 7, roots: ['seo', 'rank', 'serp', 'search', 'growth', 'digital', 'traffic'], site: 0.6,
    authors: [PERSON, 'SEO Agency {city}', 'Top SEO Company', 'RankLift Digital', 'Local SEO Services {city}', '{first} | SEO Consultant', 'seo expert'],
    texts: [
      'Hi, I was checking your site and noticed it is not ranking on Google for {a lot of|many of|most of} your main keywords. We are {an SEO agency|a digital marketing team} with {nn}+ years experience and can get you to page 1 in {n} weeks. Free audit here: {link}',
      'Your website has {nn} technical SEO errors that are hurting your traffic. I made a short report for you, {reply with your email|just grab it here}: {link}',
      'Great read. By the way, if you ever want more visitors to this {blog|site}, we do white-hat SEO, on-page fixes and local map pack ranking. Prices from ${nnn}/month. {link}',
      'Want to rank #1 on Google? Guaranteed results or your money back {emo} WhatsApp {wa} or visit {link}',
      'I noticed your domain authority is only {n}. Our team can raise it to {nn}+ within a month using safe, manual methods. Details at {link}',
      'Dear site owner, is your business invisible on Google Maps? {nn} of your competitors are already using our local SEO package. Book a free call: {link}',
    ],
  },
  {
    kind: 'backlinks-offer', n: 6, roots: ['link', 'backlink', 'authority', 'linkbuild', 'pbn', 'dofollow'], site: 0.5,
    authors: [PERSON, 'Backlink Service', 'Link Builder', 'DA{nn} Links', 'buy backlinks cheap'],
    texts: [
      'Selling high DA backlinks: DA {nn}-{nn} news sites, do-follow, permanent. Bulk packages available at {link}',
      'Need backlinks? {nnn} PBN links for ${nn}. Fast indexing, niche relevant, zero spam score. Order: {link}',
      'Hello admin, we can place a do-follow link to your website on {nn} authority blogs (tech, health, finance, travel). Message me at {mail}',
      '[do-follow] [high DR] [real traffic] link building packages from ${nn}. Full list of sites: {link}',
      'Would you sell a link on this page? We pay ${nnn} per placement via PayPal, one-time, permanent. Contact {mail}',
    ],
  },
  {
    kind: 'guest-post-offer', n: 6, roots: ['guest', 'post', 'outreach', 'write', 'blogger', 'content'], site: 0.3,
    authors: [PERSON, '{first} from OutreachLab', 'Content Team', '{first} {last} (Outreach Manager)'],
    texts: [
      "Hi, I'm {person} from {a content team|OutreachLab|a small agency}. I'd love to contribute a guest post to your site on a topic of your choice. In return I would only need one do-follow link. Can you share your price? {mail}",
      'Do you accept sponsored posts? We pay ${nnn} per article with a link in the body. Our clients are in {crypto, CBD and casino|fintech and iGaming|health and beauty}. Reply to {mail}',
      'Dear Editor, are you open to paid guest posting on this news site? Please send your rates and metrics (DA/DR, monthly traffic). Regards, {person}. {link}',
      "We write 100% unique, SEO friendly articles for free, you just publish them with our client's link. Interested? {link}",
    ],
  },
  {
    kind: 'web-design-agency', n: 6, roots: ['web', 'design', 'site', 'pixel', 'studio', 'dev', 'webcraft'], site: 0.7,
    authors: [PERSON, 'Web Design {city}', '{first} Web Solutions', 'Affordable Website Design', 'PixelForge Studio'],
    texts: [
      "Your website looks a bit outdated and isn't mobile friendly. We build modern websites from £{nnn}, hosting and SEO included. Portfolio: {link}",
      'Nice article! If you ever need a redesign, our studio in {city} builds fast WordPress and Shopify sites. Free quote: {link}',
      'Get a professional website in 7 days {emo} Unlimited revisions, free domain, 24/7 support. {link}',
      'We offer website design and mobile app development at an affordable price. Team of {nn} developers. Skype/WhatsApp: {wa}',
      'Is your site losing customers because it loads slowly? We rebuild it for speed for a flat ${nnn}. See {link}',
    ],
  },
  // --- pharma, supplements, weight loss ------------------------------------------------------
  {
    kind: 'pharma-ed', n: 7, roots: ['pharma', 'meds', 'rx', 'pill', 'blue', 'generic', 'tabs'], site: 0.6,
    authors: ['buy viagra online', 'cheap cialis', PERSON, 'Generic Viagra', 'sildenafil 100mg', 'ED Pills Online'],
    texts: [
      'Buy viagra online without prescription, lowest price guaranteed, discreet shipping worldwide. {link}',
      'cheap cialis 20mg - generic tadalafil {nn} pills only ${nn}.99 - {link}',
      'Men, why pay clinic prices? Generic sildenafil and tadalafil shipped in plain packaging within {n} days. Order here {link}',
      'Problems in the bedroom? Try our {herbal|generic} blue pills, 100% satisfaction. Visit {link} and use code {code} for {pct}% off',
      'levitra vardenafil kamagra oral jelly best price {link} fast delivery no rx',
    ],
  },
  {
    kind: 'online-pharmacy', n: 7, roots: ['pharmacy', 'drugstore', 'meds', 'rx', 'chemist', 'medcare'], site: 0.5,
    authors: ['Online Pharmacy', 'Canadian Pharmacy', PERSON, 'Drugstore 24', 'buy xanax online'],
    texts: [
      'Online pharmacy: antibiotics, anxiety meds, sleeping pills, no doctor visit needed. Worldwide delivery. {link}',
      'Buy xanax, valium and ambien online - no rx needed, overnight shipping, bitcoin accepted. {link}',
      'Canadian pharmacy discount: save up to {pct}% on brand and generic medications. {link}',
      'Order modafinil and adderall online with fast, discreet delivery. Students and professionals love it. {link}',
      'Why queue at the chemist? Our online drugstore ships {nnn}+ medicines without a prescription. {link}',
    ],
  },
  {
    kind: 'painkillers-no-prescription', n: 5, roots: ['pain', 'relief', 'meds', 'rxpain', 'paincare'], site: 0.3,
    authors: [PERSON, 'Pain Relief Store', 'tramadol uk', 'Legit Vendor'],
    texts: [
      'Buy tramadol 100mg online no prescription, next day delivery UK. {link}',
      'Oxycodone, hydrocodone, percocet available. Contact on Telegram {tg} for the menu and prices.',
      'Chronic pain? Get strong painkillers delivered to your door without seeing a doctor. {link}',
      'Legit vendor for pain meds, stealth shipping, tracking provided. Telegram: {tg} Signal: {wa}',
    ],
  },
  {
    kind: 'supplements', n: 7, roots: ['vital', 'boost', 'nutra', 'max', 'alpha', 'neuro', 'gluco'], site: 0.5,
    authors: [PERSON, '{product} Official', '{product} Reviews', 'Health Tips'],
    lists: { product: ['AlphaSurge', 'NeuroVita', 'Prostamax Pro', 'GlucoTrim', 'CortexPrime', 'VitaliMax', 'TestoForge'] },
    texts: [
      'This natural testosterone booster changed my life. More energy, more muscle, no side effects. Read more: {link}',
      'Doctors hate this brain supplement! Improve memory and focus in {n} days. {link}',
      '{Try|Get} {product} risk-free with a 60-day money-back guarantee. Official website: {link}',
      "I've been taking {product} for a month and my focus is amazing. Only available on the official website {link}",
      '{product} reviews: is it a scam or legit? Read the ingredients, side effects and the best price before you buy: {link}',
      'Blood sugar out of control? {product} supports healthy glucose levels naturally. {pct}% off today: {link}',
    ],
  },
  {
    kind: 'weight-loss-pills', n: 7, roots: ['keto', 'slim', 'burn', 'trim', 'fatloss', 'lean'], site: 0.5,
    authors: [PERSON, '{product}', '{product} UK', 'keto gummies', 'Lose Weight Fast'],
    lists: { product: ['KetoBurn', 'SlimFit Keto', 'TrimLab', 'LeanBelly X', 'BurnBoost Gummies', 'Keto Lux'] },
    texts: [
      'I lost {nn} pounds in {n} weeks with {product} without changing my diet! Official website: {link}',
      'Keto gummies are flying off the shelves. Melt belly fat while you sleep. Claim your bottle: {link}',
      'As seen on TV: the fat burner celebrities swear by. Limited stock! {link}',
      'Want to lose weight fast? Take 2 capsules a day and watch the fat disappear. {pct}% off today only at {link}',
      'My sister tried {product} and went down {n} dress sizes before her wedding {emo} {link}',
    ],
  },
  {
    kind: 'weight-loss-injections', n: 6, roots: ['sema', 'slimpen', 'glp', 'jab', 'skinny', 'tirz'], site: 0.3,
    authors: [PERSON, 'Slimming Pens UK', 'Weight Loss Jab', '{first} Aesthetics'],
    texts: [
      'Semaglutide pens without prescription, UK stock, fast delivery. No consultation needed. {link}',
      'Buy weight loss injections online cheaper than the pharmacy. Message on WhatsApp {wa}',
      'Skinny jab now available at home! Lose up to 2{n}kg. Order through our partner: {link}',
      'Weight loss pens in stock 💉 discreet delivery, pay on arrival. DM {tg}',
      'Why wait months for the NHS? Tirzepatide {n}.5mg starter kits dispatched today, no questions asked. {link}',
    ],
  },
  {
    kind: 'cbd-gummies', n: 5, roots: ['cbd', 'hemp', 'canna', 'calm', 'leaf'], site: 0.5,
    authors: [PERSON, '{brand} CBD', 'CBD Oil UK', 'Hemp Wellness'],
    lists: { brand: ['Serenity', 'PureLeaf', 'Golden Hemp', 'CalmRoot', 'Nature Bloom'] },
    texts: [
      'CBD gummies helped my anxiety and sleep, 100% natural, no THC. Get yours: {link}',
      'Full spectrum CBD oil {pct}% off this week only {link}',
      'Tired of joint pain? {brand} CBD Gummies are the answer. Official site {link}',
      'Stop taking pills for back pain! {brand} hemp extract works in {nn} minutes. {link}',
    ],
  },
  {
    kind: 'hair-loss', n: 5, roots: ['hair', 'regrow', 'follicle', 'mane', 'scalp'], site: 0.5,
    authors: [PERSON, 'Hair Regrowth', 'Hair Loss Cure', '{first} Hair Clinic'],
    texts: [
      'Stop hair loss in 30 days with this natural formula. Thousands of men cannot be wrong. {link}',
      'Regrow your hair without surgery! Clinically proven serum: {link}',
      'Finasteride and minoxidil kit delivered monthly, no GP needed. {link}',
      'Going bald at {nn}? I was too, until I found this {oil|shampoo|serum}. Before and after photos: {link}',
    ],
  },
  {
    kind: 'cosmetics-skincare', n: 6, roots: ['glow', 'skin', 'derma', 'beauty', 'serum', 'lash'], site: 0.5,
    authors: [PERSON, 'Glow Skincare', 'K-Beauty Wholesale', 'Beauty Secrets'],
    texts: [
      'This anti-aging cream erased my wrinkles in 2 weeks! Dermatologists are shocked. {link}',
      'Korean skincare wholesale, lowest prices on serums and sheet masks. {link}',
      'Get glowing skin naturally with our vitamin C serum. Buy one get one free: {link}',
      'Eyelash growth serum - longer lashes in 14 days or your money back. {link}',
      'Ladies, Botox is over. This {nn} pound jar does the same job at home {emo} {link}',
    ],
  },
  {
    kind: 'miracle-cure', n: 6, roots: ['herbal', 'cure', 'natural', 'remedy', 'healing'], site: 0.2,
    authors: [PERSON, 'Dr {last} Herbal Home', 'Natural Cure', 'Healed by herbs'],
    texts: [
      'My diabetes was reversed by a herbal medicine from Dr {last}. No more insulin! Email him: {mail}',
      'I was cured of herpes with natural herbs after {n} years of suffering. Contact the herbalist on {mail} or WhatsApp {wa}',
      'This 10-second morning ritual fixes high blood pressure. Watch the video before it gets taken down: {link}',
      'Big Pharma hid this cure for arthritis for {nn} years. See the banned presentation: {link}',
      'Anyone with kidney problems, fibroids or low sperm count, there is a natural remedy that worked for my whole family. {mail}',
    ],
  },
  // --- gambling -----------------------------------------------------------------------------
  {
    kind: 'online-casino', n: 8, roots: ['casino', 'spin', 'royal', 'jackpot', 'vegas', 'roulette', 'luckyspin'], site: 0.6,
    authors: [PERSON, 'Best Online Casino', 'Casino Bonus', 'casino not on gamstop', '{first} Wins'],
    texts: [
      'Best online casino of {year|the year}: 200% welcome bonus + {nnn} free spins. Sign up: {link}',
      'I won ${k} playing {Book of Riches|Golden Tiger|Pharaoh Fortune} last night!! This casino pays out in minutes. {link}',
      'Looking for a casino not on GamStop? Play here with no limits and instant withdrawals: {link}',
      'Free spins, no deposit required 🎰 {link} code {code}',
      'Bitcoin casino with provably fair games and no KYC. Deposit in seconds, withdraw in minutes: {link}',
      'Tired of the same old slots? {nn} new live dealer tables added this week, plus a ${nnn} reload bonus for members. {link}',
    ],
  },
  {
    kind: 'slots-bonus', n: 6, roots: ['slot', 'slots', 'reel', 'spin', 'maxwin', 'gacor'], site: 0.5,
    authors: [PERSON, 'slot online', 'Jackpot Slots', 'Slots Bonus'],
    texts: [
      'Slot machines with RTP {nn}% and daily cashback. Register now and get a 100% bonus. {link}',
      'Jackpot slots: spin to win real money, instant payout to PayPal. {link}',
      'Free slot games that pay real cash? Yes, I cashed out ${nnn} yesterday! {link}',
      'New slot site {year} - {nnn} free spins for every new player, wager free. {link}',
    ],
  },
  {
    kind: 'sports-betting', n: 8, roots: ['bet', 'odds', 'punt', 'score', 'wager', 'betx'], site: 0.5,
    authors: [PERSON, 'Betting Tips', 'Best Bookmaker', 'Free Bets UK'],
    texts: [
      'Best betting odds for {the Premier League|the Champions League|the World Cup}: get a £{nn} free bet at {link}',
      'Bet £10 get £{nn} in free bets. New customers only. {link}',
      'Bro I made £{nnn} this weekend with this bookie, cashout is instant. Link here {link}',
      'Live betting on football, tennis and esports. Crypto deposits accepted, no KYC. {link}',
      'Boosted odds on every match this weekend {emo} Sign up through my link and get your first bet back: {link}',
    ],
  },
  {
    kind: 'fixed-match-tips', n: 6, roots: ['fixed', 'tips', 'sure', 'odds', 'insider'], site: 0.2,
    authors: [PERSON, 'Fixed Matches', 'VIP Tips', 'Sure Odds Agent'],
    texts: [
      '100% sure fixed matches, half time/full time, odds {nn}+. Contact WhatsApp {wa}',
      'VIP betting tips with {nn}% win rate. Join our Telegram channel {tg} and start winning today.',
      'Stop losing money on bets. Our insider tips won {n} out of {n} last weekend. Subscription: {link}',
      'Guaranteed correct score tips from our source inside the clubs. Pay after you win. Email {mail}',
    ],
  },
  {
    kind: 'lottery-winner', n: 6, roots: ['lotto', 'draw', 'prize', 'winner', 'claims'], site: 0,
    authors: ['Lottery Claims Agent', PERSON, 'International Email Lottery', 'Claims Department'],
    texts: [
      'CONGRATULATIONS!!! Your email address has won £{k},000 in the {International|Global|Annual} Email Lottery. To claim, contact our claims agent at {mail} with ref no. {ref}',
      'You have been selected as one of {n} lucky winners of our annual draw. Send your full name, address and phone number to {mail}',
      'Lottery result: ticket {nnn}-{nnn} has won. The winner should contact {person} on {wa} before {date}.',
      'Dear winner, your prize of ${big} is waiting. A small processing fee is required for the release of your funds. Reply to {mail}',
    ],
  },
  // --- money ----------------------------------------------------------------------------------
  {
    kind: 'crypto-investment', n: 7, roots: ['coin', 'crypto', 'bit', 'chain', 'token', 'hodl', 'mint'], site: 0.4,
    authors: [PERSON, 'Crypto Queen', '{first} Invests', 'Bitcoin Expert'],
    texts: [
      "I started investing in bitcoin with just $500 and now I earn ${k} weekly, thanks to {person2}'s trading platform {link}",
      'Crypto is the future! Join {platform} and earn {n}% daily returns, guaranteed. {link}',
      'Who else is making money with crypto? I turned ${nnn} into ${k} in {n} weeks. Ask me how.',
      'Bitcoin mining from your phone, withdraw daily. Register with my code {code}: {link}',
      'Stop saving in a bank at 1%. Our staking pool pays {nn}% a month on USDT, withdraw anytime. {link}',
    ],
    lists: { platform: ['CoinVault', 'BitNest', 'ChainRise', 'Hashora', 'MintPeak'] },
  },
  {
    kind: 'crypto-airdrop', n: 6, roots: ['airdrop', 'claim', 'token', 'defi', 'wallet', 'swap'], site: 0.3,
    authors: ['{token} Official', PERSON, 'Airdrop Alert', '{token} Community'],
    lists: { token: ['ZEPH', 'NOVA', 'LUMA', 'ORBIT', 'PEPX', 'KRAKO'] },
    texts: [
      '🚀 The ${token} airdrop is LIVE! Connect your wallet and claim your free tokens before they run out: {link}',
      'Free {nnn} USDT for the first {k} users! Claim at {link}',
      'Your wallet is eligible for the {token} airdrop. Verify your seed phrase to receive your tokens: {link}',
      "Presale of ${token} ends in 48 hours, 100x potential, don't miss the next big meme coin: {link}",
      'Gas fees refunded! Holders of any ERC-20 token can claim compensation today only. {link}',
    ],
  },
  {
    kind: 'forex-signals', n: 6, roots: ['fx', 'forex', 'pip', 'signal', 'trade', 'gold'], site: 0.3,
    authors: [PERSON, 'FX Signals', 'Forex Mentor', '{first} Trades'],
    texts: [
      'Join our forex signals group: {nn}% accuracy, {n} signals daily on XAUUSD and EURUSD. Telegram {tg}',
      'Forex trading changed my life. I make ${k} a week with the strategy of Mr {last2}. Contact him: {mail}',
      'Binary options account manager, guaranteed profit within 7 days. WhatsApp {wa}',
      'Copy my trades and earn. Verified results: +{nnn}% this year. {link}',
    ],
  },
  {
    kind: 'ai-trading-bot', n: 7, roots: ['quantum', 'neural', 'ai', 'profit', 'algo', 'bot', 'edge'], site: 0.4,
    authors: [PERSON, '{app} Review', '{app}', 'AI Trader'],
    lists: { app: ['Quantum Edge AI', 'Immediate Flow', 'NeuralProfit', 'Bit Alpha AI', 'Algo Prime 360'] },
    texts: [
      'This new AI trading bot made me ${k} in my first week. It trades automatically while you sleep. {link}',
      '{app}: the platform using artificial intelligence to trade crypto with {nn}% accuracy. Register free: {link}',
      'The banks do not want you to know about this AI app that turns £250 into £{k}. {link}',
      'AI-powered trading signals, no experience needed, start with only $250. {link}',
      'Is {app} legit? I tested it for {n} weeks with real money - my honest results here: {link}',
    ],
  },
  {
    kind: 'payday-loans', n: 6, roots: ['loan', 'cash', 'payday', 'lend', 'quid', 'money'], site: 0.5,
    authors: [PERSON, 'Payday Loans UK', 'Quick Cash', 'bad credit loans'],
    texts: [
      'Need cash fast? Payday loans up to £{k} approved in minutes, bad credit OK. {link}',
      'Instant loans with no credit check. Money in your account today! Apply: {link}',
      'Short of money before payday? Borrow £{nnn} now, repay later. {link}',
      'Car broke down and bills due? Same day loans for UK residents, 94% acceptance. {link}',
    ],
  },
  {
    kind: 'private-lender', n: 6, roots: ['finance', 'loan', 'credit', 'capital'], site: 0,
    authors: [PERSON, 'Mrs {last} Loan Firm', '{last} Finance', 'Legit Loan Lender'],
    texts: [
      'Do you need a loan? We offer loans at {n}% interest rate to individuals and companies. Contact us: {mail}',
      'I was in debt until I met {person2} of {Fairlane|Crestway|Goldcrest} Finance, who gave me a loan of ${k} within 24 hours. Contact on {mail} or WhatsApp {wa}',
      'Legit loan lender here. Personal loans, business loans, mortgage loans. No collateral. Email {mail}',
      'Are you financially down? Blacklisted? Fast loans from $5,000 to $5,000,000 at 2% interest. Write to {mail}',
    ],
  },
  {
    kind: 'debt-relief', n: 5, roots: ['debt', 'relief', 'freedom', 'iva', 'clear'], site: 0.4,
    authors: [PERSON, 'Debt Help UK', 'Debt Relief Advisors'],
    texts: [
      'Struggling with debt? A new government-backed scheme can write off up to {pct}% of what you owe. Check eligibility: {link}',
      'Stop creditor calls today. Consolidate all your debts into one low payment. {link}',
      'Write off your credit card debt legally - {nn},000 people already did. Free call: {phone}',
      'If you owe more than £5,000 you may qualify for debt relief. 30 second check, no credit impact: {link}',
    ],
  },
  {
    kind: 'credit-repair', n: 5, roots: ['credit', 'score', 'fico', 'repair', 'fix'], site: 0.4,
    authors: [PERSON, 'Credit Repair Experts', 'Score Fixers'],
    texts: [
      'Fix your credit score in 30 days! We remove late payments, collections and charge-offs. {link}',
      'Bad credit? Our experts raised clients scores by {nnn} points on average. {link}',
      'Credit repair guaranteed. Text {wa} for a free consultation.',
      'I needed a mortgage and my score was {nnn}. A specialist got it to 790 in two weeks. Contact {mail}',
    ],
  },
  {
    kind: 'insurance-quotes', n: 5, roots: ['insure', 'quote', 'cover', 'policy', 'compare'], site: 0.5,
    authors: [PERSON, 'Cheap Car Insurance', 'Insurance Quotes Online'],
    texts: [
      'Compare car insurance quotes and save up to £{nnn}. Takes 2 minutes: {link}',
      'Cheap life insurance for over 50s, no medical needed. Get your quote: {link}',
      'Are you paying too much for home insurance? Most people are. Check here {link}',
      'Drivers in {city} are switching to this new insurer and saving {pct}%. {link}',
    ],
  },
  {
    kind: 'gold-investment', n: 4, roots: ['gold', 'bullion', 'silver', 'metals', 'vault'], site: 0.5,
    authors: [PERSON, 'Gold IRA Guide', 'Bullion Direct'],
    texts: [
      'Protect your retirement from inflation, move your pension into gold. Free guide: {link}',
      'Buy gold bars and coins at spot price, free insured delivery. {link}',
      'Silver is about to explode. Smart investors are buying now. {link}',
    ],
  },
  {
    kind: 'claims-compensation', n: 5, roots: ['claim', 'compo', 'refund', 'redress', 'payout'], site: 0.4,
    authors: [PERSON, 'Claims Direct', 'Refund Checker'],
    texts: [
      "Had an accident that wasn't your fault in the last 3 years? You could be owed £{k}. Claim now: {link}",
      'Diesel emissions claim: your car may qualify for £{k} compensation. Check your reg: {link}',
      'Mis-sold car finance? Thousands are getting refunds. Check your agreement in 60 seconds, no win no fee: {link}',
      'Flight delayed more than 3 hours? Airlines owe you up to €600. We claim it for you: {link}',
    ],
  },
  // --- education, fashion, travel, property -----------------------------------------------------
  {
    kind: 'essay-writing', n: 7, roots: ['essay', 'paper', 'thesis', 'assignment', 'homework', 'grade'], site: 0.6,
    authors: [PERSON, 'Essay Writing Service', 'Assignment Help', 'write my essay', 'Dr {last}, PhD'],
    texts: [
      'Need help with your essay? Professional writers, any subject, plagiarism free, from ${nn} per page. {link}',
      'Write my essay cheap - dissertation, thesis and coursework help by PhD writers. {link}',
      'Thanks for sharing! Students struggling with deadlines can get assignment help here: {link}',
      'Pay someone to take your online exam, guaranteed A or B. WhatsApp {wa}',
      'Nursing, law and MBA assignments done in {n} hours, Turnitin report included. {link}',
    ],
  },
  {
    kind: 'fake-diploma', n: 4, roots: ['diploma', 'degree', 'certify', 'transcript'], site: 0.3,
    authors: [PERSON, 'Buy Degree Online', 'Diploma Services'],
    texts: [
      'Buy a real university degree, verifiable, no exams. {link}',
      'Need a diploma, transcript or certificate? Fast delivery, any country. WhatsApp {wa}',
      'Get an accredited bachelor or master degree based on your life experience. {link}',
    ],
  },
  {
    kind: 'fake-documents', n: 5, roots: ['docs', 'passport', 'permit', 'id'], site: 0,
    authors: [PERSON, 'Document Services', 'Registered Documents'],
    texts: [
      "Buy real and fake passports, driver's licences, ID cards and residence permits, registered in the database. Contact {mail}",
      'Need an IELTS or TOEFL certificate without sitting the exam? Contact {tg}',
      'We produce genuine registered documents: SSN, visas, birth certificates. WhatsApp {wa}',
      'Lost your licence after a ban? Get a new one without the test. Telegram {tg}',
    ],
  },
  {
    kind: 'counterfeit-money', n: 3, roots: ['notes', 'bills', 'cash'], site: 0,
    authors: [PERSON, 'Grade A Notes'],
    texts: [
      'Counterfeit banknotes grade A, undetectable, pass the pen and UV test. Telegram {tg}',
      'We sell high quality fake euros, pounds and dollars, {n}x your money. WhatsApp {wa}',
      'Undetectable counterfeit money for sale, discreet delivery, samples available. {mail}',
    ],
  },
  {
    kind: 'replica-watches', n: 5, roots: ['replica', 'watch', 'swiss', 'clone', 'timepiece'], site: 0.6,
    authors: ['replica watches', PERSON, 'Swiss Replica', 'Luxury Watch Outlet'],
    texts: [
      'Swiss replica watches, AAA quality, Rolex, Omega, Patek. Free shipping. {link}',
      'Best fake watches online, 1:1 clones, automatic movement, sapphire glass. {link}',
      'High quality replica {Submariner|Daytona|Royal Oak|Nautilus} only ${nnn}. {link}',
      'Nobody can tell the difference! Our 3{n}-jewel replicas even fool jewellers. {link}',
    ],
  },
  {
    kind: 'replica-handbags', n: 5, roots: ['bag', 'tote', 'replica', 'designer', 'purse'], site: 0.6,
    authors: ['designer handbags outlet', PERSON, 'Replica Bags', '{first} Luxe'],
    texts: [
      'Replica designer bags, Louis Vuitton, Gucci, Chanel, mirror quality at {pct}% off. {link}',
      'Cheap designer handbags outlet, authentic look, fast delivery. {link}',
      'Superfake bags and wallets, factory direct, PayPal accepted. {link}',
      'Ladies! The {Neverfull|Birkin|Classic Flap} you want for under ${nnn} 👜 {link}',
    ],
  },
  {
    kind: 'fashion-outlet', n: 6, roots: ['sneaker', 'kicks', 'jersey', 'outlet', 'style', 'wear'], site: 0.6,
    authors: [PERSON, 'Cheap Nike Outlet', 'Jersey Wholesale', 'Fashion Store'],
    texts: [
      'Cheap Nike shoes outlet, Air Jordan, Yeezy, up to {pct}% off. {link}',
      'Wholesale football jerseys {year} season, all teams, ${nn} each. {link}',
      'Ugg boots clearance sale, free shipping! {link}',
      'Trendy summer dresses from $9.99 🌸 new arrivals every day {link}',
      'Moncler and Canada Goose jackets at outlet prices, last sizes. {link}',
    ],
  },
  {
    kind: 'dental-tourism', n: 6, roots: ['dental', 'smile', 'veneer', 'teeth', 'implant', 'dentist'], site: 0.6,
    authors: [PERSON, 'Smile Clinic Istanbul', 'Veneers Turkey', 'Dental Holidays'],
    texts: [
      'Veneers in Turkey from £{nnn} per tooth! All-inclusive package with hotel and VIP transfer. WhatsApp {wa}',
      'Why pay UK prices? Full set of dental implants in {Istanbul|Budapest|Antalya} for a fraction. Free consultation: {link}',
      'Turkey teeth done in 5 days, {nn}-year guarantee 😁 {link}',
      'NHS dentist waiting list? Fly out on Friday, come home with a new smile on Tuesday. {link}',
    ],
  },
  {
    kind: 'cosmetic-surgery-tourism', n: 5, roots: ['aesthetic', 'surgery', 'hairclinic', 'graft', 'body'], site: 0.6,
    authors: [PERSON, 'Hair Transplant Turkey', '{first} Aesthetics Clinic'],
    texts: [
      'Hair transplant in Istanbul, {k} grafts, FUE/DHI, hotel and transfers included. {link}',
      'BBL, tummy tuck and breast augmentation packages abroad, certified surgeons, payment plans. {link}',
      'Nose job from €{k}! Free online consultation with our surgeons: {link}',
      'Mummy makeover all inclusive from £{k}, {nn}% off if you book this month. {link}',
    ],
  },
  {
    kind: 'travel-deals', n: 5, roots: ['travel', 'trip', 'fly', 'holiday', 'getaway', 'tour'], site: 0.6,
    authors: [PERSON, 'Cheap Flights', 'Holiday Deals', 'cheap flights to {city}'],
    texts: [
      'Cheap flights and hotels! Book now and save up to {pct}% on your next holiday. {link}',
      'All-inclusive Maldives package from £{nnn} per person - limited offer. {link}',
      'Best travel deals to Bali, Dubai and Thailand. Use code {code}. {link}',
      'Error fare alert ✈️ return flights to {city} for ${nnn}, book before it is fixed: {link}',
    ],
  },
  {
    kind: 'real-estate-investment', n: 5, roots: ['property', 'estate', 'offplan', 'homes', 'realty'], site: 0.5,
    authors: [PERSON, 'Dubai Property Expert', '{first} Realty'],
    texts: [
      'Invest in off-plan property in Dubai with {n}% guaranteed rental yield. Golden visa included. {link}',
      'Buy luxury apartments in {city} with only 10% down payment. Contact our agent {wa}',
      'Property investment opportunity: {nn}% ROI, fully managed, hands-off. Download the brochure: {link}',
      'We buy any house for cash in 7 days, any condition. {link}',
    ],
  },
  {
    kind: 'visa-immigration', n: 6, roots: ['visa', 'migrate', 'passport', 'abroad', 'permit'], site: 0.4,
    authors: [PERSON, 'Visa Consultants', 'Immigration Experts', 'Canada Visa Help'],
    texts: [
      'Get your Canada work visa fast, 9{n}% approval rate. Free assessment: {link}',
      'We help you move to the UK, USA or Europe. Visa sponsorship jobs available. WhatsApp {wa}',
      'Golden visa, second passport, citizenship by investment - fast and legal. {link}',
      'Green card lottery registration is open now, do not miss your chance: {link}',
      'Care worker jobs in the UK with visa sponsorship and free flight. Send your CV to {mail}',
    ],
  },
  // --- apps and online services ----------------------------------------------------------------
  {
    kind: 'app-promo', n: 5, roots: ['app', 'apps', 'play', 'mobile', 'download'], site: 0.4,
    authors: [PERSON, 'App Deals', '{first} Apps'],
    texts: [
      'Download our new app and get £{n} free when you sign up with code {code}! {link}',
      'Best free photo editor app with AI filters, try it now: {link}',
      "This app pays you for walking 👟 I've already earned ${nnn}! {link}",
      'Tired of ads? Our app blocks them all and speeds up your phone by {pct}%. {link}',
    ],
  },
  {
    kind: 'vpn-promo', n: 4, roots: ['vpn', 'secure', 'privacy', 'tunnel', 'shield'], site: 0.5,
    authors: [PERSON, 'Best VPN Deals', 'VPN Review'],
    texts: [
      'Protect your privacy online with a lifetime VPN plan, {pct}% off today. {link}',
      'Watch any streaming catalogue from anywhere with our VPN. No logs, unlimited bandwidth. {link}',
      'Free VPN for Windows, Mac, Android and iOS - download: {link}',
    ],
  },
  {
    kind: 'iptv-streaming', n: 5, roots: ['iptv', 'stream', 'tv', 'channels', 'firestick'], site: 0.5,
    authors: [PERSON, 'IPTV UK', 'Best IPTV'],
    texts: [
      'Best IPTV subscription, {k}+ channels, all sports and movies in 4K, no buffering. Free trial: {link}',
      'Cheap IPTV UK £{nn} per year, works on Firestick. WhatsApp {wa}',
      'Watch every Premier League game live for £5 a month. {link}',
      'Cancel your Sky! Our box gives you every channel for a one-off £{nn}. {link}',
    ],
  },
  {
    kind: 'apk-mod', n: 4, roots: ['apk', 'mod', 'crack', 'unlocked', 'premium'], site: 0.5,
    authors: [PERSON, 'Mod APK', 'apk download'],
    texts: [
      'Download {game} mod apk, unlimited money, latest version: {link}',
      'Premium apps for free - cracked apk, no root needed. {link}',
      'Music streaming premium unlocked apk, no ads, offline downloads. {link}',
    ],
    lists: { game: ['Clash Kingdoms', 'Farm Tycoon', 'Street Racer 3', 'Candy Blast', 'Mine World'] },
  },
  {
    kind: 'web-hosting', n: 4, roots: ['host', 'hosting', 'server', 'cloud', 'domain'], site: 0.6,
    authors: [PERSON, 'Cheap Hosting', 'Web Hosting Deals'],
    texts: [
      'Cheap web hosting $1/month, free SSL, unlimited bandwidth {link}',
      'Premium domain for sale: {dom} - perfect brand for your business. Make an offer: {mail}',
      'Your site is slow because of your host. Move to our cloud servers free, we migrate everything. {link}',
    ],
  },
  {
    kind: 'domain-renewal-scam', n: 4, roots: ['domain', 'registry', 'listing', 'webnotice'], site: 0,
    authors: ['Domain Services', 'Registry Notice', 'Webmaster Support'],
    texts: [
      'FINAL NOTICE: your domain search listing expires today. Failure to renew may result in loss of online visibility. Renew: {link}',
      'Attention site owner: the SEO registration for your domain is due. Process payment of $86 at {link}',
      'Your website has been reported for copyright images. Download the evidence file to avoid suspension: {link}',
    ],
  },
  {
    kind: 'followers-likes', n: 7, roots: ['follow', 'likes', 'fans', 'viral', 'social', 'growth'], site: 0.6,
    authors: [PERSON, 'Buy Instagram Followers', 'Social Growth', 'Viral Boost'],
    texts: [
      'Buy Instagram followers, real and active, from $2.99. Instant delivery. {link}',
      'Get 10k TikTok views for $1! Grow your account fast: {link}',
      'Want to go viral? We sell YouTube subscribers, watch hours and likes. {link}',
      'Cheap Twitter/X followers and reposts, no password needed. {link}',
      'Monetise your channel faster: 4,000 watch hours in {n} days, safe and guaranteed. {link}',
    ],
  },
  {
    kind: 'leads-and-lists', n: 4, roots: ['leads', 'list', 'b2b', 'prospect', 'reach'], site: 0.5,
    authors: [PERSON, 'B2B Leads', 'Lead Gen Agency'],
    texts: [
      'Buy targeted email lists: {k} verified B2B contacts in your niche. {link}',
      'We generate {nn}+ qualified leads per month for your business, pay per result. {mail}',
      'You are reading this message, so your customers would read yours too. We send ads to {k} contact forms a day. {link}',
    ],
  },
  {
    kind: 'spy-app', n: 4, roots: ['spy', 'track', 'monitor', 'phone', 'locate'], site: 0.4,
    authors: [PERSON, 'Phone Tracker', 'Spy App'],
    texts: [
      'Think your partner is cheating? This app lets you read their messages secretly. {link}',
      'Track any phone location with just the number, no installation. {link}',
      "Monitor your kids' chats and social media remotely. Free trial: {link}",
    ],
  },
  {
    kind: 'hacker-for-hire', n: 6, roots: ['hack', 'cyber', 'ghost', 'recover'], site: 0,
    authors: [PERSON, 'Cyber Ghost', 'Hacker {first}', 'Ethical Hacker'],
    texts: [
      'Need to get into a phone, WhatsApp or social media account? Or want to check if your partner is cheating? Contact {mail}',
      'Professional hacker: change grades, clear records, boost credit score. Telegram {tg}',
      'Lost access to your Instagram? {first} recovered mine in 2 hours. Reach him on {mail}',
      "I caught my cheating husband thanks to a hacker who cloned his phone. Reach out to {mail}, he's legit.",
    ],
  },
  {
    kind: 'recovery-scam', n: 6, roots: ['recovery', 'funds', 'retrieve', 'asset'], site: 0.2,
    authors: [PERSON, '{first} Recovery', 'Fund Recovery Expert', 'Asset Retrieval'],
    texts: [
      "If you lost money to a fake crypto platform, don't give up. {Swift|Trust|Zenith} Recovery got back ${k} for me. Email {mail}",
      'Scammed? Contact a certified fund recovery expert, {nn}% success rate. WhatsApp {wa}',
      'I lost my savings to a binary options broker. Thank God for {person2} who helped me recover everything. {mail}',
      'Victims of investment fraud: your money can be traced and returned. Free case review: {link}',
    ],
  },
  // --- adult, dating, romance -------------------------------------------------------------------
  {
    kind: 'adult-dating', n: 7, roots: ['date', 'flirt', 'hookup', 'match', 'single', 'meet'], site: 0.5,
    authors: ['{first}', '{first} {nn}', 'Hot Singles', '{first}💋', 'Lonely {first}'],
    texts: [
      'Lonely? Hot singles in your area are waiting to chat with you 😘 {link}',
      "Hi, I'm {first}, {nn}, looking for fun tonight. My profile is here {link}",
      'Meet local women for casual dates, no sign up fees. {link}',
      'Girls near you want to meet. Click to see photos: {link}',
      'check my profile 😘 I am online now',
    ],
  },
  {
    kind: 'escorts', n: 5, roots: ['escort', 'vip', 'girls', 'models', 'companion'], site: 0.5,
    authors: ['{city} Escorts', 'VIP Escort Agency', '{first}', 'call girls {city}'],
    texts: [
      'Independent escorts in {city}, incall and outcall, 24/7. Book: {link}',
      'VIP escort agency {city}, elite models, discreet service. Call {wa}',
      'Call girls available in {city}, genuine photos, cash payment. WhatsApp {wa}',
      'Looking for company tonight in {city}? Verified companions, hotel visits. {link}',
    ],
  },
  {
    kind: 'romance-scam', n: 6, roots: ['love', 'heart'], site: 0,
    authors: ['{first}', PERSON, 'Sgt {person}', '{first} {last}'],
    texts: [
      'Hello dear, I saw your comment and I like your kind words. I am {first}, a widow{er|} living abroad. I want to know you better, write me on {mail}',
      'Hi, you look like an honest person. I am looking for a serious relationship. Please send a message to my email {mail}',
      "Hello handsome 😊 I'm {first}, new in town, would love to chat. Add me on WhatsApp {wa}",
      'I am a soldier on a peace mission and I need someone to trust with my belongings before I come home. Kindly write to {mail}',
    ],
  },
  {
    kind: 'sugar-daddy', n: 5, roots: ['sugar', 'spoil'], site: 0.2,
    authors: ['Sugar Daddy {first}', PERSON, 'Sugar Mummy Agent'],
    texts: [
      'Sugar daddy looking for a sugar baby, $2000 weekly allowance, no meeting required. Text {wa}',
      'Want a sugar mummy in {city}? We connect you with rich women. Registration: {link}',
      'I need a sugar baby to spoil every week. First payment sent immediately. DM me.',
      'Any sugar baby here? I pay your bills, you just keep me company online. Telegram {tg}',
    ],
  },
  {
    kind: 'spell-caster', n: 7, roots: ['spell', 'temple', 'oracle'], site: 0,
    authors: ['{caster}', PERSON, '{first} {last}', 'Testimony'],
    lists: { caster: ['Dr Olumba', 'Priest Ameru', 'Lord Kaveh', 'Dr Wakanu', 'Priestess Moraine', 'Dr Ebozie', 'Baba Toluwa'] },
    texts: [
      'I want to testify how {caster} brought my ex back within {n} days after he left me for another woman. Contact him: {mail} WhatsApp {wa}',
      'Powerful love spells, money spells, lottery spells and a cure for infertility. Call {caster} on {wa}',
      'I never believed in spells until {caster} helped my husband come home. Write to {mail}',
      'My name is {person} from {city}. After {n} years of trying for a baby, {caster} gave me a herbal charm and now I have twins. {mail}',
      'If your marriage is breaking, do not cry any more. {caster} is real and fast. Email: {mail}',
    ],
  },
  {
    kind: 'psychic-reading', n: 4, roots: ['psychic', 'tarot', 'astro', 'medium'], site: 0.5,
    authors: [PERSON, 'Psychic {first}', 'Astrologer'],
    texts: [
      'Free psychic reading today! Find out what the stars say about your love life. {link}',
      'Tarot reading by phone, the first 3 minutes are free. Call {phone}',
      'Accurate astrologer for marriage, career and money problems. WhatsApp {wa}',
    ],
  },
  // --- contact routes without a link ----------------------------------------------------------------
  {
    kind: 'whatsapp-mentor', n: 8, roots: ['mentor'], site: 0,
    authors: [PERSON, '{first}', '{first} {last}'],
    texts: [
      'I want to thank {person2} for all the help with my investment. I made ${k} in 2 weeks. You can reach her on WhatsApp {wa}',
      'Big thanks to my account manager, I just received my {n}th payout of ${k}. Message her on WhatsApp {wa} to get started.',
      'Anyone wanting a real trading mentor should contact {Mr|Mrs} {last2}. Honest, patient and my profits are paid every {day}. WhatsApp: {wa}',
      'I was sceptical at first but {person2} guided me step by step and I now earn more than my salary. The WhatsApp number is {wa}',
    ],
  },
  {
    kind: 'telegram-mentor', n: 6, roots: ['signals'], site: 0,
    authors: [PERSON, '{first}', 'Crypto {first}'],
    texts: [
      'Thank you {person2} for changing my life, my portfolio is up {nnn}% since I joined. Telegram: {tg}',
      'Still losing money trading alone? Join the group, copy the calls, take the profit. {tg} on Telegram',
      'Those asking how I did it: I follow {tg} on Telegram, no upfront fee, they take a share of profits.',
      'Write "START" to {tg} on Telegram and you will receive the free strategy.',
    ],
  },
  {
    kind: 'signal-contact', n: 4, roots: ['secure'], site: 0,
    authors: [PERSON, '{first}'],
    texts: [
      'For the genuine opportunity I mentioned, contact me on Signal only: {wa}',
      'Serious people only. Signal {wa}. No time wasters.',
      'Anyone who wants the method, message me on Signal at {wa}, I do not use email.',
    ],
  },
  {
    kind: 'dm-me', n: 6, roots: ['dm'], site: 0,
    authors: [PERSON, '{first}', '{first}_{nn}'],
    texts: [
      'I have something that will interest every reader here. DM me for details.',
      'Anyone who wants to make extra money from home should message me privately 👇',
      'Inbox me if you want to know how I paid off £{big} of debt in {n} months.',
      'DM me "money" and I will show you what I do every morning that pays more than my job.',
      'Not allowed to post the link here, so message me and I will send it 😉',
    ],
  },
  {
    kind: 'comment-yes', n: 5, roots: ['yes'], site: 0,
    authors: [PERSON, '{first}', 'Financial Freedom'],
    texts: [
      'Comment YES if you want to know how I paid off my mortgage in {n} years.',
      'Type "INFO" below and I will send you the details of the programme.',
      "Who wants the free guide? Reply 'ME' and I'll send it to you.",
      'Drop a 🙋 if you want to learn how I earn ${k} a month from my phone.',
    ],
  },
  {
    kind: 'reply-for-message', n: 5, roots: ['reply'], site: 0,
    authors: [PERSON, '{first}'],
    texts: [
      'Reply to this comment and I will message you the method I used.',
      "If you're struggling with bills, reply here and I'll reach out to you personally.",
      'Leave your number below and our advisor will call you back within the hour.',
      'Anyone interested just reply with your email and I will write to you privately.',
    ],
  },
  {
    kind: 'email-contact-only', n: 4, roots: ['contact'], site: 0,
    authors: [PERSON, 'Mr {last}', 'Mrs {last}'],
    texts: [
      'Email me for more info: {mail}',
      'For more information about the programme please write to {mail} today.',
      'Those who are interested can contact me directly at {mail}, I reply within 24 hours.',
    ],
  },
  // --- phishing ----------------------------------------------------------------------------------
  {
    kind: 'phishing-parcel', n: 7, roots: ['parcel', 'redelivery', 'delivery', 'track', 'courier', 'post'], site: 0,
    authors: ['Delivery Notice', 'Parcel Service', 'Customer Support', 'Redelivery Team'],
    texts: [
      'Your parcel could not be delivered due to an unpaid shipping fee of £1.{cents}. Please reschedule your delivery: {link}',
      'We attempted to deliver your package today. To arrange redelivery, confirm your address within 24 hours at {link}',
      'NOTICE: a parcel addressed to you is held at our depot. Customs charge of £{n}.{cents} outstanding. Pay: {link}',
      'Your package {ref} is on hold because the address is incomplete. Update it here to avoid return to sender: {link}',
    ],
  },
  {
    kind: 'phishing-bank', n: 6, roots: ['secure', 'verify', 'banking', 'account', 'online', 'login'], site: 0,
    authors: ['Security Team', 'Bank Alert', 'Fraud Department', 'Online Banking'],
    texts: [
      'We detected a new device sign-in to your bank account. If this was not you, verify your identity immediately: {link}',
      'Your debit card has been temporarily restricted. Restore access at {link}',
      'A payment of £{nnn}.{cents} to a new payee has been scheduled. If you did not request this, cancel it here: {link}',
      'Dear customer, your online banking will be deactivated unless you update your details today. {link}',
    ],
  },
  {
    kind: 'phishing-tax-refund', n: 5, roots: ['tax', 'refund', 'govrefund', 'revenue', 'rebate'], site: 0,
    authors: ['HMRC Refunds', 'Tax Refund Office', 'Revenue Service'],
    texts: [
      'HMRC: you are entitled to a tax refund of £{nnn}.{cents}. Submit your claim before the deadline: {link}',
      'After the annual calculation of your fiscal activity, you are eligible to receive a refund. Claim it here: {link}',
      'Your tax rebate was declined due to incorrect details. Update your bank information to receive £{nnn}: {link}',
    ],
  },
  {
    kind: 'phishing-energy-rebate', n: 5, roots: ['energy', 'rebate', 'bills', 'ofgemrefund', 'power'], site: 0,
    authors: ['Energy Rebate Team', 'Bill Support Scheme', 'Energy Support'],
    texts: [
      'You are eligible for a £{nnn} energy bill rebate under the government support scheme. Apply now: {link}',
      'Your energy supplier owes you £{nnn}.{cents} after a billing review. Claim your refund before {date}: {link}',
      'Winter fuel discount: households must reapply this year. Check your eligibility in 1 minute: {link}',
    ],
  },
  {
    kind: 'phishing-government-grant', n: 5, roots: ['grant', 'govsupport', 'benefit', 'costofliving', 'relief'], site: 0,
    authors: ['Grant Office', 'Cost of Living Support', 'Government Benefits Team'],
    texts: [
      'New cost of living grant: every household can claim £{nnn}. Check if you qualify: {link}',
      'Your application for the household support grant has been approved. Confirm your bank details to receive payment: {link}',
      'Federal grant of ${k} available to citizens, no repayment needed. Apply on {link}',
    ],
  },
  {
    kind: 'phishing-prize', n: 5, roots: ['reward', 'prize', 'winner', 'survey', 'loyalty'], site: 0,
    authors: ['Customer Rewards', 'Loyalty Programme', 'Prize Team'],
    texts: [
      'Congratulations! You have been selected to receive an exclusive reward. Complete the short survey to claim: {link}',
      'You are our lucky visitor of the day! Claim your free {smartphone|tablet|robot vacuum} now: {link}',
      'Your loyalty points (4,{nnn}) expire today. Redeem them for a gift before midnight: {link}',
    ],
  },
  {
    kind: 'phishing-account-suspended', n: 6, roots: ['account', 'verify', 'support', 'security', 'help'], site: 0,
    authors: ['Account Security', 'Support Team', 'Service Notice'],
    texts: [
      'Your account has been suspended due to unusual activity. Log in within 24 hours to keep it: {link}',
      'Your streaming subscription could not be renewed. Update your payment method to avoid interruption: {link}',
      'Your mailbox is almost full and will stop receiving messages. Upgrade storage now: {link}',
      'We noticed a violation of our community standards on your page. Appeal here or your page will be deleted: {link}',
    ],
  },
  {
    kind: 'phishing-fine', n: 4, roots: ['pcn', 'toll', 'fine', 'penalty', 'parking'], site: 0,
    authors: ['Parking Services', 'Road Toll Notice', 'Penalty Notice'],
    texts: [
      'Unpaid toll charge: your vehicle was recorded on a toll road without payment. Pay £{n}.{cents} now to avoid a penalty: {link}',
      'A penalty charge notice was issued to your vehicle. View the photo evidence and pay: {link}',
      'Final reminder: outstanding parking fine of £{nn}. It will increase to £{nnn} if not paid today. {link}',
    ],
  },
  // --- work and money-making schemes -------------------------------------------------------------
  {
    kind: 'fake-job-earn-from-home', n: 8, roots: ['job', 'work', 'earn', 'remote', 'career', 'hire'], site: 0.3,
    authors: [PERSON, 'HR Recruitment', 'Remote Jobs', '{first} (Recruiter)'],
    texts: [
      "I'm making ${nnn} a day working from my laptop, part time, no experience needed. Anybody can do it. Details: {link}",
      'Hiring now: remote data entry, ${nn}/hour, flexible hours. Apply on WhatsApp {wa}',
      'Work from home opportunity: like videos and get paid ${n} per like. Contact {tg}',
      'We are looking for mystery shoppers and parcel forwarders in {city}. Weekly pay. Email your details to {mail}',
      'Earn extra income writing product reviews. Paid daily, no fees. Register: {link}',
      'Stay-at-home mums are earning ${k}+ monthly with this simple online job. Start today {link}',
    ],
  },
  {
    kind: 'my-aunt-makes', n: 6, roots: ['earn', 'home', 'income', 'cash', 'work'], site: 0.3,
    authors: [PERSON, '{first}', '{first} {last}'],
    texts: [
      'My {aunt|step-mum|neighbour|best friend} was out of work for {n} months, now she earns ${nn} an hour from her kitchen table. Last month she cleared ${k}. See how: {link}',
      "my {uncle|cousin|flatmate} gets ${nn}/hr online. didn't believe it until he showed me the bank statement. {link}",
      'Before I started this online job I was on minimum wage, now I take home ${k} a week. Go to {link} and hit Start.',
      'Honestly, my {sister|mum}-in-law bought a new car last week just from doing online tasks on her laptop. Here is the site: {link}',
    ],
  },
  {
    kind: 'mlm-recruitment', n: 5, roots: ['team', 'boss'], site: 0,
    authors: [PERSON, '{first} 💕', '{first}'],
    texts: [
      "Hey hun 💕 I'm looking for 3 ambitious ladies to join my team, work from your phone and be your own boss! Message me 'INFO'",
      'I left my 9 to 5 thanks to this business. Looking for motivated people in {city}. DM me!',
      'Are you open to hearing about an opportunity that could change your finances? Reply here and I will message you.',
      'Only {n} spots left on my team this month 🙌 No selling to friends, I promise. Message me.',
    ],
  },
  {
    kind: 'paid-surveys', n: 4, roots: ['survey', 'opinion', 'rewards', 'panel'], site: 0.4,
    authors: [PERSON, 'Paid Surveys', 'Survey Rewards'],
    texts: [
      'Get paid up to ${nn} per survey, join free: {link}',
      'I earned ${nnn} last month answering surveys in my spare time. {link}',
      'Share your opinion and earn rewards. Sign up with my referral: {link}',
    ],
  },
  {
    kind: 'gift-card-generator', n: 4, roots: ['giftcard', 'codes', 'voucher', 'freecode'], site: 0.3,
    authors: [PERSON, 'Free Gift Cards', 'Codes Generator'],
    texts: [
      'Free gift card codes generator {year} - working, no survey: {link}',
      'Get a $100 gift card just for your opinion! Takes 2 minutes: {link}',
      'Free game store wallet codes, updated daily {emo} {link}',
    ],
  },
  {
    kind: 'game-currency', n: 6, roots: ['vbucks', 'robux', 'gems', 'coins', 'gold', 'skins'], site: 0.5,
    authors: [PERSON, 'Free Robux', 'Game Coins Shop', 'gamer{nn}'],
    texts: [
      'Free V-Bucks generator {year} working! No human verification: {link}',
      'Get unlimited Robux free - just enter your username: {link}',
      'Cheap {WoW gold|FC coins|OSRS gold|Genshin crystals}, safe delivery in 10 minutes. {link}',
      'Buy game accounts and rare skins at the lowest price. Instant delivery. {link}',
    ],
  },
  // --- the scam-shaped rest ------------------------------------------------------------------------
  {
    kind: 'inheritance-419', n: 5, roots: ['estate', 'trust'], site: 0,
    authors: ['Barrister {person}', PERSON, 'Mr {last}'],
    texts: [
      'I am Barrister {person}, personal attorney to a late client who died leaving ${n}.{n} million in a bank here. I want to present you as next of kin. Reply to {mail}',
      'Dear friend, I have a business proposal of mutual benefit involving the transfer of ${nn} million. Contact me privately: {mail}',
      'You are the beneficiary of an unclaimed fund. Kindly send your full details to {mail} for processing.',
      'Greetings. I am a bank manager and I discovered a dormant account with your surname. Write to me urgently: {mail}',
    ],
  },
  {
    kind: 'charity-donation-scam', n: 4, roots: ['relief', 'appeal', 'aid', 'donate'], site: 0,
    authors: ['Emergency Relief Fund', PERSON, 'Children Appeal'],
    texts: [
      'Please help the victims of the earthquake, donate now through our emergency fund: {link}',
      'A child needs urgent surgery and every £5 helps. Send donations by PayPal to {mail}',
      'Flood relief appeal - crypto donations accepted at {link}',
    ],
  },
  {
    kind: 'pet-sale-scam', n: 4, roots: ['puppy', 'pets', 'kennel'], site: 0.2,
    authors: [PERSON, 'Puppies For Sale', '{first} Kennels'],
    texts: [
      'Cute French bulldog puppies for sale, vaccinated, home raised, free delivery. Text {phone}',
      'Teacup Yorkie puppies available for adoption, just pay shipping. Email {mail}',
      'Parrots and exotic birds for sale, fertile eggs available too. WhatsApp {wa}',
    ],
  },
  {
    kind: 'ticket-resale', n: 4, roots: ['tickets', 'seats', 'gig', 'event'], site: 0.2,
    authors: [PERSON, 'Tickets Available', '{first}'],
    texts: [
      'Cheap tickets for {the final|the festival|Saturday night} available, e-tickets sent instantly. WhatsApp {wa}',
      'Sold out? We still have VIP seats for the stadium tour. {link}',
      "Got 2 spare tickets for this weekend, can't go anymore, £{nn} each. Message me on {wa}, bank transfer only.",
    ],
  },
  {
    kind: 'tech-support', n: 6, roots: ['support', 'helpdesk', 'fix', 'printer', 'techhelp'], site: 0.3,
    authors: ['Printer Support', 'Tech Support Number', PERSON, 'Email Help Desk'],
    texts: [
      'Printer offline? Call our 24/7 tech support toll free {tollfree}',
      'Email not syncing or forgot your password? Our technicians can fix it remotely. Call {tollfree}',
      'Antivirus renewal and installation help line: {tollfree}. Certified experts available now.',
      'WARNING: your computer may be infected. Call Windows support at {tollfree} immediately.',
    ],
  },
  {
    kind: 'giveaway-sweepstakes', n: 6, roots: ['giveaway', 'win', 'prize', 'free', 'draw'], site: 0.2,
    authors: ['Giveaway Team', PERSON, 'Prize Draw'],
    texts: [
      "🎁 We're giving away {n} iPhones to celebrate our anniversary! Answer 3 questions and enter: {link}",
      'Congratulations, you have been chosen to receive a £{nnn} supermarket gift card. Claim before midnight: {link}',
      'Free console giveaway! Like, share and register here: {link}',
      'Win a brand new car, 1 entry = £1. Draw on {day}. {link}',
    ],
  },
  {
    kind: 'clickbait-celebrity', n: 7, roots: ['news', 'buzz', 'viral', 'story', 'daily', 'trend'], site: 0.3,
    authors: ['Daily Buzz', 'News Today', PERSON, 'Trending Now'],
    texts: [
      "You won't believe what the {TV host|former footballer|singer} revealed about her weight loss secret! {link}",
      'BREAKING: famous chef leaves show after a shocking on-air remark. Full story: {link}',
      "Presenter's secret income trick leaves the Bank furious - watch before it's removed: {link}",
      'Doctors stunned: this 1 kitchen ingredient wipes out joint pain {link}',
      'Remember her? At {nn} she looks unrecognisable. Photo {n} will shock you {link}',
      'Scandal! What they found in the star\'s garden will leave you speechless {link}',
    ],
  },
  {
    kind: 'political-astroturf', n: 6, roots: ['truth', 'patriot', 'freedom', 'wakeup', 'real', 'voice'], site: 0.4,
    authors: ['Patriot{nn}', 'TruthSeeker', PERSON, 'Real Voice'],
    texts: [
      "Wake up people! The mainstream media won't tell you the truth about this. Read the real story here {link}",
      'Patriots are sharing this! Sign the petition before it is taken down: {link}',
      'They are destroying this country. Share this video before they delete it {link}',
      'Only one candidate can save our economy. Vote on {day}! More at {link}',
      'The {council|government} is hiding the real numbers. Leaked documents: {link}',
    ],
  },
  {
    kind: 'fake-review-business', n: 6, roots: ['roofing', 'removals', 'clinic', 'dental', 'repairs', 'builders'], site: 0.6,
    authors: [PERSON, '{first} {last}', 'Happy Customer'],
    texts: [
      'I used {biz} last month and they were absolutely amazing, 10/10 would recommend! {link}',
      "Best {dentist|restaurant|builder} in {city}, the staff were so friendly, I'll definitely be back. ⭐⭐⭐⭐⭐ {link}",
      'Five stars for {biz}! Fast, professional and affordable. Book at {link}',
      'Can not recommend {biz} enough. Came on time, cleaned up, fair price. Their website: {link}',
    ],
    lists: { biz: ['Zenith Roofing', 'SwiftMove Removals', 'Crown Dental Studio', 'Apex Builders', 'ProFix Repairs', 'Elite Driveways'] },
  },
  {
    kind: 'neighbour-tip-plug', n: 8, roots: ['paving', 'boiler', 'gutter', 'roofing', 'windows', 'driveways'], site: 0.4,
    authors: [PERSON, '{first} from {town}', 'Local Mum', '{first}'],
    lists: {
      biz: ['BrightDrive Paving', 'HeatRight Boilers', 'ClearFlow Gutters', 'Summit Roofing', 'ClearView Windows', 'Castle Driveways'],
      paver: ['BrightDrive Paving', 'Castle Driveways', 'Kerbline Surfacing'],
      boiler: ['HeatRight Boilers', 'Warmline Heating', 'FlameSafe Gas'],
      roofer: ['Summit Roofing', 'ClearFlow Gutters', 'Skyline Roof Repairs'],
    },
    texts: [
      "Funny you should write about potholes, we had our driveway redone by {paver} last week, great price, and they're doing offers in the {town} area this month: {link}",
      'Slightly off topic but if anyone near {town} needs a boiler engineer, {boiler} sorted ours same day. Use code NEIGHBOUR10 at {link}',
      'As a local mum I just want to say {biz} are doing half price for {town} residents this week only, call {phone}',
      'Speaking of the storm damage - {roofer} are offering free inspections to everyone on {street} and nearby. Book: {link}',
      'Great article. PS {town} residents: {biz} have {pct}% off this month if you mention this site! {link}',
    ],
  },
  {
    kind: 'local-trades-ad', n: 6, roots: ['plumber', 'locksmith', 'removals', 'carpet', 'pest', 'drains'], site: 0.7,
    authors: ['Emergency Plumber {city}', 'Locksmith {city}', 'Man and Van {city}', PERSON],
    texts: [
      'Emergency plumber in {city}, 24/7, no call-out fee. Call {phone} or visit {link}',
      'Affordable house removals and man with a van in {city}. Free quote: {link}',
      'Carpet cleaning from £{nn} per room, end of tenancy cleans too. {link}',
      'Locked out? Our locksmiths reach you in 20 minutes anywhere in {city}. {phone}',
      'Rats, mice, wasps? Same day pest control, guaranteed results. {link}',
    ],
  },
  {
    kind: 'home-improvement-grant', n: 5, roots: ['solar', 'boiler', 'insulation', 'ecogrant', 'heatpump'], site: 0.3,
    authors: ['Home Energy Grants', PERSON, 'Eco Scheme Team'],
    texts: [
      'Homeowners in your area may qualify for FREE solar panels under the new scheme. Check in 30 seconds: {link}',
      'Free boiler replacement grant for households on benefits - apply before the funding runs out: {link}',
      'Loft and cavity wall insulation fully funded for eligible homes. Call {phone}',
      'Government heat pump grant increased to £7,500. See if your home qualifies: {link}',
    ],
  },
  {
    kind: 'custom-printing', n: 3, roots: ['print', 'merch', 'tees', 'custom'], site: 0.6,
    authors: [PERSON, 'Custom T-Shirts', 'Print Shop'],
    texts: [
      'Custom t-shirts, mugs and hoodies printed with your logo. No minimum order. {link}',
      'Promotional products for your business at wholesale prices, free design. {link}',
      'Personalised gifts for every occasion, 24 hour printing and free delivery. {link}',
    ],
  },
  // --- praise, names, replies and questions used as carriers ---------------------------------------------------
  {
    kind: 'praise-link-in-text', n: 10, roots: ['blog', 'tips', 'guide', 'life', 'daily', 'journal', 'hacks'], site: 0.4,
    authors: [PERSON, '{first}', '{topic} blog', '{first} {last}'],
    texts: [
      '{praise} I have bookmarked your site and will be back. Also check my page {link}',
      'Wow, this is really informative. I run a similar site about {topic}, I would love your opinion: {link}',
      '{Awesome|Fantastic|Great|Wonderful} {post|article|write-up}! I {really|truly} {appreciate|value} the {info|information|details}. {link}',
      '{praise} If you have time, visit my blog too, I write about {topic}: {link}',
      'Thank you for sharing this with us. I found a lot of useful tips on {topic} here as well: {link}',
      '{praise} {praise} {link}',
    ],
  },
  {
    kind: 'praise-website-only', n: 12, roots: ['blog', 'tips', 'shop', 'guide', 'deals', 'store', 'reviews', 'online'], site: 1,
    authors: [PERSON, '{first}', '{anchor}', '{topic} tips', '{first} {last}'],
    texts: [
      '{praise}',
      '{praise} {praise}',
      '{Nice|Good|Great|Very good} {post|article|blog}, {thanks|thank you} for {sharing|posting}.',
      'I am {really|very} impressed with your writing skills. Is this a paid theme or did you customise it yourself?',
      '{praise} Keep it up!',
      'Hey, I think your site might be having browser compatibility issues. Otherwise, {great|amazing} blog!',
    ],
  },
  {
    kind: 'keyword-author-trades', n: 10, roots: ['plumber', 'locksmith', 'roofing', 'cleaning', 'removals', 'dentist', 'lawyer', 'taxi', 'pest'], site: 0.95, siteFromAuthor: true,
    authors: [
      'Best Plumber {city}', 'Emergency Locksmith {city}', 'Roof Repair {city}', 'Car Accident Lawyer {city}', 'Carpet Cleaning {city}',
      'Tree Removal {city}', 'Boiler Repair {city}', 'Airport Taxi {city}', 'Pest Control {city}', 'Drain Unblocking {city}',
      'Cheap Removals {city}', 'Dentist {city}', 'Personal Injury Solicitors', 'Gutter Cleaning {city}', 'Window Tinting Near Me',
    ],
    texts: [
      '{praise}',
      'Thanks for the {great|nice|useful} info!',
      '{Very|Really|Quite} {interesting|informative} {article|read}, {I agree with most of it|bookmarked}.',
      'This is a {great|helpful} resource for anyone in the area.',
      '{praise} Cheers from {city}.',
    ],
  },
  {
    kind: 'keyword-author-products', n: 8, roots: ['buy', 'cheap', 'online', 'shop', 'best', 'deal'], site: 0.95, siteFromAuthor: true,
    authors: [
      'buy cialis online', 'cheap flights to {city}', 'casino online', 'best keto pills', 'buy tiktok likes',
      'replica rolex', 'payday loans', 'slot gacor', 'cheap jerseys', 'essay writer', 'iptv uk', 'cbd gummies uk',
    ],
    texts: [
      '{praise}',
      '{Thanks|Thank you} {admin|for the post}, {very nice|so helpful}.',
      'Interesting point of view, I had never thought of it that way.',
      '{praise} Regards.',
    ],
  },
  {
    kind: 'reply-hijack', n: 6, roots: ['fix', 'help', 'solution', 'guide', 'method'], site: 0.3,
    authors: [PERSON, '{first}'],
    texts: [
      '@{first2} totally agree with you! I had the same problem until I found {link}',
      '@{first2} exactly this. Anyone in the same situation should look at {link}, it saved me',
      'Replying to {first2}: try {link}, worked for me in {n} days',
      "{first2}, you're so right. That's why I switched to {link} and never looked back.",
    ],
    lists: { first2: ['Margaret', 'Dave', 'Sian', 'Gareth', 'Priya', 'Colin', 'Ruth', 'Tomasz', 'Linda', 'Raj'] },
  },
  {
    kind: 'self-plug-question', n: 6, roots: ['review', 'shop', 'deals', 'store', 'direct'], site: 0.3,
    authors: [PERSON, '{first}'],
    texts: [
      'Does anyone know if {link} is legit? They have {topic} products at half price.',
      'Has anybody tried {link}? A friend recommended it for {topic} and the prices look unreal.',
      'Quick question: is {dom} a good site for {topic}? Thinking of ordering this week.',
      'Which is better for {topic}, {link} or {link2}? Need advice!',
    ],
  },
  {
    kind: 'spun-article-snippet', n: 6, roots: ['home', 'garden', 'finance', 'health', 'auto', 'living'], site: 0.5,
    authors: [PERSON, '{topic} Guide', '{first} {last}'],
    texts: [
      'Choosing the right contractor can make or break your {topic} project. Always compare at least three quotes, check reviews and ask about warranties. To learn more about planning your budget, read {link}',
      'In today\'s fast-paced world, {topic} has become more important than ever. Experts agree that small daily habits lead to big results over time. Discover the {n} habits that changed everything: {link}',
      'When it comes to {topic}, many people overlook the basics. Planning, consistency and the right tools are the keys to success. Find a complete step-by-step guide at {link}',
      '{topic} is a journey, not a destination. Whether you are a beginner or an expert, there is always something new to learn. Our latest guide covers it all: {link}',
    ],
  },
  {
    kind: 'keyword-stuffing', n: 5, roots: ['cheap', 'best', 'buy', 'discount'], site: 0.6,
    authors: ['{anchor}', PERSON],
    texts: [
      '{anchor} {anchor2} best {anchor} online {anchor2} cheap {anchor} {link}',
      'cheap flights cheap flights to {city} cheap airline tickets best flight deals last minute flights {link}',
      'buy {anchor} | {anchor2} | {anchor} uk | {anchor} price | {anchor2} reviews | {link}',
      'seo {city} seo company {city} best seo agency {city} local seo {city} {link}',
    ],
  },
  // --- markup and link shapes --------------------------------------------------------------------------
  {
    kind: 'html-link-markup', n: 8, roots: ['shop', 'online', 'store', 'best', 'deal', 'buy', 'cheap'], site: 0.4,
    authors: [PERSON, '{anchor}', '{first}'],
    texts: [
      'Great site! <a href="{link}">{anchor}</a>',
      '<a href="{link}" rel="dofollow">{anchor}</a> <a href="{link2}">{anchor2}</a>',
      '<b>Nice</b> post, thanks. <a href={link}>click here</a>',
      '<p>Thanks for the article.</p><p><a href="{link}" target="_blank">{anchor}</a></p>',
      '{praise} <a href="{link}">{anchor}</a>, <a href="{link2}">{anchor2}</a>, <a href="{link3}">{anchor2}</a>',
      '<strong><a href="{link}" title="{anchor}">{anchor}</a></strong> - the best prices online',
    ],
  },
  {
    kind: 'bbcode-link-markup', n: 7, roots: ['shop', 'online', 'store', 'cheap', 'pro', 'direct'], site: 0.4,
    authors: [PERSON, '{anchor}', '{first}'],
    texts: [
      '[url={link}]{anchor}[/url]',
      '[URL={link}]{anchor}[/URL] [URL={link2}]{anchor2}[/URL]',
      'Nice! [url={link}][b]{anchor}[/b][/url]',
      '{praise} [url]{link}[/url]',
      '[url={link}]{anchor}[/url] | [url={link2}]{anchor2}[/url] | [url={link3}]{anchor2}[/url]',
    ],
  },
  {
    kind: 'markdown-anchor-seo', n: 6, roots: ['guide', 'shop', 'review', 'best', 'top'], site: 0.4,
    authors: [PERSON, '{anchor}', '{first}'],
    texts: [
      '{praise} By the way, I found the best [{anchor}]({link}) here.',
      'Good points. For anyone looking for [{anchor}]({link}) or [{anchor2}]({link2}), these worked for me.',
      '[{anchor}]({link}) [{anchor2}]({link2}) [{anchor2}]({link3})',
      'Thanks! More on [{topic}]({link}) and [{anchor}]({link2}).',
    ],
  },
  {
    kind: 'many-links', n: 7, roots: ['shop', 'deal', 'cheap', 'buy', 'online', 'best', 'store', 'pro'], site: 0.3,
    authors: [PERSON, '{anchor}', 'links'],
    texts: [
      '{link}\n{link2}\n{link3}\n{link4}',
      '{anchor}: {link}\n{anchor2}: {link2}\n{anchor2}: {link3}',
      'Useful links: {link} {link2} {link3} {link4} {plink}',
      '{praise}\n\n1. {link}\n2. {link2}\n3. {link3}\n4. {plink}',
      'check these out {link} {link2} {plink}',
    ],
  },
  {
    kind: 'url-only', n: 8, roots: ['go', 'link', 'click', 'site', 'page', 'web', 'shop', 'visit'], site: 0.3,
    authors: [PERSON, '{first}', '{anchor}', '{first}{nn}'],
    texts: ['{link}', '{link} {link2}', '{plink}', '{link}\n{plink}', '{link} {emo}'],
  },
  {
    kind: 'gibberish-probe', n: 6, roots: ['test', 'go', 'x', 'link'], site: 0.4,
    authors: ['{rand}', '{rand} {rand}', PERSON, 'test'],
    lists: { rand: ['KjdWieu', 'xrumer', 'QwErTy', 'bvxnm', 'LkeoQ9', 'zzpq', 'asdfgh', 'JhonDoe', 'mnbv'] },
    texts: [
      '{rand} {nnn} {link}',
      'test test {nnn} {rand}',
      '{rand} {rand}{nn} {rand}',
      'hi {rand} <a href="{link}">{rand}</a>',
      '{rand}! {rand}... {link}',
    ],
  },
  // --- other languages and scripts ----------------------------------------------------------------------
  {
    kind: 'spanish-spam', n: 6, roots: ['dinero', 'gana', 'prestamo', 'casino', 'seguidores', 'rapido'], site: 0.4,
    authors: ['Carlos Méndez', 'Préstamos Rápidos', 'Lucía Fernández', 'Gana Dinero'],
    texts: [
      '¡Gana dinero desde casa! Más de {nnn} € al día sin experiencia. Regístrate aquí: {link}',
      'Préstamos rápidos sin aval ni nómina, aprobación en 10 minutos. {link}',
      'Compra seguidores reales para Instagram al mejor precio. {link}',
      'Excelente artículo, muchas gracias por compartir. Visita mi página de casino en línea con bonos increíbles: {link}',
      'Pastillas para adelgazar {nn} kilos en un mes, envío discreto a toda España. {link}',
    ],
  },
  {
    kind: 'portuguese-spam', n: 5, roots: ['dinheiro', 'renda', 'cassino', 'emagrecer', 'bonus'], site: 0.4,
    authors: ['João Pereira', 'Renda Extra', 'Ana Souza', 'Cassino Online'],
    texts: [
      'Ganhe dinheiro trabalhando em casa, renda extra de R$ {nnn} por dia! Saiba mais: {link}',
      'Cassino online com bônus de boas-vindas de 200% e saque via Pix na hora. {link}',
      'Emagreça {nn} kg em 30 dias com este suplemento natural. Compre no site oficial: {link}',
      'Ótimo post! Se precisar de empréstimo sem consulta, fale comigo no WhatsApp {wa}',
    ],
  },
  {
    kind: 'german-spam', n: 5, roots: ['kredit', 'potenz', 'geld', 'angebot', 'krypto'], site: 0.4,
    authors: ['Thomas Becker', 'Kredit Sofort', 'Sabine Krüger', 'Potenzmittel'],
    texts: [
      'Potenzmittel ohne Rezept kaufen, diskreter Versand aus Deutschland. {link}',
      'Verdienen Sie bis zu {nnn} € täglich mit Krypto-Handel. Jetzt kostenlos registrieren: {link}',
      'Günstige Kredite ohne Schufa, Sofortzusage! {link}',
      'Toller Artikel, vielen Dank! Schauen Sie auch auf meiner Seite vorbei: {link}',
    ],
  },
  {
    kind: 'french-spam', n: 5, roots: ['argent', 'pret', 'voyance', 'credit', 'gagner'], site: 0.3,
    authors: ['Jean Dupont', 'Maître Kalou', 'Prêt Rapide', 'Sophie Martin'],
    texts: [
      "Gagnez de l'argent depuis chez vous, jusqu'à {nnn} € par jour ! Inscription gratuite : {link}",
      "Voyant médium : retour de l'être aimé en 7 jours, résultats garantis. Contactez le maître au {wa}",
      'Achetez du viagra en ligne sans ordonnance, livraison rapide et discrète. {link}',
      'Prêt entre particuliers sérieux et rapide, taux de {n} %. Écrivez-moi : {mail}',
    ],
  },
  {
    kind: 'italian-spam', n: 5, roots: ['guadagna', 'prestiti', 'dieta', 'scommesse', 'soldi'], site: 0.4,
    authors: ['Marco Rossi', 'Prestiti Veloci', 'Giulia Bianchi'],
    texts: [
      'Guadagna {nnn} € al giorno con il trading automatico. Iscriviti subito: {link}',
      'Prestiti veloci senza busta paga, risposta in 24 ore. {link}',
      'Dimagrire velocemente con le nuove capsule naturali, offerta limitata. {link}',
      'Articolo fantastico, grazie! Visita il mio sito di scommesse sportive: {link}',
    ],
  },
  {
    kind: 'polish-spam', n: 5, roots: ['pozyczka', 'kasyno', 'zarabiaj', 'suplementy', 'kredyt'], site: 0.4,
    authors: ['Piotr Zieliński', 'Szybka Pożyczka', 'Anna Wiśniewska', 'Kasyno Online'],
    texts: [
      'Szybka pożyczka bez BIK, decyzja w 15 minut! {link}',
      'Zarabiaj {nnn} zł dziennie w domu, bez doświadczenia. Szczegóły: {link}',
      'Najlepsze kasyno online w Polsce, bonus {nnn}% na start. {link}',
      'Świetny artykuł! Zapraszam do mojego sklepu z suplementami: {link}',
    ],
  },
  {
    kind: 'russian-spam', n: 6, roots: ['zarabotok', 'kazino', 'diplom', 'prognoz', 'seo'], site: 0.4,
    authors: ['Алексей Смирнов', 'Заработок Онлайн', 'Ирина', 'SEO прогон'],
    texts: [
      'Заработок в интернете от {k} рублей в день без вложений. Подробнее: {link}',
      'Купить диплом о высшем образовании недорого, с доставкой. {link}',
      'Прогон сайта по базам, вывод в топ поисковиков. Пишите в Telegram {tg}',
      'Лучшее онлайн-казино, бонус за регистрацию {nnn} бесплатных вращений. {link}',
      'Отличная статья! Кстати, вот хороший сервис ставок на спорт: {link}',
    ],
  },
  {
    kind: 'chinese-spam', n: 6, roots: ['yule', 'caipiao', 'fapiao', 'jianzhi', 'gaofang'], site: 0.3,
    authors: ['王经理', '代开发票', '兼职招聘', '李小姐'],
    texts: [
      '专业代开发票，价格优惠，欢迎咨询。微信：{wechat}',
      '网上兼职，日赚{nnn}元，手机就能做，详情加QQ {qq}',
      '最好的在线娱乐城，注册即送{nn}元彩金！{link}',
      '高仿名牌手表包包，一比一品质，货到付款。{link}',
      '投资理财，稳赚不赔，月收益{nn}%，加微信{wechat}了解。',
    ],
  },
  {
    kind: 'japanese-spam', n: 5, roots: ['fukugyo', 'kasino', 'copy', 'kasegu'], site: 0.4,
    authors: ['佐藤 健', '副業サポート', 'ブランドコピー'],
    texts: [
      '副業で月収{nn}万円！スマホだけで簡単に稼げます。詳しくはこちら {link}',
      '格安ブランドコピー財布・時計、送料無料。{link}',
      'オンラインカジノで今すぐ遊ぼう！登録ボーナス{nn}ドル {link}',
      '素晴らしい記事ですね。私のサイトも見てください {link}',
    ],
  },
  {
    kind: 'indonesian-spam', n: 6, roots: ['slot', 'gacor', 'judi', 'pinjol', 'maxwin', 'togel'], site: 0.5,
    authors: ['slot gacor', 'Agen Bola', 'Budi Santoso', 'Pinjaman Cepat'],
    texts: [
      'Situs slot gacor hari ini, gampang maxwin, deposit via e-wallet {nn} ribu. Daftar di {link}',
      'Pinjaman online cepat cair tanpa jaminan, bunga rendah. Hubungi WA {wa}',
      'Agen judi bola terpercaya, bonus new member 100%. {link}',
      'Jual obat pelangsing herbal, hasil terlihat dalam 7 hari. Order: {link}',
      'Bandar togel online resmi, hadiah 4D terbesar. Link alternatif: {link}',
    ],
  },
  {
    kind: 'vietnamese-spam', n: 5, roots: ['nhacai', 'vaytien', 'seo', 'kiemtien', 'cuoc'], site: 0.4,
    authors: ['Nguyễn Văn Hùng', 'Nhà Cái Uy Tín', 'Trần Thị Lan'],
    texts: [
      'Nhà cái uy tín số 1, tặng {nnn}k khi đăng ký tài khoản mới. {link}',
      'Vay tiền online nhanh, chỉ cần CMND, giải ngân trong 30 phút. {link}',
      'Dịch vụ SEO tổng thể, đưa website lên top Google. Liên hệ: {link}',
      'Kiếm tiền online tại nhà, thu nhập {n} triệu mỗi tuần. Zalo {wa}',
    ],
  },
  {
    kind: 'arabic-spam', n: 5, roots: ['forex', 'ruhani', 'aqar', 'arbah'], site: 0.3,
    authors: ['أحمد علي', 'شيخ روحاني', 'تداول الفوركس'],
    texts: [
      'اربح المال من المنزل بسهولة، أكثر من {nnn} دولار يوميا. سجل الآن: {link}',
      'أفضل شركة تداول فوركس، أرباح مضمونة. تواصل معنا عبر واتساب {wa}',
      'شيخ روحاني لجلب الحبيب وفك السحر، اتصل الآن {wa}',
      'شقق للبيع في دبي بالتقسيط، عائد إيجاري مضمون. {link}',
    ],
  },
  {
    kind: 'hindi-spam', n: 5, roots: ['kamai', 'satta', 'loan', 'vashikaran', 'paisa'], site: 0.3,
    authors: ['राहुल शर्मा', 'बाबा जी', 'Online Kamai'],
    texts: [
      'घर बैठे पैसे कमाएं, रोज़ाना {k} रुपये तक। अभी जुड़ें: {link}',
      'वशीकरण स्पेशलिस्ट बाबा जी, प्रेम विवाह की हर समस्या का समाधान। कॉल करें {wa}',
      'ऑनलाइन क्रिकेट बेटिंग आईडी तुरंत पाएं। व्हाट्सएप {wa}',
      'सस्ता पर्सनल लोन बिना दस्तावेज़ के, 5 मिनट में मंज़ूरी। {link}',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Genuine comments
// ---------------------------------------------------------------------------------------------

const SHOPS = [
  "Hendry's Bakery", 'The Copper Kettle', 'Fenton & Sons Butchers', "Marlow's Hardware", 'The Book Nook', "Patel's Convenience",
  "Rosie's Tearoom", 'Kestrel Cycles', "Grainger's Garage", 'The Old Forge Deli', 'Nowak Polish Deli', 'The Salt Pot chippy',
  'Bloom & Twig florist', 'The Wool Basket', "Okafor's Caribbean Kitchen", 'Millstone Records', 'The Corner Pantry', "Dunmore's Shoes",
  'Greenhalgh Greengrocers', 'The Little Bike Shop', 'Sadler Opticians', 'Lark Lane Launderette',
] as const;

const PUBS = ['the Kings Head', 'the Plough', 'the Weavers Arms', 'the Drovers', 'the Crown and Anchor', 'the Old Ferry', 'the Bell', 'the Navigation'] as const;

const TRADES = {
  heating: ['A. Garside Plumbing & Heating', 'Nowak Heating Services', 'Warmfold Gas & Plumbing'],
  roofing: ['Holloway Roofing', 'Pritchard & Son Roofing', 'Topsail Roofing'],
  kitchens: ['T. Mensah Joinery', 'Quinn Brothers Builders', 'Oakline Kitchens'],
  locks: ['Lindqvist Locks', 'Keyway Locksmiths'],
  trees: ['Farrow Tree Care', 'Penrose Landscapes & Trees'],
} as const;
type TradeKind = keyof typeof TRADES;
const CAFES = ["Rosie's Tearoom", 'The Copper Kettle', 'The Old Forge Deli', 'Grounds for Optimism cafe'] as const;
const CHIPPIES = ['The Salt Pot chippy', 'The Golden Haddock', "Costa's Fish Bar"] as const;

const PARKS = ['Jubilee Park', 'the Rec', 'Memorial Gardens', 'Victoria Park', 'Beacon Hill park', 'the Meadows', 'Abbey Fields', 'Coronation Park'] as const;
const RIVERS = ['Tarrow', 'Wend', 'Calder Brook', 'Millbeck', 'Lark', 'Sorrel', 'Fallow'] as const;

const KIDS = ['my son', 'my daughter', 'our youngest', 'my grandson', 'my granddaughter', 'my eldest', 'my stepdaughter', 'our boy', 'our girl'] as const;
const PARTNERS = ['wife', 'husband', 'partner', 'mum', 'dad', 'brother', 'neighbour', 'mother-in-law'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function otherThan<T>(items: readonly T[], not: T): T {
  for (let i = 0; i < 20; i++) {
    const v = pick(items);
    if (v !== not) return v;
  }
  return pick(items);
}

function ordinal(d: number): string {
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix}`;
}

function youtubeLink(): string {
  const id = letters(11, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_');
  return chance(0.7) ? `https://www.youtube.com/watch?v=${id}` : `https://youtu.be/${id}`;
}

function bbcLink(): string {
  return chance(0.6)
    ? `https://www.bbc.co.uk/news/${pick(['uk-england', 'uk-wales', 'uk-scotland', 'uk', 'business', 'health', 'education', 'science-environment', 'technology', 'uk-politics'])}-${int(60_000_000, 69_999_999)}`
    : `https://www.bbc.co.uk/news/articles/c${letters(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}o`;
}

function hamVars(): Vars {
  const town = memo(() => pick(TOWNS));
  const town2 = memo(() => otherThan(TOWNS, town()));
  const street = memo(() => pick(STREETS));
  const street2 = memo(() => otherThan(STREETS, street()));
  const first = memo(() => pick(FIRST));
  const last = memo(() => pick(LAST));
  const last2 = memo(() => otherThan(LAST, last()));
  const saint = memo(() => pick(SAINTS));
  const shop = memo(() => pick(SHOPS));
  const tradeOf = (k: TradeKind): (() => string) => memo(() => pick(TRADES[k]));
  const tradeSite = (name: () => string): (() => string) => memo(() => `https://www.${slug(name()).replace(/-s-/g, 's-')}.${pick(['example', 'example', 'co.uk'])}`);
  const heating = tradeOf('heating');
  const roofing = tradeOf('roofing');
  const kitchens = tradeOf('kitchens');
  const locks = tradeOf('locks');
  const trees = tradeOf('trees');
  const year = memo(() => String(int(1968, 2019)));
  const river = memo(() => pick(RIVERS));
  const councilSlug = memo(() => `${slug(town())}${pick(['-council', 'council', '-dc', '-borough'])}`);
  return {
    town,
    town2,
    street,
    street2,
    first,
    first2: memo(() => otherThan(FIRST, first())),
    last,
    last2,
    name: memo(() => `${first()} ${last()}`),
    cllr: memo(() => `Cllr ${pick(LAST)}`),
    mp: memo(() => `${pick(FIRST)} ${pick(LAST)}`),
    saint,
    school: memo(() => pick([`St ${saint()}'s Primary`, `${town()} Academy`, `${town()} High`, `${town()} Community School`, `St ${saint()}'s`, `${town()} Infants`, `${town()} Grammar`])),
    hospital: memo(() => pick([`${town()} General`, `St ${saint()}'s`, `${town()} Community Hospital`, `the Royal ${town()}`, 'the General'])),
    team: memo(() => `${town()} ${pick(['Town', 'United', 'Rovers', 'Athletic', 'RFC', 'Albion', 'Wanderers'])}`),
    bus: memo(() => String(pick([int(1, 99), int(1, 99), int(100, 199)])) + pick(['', '', '', 'A', 'X'])),
    shop,
    shop2: memo(() => otherThan(SHOPS, shop())),
    heating,
    roofing,
    kitchens,
    locks,
    trees,
    heatingsite: tradeSite(heating),
    lockssite: tradeSite(locks),
    cafe: memo(() => pick(CAFES)),
    chippy: memo(() => pick(CHIPPIES)),
    parishsite: memo(() => `https://www.st-${slug(saint())}-${slug(town())}.example/events`),
    pub: memo(() => pick(PUBS)),
    park: memo(() => pick(PARKS)),
    river,
    kid: memo(() => pick(KIDS)),
    Kid: () => cap(pick(KIDS)),
    partner: memo(() => pick(PARTNERS)),
    month: memo(() => pick(MONTHS)),
    day: memo(() => pick(DAYS)),
    year,
    year2: memo(() => String(Math.min(2023, Number(year()) + int(1, 9)))),
    decade: () => pick(['1960s', '1970s', '1980s', '1980s', '1990s', '1990s', '2000s']),
    future: () => String(int(2027, 2031)),
    recent: () => String(int(2018, 2023)),
    nth: () => ordinal(int(1, 28)),
    councilslug: councilSlug,
    townslug: () => slug(town()),
    n: () => String(int(2, 9)),
    nn: () => String(int(11, 59)),
    nnn: () => String(int(110, 950)),
    pct: () => String(int(6, 48)),
    councilsite: memo(() => `https://www.${councilSlug()}.example/${pick(['planning', 'bins', 'council-tax', 'consultations', 'roads/report-a-problem', 'meetings', 'budget', 'libraries', 'parking', 'community'])}`),
    hospicesite: memo(() => `https://www.${slug(town())}-hospice.example`),
    riverssite: memo(() => `https://www.${slug(river())}-rivers-trust.example`),
    hubsite: memo(() => `https://www.${slug(town())}-community-hub.example`),
    foodbanksite: memo(() => `https://www.${slug(town())}-foodbank.example`),
    charitysite: memo(() => `https://www.${pick([`${slug(town())}-foodbank`, `${slug(river())}-rivers-trust`, `${slug(town())}-hospice`, `friends-of-${slug(pick(PARKS).replace(/^the /, ''))}`, `${slug(town())}-community-hub`])}.example`),
    shopsite: memo(() => `https://www.${slug(shop()).replace(/-s-/g, 's-')}.${pick(['example', 'example', 'co.uk'])}`),
    bbc: memo(bbcLink),
    yt: memo(youtubeLink),
    dramaphone: memo(() => `01632 960${int(100, 999)}`),
  };
}

interface HamKind {
  kind: string;
  n: number;
  texts: readonly string[];
  /** Author templates; readers' names when absent. */
  authors?: readonly string[];
  /** The chance of a website in the website field (personal sites; business sites when business is set). */
  site?: number;
  business?: boolean;
}

const HAM_KINDS: HamKind[] = [
  {
    kind: 'council', n: 40,
    texts: [
      "Agenda and papers are online if anyone wants to read the officers' report before Thursday: https://www.{councilslug}.example/meetings",
      "Radio {Calder|Wend|Tarrow} Valley covered this too, and they got a quote from the leader: {bbc}",
      "Worth reading how council tax bands actually work before getting angry about the rise{: https://www.gov.uk/council-tax-bands|.}",
      "The scrutiny committee is the bit that matters and nobody watches it. {cllr} asked the right questions for once.",
      'Council tax up another {n}% and the bins still only get collected fortnightly. Where exactly is the money going?',
      'I watched the whole meeting on the livestream. {cllr} was the only one who actually asked how the savings would be made. Everyone else just nodded it through.',
      "To be fair to the council, most of their budget goes on adult social care and children's services, which they have to provide by law. The bits people notice (parks, libraries, bins) are a small slice.",
      "Does anyone know when the next full council meeting is? I'd like to go along and ask about the {street} car park.",
      'Another consultation. They never listen to the results anyway.',
      "My band {C|D|E} bill has gone up £{nn} a month in {n} years. Pensioners like me can't keep absorbing this.",
      'Good to see the council publishing the full figures for once. The spreadsheet is linked at the bottom of their budget page if anyone wants to dig in: https://www.{councilslug}.example/budget',
      '{cllr} lives in {town2}, not here. Funny how it was our library that got cut and not theirs.',
      "People moaning about councillors' allowances should look up what they actually get. It's a few thousand a year for what is basically a second job. Hardly a gravy train.",
      'Why is the town hall spending money on a new logo when the roads are falling apart?',
      'As someone who works in local government (not this council) I can tell you the grant from central government has been cut in real terms for over a decade. Blame where it belongs.',
      'The new leader promised transparency. Still waiting. Where are the minutes from the {month} cabinet meeting?',
      'I emailed my ward councillor three weeks ago about this. Nothing. Not even an acknowledgement.',
      "Credit where it's due, {cllr} phoned me back the same day when I reported the fly-tipping on {street}. Sorted within a week.",
      "Long comment, sorry. The report says the council needs to find £{n}.{n}m of savings by next April. Options on the table are closing two of the five libraries, cutting the verges less often, charging more for garden waste and reducing opening hours at the tip. If you care about any of these, the consultation closes on the {nth}. Fill it in, even if you think it's pointless, because low response rates are exactly what lets them say there were no objections.",
      'Merging with {town2} was supposed to save money. Has anyone seen any evidence of that?',
      'The town council in {town} does more with a tiny precept than the district does with millions.',
      "Would be good if the article said which councillors voted which way. It's all public record.",
      'So they found £{nnn}k for consultants but not for the youth club. Priorities.',
      'I stood for the parish council last year. Honestly, the amount of paperwork and abuse you get would put anyone off. Be nice to your volunteers.',
      "{Can someone explain|Genuine question:} why we pay a county council AND a district council AND a town council? Three lots of staff for one set of bins.",
      'Glad the motion passed. Took long enough.',
      "The council's section 114 warning should scare everyone. That means they can't balance the books at all.",
      'Ridiculous that the meeting was held at 2pm on a weekday. How is anyone with a job supposed to attend?',
    ],
  },
  {
    kind: 'bins-and-streets', n: 34,
    texts: [
      "The council's own page still says weekly collections for {street}: https://www.{councilslug}.example/bins. Haven't had one since {month}.",
      "Photos of the fly-tipping behind the shops, for the record: https://www.flickr.com/photos/{first}{last}/ (reported twice already).",
      "Recycling centre opening hours changed without any notice. The sign at the gate is the only place that says so.",
      "Our bins on {street} weren't collected for {n} weeks over Christmas. Reported it twice online and both times the case was closed as 'completed'.",
      'The pothole outside number {nn} {street} has been there so long the kids have given it a name.',
      "Street lights on {street} have been out since {month}. It's pitch black walking home from the station.",
      "Garden waste charge going up to £{nn}. I'll just take it to the tip myself.",
      'You can report potholes on the council site and it does work if enough people report the same one: https://www.{councilslug}.example/roads/report-a-problem',
      'Fly-tipping in the lane behind {street} again. Mattress, tyres and what looks like an entire kitchen.',
      'Hats off to the crew on our round, they always put the bins back where they found them and wave at my toddler every week.',
      'Why do they sweep {street} at 6am on a Saturday with the big noisy machine? Surely it can wait till 8.',
      'Three-weekly collections will be a disaster in summer. Maggots everywhere.',
      "It's the dog mess on {street} that gets me. There are bins every hundred yards!",
      'The new food caddies are fine once you get used to them. We throw out much less now we can see how much it is.',
      "Resident permits went from £{nn} to £{nnn} in one go. That's not an increase, it's a new tax.",
      'Pavement parking on {street} is so bad I have to walk in the road with the pram.',
      "Has anyone had any luck getting the council to trim the trees over the pavement on {street}? They're blocking the street light.",
      "Gritters didn't come up our hill at all last winter. Half the street couldn't get the car out.",
      'Potholes reported in {month}, filled in {month}... the following year. And the patch is already breaking up.',
      'The tip booking system is a joke. Next available slot is in {n} weeks, no wonder people dump stuff in the lanes.',
      'The bin strike is over, thank goodness. Respect to the crews, they were right to hold out.',
      "Why can't we recycle plastic pots and trays like {town2} can? Same county, different rules.",
      'Our street was resurfaced last month and now they have dug it up again for a gas main. You could not make it up.',
    ],
  },
  {
    kind: 'transport', n: 44,
    texts: [
      "The bus company's consultation on the new network is open until the end of the month, please respond: https://www.{townslug}-buses.example/network-review",
      "Video of the queue at the level crossing this morning, 25 minutes: {yt}",
      "National story on the same problem: {bbc}",
      "The timetable PDF on the operator's site still shows the old times. How is anyone supposed to plan a journey?",
      "The {bus} bus was cancelled {n} times last week. I've been late for work every time and my manager is losing patience.",
      'The new timetable means the last bus back to {town} leaves at 9.40pm. Anyone who works a late shift is stuffed.',
      "The cycle lane on {street} is great. I know people love to hate them but I've seen more bikes this month than in years.",
      "Nobody uses that cycle lane. I drive down there every day and I've seen maybe two cyclists.",
      'Roadworks on {street} for {nn} weeks and I have never once seen anyone actually working.',
      'Rail fares up {n}.{n}% again while the 7.12 into the city is still two carriages and standing room only.',
      "The £2 fare cap has been brilliant for us. {Kid} gets to college for a fraction of what it used to cost.",
      "20mph limits: I was against it at first but the road outside the school is noticeably calmer now.",
      'Why do they always close the bypass and the ring road at the same time?',
      'Station car park is now £1{n} a day. Cheaper to drive all the way in, which rather defeats the point.',
      'The article says the new station opens in {future}. Two years ago it said {future}.',
      "Could you ask the bus company why the display at the {street} stop shows 'Due' for the same bus for ten minutes?",
      "My dad is {nn} and relies on the {bus}. Without it he's basically housebound. Please don't cut it.",
      "As a driver on this route I can tell you the cancellations are down to staff shortages. We're {n} drivers short at the {town} depot and nobody wants split shifts for what they pay.",
      'Electric buses are lovely and quiet, but only {n} of them run out here. The rest still belch black smoke.',
      'Level crossing at {town} was down for 25 minutes this morning. Queue back to the roundabout.',
      "Reopening the old line to {town2} would be the best thing for the area in decades. Some background if anyone's interested: https://en.wikipedia.org/wiki/Beeching_cuts",
      'Parking on the zigzags outside the school at pick-up time. Every single day. Someone is going to get hurt.',
      'The new lights at the junction of {street} and {street2} have made things worse, not better. Used to take 2 minutes, now 10.',
      'Good luck to anyone trying to get a taxi after 11 on a Friday in {town}.',
      "I cycle to work along {street} every day and the number of close passes is frightening. A painted line isn't protection.",
      "Honestly the trains have been better this year. Not perfect, but I've only had one cancellation since {month}.",
      'Whoever designed the new roundabout has never driven a car.',
      'Rail replacement bus again this weekend. Took {n} hours to get to {town2}.',
      "Any news on the {bus}A? It just vanished from the timetable with no notice.",
      "The speed cameras on {street} are there for a reason. If you don't speed you won't get a ticket. Simple.",
      "Average speed cameras on the A-road through {town}, finally. Used to be like a race track at night.",
      'Disabled access at {town} station is still a footbridge with 40 steps. In this day and age.',
    ],
  },
  {
    kind: 'schools', n: 38,
    texts: [
      "The full inspection report is public, worth reading the whole thing rather than the headline: https://reports.ofsted.gov.uk/",
      "If you think you might be eligible for free school meals, do apply, it also brings extra funding to the school{: https://www.gov.uk/apply-free-school-meals|.}",
      "Term dates for next year are on the council site, inset days included{: https://www.{councilslug}.example/schools/term-dates|.}",
      '{Kid} is in Year {n} at {school} and the teachers have been brilliant this year despite everything.',
      "Another school without a permanent head. That's three in {n} years at {school}.",
      'Class sizes of {nn} in Year 1. How is one teacher and a part-time TA supposed to manage?',
      'Crumbling concrete in the school roof? When exactly were they going to tell the parents?',
      'The uniform costs are ridiculous. £{nn} for a blazer with the logo on it, and they grow out of it in a year.',
      "Free school meals should be universal. Kids can't learn when they're hungry, simple as that.",
      'Well done to all the students who got their results today! My niece got into her first choice uni.',
      "I'm a governor at a primary in {town} and the budget situation is worse than this article suggests.",
      'Special needs provision in this county is a disgrace. We waited {nn} months for an EHCP assessment.',
      'Families fined £{nn} for a week in Spain in term time while flights triple in August. Who can afford that?',
      'Ofsted went from Good to Requires Improvement on the basis of a two-day visit. Anyone who actually has kids there knows it is a lovely school.',
      "School run traffic on {street} is a nightmare. Walk your kids, it's 400 metres.",
      'Teachers deserve the pay rise. My {partner} is one and works every evening and most Sundays.',
      'Bring back the school bus for villages like {town}. Kids are walking along a 60mph road with no pavement.',
      'Lovely to see the school choir in the paper. My granddaughter is third from the left on the back row!',
      'Phones should be banned in school. Ours did it last year and the head says break times are massively better.',
      "As the parent of a child with autism, closing the specialist unit at {school} would be devastating. The mainstream classroom just isn't set up for kids like mine, however hard the staff try. He has gone from not speaking in class to reading aloud in assembly. Please, councillors, come and visit before you vote.",
      'Does anyone know if the breakfast club at {school} is carrying on in September?',
      'Academy trust CEO on £{nnn}k while the school asks parents to send in glue sticks. Says it all.',
      'My teachers at {school} in the {decade} were fantastic. Sad to see it like this.',
      "Year 6 SATs are pointless stress for 10 year olds. They test the school, not the child.",
      "The new building looks amazing. Hope the heating works better than in the old one, ha.",
      "Reading this as a teaching assistant: we're paid term-time only and most of us have second jobs. The goodwill is running out.",
      'Good decision to keep the village school open. Once it shuts, young families stop moving here and the whole place dies.',
    ],
  },
  {
    kind: 'health', n: 42,
    texts: [
      "For anyone looking for a dentist, the NHS finder is more up to date than the list in the article{: https://www.nhs.uk/service-search/find-a-dentist|.}",
      "The trust's board papers have the real waiting time figures: https://www.{townslug}-hospitals-nhs.example/board-papers",
      'Waited {n} hours in A&E at {hospital} with my {mum|dad|nan} last {day}. The staff were run off their feet but could not have been kinder.',
      'Trying to get a GP appointment is like winning the lottery. Ring at 8am, number {nn} in the queue, all gone by half past.',
      "There isn't a single NHS dentist taking on adults within {nn} miles of {town}. I've been on a waiting list since {recent}.",
      "Minor injuries unit closing at night is a huge mistake. It's a {nn} minute drive to the nearest A&E.",
      "My {partner}'s hip operation was cancelled for the third time. {nn} weeks waiting in pain.",
      'Shout out to the midwives at {hospital}. Our son arrived at 3am in a hurry and they were amazing.',
      "The new health centre looks great but there's no point if they can't recruit the GPs to staff it.",
      'Ambulance took {n} hours to reach my neighbour after she fell. She was on the floor the whole time.',
      'The NHS app is actually quite good for repeat prescriptions now, saves phoning the surgery.',
      'Mental health services for young people are stretched to breaking point. My daughter waited {nn} weeks for a first appointment.',
      "Parking at {hospital} costs £{n}.50 for two hours. For patients and visitors. It's a tax on being ill.",
      "Useful page if you're unsure whether to go to A&E{: https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/|.}",
      'My aunt has been a nurse at {hospital} for 20 years. She says it has got harder every single year.',
      'The flu jab clinic at the surgery on {street} was so well organised. In and out in ten minutes.',
      "Not sure the article is right that waiting lists are falling. The figures for our trust went up last quarter.",
      'The hospice in {town} relies on donations for most of its funding. If you can give, please do: {hospicesite}',
      "I had a cancer scare last year and want to say the two-week referral pathway worked exactly as it should. GP saw me on the Monday, hospital the following Friday, results within ten days. It was benign. I know lots of people have awful experiences and I'm not dismissing them, but the system does work when it's not completely overwhelmed.",
      'Physio waiting list is {nn} weeks. By then my knee will have either healed or fallen off.',
      'Why has the blood test clinic moved to {town2}? Two buses for a ten-minute appointment.',
      'The care home staff who looked after my dad in his last months were angels. Paid barely above minimum wage. Shameful.',
      "Health visitors used to come round after a baby was born. Now it's a phone call. New mums are on their own.",
      "Long covid is still wrecking people's lives and nobody talks about it any more.",
      'The ward my mum was on was spotless and the food was better than I expected, credit where due.',
      "Can't fault the paramedics. Can fault whoever decided we only need two ambulances for the whole district overnight.",
    ],
  },
  {
    kind: 'housing', n: 32,
    texts: [
      "If you're renting and the landlord won't fix damp and mould, the rules are here: https://www.gov.uk/private-renting/your-landlords-safety-responsibilities",
      "The housing register and how to apply is on the council site{: https://www.{councilslug}.example/housing/register|.}",
      "Rents in {town} have gone up {pct}% in three years. My wages haven't.",
      '{nnn} new houses and not a single new school place, GP or road improvement. Same story every time.',
      "'Affordable' housing at 80% of market rent isn't affordable to anyone on a normal wage round here.",
      "Our landlord hasn't fixed the damp in {n} years. The kids' bedroom wall is black with mould.",
      'Second homes and holiday lets are hollowing out {town}. Half the houses on our street are dark all winter.',
      "My son is {nn}, works full time and still lives at home because he can't save a deposit while paying rent.",
      "As a small landlord I'd point out costs have gone up for us too: mortgage rates, insurance, licensing, repairs. Most of us aren't rolling in it.",
      'Council house waiting list of {n},{nnn} households. We need to build council homes again, lots of them.',
      'The old mill on {street} would make great flats. Been empty for {nn} years.',
      "Shelter's advice pages are good if you're being threatened with a no-fault eviction{: https://england.shelter.org.uk/housing_advice|.}",
      "Bought our first house last year. Turns out there's a £{nnn} a year estate charge for the 'freehold' new build. Nobody mentioned that in the brochure.",
      'Student HMOs have taken over {street}. Nothing against students but every summer the houses sit empty and the bins overflow.',
      'The regeneration plans look good on paper. I lived through the last one and half the promised homes never appeared.',
      "Build on the brownfield sites first. There's loads of it around the old gasworks.",
      'Housing association took {n} months to fix our boiler. We had a toddler in the house.',
      "Young people are leaving {town} because there's nowhere to live. Then everyone wonders why the pubs and shops close.",
      'Homelessness in the town centre has visibly got worse. The night shelter is full every night according to a volunteer I know.',
      "Those new flats by the station are lovely but £{nnn}k for a one-bed? In {town}?",
    ],
  },
  {
    kind: 'crime-and-police', n: 38,
    texts: [
      "The appeal is on the force website, quote the incident number if you have information: https://www.{townslug}-police.example/appeals",
      "Crime maps for the area are public: https://www.police.uk/ - our street has had more burglaries this year than the last three put together.",
      'Two cars broken into on {street} last night. Police gave us a crime number and that was it.',
      'Shoplifting is out of control. The shop on {street} has security guards now and it still happens every day.',
      'Thoughts with the family. Nobody should lose a child like this.',
      "Good to see more PCSOs on foot in {town} centre. It does make a difference, I feel safer walking through {park}.",
      'Call 101 and wait 40 minutes. Report online and hear nothing. No wonder people have given up reporting things.',
      'Nice work by the officers involved. Hopefully the sentence reflects how serious this was.',
      'E-scooters flying along the pavement on {street} at 20mph. One nearly hit my mum last week.',
      "My neighbour's bike was taken from his locked garage in broad daylight. Third on our road this month.",
      "The article says crime is down {pct}%, but that's recorded crime. Half of us have stopped bothering to report.",
      'Is there any update on the man who was assaulted near the station? The appeal said he was in a serious condition.',
      'If anyone has a dashcam and was on {street} between 10 and 11pm on {day}, please contact the police. My brother was the cyclist.',
      "Speeding through {town} is a nightmare. The community speedwatch caught someone doing 58 in a 30 last month.",
      'Anti-social behaviour at {park} has got worse since the youth club shut. Not a coincidence.',
      "{n} years for that? Disgraceful. He'll be out in half the time.",
      'As a retired officer, I can tell you most front counters closed because of budget cuts, not choice.',
      "County lines is a real issue in {town} and it's good the paper is reporting it. Parents, look out for kids with new phones and cash they can't explain.",
      'Catalytic converter stolen off my car on the driveway at 4am. Took them about 90 seconds according to the doorbell camera.',
      'The CCTV cameras in the town centre have been switched off for a year to save money. Criminals know.',
      "Whoever vandalised the war memorial should be ashamed. Hope they're caught.",
      'Please lock your sheds. Tools taken from three gardens on our road last week.',
      "Knife crime among teenagers is heartbreaking. These are kids. We need youth workers, not just more stop and search.",
      'Brilliant result. The victim and her family have shown real courage throughout the trial.',
      "Our neighbourhood officer came to the residents' meeting and actually listened. First time in years.",
    ],
  },
  {
    kind: 'weather-and-flooding', n: 28,
    texts: [
      "Live river levels here, the {river} at {town} is rising fast: https://check-for-flooding.service.gov.uk/",
      "Video of the water coming over the weir this afternoon: {yt}",
      'The {river} burst its banks again. Third time this winter. When is the flood defence scheme actually going to start?',
      "Power's been off in {town} since 4pm. Anyone know when it's coming back?",
      'Gorgeous photos of the snow on {park}. My lot are out sledging now.',
      'Sandbags ran out at the depot by 10am. Pathetic planning.',
      'You can check your flood risk and sign up for warnings here: https://www.gov.uk/check-long-term-flood-risk',
      'Tree down across {street}, road blocked both ways. Avoid if you can.',
      "Heatwave and the splash park in {town} is closed 'for maintenance'. Of course it is.",
      "Our home insurance went up £{nnn} after last year's floods even though we weren't flooded. Postcode lottery.",
      'Incredible lightning over {town} last night. Never seen anything like it.',
      "The drains on {street} haven't been cleared in years. That's why it floods, not the rain.",
      'Massive thanks to the volunteers who were out filling sandbags till midnight.',
      'Amber warning for {day}. Stay safe everyone and check on elderly neighbours.',
      "Road's flooded under the railway bridge at {town2} again. Someone drove into it this morning and had to be pulled out.",
      'Frost on the windscreen in May. This country.',
      "We were flooded in {year2}. It took eleven months to get back into the house. My heart goes out to everyone on {street} tonight.",
      "Could the paper publish the river level gauge link? The Environment Agency one updates every 15 minutes.",
    ],
  },
  {
    kind: 'planning', n: 32,
    texts: [
      "The local plan consultation closes next week. If you want a say on where the houses go, this is it{: https://www.{councilslug}.example/local-plan|.}",
      "The Wikipedia page on section 106 explains why the developer's promises keep shrinking: https://en.wikipedia.org/wiki/Section_106_agreement",
      'Another drive-thru on the edge of town. Just what we needed.',
      "The planning committee went against their own officers' recommendation. That usually means an appeal and the council paying costs.",
      "I objected to this and got a letter saying my comments had been 'noted'. That's all.",
      "{nnn} homes on the green belt at {town}. Once it's gone it's gone.",
      'Good. That eyesore has been derelict for {nn} years. Anything is better.',
      'You can read the full application and every objection on the planning portal (reference {nn}/0{nnn}/FUL): https://www.{councilslug}.example/planning/applications',
      "The solar farm is on poor quality grazing land. I'd rather this than another housing estate.",
      "The developer promised a new doctors' surgery. It's now 'a contribution towards healthcare provision'. We know what that means.",
      'Battery storage site next to a primary school? Has anyone done a proper fire risk assessment?',
      'Planning permission for our small rear extension took {n} months. Meanwhile the big developers sail through.',
      'Why does every new development have to be beige boxes with tiny gardens and no trees?',
      "The conservation officer's comments are worth reading. The extension would block the view of the church from the square.",
      'I actually think the new tower is quite handsome. Towns need to grow.',
      'Section 106 money from the last estate was supposed to go on the play area. Has anyone seen it spent?',
      "Lived opposite that field for {nn} years. Skylarks every spring. Not for much longer.",
      'Wind turbines on the ridge would be visible from half the county. I still think we should build them.',
      'Good to see the old cinema being turned into something useful rather than knocked down.',
      "The appeal inspector overturned the council's refusal. So what was the point of the local plan?",
      'Ninety flats and eleven parking spaces. Where do they think everyone will park? {street}, that is where.',
    ],
  },
  {
    kind: 'environment', n: 32,
    texts: [
      "Info on dealing with knotweed if it's in your garden{: https://en.wikipedia.org/wiki/Reynoutria_japonica|.}",
      "The rivers trust's water quality map is worth a look before you swim: {riverssite}/water-quality",
      "Bathing water results are published here{: https://www.gov.uk/guidance/bathing-water-quality|.}",
      'Sewage discharged into the {river} for {nnn} hours last year. And our water bills are still going up.',
      'Lovely to see kingfishers back on the {river}. Saw one by the footbridge this morning.',
      "They felled {nn} mature trees on {street} and replaced them with saplings in plastic tubes. It's not the same.",
      'Litter pick on {park} this Saturday at 10am, gloves and bags provided. All welcome.',
      'No Mow May has been great in our garden, so many bees.',
      'Background on storm overflows for anyone confused by the article: https://en.wikipedia.org/wiki/Combined_sewer',
      'Air quality monitor on {street} shows nitrogen dioxide over the limit most mornings. That is where the primary school is.',
      'Wild swimming at the {river} is lovely but check the water quality after heavy rain.',
      'Japanese knotweed has taken over the canal bank. The council needs to deal with it before it spreads into gardens.',
      'Recycling rates are up, good news. Now make manufacturers use less plastic in the first place.',
      "Badgers have been seen on the development site. Has the ecological survey actually been done?",
      'Count me in for the tree planting. Is there a sign-up page?',
      "Fed up with being lectured about recycling yoghurt pots while the big polluters carry on as normal.",
      'The rivers trust is doing brilliant work monitoring the {river}, they need volunteers for the monthly samples: {riverssite}/volunteer',
      "Hedgehog highway in our fence has had visitors every night according to the trail camera. Small things matter.",
      'Peat-free compost should be the norm by now. Garden centres still stock the old stuff.',
      'The wildflower verges along the bypass look stunning this year, whoever decided to stop mowing them deserves a medal.',
      "Saw someone dumping garden waste straight into the brook off {street}. Reported it.",
    ],
  },
  {
    kind: 'local-sport', n: 32,
    texts: [
      "Match highlights and the manager's interview: {yt}",
      "Fixture list for the new season is up on the league site, first home game is against {town2}.",
      'What a win for {team} on {day}! Best I have seen them play in years.',
      'Ref had a shocker. That was never a penalty.',
      'Our under-10s need a new coach, any volunteers? Training is Tuesday evenings at {park}.',
      '{team} need to sort out the defence. Conceding {n} at home is not good enough.',
      'Parkrun at {park} hit {nnn} runners last week, a record. Lovely atmosphere.',
      'Ground improvements look great. The new stand was long overdue.',
      'Congratulations to the {town} women\'s cricket team, league champions!',
      'Season ticket up to £{nnn}. For non-league football. Come on.',
      'Fantastic run from {first} {last} in the half marathon, 1:2{n} at {nn} years old!',
      'The manager has to go. {n} defeats in a row and no plan B.',
      'Great to see the pool reopen. My lad has lessons there on Saturday mornings.',
      "I remember watching {team} in the cup run of {year}. Those were the days.",
      'Can we please have a match report that mentions the second half?',
      "Volunteers keep grassroots sport alive. Ours cuts the pitch, washes the kit and runs the tea bar. Thank you, {first}.",
      "Bowls club in {town} is looking for new members, you don't have to be 80! Free taster sessions on Sundays.",
      "Highlights are up on the club's channel: {yt}",
      'Three points is three points. Ugly but we will take it.',
      'Gutted for the lads. They gave everything.',
      "The 3G pitch has been a game changer for the juniors. No more cancellations every time it rains.",
    ],
  },
  {
    kind: 'arts-and-culture-local', n: 28,
    texts: [
      "Tickets for the spring show are on the theatre's site, concessions available{: https://www.{townslug}-playhouse.example/whats-on|.}",
      "The library events page has the full list for half term{: https://www.{councilslug}.example/libraries/events|.}",
      'The panto at the {town} Playhouse was brilliant this year. Kids were screaming with laughter.',
      "Library closing on Saturdays is a blow. That's the only day working parents can bring their kids.",
      'Went to the festival on the green, the brass band was superb.',
      'The mural on {street} is stunning. Well done to the young artists.',
      'Book club at the library on Thursdays, new members always welcome.',
      "The museum's new gallery is well worth a visit. Free entry too.",
      'Arts funding cut again. Every pound spent brings more back to local cafes and shops.',
      "Will there be a Christmas lights switch-on this year? I've heard rumours it's cancelled.",
      "The choir concert at St {saint}'s was beautiful. Packed church too.",
      "Who's the band playing on Friday? The article doesn't say.",
      "Here's a video of last year's parade if anyone missed it{: {yt}|, it's on the carnival committee's page.}",
      'The cinema showing old films on Sunday afternoons is a great idea. My mum loves it.',
      'Amateur dramatics in {town} punch well above their weight. Get a ticket before they sell out.',
      "The heritage open days were fascinating. Never knew there were tunnels under {street}.",
      'Poetry night at {pub} every second Wednesday. Come along, nobody bites.',
      'Shame the arts centre is reducing hours. It is a lifeline for a lot of lonely people.',
      "The photography exhibition is on until the end of {month}. {first}'s shots of the old docks are incredible.",
    ],
  },
  {
    kind: 'local-business', n: 32,
    texts: [
      "The independent shops map the BID put together is handy{: https://www.shop-{townslug}.example/map|.}",
      "BBC did a piece on high street closures across the region last month: {bbc}",
      "Sad to see {shop} close. I've been going there since I was a kid.",
      'Business rates are killing the high street. Online retailers pay a fraction.',
      "Yet another vape shop. That makes four on one street.",
      'Good luck to the new bakery on {street}! The sourdough is excellent.',
      'Parking charges drive people to the retail park. Make the first hour free and watch the high street recover.',
      'The market used to be packed on a Saturday. Now there are six stalls.',
      '{shop} has the friendliest staff in town. Always support local.',
      "Bank branch closing means the nearest one is {nn} miles away. What are older people without smartphones supposed to do?",
      "Anyone know what's going into the old {shop} unit?",
      'Just to add, the post office counter has moved into the newsagent on {street}. Opening hours are on the door.',
      "Rents on the high street are absurd. My friend wanted to open a cafe and was quoted £{nn},000 a year for a tiny unit.",
      "Loved the piece on the family butchers. Three generations! Best sausages in the county.",
      "The new supermarket will finish off what's left of the independent shops. Mark my words.",
      'Good to see the empty units being used for pop-up shops. Bring some life back.',
      "{shop2} is one of those places that makes {town} feel like home. Been in every week for {nn} years.",
      "Honestly it's cheaper and easier to shop online. The high street has to offer something different, not just complain.",
      'The factory shop closing is a shame, got all my kids\' school shoes there.',
      "New owners at {pub} have done a great job. Proper food, decent beer, dogs welcome.",
    ],
  },
  {
    kind: 'obituaries-and-tributes', n: 24,
    texts: [
      "The family have asked for donations to the hospice instead of flowers: {hospicesite}/donate",
      "Lovely clip of him at the carnival in 1998 if anyone wants to remember him as he was: {yt}",
      'So sorry to hear this. {first} taught me at {school} in the {decade} and was the kindest teacher I ever had.',
      "Rest in peace {first}. The town won't be the same.",
      'A true gentleman. He ran the corner shop for {nn} years and never once forgot a customer\'s name.',
      "Condolences to the family. She did so much for the community, the food bank wouldn't exist without her.",
      'I remember {first} from the rugby club. Always first to the bar to buy a round.',
      'Such sad news. Thinking of you all.',
      "She delivered half of {town}'s babies in her time as a midwife. What a legacy.",
      'Lovely tribute. Thank you for writing it.',
      'RIP {first}. Gone far too young.',
      'Will the funeral be open to the public? Many of us would like to pay our respects.',
      "{first} coached me at under-12s and I'm still playing at {nn}. Thank you for everything.",
      "My grandad served with him. Always said he was the bravest man he ever met, though he'd never talk about it himself.",
      'Heartbreaking. Sending love to his wife and children.',
      'A proper character. {town} has lost one of its best.',
      "The whole street turned out for her 100th birthday. Glad we got to celebrate her while she was here.",
    ],
  },
  {
    kind: 'national-politics', n: 34,
    texts: [
      "Here's the actual text of the bill if anyone wants to check: https://bills.parliament.uk/",
      "Better analysis of the same story here: {bbc}",
      "You can see how your MP voted on this{: https://votes.parliament.uk/|.}",
      "The Chancellor says there's no money, yet somehow there's always money for consultants.",
      'Whoever wins the next election inherits an absolute mess.',
      'Both main parties are as bad as each other on this. No vision at all.',
      'Good to see some cross-party cooperation for once.',
      'My MP voted against this and then sent out a leaflet taking credit for it.',
      'Raising the personal allowance would help far more working people than cutting the top rate.',
      "Read the actual bill before commenting. It's on the Parliament website and it's not what the headlines say.",
      "Polls mean nothing this far out. Remember {1992|2015|2017|2019}.",
      'The two-child limit pushes kids into poverty. Scrap it.',
      "Freezing the tax thresholds is a tax rise by stealth, whatever they call it.",
      "Can we stop calling it 'levelling up' if nothing ever actually gets levelled?",
      "Honestly, I'd vote for any party that fixes dentistry.",
      "The Prime Minister's speech said nothing new. Same slogans, different podium.",
      "I've voted Labour all my life and I'm not sure I will next time.",
      'The Conservatives had fourteen years to fix this.',
      "Reform are polling well round here and I don't think the main parties understand why.",
      'Greens got three councillors in {town}, first time ever. Interesting times.',
      'Proportional representation would end this two-party nonsense.',
      "Lib Dems will promise anything when they know they won't be in charge.",
      "I disagree with the article. Immigration is a legitimate concern for people and calling them names won't change their minds.",
      'Devolution deal for the region sounds good, but a mayor with no money is just another salary.',
      "Hard to get excited about any of them. I'll still vote, people died for that right.",
      "The select committee report is damning. Read it, don't rely on the spin from either side.",
    ],
  },
  {
    kind: 'economy', n: 28,
    texts: [
      "The Bank's explanation of how the base rate feeds through is quite readable{: https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate|.}",
      "Longer piece on the factory closure here: {bbc}",
      "Inflation is down, prices aren't. Those are two different things.",
      'Food bank use in {town} is up {pct}% this year. That is the real economy.',
      'Energy bills have nearly doubled in a few years. The price cap means nothing when the standing charge keeps rising.',
      'Minimum wage rise is welcome, but a lot of small employers round here are struggling to absorb it.',
      "Unemployment figures hide how many people are on zero-hours contracts.",
      'GDP grew 0.{n}%. Hardly a boom.',
      'My weekly shop has gone from £{nn} to over £{nnn} in three years for the same stuff.',
      "The factory closing means {nnn} jobs gone. That's devastating for a town this size.",
      'Wages have finally started rising faster than prices, which is something.',
      'The ONS figures are worth looking at directly rather than the spin: https://www.ons.gov.uk/economy/inflationandpriceindices',
      'Productivity has flatlined since 2008. Nobody has a plan to fix it.',
      'Small businesses are the backbone of towns like {town} and they get nothing compared to the big chains.',
      "Everyone's talking about a recession while the car park at the retail park is rammed every weekend.",
      "Shrinkflation is the bit that annoys me. Same price, {n} fewer biscuits in the packet.",
      'Good news about the new distribution centre, {nnn} jobs is a big deal. Just hope they are decent jobs and not all agency.',
    ],
  },
  {
    kind: 'science-and-tech', n: 28,
    texts: [
      "Nice explainer on why the aurora has been visible so far south: https://en.wikipedia.org/wiki/Aurora",
      "You can check which broadband is available at your address on Ofcom's checker: https://www.ofcom.org.uk/",
      "The full paper is open access if anyone wants to see the numbers behind the headline.",
      "Fascinating piece. Didn't know the telescope could see that far back in time.",
      "AI won't be replacing journalists soon if this article is anything to go by, it got the basics wrong.",
      'Broadband in {town} is still under 10Mbps. Full fibre was promised by {recent}.',
      "Mobile signal in the valley is non-existent. You can't even call 999 reliably.",
      'Great to see the university spin-out getting funding. Good jobs for the area.',
      'The comet should be visible low in the west after sunset this week if the clouds clear.',
      'Electric car range is fine for 95% of journeys. The problem is the lack of public chargers round here.',
      "Anyone else had the letter about the landline switch-off? My mum's personal alarm runs on it.",
      'The weather station the school built from a tiny computer kit is a brilliant project.',
      "Not sure the 'breakthrough' headline is justified. It was a study of 40 mice.",
      'Wikipedia explains the science better than this article to be honest: https://en.wikipedia.org/wiki/Nuclear_fusion',
      'Our smart meter stopped sending readings after {n} months. Apparently very common.',
      'The northern lights were visible from {park} last night! Phone camera picked up more than my eyes did.',
      "Chatbots making up facts is the problem nobody has solved. Don't use them for anything that matters.",
      'As a software engineer, "the algorithm" in the article is probably a spreadsheet with some rules.',
      'Good explainer on how the vaccine trial works, better than the nationals managed.',
      'The new fibre cabinets went in last month and we went from 8 to 300 megabits. Life changing for working from home.',
      "Drone deliveries to the island sound like a gimmick but for prescriptions it could actually make sense.",
    ],
  },
  {
    kind: 'culture-national', n: 20,
    texts: [
      "The trailer looks promising: {yt}",
      "Wikipedia has the whole back story of the band if you're new to them: https://en.wikipedia.org/wiki/Britpop",
      "Unpopular opinion: the second album is better than the first.",
      "My daughter dragged me along and I ended up loving it.",
      "Let's see if it lasts longer than the last reboot.",
      "Best series on TV this year, and I don't say that lightly.",
      'The book was better. It always is.',
      'Eurovision this year was bonkers. Loved every minute.',
      'Does anyone actually watch the award shows any more?',
      "Saw them live in {year}, still the best gig of my life.",
      "The festival line-up is a bit weak this year in my opinion.",
      "Can't believe they're cancelling it after two series. Just as it got good.",
      'Great review. I went in with low expectations and came out in tears.',
      'Radio presenters leaving one after another. The station is not what it was.',
      "The Booker shortlist is actually readable this year. Halfway through the third one.",
      'Whoever chose the music for the opening ceremony deserves a knighthood.',
      'Not for me, but glad other people enjoy it.',
    ],
  },
  {
    kind: 'national-sport', n: 20,
    texts: [
      "That last-minute winner again in case you missed it: {yt}",
      "The BBC's player ratings are harsh but fair: {bbc}",
      "The women's game has come so far in ten years, brilliant to see sold-out grounds.",
      'England were unlucky. That VAR decision changed the whole game.',
      'Wimbledon weather, as usual. Rain by the second set.',
      'Six Nations is the best sporting event of the year and I will not be taking questions.',
      "Paying £{nn}0 million for a defender who can't defend. Madness.",
      'Brilliant from the Lionesses, they deserve the crowds.',
      'Test cricket is alive and well after that finish.',
      'Formula One is a procession at this point. Same result every week.',
      "The Tour de France coming through the county would be amazing. Let's hope the bid succeeds.",
      'Ticket prices for the final are obscene. Real fans priced out again.',
      "That try in the 79th minute! I spilled my tea.",
      'Gutted for the darts lad from {town}. Nearly made the quarter-finals.',
      'The Olympics coverage has been superb this year, well done to all the athletes.',
    ],
  },
  {
    kind: 'reply-to-commenter', n: 34,
    texts: [
      "@{first} here's the link you asked for: {bbc}",
      "@{first} it's on the council's site under meetings: https://www.{councilslug}.example/meetings",
      "@{first} I think this is the video you mean: {yt}",
      "@{first} I think you've misread it. The article says the cut is to opening hours, not a closure.",
      '@{first} couldn\'t agree more.',
      "{first}, with respect, you don't live here so you don't have to deal with it every day.",
      '@{first} do you have a source for that? Genuinely curious, not trying to start a row.',
      "Replying to {first}: it's been like that since before the last election, so not sure you can blame this lot.",
      '@{first} yes! My mum said exactly the same thing.',
      "@{first} the minutes are public. It's all there if you look.",
      '{first} is right, the bus used to run every 20 minutes. Now it is hourly if you are lucky.',
      "@{first} calm down mate, it's a bin collection, not the end of the world.",
      '@{first} sorry to hear that, hope your dad is doing better now.',
      '@{first} the meeting is on the {nth} at 7pm in the town hall.',
      "Agree with {first} above, though I'd add the parking is just as bad on {street}.",
      "@{first} That's not what happened at all. I was there.",
      "@{first} you've clearly never tried to get a wheelchair on that bus.",
      '{first} {last} - nail on the head.',
      "@{first} I'll be honest, I used to think the same until it happened to us.",
      '@{first} And who exactly is going to pay for that?',
      "@{first} thanks, that's really helpful. Didn't know about the drop-in sessions.",
      "@{first} I said the same thing on here last year and got shouted down.",
      "To the person who said nobody uses the library: I'm there three times a week with my kids and it's always busy.",
      '@{first} it was in the print edition last week, page 5.',
      "@{first} haha, you're not wrong.",
      "@{first} my point was about the cost, not the principle. Of course the children's ward needs funding.",
      "Reply to {first}: the {bus} stops at the hospital, the {bus}A doesn't. Confused me for weeks too.",
    ],
  },
  {
    kind: 'correction', n: 18,
    texts: [
      'Small correction: the bridge was built in {year}, not {year2}.',
      "The photo caption says {street} but that's actually {street2}.",
      "It's {cllr}, not the councillor named in paragraph three. {He|She} represents {town}, not {town2}.",
      "Typo in the second paragraph, 'there' should be 'their'.",
      'The figure should be £{n}.{n} million, not £{n}{n} million. Big difference!',
      "You've got the date of the meeting wrong, it's Thursday not Tuesday.",
      "The headline says 'closed' but the article says 'reduced hours'. Which is it?",
      'Just to clarify, {school} is in {town2}, not {town}.',
      "The article says the {river} flows into the sea at {town}. It doesn't, it joins the bigger river about {n} miles upstream.",
      "It was the {year2} flood, not {year}. My parents' house was under a metre of water, I'm not likely to forget.",
      'For accuracy: the petition has {n},{nnn} signatures now, not the number quoted.',
      'Minor point but the club was founded in {year}, it says so above the clubhouse door.',
    ],
  },
  {
    kind: 'humour', n: 14,
    texts: [
      'The pothole on {street} now has its own postcode.',
      "At this rate the bypass will be finished in time for my grandchildren's retirement.",
      'Council announces consultation on whether to hold a consultation.',
      'Trains cancelled due to the wrong kind of sunshine.',
      'I for one welcome our new seagull overlords.',
      'Fourteen years of roadworks on {street}. At this point it should be a listed monument.',
      'The {bus} bus is like a unicorn. People say they have seen it, but I have my doubts.',
      "Good news everyone, the parking machine at the station now accepts exact change only, in coins that haven't been minted since 1998.",
      "My dog has a better attendance record than half the planning committee.",
      "Breaking: local man finds parking space in {town} town centre. More at 11.",
      'The new roundabout is so confusing that even the sat nav just said "good luck".',
      'Summer has arrived in {town}. It was on a Tuesday.',
    ],
  },
];

HAM_KINDS.push(
  {
    kind: 'other-language', n: 26,
    texts: [
      "Diolch am yr erthygl. Mae'r ffordd wedi bod ar gau ers wythnosau.",
      'Newyddion trist iawn. Cydymdeimlad dwys â\'r teulu.',
      'Da iawn i\'r tîm! Gêm wych ddydd Sadwrn.',
      'Mieszkam w {town} od {n} lat i autobusy nigdy nie były tak spóźnione jak teraz.',
      'Dziękuję za artykuł. Szkoda, że rada nie zapytała mieszkańców o zdanie.',
      'Wyrazy współczucia dla rodziny. {first} był wspaniałym sąsiadem.',
      'Muy buen artículo. Vivo cerca de {park} y la situación es exactamente así.',
      '¿Alguien sabe si la biblioteca abrirá el sábado?',
      'Merci pour cet article. Mon fils va à cette école et les parents sont très inquiets.',
      'Wir waren letzten Sommer in {town} im Urlaub, ein wunderschöner Ort. Schade, dass das Café schließt.',
      'Obrigado pela notícia. A rua {street} está cheia de buracos há meses.',
      'Che tristezza, ci andavo sempre a prendere il caffè la domenica.',
      'بہت اچھا مضمون، شکریہ۔ ہمارے محلے میں بھی یہی مسئلہ ہے۔',
      'شكرا على المقال، الوضع في الحي صعب فعلا منذ إغلاق المكتبة.',
      '谢谢报道。我们这条街的路灯已经坏了两个月了。',
      'Спасибо за статью. У нас во дворе такая же проблема с мусором.',
      'बहुत अच्छी खबर, बच्चों के लिए नया पार्क अच्छा रहेगा।',
      '記事ありがとうございます。駅前の工事はいつ終わるのでしょうか。',
      'Mulțumesc pentru articol. Și noi am avut aceeași problemă cu proprietarul.',
      'Cảm ơn bài viết, khu phố mình cũng bị ngập như vậy năm ngoái.',
      'Terima kasih atas beritanya. Semoga jalan di depan sekolah segera diperbaiki.',
      'Hoffentlich findet sich bald ein neuer Pächter für den Laden, {town} braucht so etwas.',
      'Qué pena que cierren la piscina, mis hijos aprendieron a nadar allí.',
      'Bardzo ładne zdjęcia z festiwalu, szkoda że nie mogłam przyjść.',
      'Je suis arrivée à {town} il y a {n} ans et je trouve que la ville a beaucoup changé, pas toujours en mieux.',
      'Gwych gweld y llyfrgell ar agor eto. Mae\'r plant wrth eu bodd.',
      'Obrigada a todos os voluntários do banco alimentar, fazem um trabalho incrível.',
      'Grazie per l\'articolo. Anche mio padre aspetta da mesi un appuntamento in ospedale.',
    ],
  },
  // --- hard cases: genuine comments that share words and shapes with spam ---------------------
  {
    kind: 'hard-scam-warning', n: 30,
    texts: [
      "Warning to everyone: my mum got a text saying 'Your parcel could not be delivered, pay £1.45 to reschedule'. It's a scam, the link goes to a fake site. Don't click it.",
      "Got a call from someone claiming to be my bank's fraud team asking me to move my savings to a 'safe account'. Banks NEVER do this. Hung up and rang 159.",
      "There's a fake 'energy rebate' email going round saying 'You are eligible for a £400 refund, claim now'. The council has nothing to do with it. Forward it to the official phishing reporting address instead of replying.",
      "Be careful on the local Facebook groups, someone is posting 'cheap tickets for Saturday, bank transfer only'. Several people have already lost money.",
      'Romance fraud is far more common than people think. My uncle sent £{nn},000 to a "woman in the army" he never met. Please talk to your older relatives about it.',
      "The 'HMRC tax refund' texts are back. HMRC do not text you about refunds with a link. Forward them to 7726.",
      'My neighbour was told her roof needed urgent work by a man knocking on doors after the storm. He wanted £{n},000 cash upfront. Please check on elderly neighbours.',
      "Anyone else had the WhatsApp message 'Hi Mum, I've got a new number, can you send me some money'? My dad nearly fell for it.",
      "These fake celebrity investment adverts are everywhere. Nobody is giving away an AI trading bot that 'turns £250 into £10,000'. Report the ads.",
      "Mods, there's a comment under the last article saying something like 'I made $5,000 a week with Mrs so-and-so, contact her on WhatsApp'. That's a scam, please remove it.",
      "The fake parking fine texts say 'Final reminder: outstanding penalty charge, pay now'. The council writes to you by post with a photo of the car. Ignore the texts.",
      "My friend lost £{n},000 to a 'recovery agent' after she'd already been scammed once. They target victims twice. Real recovery doesn't charge upfront fees.",
      "Citizens Advice has a good checklist for spotting scams: https://www.citizensadvice.org.uk/consumer/scams/check-if-something-might-be-a-scam/",
      'If anyone offers you a "job" where money lands in your account and you send it on, that is money muling and it is a crime. Students are being targeted on social media.',
      "There are ads all over Instagram for 'weight loss pens, no prescription needed, discreet delivery'. They're unregulated and could contain anything. Please talk to your GP or pharmacist.",
      "The text said 'Your account has been suspended, log in within 24 hours to keep it'. The link was to some secure-verify-login-help site. Deleted and blocked.",
      "Parents: kids are being sent 'free Robux generator' links in game chats. They ask for passwords. Our son's account was stolen within minutes.",
      "Please don't buy puppies online from sellers who won't let you visit. My sister paid a deposit for a French bulldog that never existed.",
      "Someone rang pretending to be from the phone company saying my internet would be cut off unless I pressed 1. They wanted remote access to my computer. Classic tech support scam.",
      'Report fraud here, the more reports the more likely the police act: https://www.actionfraud.police.uk/',
      "'Congratulations, you've won a £500 supermarket voucher' - I get three of these a week. If you didn't enter a competition, you didn't win one.",
      "Grandparent scam on our street: caller said her grandson had been arrested and needed bail money urgently. Police say it's happening all over {town}.",
      "We run a small shop and got an email saying 'your domain listing expires today, renew to avoid losing visibility'. It looked like an invoice. It isn't one. Nearly paid it.",
      "Whoever is commenting 'spell caster brought my ex back, email Dr so-and-so' on every article: nobody believes you. Moderators, please bin it.",
      "My {partner} answered an ad for a 'work from home data entry job, £{nn} an hour'. They asked for £{nn} for a starter pack. Of course there was no job.",
      'Loan fee fraud is another one. A "lender" approves you instantly then asks for an admin fee before releasing the money. No real lender does that.',
      "The doorstep sellers offering 'free solar panels under the government scheme' in {town} are not from the council. Ask for ID and ring the council to check.",
      'Fake QR codes have been stuck on the parking machines at {street}. Pay by the app or by card at the machine, not by scanning a sticker.',
      "Just had a voicemail saying my National Insurance number has been 'suspended' and to press 1. It can't be suspended. Scam.",
      "The crypto 'airdrop' everyone's sharing asks you to type your seed phrase into a website. Never, ever do that. My cousin lost everything in his wallet.",
    ],
  },
  {
    kind: 'hard-money-talk', n: 26,
    texts: [
      "Free, impartial guidance on remortgaging is on MoneyHelper: https://www.moneyhelper.org.uk/en/homes",
      "Background on the car finance commission case for anyone confused: {bbc}",
      "Our fixed rate ends in {month} and we're looking at going from 1.{n}% to 4.{n}%. That's an extra £{nnn} a month on the mortgage.",
      'Base rate cut is good news for borrowers but savers get hammered again.',
      "You can still get 4-5% on an easy access savings account if you shop around. Don't leave it in a current account earning nothing.",
      'House prices in {town} are up {pct}% in five years according to the Land Registry figures.',
      'If your mortgage deal is ending, speak to a fee-free broker before the bank\'s retention team. We saved £{nnn} a month.',
      "Council tax bands haven't been revalued since 1991. That's why the system is so unfair.",
      'The pension triple lock costs billions, but try taking it away from pensioners and see what happens at the ballot box.',
      'A 30-year mortgage at 5% on a £{nnn},000 loan means you pay back nearly double. People really don\'t realise.',
      'The Lifetime ISA penalty is a trap if you end up buying over the limit. Check the small print before you put money in.',
      "The credit union in {town} offers loans at a fraction of payday lender rates. Much better option if you're stuck.",
      'Inheritance tax only affects a small percentage of estates. The fuss is out of all proportion.',
      "Stamp duty changes in April will add thousands to first time buyers' costs.",
      "Price of a pint in {pub} is now £{n}.80. I remember when it was under two quid.",
      "Debt advice is free from StepChange and Citizens Advice. Don't pay a company to 'write off' your debts.",
      "The interest on the council's borrowing is the real story here. £{n}m a year just in interest payments.",
      "We remortgaged at 5.{n}% last year and now rates are lower. Early repayment charge is {n}% so we're stuck.",
      "Buy now pay later is how a lot of young people end up in trouble. It's credit, whatever the app calls it.",
      'The 0% car finance deals are never really 0%. The price of the car is higher to make up for it.',
      "Premium bonds have paid me {nn} quid in three years on a few thousand. Not exactly a windfall but I can't lose the money.",
      "Child benefit taper at £60k is daft, it's a huge marginal tax rate for families just over the line.",
      "For anyone caught up in the car finance commission story, you can complain to the lender yourself for free. You don't need a claims company taking 30%.",
      "Rent is {pct}% of my take-home pay. How is anyone supposed to save for a deposit?",
      'Savings rates have dropped again. My building society cut the regular saver from 6% to 5% without much notice.',
    ],
  },
  {
    kind: 'hard-crypto-news', n: 10,
    texts: [
      "Bitcoin at another record high and people still think it's a fad. Not saying buy, just saying it hasn't gone away.",
      "Check the FCA's warning list before investing in anything crypto: https://www.fca.org.uk/scamsmart",
      'Unregistered crypto ATMs are illegal in the UK, so good to see the one in the shopping centre seized.',
      'Lost a bit on crypto in 2022, lesson learned. Only invest what you can afford to lose.',
      "The county pension fund has no crypto exposure according to the annual report, thankfully.",
      'A bitcoin mining operation in the old warehouse? The noise and electricity use must be huge. Who approved that?',
      'Stablecoin regulation is overdue. Too many people treat them like bank deposits and they are not protected.',
      'The article is a bit one-sided. Plenty of people have done well out of crypto, they just don\'t post about it.',
      "My son keeps telling me to buy ethereum. I keep telling him I'd rather pay off the mortgage.",
      "Interesting that the bank now blocks payments to crypto exchanges above a limit. Annoying if you're legit, but I understand why.",
      "The tokens the football club launched for fans lost 90% of their value. Clubs shouldn't be selling that stuff to kids.",
    ],
  },
  {
    kind: 'hard-gambling-regulation', n: 15,
    texts: [
      "GamCare's website has a live chat if you can't face a phone call: https://www.gamcare.org.uk/",
      "Another betting shop on the high street. That's four within 200 yards.",
      'The Gambling Commission fine is a drop in the ocean for a company that size.',
      "Casino licence for the old cinema? The council should think about problem gambling, not just the business rates.",
      'Stake limits on online slots are long overdue. £2 a spin is still a lot if you do it hundreds of times.',
      "My brother lost everything to gambling apps. If you're struggling, GamCare's helpline is free and they are brilliant. Please ring them.",
      'Football shirts covered in betting sponsors are part of the problem.',
      'Self-exclusion through GamStop worked for me. It is hard but it helps. {n} years gambling-free this {month}.',
      'Lottery money paid for the new roof at the community centre, so not all bad.',
      "The bookies in {town} are the only shops that never seem to close.",
      'Casino adverts during every match. Kids know the odds better than their times tables.',
      'Affordability checks are not a nanny state thing. They are there because people have lost their homes.',
      'Interesting that the free bet offers have to be simpler now. They were basically designed to trap people.',
      "The new adult gaming centre on {street} got its licence despite {nn} objections. What's the point of objecting?",
      'Loot boxes in kids\' games are gambling, whatever the industry says.',
      'Fair play to the club for dropping the betting sponsor. Hope others follow.',
    ],
  },
  {
    kind: 'hard-pharmacy-and-health', n: 20,
    texts: [
      "You can check an online pharmacy is registered here before ordering anything{: https://www.pharmacyregulation.org/|.}",
      "NHS guidance on who qualifies for weight management services: https://www.nhs.uk/live-well/healthy-weight/",
      'Losing the pharmacy on {street} means a two-mile walk for prescriptions. A lot of elderly people rely on it.',
      'Weight-loss injections on the NHS sound great but our GP says the waiting list is over a year.',
      "The price rise on Mounjaro is going to leave a lot of people stranded mid-treatment. Talk to your pharmacist about options.",
      'Pharmacy First has been brilliant. Got antibiotics for a UTI without waiting for a GP.',
      'Please do not buy weight-loss jabs from Instagram sellers. Go through a registered pharmacy and check it is on the GPhC register.',
      "HRT shortages again. Every chemist in {town} is out of my patch.",
      "Making sildenafil available over the counter was sensible, men were buying fakes online before that.",
      'Pharmacists are doing GP work for a fraction of the funding. No wonder so many are closing.',
      "My husband lost three stone on the NHS weight management programme. Took ages to get referred but it was worth it.",
      'The diabetes nurse at our surgery is great. Type 2 in remission after a year on the low-calorie diet programme.',
      "Semaglutide shortages meant some diabetics couldn't get their medication. That should never have been allowed to happen.",
      'My mum was on tramadol for years for her back and the withdrawal was brutal. Painkillers need proper reviews.',
      'The pharmacy closing at 6 instead of 9 is a problem for shift workers. Late night opening was a lifeline.',
      "Cost of prescriptions is £9.90 an item in England. For someone on four medications that's a lot each month. Get a prepayment certificate if you can.",
      "Weight-loss drugs aren't a 'lazy' option. My sister has tried everything for 20 years. They changed her life.",
      "Free NHS health check at the pharmacy picked up my high blood pressure. Didn't have a clue. Worth doing if you're over 40.",
      'Bought vitamin D supplements on the GP\'s advice, not some miracle cure, just basic stuff for the winter months.',
      "The chemist on {street} is run by a lovely couple who know every customer by name. Losing it would be a real blow.",
    ],
  },
  {
    kind: 'hard-tradesperson-recommendation', n: 26,
    texts: [
      "If anyone needs a plumber, {first} {last} in {town} fixed our leak on a Sunday and only charged for parts. Not on the internet, ask at {pub}.",
      "Can recommend {heating} for boiler servicing, honest and turned up when they said they would. Their site is {heatingsite}",
      'We used a local roofer after the storm, {roofing}. Fair price and they sent us photos of the damage before starting. Whoever you use, get a written quote.',
      'Best fish and chips in the county is {chippy} on {street}. I will die on this hill.',
      'The garage on {street} has done our MOTs for 20 years. Never once tried to sell us something we didn\'t need.',
      "For anyone looking for a window cleaner in {town}, {first} does our street every four weeks, £{nn} for a semi. Number's on the noticeboard at the Spar.",
      'The repair café at the church hall fixed my toaster for free. First Saturday of every month.',
      'Use a Gas Safe registered engineer, always. You can check the register online before they start.',
      'Can anyone recommend a reliable electrician in {town}? Had a cowboy last time and it cost us double to put right.',
      "{kitchens} did our kitchen. Not cheap, but the work is beautiful and they cleaned up every day.",
      'Always get three quotes and never pay the full amount upfront. TrustMark is a decent starting point for finding someone.',
      "Seconding Kestrel Cycles{| on {street}}. They fixed my bike the same afternoon for less than I'd have paid for the part online.",
      '{cafe} do the best coffee in {town}, and they let you sit for hours with a book. Go and support them.',
      'We had the same problem with damp. A local surveyor told us it was a blocked gutter, not rising damp, and saved us thousands. Get an independent opinion before paying for injections.',
      "The locksmith who came out when I locked myself out was brilliant. Twenty minutes, fair price. {locks}, for anyone who needs one: {lockssite}",
      "Recommend the cobbler in the market hall, he resoled my walking boots for £{nn} and they're better than new.",
      "If you need a tree surgeon make sure they're insured. {trees} showed us their certificates without being asked.",
      "{first} at {shop} is a star. Gave my elderly dad a lift home with his shopping when the bus didn't turn up.",
      "Don't bother with the big national chain for tyres, {first} at the little garage behind {street} is half the price and twice as honest.",
      "Local dog walker recommendation: {first} in {town}, our spaniel adores {first}. Ask in the vets' waiting room, everyone knows {first}.",
    ],
  },
  {
    kind: 'hard-helpline', n: 12,
    texts: [
      "Samaritans also have an email service if talking is too hard: https://www.samaritans.org/",
      "If you're affected by this story, the Samaritans are on 116 123, free, any time of day or night.",
      'The council runs a domestic abuse support line on {dramaphone}, open weekdays 9 to 5. Outside those hours ring 999 if you are in danger.',
      "NHS 111 is free. Use it before heading to A&E if it's not an emergency.",
      "For anyone struggling with energy bills, the council's cost of living helpline is {dramaphone}. They helped my mum apply for the household support fund.",
      'Call 159 if you think your bank account has been targeted. It connects you straight to your bank\'s fraud team.',
      'The Age UK branch in {town} has an advice line for older people: {dramaphone}. Lovely people.',
      'Power cut? Ring 105, it is free and puts you through to your local network operator.',
      "The animal shelter is answering calls about pets lost in the floods on {dramaphone}.",
      'Carers\' centre in {town} has a helpline for unpaid carers: {dramaphone}. Took me years to realise I was one.',
      "If the river comes up overnight, Floodline answers 24 hours a day. The number is on the gov.uk flood warnings page, save it in your phone now.",
      "Mental health crisis line for the county is on the NHS website. Please reach out, you're not a burden.",
      'If you smell gas, ring the national gas emergency number straight away, day or night, and do not touch light switches.',
    ],
  },
  {
    kind: 'hard-whatsapp-group', n: 12,
    texts: [
      "There's a residents' WhatsApp group for {street}, message me through the community Facebook page and I'll add you.",
      'Join the {town} flood watch WhatsApp group, we share river level alerts. Ask at the community centre for the link.',
      "We set up a WhatsApp group for parents at {school}. Ask the PTA if you'd like to be added.",
      'Our street WhatsApp is great. Someone lost their cat last week and it was found within an hour.',
      "The neighbourhood watch has a WhatsApp now. Contact the coordinator via the council's community page: https://www.{councilslug}.example/community-safety",
      'Be careful what you post in those WhatsApp groups. One of ours has 200 members and it is all rumours.',
      "If you're on {street} and want to join the group for the planning objection, reply here and I'll pass on the details at the next meeting.",
      'The allotment society uses a WhatsApp group for swaps, loads of spare courgettes every August!',
      'Our WhatsApp group organised a rota to check on the older neighbours during the snow. Community spirit is alive.',
      "Not everyone uses WhatsApp, remember. Please put the meeting notices through doors too.",
      'The parents\' WhatsApp at {school} is the only reason anyone knew about the burst pipe before 8am.',
    ],
  },
  {
    kind: 'hard-business-owner-reply', n: 20, business: true, site: 0.6,
    authors: ['{first} at {shop}', '{shop}', '{first} {last} ({shop})', '{first}', '{name}'],
    texts: [
      "Owner of {shop} here. Thank you all for the kind words. We're not closing, just moving to {street}!",
      "I run {shop}, mentioned in the article. Just to clarify, we didn't put prices up because of the rates, it's the cost of milk and energy.",
      'As the owner of a small shop in {town}, business rates are our second biggest cost after staff.',
      "Thanks for the shout-out! We're open 8 to 4, Tuesday to Saturday, if anyone wants to pop in and say hello.",
      "Hi, I'm {first} from {shop}. Sorry to anyone affected by the late deliveries this week, our van broke down. All orders should be with you by Friday.",
      "We're hosting a fundraiser for the flood victims at {shop} on Saturday, every penny goes to the appeal. Thanks to everyone who has donated raffle prizes.",
      "We're a family-run business and we'd love to take on an apprentice. The article's point about the skills shortage is spot on.",
      "Owner here: the parking situation is killing us. Customers tell us they circle for 20 minutes and give up.",
      'From {shop}: we will be collecting for the food bank all month. Tins and toiletries are what they need most.',
      "Thanks {first2}, that means a lot. It's been a hard year but customers like you keep us going.",
      "Hi all, {first} from {shop}. The shop is shut Monday for a family funeral. Back to normal Tuesday. Thanks for understanding.",
      "To the person who said we overcharge: our prices are on the board and on our site ({shopsite}). We'd rather pay our staff properly.",
      "As a small shop owner I'd love to stock more local produce but the wholesalers make it really hard.",
      'We took part in the shop local scheme last year and honestly it made a real difference to December trade.',
      "Sorry you had a bad experience, {first2}. Please pop in and ask for me, I'd like to put it right.",
    ],
  },
  {
    kind: 'hard-short-praise', n: 20,
    texts: [
      'Great article!', 'Brilliant piece, thank you.', 'Excellent reporting as always.', 'Really well written.', 'Thanks for covering this, the nationals ignored it.',
      'Great read, thanks.', 'Love this!', 'Superb journalism.', 'Fantastic photos!', "Best thing I've read this week.", 'Well done to the reporter.',
      'Very informative piece, thanks.', 'What a lovely story.', 'This is why local news matters.', 'Great write-up of the match!', 'Nice one, reporter.',
      'Brilliant! Shared with my family.', 'Really helpful, thanks for the info.', 'Wonderful article, thank you for sharing.', 'Very nice article, thanks!',
      'Good piece. Keep it up.', 'Thank you for this.',
    ],
  },
  {
    kind: 'hard-community-notice', n: 12,
    texts: [
      "Jumble sale for the church roof fund is on Saturday 10 till 12. Details on the parish site: {parishsite}",
      'Blood donor session at the community centre on the {nth}, you can book through the NHS app.',
      'Free help with tax returns at the library on Wednesdays, run by volunteers.',
      'Job fair at the college on {day}, over 30 local employers. Worth going if you are looking.',
      "We're looking for volunteer drivers to take older people to hospital appointments, mileage paid. Details: {hubsite}/volunteer",
      'The food bank is desperately short of tinned meat and UHT milk this week. Drop-off points: {foodbanksite}/donate',
      'Warm space at the library every weekday afternoon this winter, free tea and biscuits, no questions asked.',
      "Free family swim at the leisure centre this half term, courtesy of the town council. Booking essential.",
      "Quiz night at {pub} on Thursday, raising money for the air ambulance. Teams of up to six.",
      "The community fridge by {street} is open again. Take what you need, leave what you can.",
      'Repair café this Saturday at the church hall. Bring broken lamps, clothes, toasters, anything.',
      "Lost cat on {street}: ginger tom, white paws, answers to Biscuit. He's chipped. Please check your sheds!",
    ],
  },
);

/** One word to a few: each used once. */
const SHORT_REACTIONS = [
  'Spot on.', 'Agreed.', 'Shocking, really.', 'Ridiculous', 'About time!', 'Well said', 'So sad.', 'RIP, old friend', 'Brilliant news for the town', 'Typical.',
  'Disgraceful', 'Hear, hear to that', 'Good.', 'Nope, not buying it.', 'Finally, after all these years!', 'What a shame', 'Yes!!', '+1', 'This.', '😂', '👏👏', 'Congratulations to all involved',
  'Who approved this??', 'Interesting', 'Not again', 'unbelievable', 'Absolute joke', 'Lovely', 'Madness.', 'No surprise there', 'Good riddance',
  'Sad day for the town', 'Well deserved!', 'Exactly what I said', 'Fair enough', 'Wow', 'Oh dear.', 'Thank goodness', 'Classic council',
];
HAM_KINDS.push({ kind: 'short-reaction', n: 28, texts: SHORT_REACTIONS.map((s) => s) });

HAM_KINDS.push({
  kind: 'anger', n: 16,
  texts: [
    '^this is a disgrace. {n} years we have been asking for a crossing on {street} and now a child has been hurt.',
    'The council have NO idea what they are doing. NONE.',
    '^who on earth signed this off?? heads should roll',
    "I am SO angry reading this. My {partner} waited {n} hours on a trolley and they're spending money on a new logo.",
    '^stop building on every field in {town}!!!',
    'Absolutely fuming. Third parking ticket this month for parking outside my OWN house.',
    '^enough is enough. cancel the contract and give us our buses back',
    'How DARE they close the {river} footpath without asking a single resident.',
    '^where is the money going? because it is not going on our roads',
    "Disgusting behaviour from whoever did this. I hope they're caught and I hope they're ashamed.",
    "I've lived here {nn} years and I have NEVER seen the town centre this bad. Boarded-up shops, litter, nowhere to park. What happened?",
    'Sick of being ignored. Sick of the excuses. Sick of paying more for less.',
    '^shame on the lot of them',
    "READ THE REPORT before you comment, half of you clearly haven't.",
    '^{nn} weeks without hot water and the housing association still says it is "in hand"',
    'They cut the {bus} and then wonder why the high street is dying. Unbelievable. UNBELIEVABLE.',
  ],
});

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

const MAX_PER_SPAM_KIND = 12;

/** How many distinct comments a kind's templates can reasonably give. */
function capacity(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + (t.includes('{') ? 4 : 1), 0);
}

/** Scales the suggested counts to the target, within each kind's limits, deterministically. */
function fitCounts(kinds: { n: number; limit: number }[], target: number): void {
  const suggested = kinds.reduce((s, k) => s + k.n, 0);
  for (const k of kinds) k.n = Math.max(1, Math.min(k.limit, Math.round((k.n * target) / suggested)));
  let total = kinds.reduce((s, k) => s + k.n, 0);
  let guard = 0;
  for (let i = 0; total !== target; i++) {
    if (++guard > 100_000) throw new Error(`cannot fit ${target} rows into the kinds`);
    const k = kinds[i % kinds.length] as { n: number; limit: number };
    if (total < target && k.n < k.limit) {
      k.n++;
      total++;
    } else if (total > target && k.n > 3) {
      k.n--;
      total--;
    }
  }
}

/** A comment's text with case, spaces and punctuation ignored: no two rows may share it. */
function fingerprint(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
const seenFingerprints = new Set<string>();

function claim(text: string): boolean {
  const f = fingerprint(text) || text;
  if (seenTexts.has(text) || seenFingerprints.has(f)) return false;
  seenTexts.add(text);
  seenFingerprints.add(f);
  return true;
}

function spamEmail(author: string): string {
  const base = localPart(author.replace(/\s+/g, '.'));
  const r = random();
  if (!base || r < 0.2) return `${letters(int(6, 11), 'abcdefghijklmnopqrstuvwxyz0123456789')}@${pick(RESERVED_EMAIL_DOMAINS)}`;
  if (r < 0.34) {
    const label = slug(author).slice(0, 30).replace(/-+$/, '') || 'mail';
    return `${pick(['info', 'sales', 'contact', 'support', 'admin', 'hello', 'team', 'marketing', 'office'])}@${label}.example`;
  }
  if (r < 0.52) return `${base}${int(1, 9999)}@${pick(RESERVED_EMAIL_DOMAINS)}`;
  if (r < 0.6) return `${base.replace(/\./g, '')}@${pick(RESERVED_EMAIL_DOMAINS)}`;
  return `${base}@${pick(RESERVED_EMAIL_DOMAINS)}`;
}

/**
 * The order in which to try a kind's templates for its next comment: the least used first
 * (ties in random order), so every phrasing is used about equally often.
 */
const templateUses = new Map<string, number>();
function templateOrder(texts: readonly string[]): string[] {
  const keyed = texts.map((t) => ({ t, uses: templateUses.get(t) ?? 0, tie: random() }));
  keyed.sort((a, b) => a.uses - b.uses || a.tie - b.tie);
  const order: string[] = [];
  for (const { t } of keyed) for (let i = 0; i < (t.includes('{') ? 8 : 1); i++) order.push(t);
  return order;
}
function used(template: string): void {
  templateUses.set(template, (templateUses.get(template) ?? 0) + 1);
}

function exactMatchDomain(author: string): string {
  const words = slug(author).split('-').filter((w) => w !== '');
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = pick([words.join('-'), words.join(''), `${words.join('')}${pick(['uk', 'pro', '24', 'now', 'online'])}`, `${pick(['the', 'my', 'best', 'top'])}${words.join('')}`]);
    const domain = `${name || 'site'}.${pick(['com', 'co.uk', 'net', 'uk', 'org', 'online', 'xyz', 'info', 'biz', 'us', 'store'])}`;
    if (!usedSpamDomains.has(domain)) {
      usedSpamDomains.add(domain);
      return domain;
    }
  }
  return spamDomain(['site', 'web']);
}

function makeSpam(kind: SpamKind, index: number): Row {
  for (const template of templateOrder(kind.texts)) {
    const vars = spamVars(kind.roots, kind.lists);
    const text = expand(template, vars).trim();
    if (text.length < 1 || text.length > 2000 || !claim(text)) continue;
    used(template);
    const author = expand(pick(kind.authors), vars).slice(0, 245);
    let url = '';
    if (chance(kind.site) && kind.siteFromAuthor) {
      url = `https://${chance(0.5) ? 'www.' : ''}${exactMatchDomain(author)}${pick(['', '/', ''])}`;
    } else if (!kind.siteFromAuthor && chance(kind.site)) {
      url = chance(0.08)
        ? platformLink()
        : `https://${chance(0.4) ? 'www.' : ''}${chance(0.65) ? vars.dom!() : spamDomain(kind.roots)}${pick(['', '', '/', `/${pick(kind.roots)}`])}`;
    }
    return { label: 'spam', kind: kind.kind, author, email: spamEmail(author), url, text, userAgent: spamUserAgent() };
  }
  throw new Error(`kind ${kind.kind}: could not write a fresh comment (row ${index})`);
}

// --- readers ------------------------------------------------------------------------------------

function personalSite(first: string, last: string): string {
  const f = slug(first) || 'reader';
  const l = slug(last) || 'writes';
  const handle = pick([`${f}${l}`, `${f}-${l}`, `${f}${int(1, 99)}`, `${f}writes`, `${l}${pick(['photos', 'blog', 'notes', 'walks', 'garden'])}`, `the${l}diaries`]);
  return pick([
    `https://${handle}.wordpress.com`,
    `https://${handle}.blogspot.com`,
    `https://www.flickr.com/photos/${handle}`,
    `https://mastodon.social/@${handle.replace(/-/g, '_')}`,
    `https://github.com/${handle}`,
    `https://${f}${l}.example`,
    `https://www.${f}-${l}-photography.example`,
    `https://www.instagram.com/${handle.replace(/-/g, '.')}`,
    `https://${handle}.substack.com`,
    `https://bsky.app/profile/${handle}.bsky.social`,
    `https://www.linkedin.com/in/${f}-${l}-${letters(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
    `https://${handle}.example/about`,
  ]);
}

function readerIdentity(): { author: string; email: string; first: string; last: string } {
  const first = pick(FIRST);
  const last = pick(LAST);
  const town = pick(TOWNS);
  const r = random();
  let author: string;
  if (r < 0.4) author = `${first} ${last}`;
  else if (r < 0.56) author = first;
  else if (r < 0.63) author = `${first} ${last.charAt(0)}.`;
  else if (r < 0.67) author = `${first.charAt(0)}. ${last}`;
  else if (r < 0.71) author = `${pick(['Mrs', 'Mr', 'Dr', 'Ms'])} ${last}`;
  else if (r < 0.74) author = first.toLowerCase();
  else
    author = pick([
      `${town.replace(/\s+/g, '')}Resident`, `grumpy_of_${slug(town).replace(/-/g, '_')}`, `BusUser${int(2, 99)}`, `${first}${int(50, 99)}`,
      `Old${town.replace(/\s+/g, '')}Lad`, 'Concerned parent', 'Anon', 'A reader', 'Local mum', 'retired teacher', 'Long-time reader',
      `${first}_from_${town.replace(/\s+/g, '')}`, 'Disgruntled commuter', `The ${last}s`, 'Name withheld', `${first.toLowerCase()}${last.toLowerCase()}`,
      `Cllr ${first} ${last}`, 'Nan of four', `${town} Dad`, `${first} (${town})`, 'Cyclist', 'Taxpayer', `${last}${int(1, 9)}`,
    ]);
  const email = chance(0.75) ? personEmail(first, last) : handleEmail(`${author.replace(/[^A-Za-z0-9]+/g, '.')}${chance(0.5) ? String(int(1, 99)) : ''}`);
  return { author, email, first, last };
}

const TYPOS: [RegExp, string][] = [
  [/\bdefinitely\b/, 'definately'], [/\bgovernment\b/, 'goverment'], [/\btheir\b/, 'there'], [/\ba lot\b/, 'alot'],
  [/\byou're\b/, 'your'], [/\breceived?\b/, 'recieved'], [/\bseparate\b/, 'seperate'], [/\bbusiness\b/, 'buisness'],
  [/\bbecause\b/, 'becuase'], [/\bdoesn't\b/, 'doesnt'], [/\bcan't\b/, 'cant'], [/\bwon't\b/, 'wont'], [/\bI'm\b/, 'Im'],
  [/\bthe the\b/, 'the'], [/\bcouncil\b/, 'counsil'], [/\btomorrow\b/, 'tommorow'], [/\bit's\b/, 'its'], [/\bwould have\b/, 'would of'],
];

function roughen(text: string): string {
  let out = text;
  if (/https?:\/\//.test(out)) return out;
  if (chance(0.1)) {
    for (const [pattern, typo] of shuffle([...TYPOS])) {
      if (pattern.test(out)) {
        out = out.replace(pattern, typo);
        break;
      }
    }
  }
  if (chance(0.05)) out = out.toLowerCase();
  if (chance(0.07)) out = out.replace(/\.$/, '');
  if (chance(0.02)) out = out.replace(/\. /g, '.. ');
  return out;
}

/** A source a reader adds at the end of a comment now and then. */
const LINK_TAILS = [
  " There's a BBC piece on it too: {bbc}",
  '\n\n{bbc}',
  ' (More background here: {bbc})',
  ' Video from the day: {yt}',
  ' Source: {bbc}',
  '\n\nSee also {bbc}',
] as const;
const TAIL_KINDS = new Set(['council', 'transport', 'schools', 'health', 'housing', 'crime-and-police', 'weather-and-flooding', 'planning', 'environment', 'local-business', 'national-politics', 'economy', 'science-and-tech']);

interface FittedHam extends HamKind {
  limit: number;
}

function makeHam(kind: HamKind, index: number): Row {
  for (const template of templateOrder(kind.texts)) {
    const vars = hamVars();
    const upper = template.startsWith('^');
    let text = expand(upper ? template.slice(1) : template, vars).trim();
    text = upper ? text.toUpperCase() : roughen(text);
    if (!upper && TAIL_KINDS.has(kind.kind) && !/https?:\/\//.test(text) && chance(0.012)) text += expand(pick(LINK_TAILS), vars);
    if (text.length < 1 || text.length > 2000 || !claim(text)) continue;
    used(template);
    const who = readerIdentity();
    let author = who.author;
    let url = '';
    let email = who.email;
    if (kind.business) {
      author = expand(pick(kind.authors ?? ['{name}']), vars);
      const shopDomain = vars.shopsite!().replace(/^https:\/\/www\./, '');
      email = chance(0.4) && shopDomain.endsWith('.example') ? `${pick(['hello', 'info', localPart(vars.first!())])}@${shopDomain}` : personEmail(vars.first!(), vars.last!());
      if (chance(kind.site ?? 0.5)) url = vars.shopsite!();
    } else if (chance(kind.site ?? 0.11)) {
      url = personalSite(who.first, who.last);
    }
    return { label: 'ham', kind: kind.kind, author, email, url, text, userAgent: hamUserAgent() };
  }
  throw new Error(`kind ${kind.kind}: could not write a fresh comment (row ${index})`);
}

// --- the file -----------------------------------------------------------------------------------

const SPAM_TOTAL = 650;
const HAM_TOTAL = 950;

// Every template must expand (a misspelt variable fails here, not only when it is drawn).
for (const k of SPAM_KINDS) for (const t of [...k.texts, ...k.authors]) expand(t, spamVars(k.roots, k.lists));
for (const k of HAM_KINDS) for (const t of [...k.texts, ...(k.authors ?? [])]) expand(t.replace(/^\^/, ''), hamVars());

const spamKinds = SPAM_KINDS.map((k) => ({ ...k, limit: Math.min(MAX_PER_SPAM_KIND, capacity(k.texts)) }));
const hamKinds: FittedHam[] = HAM_KINDS.map((k) => ({ ...k, limit: capacity(k.texts) }));
fitCounts(spamKinds, SPAM_TOTAL);
fitCounts(hamKinds, HAM_TOTAL);

const rows: Row[] = [];
for (const kind of spamKinds) for (let i = 0; i < kind.n; i++) rows.push(makeSpam(kind, i));
for (const kind of hamKinds) for (let i = 0; i < kind.n; i++) rows.push(makeHam(kind, i));

const emailPattern = /^[a-z0-9._+-]{1,64}@(?:[a-z0-9-]+\.)*(?:example|test|example\.com|example\.net|example\.org)$/;
for (const row of rows) {
  if (row.author.length < 1 || row.author.length > 245) throw new Error(`author length: ${row.author}`);
  if (row.email.length > 100 || !emailPattern.test(row.email)) throw new Error(`email: ${row.email}`);
  if (row.url.length > 200 || (row.url !== '' && !/^https:\/\/[^\s]+$/.test(row.url))) throw new Error(`url: ${row.url}`);
  if (row.text.length < 1 || row.text.length > 2000) throw new Error(`text length: ${row.text.slice(0, 60)}`);
}

shuffle(rows);
const here = fileURLToPath(new URL('.', import.meta.url));
const out = `${here}seed-corpus-2.jsonl`;
writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');

const spamRows = rows.filter((r) => r.label === 'spam').length;
console.log(`wrote ${rows.length} rows (${spamRows} spam, ${rows.length - spamRows} genuine) to ${out}`);
