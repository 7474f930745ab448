/*
 * Writes eval/spam-comments.jsonl: the labeled comments `npm run eval:spam` measures the spam
 * defence on. Everything here was written for this project: fictional local news (the towns,
 * councils and people are invented), genuine readers' comments and spam of many kinds, put
 * together from templates and word lists with a seeded generator, so the set is the same on
 * every run.
 *
 * Four banks, each with its own templates and wordings, written in this order:
 *   bank 1 — tuned on from the start (split A);
 *   bank 2 — held out in round 1, then tuned on (split A);
 *   bank 3 — written before round 2's changes, held out and measured once, then seen while
 *            choosing round 3's general signals (split B);
 *   bank 4 — written after the last change to the score and measured once (split C).
 * README.md ("Spam defence") has the figures of each round.
 *
 *   node --import tsx eval/generate.ts    # rewrites eval/spam-comments.jsonl
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/text/seeded-random.js';

export interface LabeledComment {
  /** A: tuned on; B: held out once, then seen; C: held out (see the banks above). */
  split: 'A' | 'B' | 'C';
  /** Which bank of templates wrote it (see the top of this file). */
  bank: 1 | 2 | 3 | 4;
  label: 'spam' | 'ham';
  /** What kind of comment it is, for reading the misses. */
  kind: string;
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
  articleLanguage: string | null;
}


class Dice {
  constructor(private readonly random: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  /** Fills {slots} from the table; a slot may name a list or a function. */
  fill(template: string, table: Record<string, readonly string[] | (() => string)>): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const entry = table[key];
      if (!entry) throw new Error(`no slot ${key}`);
      return typeof entry === 'function' ? entry() : this.pick(entry);
    });
  }
}

// ——— Shared people, places and browsers ———

const firstNames = [
  'Ana', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Grace', 'Hamza', 'Ines', 'Jonas', 'Kasia', 'Liam', 'Mei', 'Nadia', 'Olu', 'Priya', 'Quentin',
  'Rosa', 'Sam', 'Tomasz', 'Uma', 'Victor', 'Wen', 'Yusuf', 'Zoe', 'Aoife', 'Bruno', 'Carmen', 'Dmitri', 'Esther', 'Farid', 'Gwen', 'Hugo',
  'Ilse', 'Jamal', 'Kenji', 'Leila', 'Marek', 'Niamh', 'Oscar', 'Paula', 'Rahul', 'Sofia', 'Theo', 'Valeria', 'Will', 'Xiu', 'Yara',
];
const lastNames = [
  'Abbott', 'Baptiste', 'Costa', 'Dunne', 'Eriksen', 'Fofana', 'Greaves', 'Haddad', 'Iqbal', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau',
  'Nwosu', 'Oduya', 'Petrova', 'Quinn', 'Reyes', 'Sato', 'Thornton', 'Usman', 'Varga', 'Whitlock', 'Yilmaz', 'Zhang', 'Mbeki', 'Okafor',
  'Brennan', 'Castillo', 'Dabrowski', 'Holloway', 'Kaur', 'Lopes', 'McAllister', 'Novak', "O'Hara", 'Pereira', 'Rossi', 'Schulz', 'Tanaka',
];
const mailDomains = ['example.com', 'example.org', 'example.net', 'mail.example', 'post.example', 'inbox.example', 'fastmail.example', 'uni.example.ac'];

const browserAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0',
  'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
];
const scriptAgents = ['python-requests/2.31.0', 'curl/8.5.0', 'Go-http-client/1.1', 'Java/17.0.2', 'libwww-perl/6.72', 'okhttp/4.12.0'];

function person(d: Dice): { name: string; email: string } {
  const first = d.pick(firstNames);
  const last = d.pick(lastNames);
  const styles = [`${first} ${last}`, `${first} ${last}`, `${first}`, `${first} ${last[0]}.`, `${first.toLowerCase()}${d.int(1, 99)}`];
  const name = d.pick(styles);
  const local = d.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}${d.int(10, 99)}`, `${last}.${first}`]).toLowerCase().replace(/[^a-z0-9.]/g, '');
  return { name, email: `${local}@${d.pick(mailDomains)}` };
}

// ============================================================================================
// Bank 1
// ============================================================================================

const topics1 = [
  { what: 'the Harbour Road bridge repairs', who: 'the highways team', place: 'Harbour Road', thing: 'the bridge' },
  { what: 'the new library opening hours', who: 'the library service', place: 'Northgate', thing: 'the library' },
  { what: 'the closure of St Anne’s primary', who: 'the education committee', place: 'Eastfield', thing: 'the school' },
  { what: 'the council budget vote', who: 'the council', place: 'the town hall', thing: 'the budget' },
  { what: 'the changes to the number 14 bus', who: 'the bus company', place: 'Station Street', thing: 'the 14' },
  { what: 'moving the farmers’ market', who: 'the market traders', place: 'Market Square', thing: 'the market' },
  { what: 'the flood defences at Millbrook', who: 'the environment agency', place: 'Millbrook', thing: 'the flood wall' },
  { what: 'the cycle lane on Kingsmead Avenue', who: 'the transport committee', place: 'Kingsmead Avenue', thing: 'the cycle lane' },
  { what: 'the hospital car park charges', who: 'the hospital trust', place: 'the General', thing: 'parking' },
  { what: 'the wind farm consultation', who: 'the developers', place: 'Larkhill', thing: 'the turbines' },
  { what: 'the rent cap proposal', who: 'the housing cabinet member', place: 'the Westbank estate', thing: 'the cap' },
  { what: 'the swimming pool refurbishment', who: 'the leisure trust', place: 'Riverside', thing: 'the pool' },
] as const;

const refLinks1 = [
  'https://en.wikipedia.org/wiki/Flood_barrier',
  'https://www.legislation.gov.uk/ukpga/1990/8/contents',
  'https://www.openstreetmap.org/#map=16/51.5/-0.12',
  'https://web.archive.org/web/2019/https://www.millbrook.gov.example/budget',
  'https://www.millbrook.gov.example/council-meetings/minutes',
  'https://data.example.gov/dataset/bus-punctuality',
  'https://en.wikipedia.org/wiki/Rent_control',
  'https://www.ons.example.gov/housing/rents/2024',
];

function ham1(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const kinds: [string, number, (t: (typeof topics1)[number]) => string][] = [
    [
      'agreement',
      30,
      (t) =>
        d.fill('{open} {what} {verdict}. {because} {close}', {
          open: ['Completely agree about', 'Good to see a story on', 'I’m with the article on', 'Glad someone is finally looking at', 'Yes to everything said here about'],
          what: [t.what],
          verdict: ['– it has been a mess for years', ', it was overdue', ' and the timing matters', ', the figures speak for themselves', ', and people should say so at the next meeting'],
          because: [
            `I walk past ${t.place} every morning and nothing has changed since spring.`,
            `My neighbours have been asking ${t.who} about this since 2021.`,
            `The last time ${t.thing} came up, the decision was put off twice.`,
            `Anyone who uses ${t.thing} knows it cannot go on like this.`,
            `My daughter relies on ${t.thing}, so this affects us directly.`,
          ],
          close: ['Thanks for keeping at it.', 'Let’s hope they listen.', '', 'Fingers crossed.', 'We’ll see what happens in June.'],
        }),
    ],
    [
      'disagreement',
      30,
      (t) =>
        d.fill('{open} {claim} {detail} {close}', {
          open: ['I don’t agree with this.', 'This piece leaves out the other side.', 'Sorry, but I think this is wrong.', 'Not convinced.', 'I have to push back here.'],
          claim: [
            `${t.who[0]!.toUpperCase()}${t.who.slice(1)} did consult people, the article makes it sound like they didn’t.`,
            `The cost of ${t.thing} was always going to rise, blaming one councillor is unfair.`,
            `Most people at ${t.place} I have spoken to actually support the change.`,
            `There is no evidence ${t.thing} would be cheaper under the old plan.`,
          ],
          detail: ['The consultation ran for eight weeks and had over 600 replies.', 'Read the report, not the press release.', 'The numbers quoted are from 2019.', 'Nobody mentions the maintenance backlog.', ''],
          close: ['Happy to be proven wrong.', 'Just my view.', '', 'Let’s see the full figures first.'],
        }),
    ],
    [
      'question',
      25,
      (t) =>
        d.fill('{q} {follow}', {
          q: [
            `Does anyone know when ${t.who} will publish the decision on ${t.what}?`,
            `Is there a public meeting about ${t.thing}? I couldn’t find a date anywhere.`,
            `Will ${t.thing} be closed during the works, or only at weekends?`,
            `How can residents of ${t.place} send comments before the deadline?`,
            `Who actually decides on ${t.what} – the full council or the cabinet?`,
          ],
          follow: ['Thanks in advance.', 'The website is no help.', '', 'Asking for my mum who has no internet.', 'I emailed but heard nothing.'],
        }),
    ],
    [
      'correction',
      15,
      (t) =>
        d.fill('{open} {fix} {source}', {
          open: ['Small correction:', 'One thing to fix:', 'Minor point –', 'For accuracy:'],
          fix: [
            `the meeting about ${t.thing} was on Tuesday, not Thursday.`,
            `${t.place} is in the Northgate ward, not Eastfield.`,
            'the vote was 27 to 19, not 27 to 9.',
            `the works on ${t.thing} started in 2022, the article says 2023.`,
          ],
          source: () => (d.chance(0.5) ? `The minutes are here: ${d.pick(refLinks1)}` : 'It is in the published minutes.'),
        }),
    ],
    [
      'experience',
      25,
      (t) =>
        d.fill('{story} {feeling}', {
          story: [
            `We moved to ${t.place} four years ago and ${t.thing} has been the main thing people talk about at the school gate.`,
            `I used to work for ${t.who}. Decisions like this take months of paperwork before anyone sees a result.`,
            `My father has lived next to ${t.place} since the seventies and says it looked better then.`,
            `I took the kids to ${t.place} on Saturday and the signs still point the old way.`,
          ],
          feeling: ['Frustrating.', 'Hopefully this time is different.', 'It would be good to hear from the councillors.', '', 'Anyway, good to see it covered.'],
        }),
    ],
    [
      'reference-link',
      14,
      (t) =>
        d.fill('{open} {link} {close}', {
          open: [
            `For background on ${t.what}, this explains how it works:`,
            'The legal side is set out here:',
            `There is a map of ${t.place} that shows the route:`,
            'Older figures for comparison:',
          ],
          link: () => d.pick(refLinks1),
          close: ['Worth a read before the meeting.', 'Page 4 is the relevant part.', '', 'It changes the picture a bit.'],
        }),
    ],
    [
      'short',
      16,
      (t) => d.pick(['About time.', 'Finally!', 'Shame, that was a lovely building.', `Good news for ${t.place}.`, 'What a waste of money.', 'Well said.', 'Not again…', `Typical ${t.who}.`]),
    ],
    [
      'hard-topic-words',
      10,
      () =>
        d.pick([
          'The casino licence for the old mill is a bad idea. We already have three betting shops on the high street and the food bank is busier than ever.',
          'The council took out a loan of £12 million for the sports hall. Who pays the interest if the visitor numbers are lower than promised?',
          'A crypto ATM opened at the shopping centre last month. Trading standards should look at the fees it charges.',
          'My son lost money on an online betting app. More needs to be said about gambling adverts at the football ground.',
          'The payday lender on Station Street closed and the credit union is taking on its customers, which is good news.',
          'The followers of the old mayor will never accept this, whatever the figures say.',
        ]),
    ],
    [
      'hard-shouting',
      5,
      (t) => d.pick([`THIS IS OUTRAGEOUS. ${t.who.toUpperCase()} SHOULD RESIGN.`, 'NO NO NO. WE VOTED AGAINST THIS ALREADY!', `WHY IS NOBODY TALKING ABOUT ${t.thing.toUpperCase()}???`]),
    ],
    [
      'hard-praise',
      8,
      (t) => d.pick([`Great article, thanks for covering ${t.what}.`, 'Great article. Very informative.', 'Thanks for sharing this, I had no idea.', `Nice piece on ${t.place}, keep it up!`]),
    ],
    [
      'hard-other-language',
      6,
      (t) =>
        d.pick([
          `Muy buen artículo. Vivo cerca de ${t.place} y las obras llevan meses paradas.`,
          'Як мешканка району, скажу: ремонт мосту затягується вже два роки, і ніхто не пояснює чому.',
          'Ich wohne seit zehn Jahren hier und finde die Entscheidung richtig, auch wenn sie teuer ist.',
          'Concordo com o artigo. A câmara devia ter ouvido os moradores antes de decidir.',
        ]),
    ],
    ['hard-two-links', 2, () => `Both reports disagree on the cost: ${refLinks1[3]} and ${refLinks1[4]} – which one is right?`],
    ['hard-wages', 4, () => d.pick(['Carers in this town earn $11 an hour. That is the real story here.', 'Bus drivers are paid £13 an hour and the company wonders why nobody applies.'])],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const p = person(d);
    const topic = d.pick(topics1);
    const url = d.chance(0.12) ? d.pick([`https://${p.email.split('@')[0]!.replace(/\./g, '')}.blog.example`, `https://github.com/${p.email.split('@')[0]!.replace(/\./g, '')}`, `https://photos.example/${p.name.split(' ')[0]!.toLowerCase()}`]) : '';
    const lang = kind === 'hard-other-language' ? 'en' : d.chance(0.05) ? null : 'en';
    out.push({ split: 'A', bank: 1, label: 'ham', kind, author: p.name, email: p.email, url, text: make(topic).replace(/\s+/g, ' ').trim(), userAgent: d.pick(browserAgents), articleLanguage: lang });
  }
  return out;
}

function spamDomain1(d: Dice): string {
  const words = ['best', 'cheap', 'top', 'pro', 'online', 'casino', 'pills', 'seo', 'loans', 'crypto', 'essay', 'followers', 'deals', 'rank', 'win', 'bonus', 'shop', 'store', 'health', 'rx'];
  const tld = d.pick(['com', 'com', 'net', 'xyz', 'top', 'online', 'site', 'info', 'click', 'ru', 'in', 'co']);
  const parts = Array.from({ length: d.int(1, 3) }, () => d.pick(words));
  return `${[...new Set(parts)].join(d.pick(['-', '', '-']))}${d.int(0, 1) ? d.int(1, 99) : ''}.${tld}`;
}

function spam1(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const link = () => `https://${spamDomain1(d)}/${d.pick(['', 'promo', 'go', 'offer?id=' + d.int(100, 999), 'shop'])}`;
  const kinds: [string, number, () => { text: string; author?: string; url?: string }][] = [
    ['link-drop', 10, () => ({ text: d.pick([link(), `${link()} ${link()}`, `see ${link()}`, `${d.pick(['nice', 'good', 'ok'])} ${link()}`]) })],
    [
      'seo',
      12,
      () => ({
        text: d.fill('{hi} {pitch} {cta}', {
          hi: ['Hello admin,', 'Hi there,', 'Dear webmaster,', ''],
          pitch: [
            'I noticed your website is not ranking on the first page of Google. Our SEO services can fix this in 30 days.',
            'We offer high quality backlinks and guest posting on DA50+ sites at affordable prices.',
            'Want more traffic? Our digital marketing agency will boost your website traffic with white hat SEO.',
            'Your site has great content but poor visibility. Let our SEO experts help you rank higher.',
          ],
          cta: () => d.pick([`Visit ${link()}`, `Contact us at seo.team${d.int(1, 99)}@mail.example`, `More details: ${link()}`, `WhatsApp +91 98${d.int(10000000, 99999999)}`]),
        }),
        author: d.pick(['SEO Expert', 'Rank Booster Agency', 'Digital Marketing Services', 'John Smith', 'Best SEO Company India']),
      }),
    ],
    [
      'pharma',
      12,
      () => ({
        text: d.fill('{pitch} {link}', {
          pitch: [
            'Buy viagra online without prescription, discreet shipping worldwide.',
            'Cheap cialis and generic pills online, lowest prices guaranteed.',
            'Order tramadol overnight, no prescription needed!!!',
            'Best online pharmacy for ED meds, 80% off today only.',
            'Need xanax? We ship fast with no doctor prescription.',
          ],
          link: () => link(),
        }),
        author: d.pick(['Online Pharmacy', 'cheap meds', 'Michael', 'RxStore24', 'Buy Viagra']),
      }),
    ],
    [
      'crypto',
      12,
      () => ({
        text: d.pick([
          `Crypto giveaway! Send 0.1 BTC and receive 0.2 BTC back instantly. Limited time: ${link()}`,
          `I made $4,500 per week with this bitcoin trading bot, guaranteed profits. Start here ${link()}`,
          `Thanks to Mrs Laura's forex signals I now earn $900 a day from home. Contact her on WhatsApp +1 (415) 555-0${d.int(100, 199)}`,
          `Double your crypto in 24 hours with our investment platform ${link()}`,
          `Lost your bitcoin to scammers? Our recovery experts recover stolen crypto funds. Telegram @recoverpro${d.int(1, 99)}`,
        ]),
        author: d.pick(['Crypto Queen', 'Laura Bennett', 'BTC Investment', 'David Moore', 'Forex Mentor']),
      }),
    ],
    [
      'casino',
      12,
      () => ({
        text: d.pick([
          `Best online casino 2024 with 200 free spins and no deposit bonus: ${link()}`,
          `Play slots online and win real money! Welcome bonus 500% ${link()}`,
          `Top sports betting tips every day, join now ${link()}`,
          `New casino site with instant withdrawals, claim your bonus at ${link()}`,
        ]),
        author: d.pick(['Casino Bonus', 'Slots Online', 'bet365 tips', 'Jackpot City', 'Emma Wilson']),
      }),
    ],
    [
      'fake-praise',
      14,
      () => ({
        text: d.pick([
          'Great post! Check my site.',
          'Very informative article, thanks for sharing. I will bookmark your blog.',
          'Nice blog post, keep up the good work!',
          'I really enjoyed reading this post. Keep it up.',
          'Awesome article dear, very helpful information.',
          'This is very useful information. Thanks for sharing!',
        ]) + (d.chance(0.4) ? ` ${link()}` : ''),
        url: link(),
        author: d.pick(['Best Roofing Company', 'Cheap Flights Deals', 'Sarah', 'Plumbing Services London', 'Kevin', 'Top Movers Near Me', 'essay writer']),
      }),
    ],
    [
      'keyword-author',
      10,
      () => ({
        text: d.pick(['I agree with this.', 'Interesting point about the council.', 'Thanks for the update.', 'Good to know.', 'This is so true.']),
        author: d.pick(['buy instagram followers', 'casino online bonus', 'www.cheap-pills.xyz', 'seo services delhi', 'payday loans no credit check', 'best essay writing service']),
        url: link(),
      }),
    ],
    [
      'foreign-script',
      10,
      () => ({
        text: d.pick([
          `Лучшее онлайн казино с бонусом за регистрацию ${link()}`,
          `Быстрые займы онлайн без проверки, деньги за 5 минут ${link()}`,
          `澳门娱乐城 百家乐 线上注册送彩金 ${link()}`,
          `专业代写论文 加微信 ${link()}`,
          `Заработок в интернете от 5000 рублей в день ${link()}`,
        ]),
        author: d.pick(['Алексей', 'Kazino', '娱乐城', 'Marina', 'admin']),
      }),
    ],
    [
      'shouting',
      6,
      () => ({ text: `${d.pick(['MAKE MONEY FAST FROM HOME!!! NO EXPERIENCE NEEDED', 'CLICK HERE TO WIN A FREE IPHONE NOW', 'HOT SINGLES IN YOUR AREA WAITING FOR YOU'])} ${link()}` }),
    ],
    [
      'loans',
      8,
      () => ({
        text: d.pick([
          `Do you need a loan? We offer fast loans at 2% interest, bad credit ok. Email loanoffer${d.int(1, 99)}@mail.example`,
          `Instant payday loans with no credit check, apply now: ${link()}`,
          `I got my loan from a legit private loan lender after being scammed twice. Contact them on WhatsApp.`,
        ]),
        author: d.pick(['Loan Officer', 'Mr James Carter', 'Quick Loans', 'Helen']),
      }),
    ],
    [
      'essay-followers',
      8,
      () => ({
        text: d.pick([
          `Struggling with your thesis? Our essay writing service delivers plagiarism-free papers. ${link()}`,
          `Write my essay for cheap – professional writers 24/7 ${link()}`,
          `Buy real Instagram followers and likes, instant delivery ${link()}`,
          `Get 10k TikTok followers today, 100% safe ${link()}`,
        ]),
      }),
    ],
    [
      'markup',
      6,
      () => ({ text: `${d.pick(['nice', 'good site', 'thanks'])} <a href="${link()}">${d.pick(['cheap pills', 'casino', 'loans'])}</a> [url=${link()}]click[/url]` }),
    ],
    [
      'hard-subtle',
      8,
      () => ({
        text: d.pick([
          'We had the same problem with our roof after the storm. These guys fixed it in a day, highly recommend them.',
          'Interesting. Parking in the city centre is a nightmare, I always book through an app now, saves a lot of hassle.',
          'Good article. If anyone needs a reliable plumber in the area, we used a great company last month.',
          'My cousin tried this and lost weight in two weeks, natural and safe, worth a look for anyone interested.',
        ]),
        url: link(),
        author: d.pick(['Mike', 'Jenny', 'Daniel R', 'Alice']),
      }),
    ],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const made = make();
    const p = person(d);
    const author = made.author ?? p.name;
    const email = d.chance(0.5) ? `${author.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '') || 'user'}${d.int(1, 999)}@${d.pick(mailDomains)}` : p.email;
    const agent = d.chance(0.2) ? d.pick(scriptAgents) : d.chance(0.05) ? '' : d.pick(browserAgents);
    out.push({ split: 'A', bank: 1, label: 'spam', kind, author, email, url: made.url ?? (d.chance(0.4) ? link() : ''), text: made.text.replace(/\s+/g, ' ').trim(), userAgent: agent, articleLanguage: d.chance(0.1) ? null : 'en' });
  }
  return out;
}

// ============================================================================================
// Bank 2: other towns, other templates, other wordings.
// ============================================================================================

const topics2 = [
  { subject: 'the Ashford Lane roundabout', body: 'the county', spot: 'Ashford Lane', item: 'the roundabout' },
  { subject: 'the museum’s free entry on Sundays', body: 'the museum board', spot: 'Castle Hill', item: 'free entry' },
  { subject: 'the new housing at the old quarry', body: 'the planning committee', spot: 'Quarry Fields', item: 'the new homes' },
  { subject: 'the ferry timetable', body: 'the ferry operator', spot: 'the pier', item: 'the early ferry' },
  { subject: 'the school meals contract', body: 'the education department', spot: 'Brookside', item: 'school dinners' },
  { subject: 'the night-time noise at the docks', body: 'environmental health', spot: 'the docks', item: 'the night shifts' },
  { subject: 'the tree felling on Elm Row', body: 'the parks department', spot: 'Elm Row', item: 'the plane trees' },
  { subject: 'the GP surgery merger', body: 'the health board', spot: 'Fairview', item: 'the surgery' },
  { subject: 'the tram extension', body: 'the transport authority', spot: 'Southbank', item: 'the tram' },
  { subject: 'the litter fines', body: 'the street cleaning contractor', spot: 'the seafront', item: 'the fines' },
] as const;

const refLinks2 = [
  'https://en.wikipedia.org/wiki/Tram',
  'https://www.planning.example.gov/applications/23-0412',
  'https://www.gov.example/guidance/noise-nuisance',
  'https://www.openstreetmap.org/way/123456',
  'https://archive.example.org/newspapers/1987/quarry',
  'https://www.health.example.nhs/fairview/consultation',
];

function ham2(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const kinds: [string, number, (t: (typeof topics2)[number]) => string][] = [
    [
      'agreement',
      28,
      (t) =>
        d.fill('{a} {b}', {
          a: [
            `Spot on about ${t.subject}.`,
            `Exactly what I said at the residents’ meeting about ${t.subject}.`,
            `This matches what we see at ${t.spot}.`,
            `Thank you for asking ${t.body} the hard questions on ${t.subject}.`,
          ],
          b: [
            `${t.item[0]!.toUpperCase()}${t.item.slice(1)} has been a problem since the pandemic.`,
            'Nobody on our street was asked.',
            `If ${t.body} had listened in 2020 we would not be here.`,
            'The petition already has 1,200 names.',
            'I hope the follow-up covers the costs too.',
          ],
        }),
    ],
    [
      'disagreement',
      28,
      (t) =>
        d.fill('{a} {b} {c}', {
          a: ['I see it differently.', 'With respect, this is one-sided.', 'I think the headline overstates it.', 'Not everyone on our road agrees.'],
          b: [
            `${t.item[0]!.toUpperCase()}${t.item.slice(1)} works fine for most of us.`,
            `${t.body[0]!.toUpperCase()}${t.body.slice(1)} published the numbers months ago.`,
            `The alternative for ${t.spot} would cost twice as much.`,
            'The complaints come from a handful of people.',
          ],
          c: ['Let’s keep some perspective.', '', 'But fair play for reporting it.', 'I’d like to see a poll.'],
        }),
    ],
    [
      'question',
      24,
      (t) =>
        d.pick([
          `Has ${t.body} said what happens to ${t.item} over the winter?`,
          `Where can I read the full report on ${t.subject}?`,
          `Are the changes to ${t.item} permanent or a trial?`,
          `Does this affect people living at ${t.spot} or just visitors?`,
          `What did the opposition councillors say about ${t.subject}?`,
        ]),
    ],
    [
      'correction',
      12,
      (t) =>
        d.pick([
          `The article says ${t.body} meets monthly; it is every six weeks.`,
          `${t.spot} has had a one-way system since 2018, not 2015 as written.`,
          `Just to note, the figure is £3.4m, not £34m. See ${d.pick(refLinks2)}`,
          `The photo caption is wrong, that is ${t.spot}, not the town centre.`,
        ]),
    ],
    [
      'experience',
      24,
      (t) =>
        d.pick([
          `I drive through ${t.spot} twice a day and the queues have doubled since ${t.item} changed.`,
          `As a nurse at the hospital I can say ${t.subject} has made night shifts harder for staff.`,
          `My grandparents ran a shop at ${t.spot} for forty years and they always said this would happen.`,
          `Our kids’ school is next to ${t.spot}. Since the change it is much calmer at pick-up.`,
          `I volunteer at ${t.spot} every Saturday and people ask about ${t.item} all the time.`,
        ]),
    ],
    [
      'reference-link',
      12,
      (t) => d.pick([`The planning file for ${t.subject} is public: ${d.pick(refLinks2)}`, `Background reading: ${d.pick(refLinks2)} – explains the rules.`, `Here is the consultation page if anyone wants to respond: ${d.pick(refLinks2)}`]),
    ],
    ['short', 14, (t) => d.pick(['Good.', 'Ridiculous.', 'Long overdue!', `Poor ${t.spot}.`, 'Sad to read this.', 'Brilliant news.', 'Who approved this?'])],
    [
      'hard-topic-words',
      10,
      (t) =>
        d.pick([
          'The old bingo hall is being turned into a casino. Did anyone on the planning committee ask what residents think?',
          `Councillors approved a £2m loan to the ferry company last year. Is any of it being paid back?`,
          'Half the adverts on the buses are for betting sites now. Surely the council can refuse them?',
          `A bitcoin mining company wants to use the old warehouse at ${t.spot}. The noise alone should rule it out.`,
          'My neighbour was scammed by a fake investment opportunity advertised on social media. Police said there is little they can do.',
          'The SEO of the council website is terrible, you cannot find the bin collection days on any search engine.',
        ]),
    ],
    ['hard-shouting', 5, (t) => d.pick([`SHAME ON ${t.body.toUpperCase()}!!!`, 'ABSOLUTELY DISGRACEFUL DECISION. WE WILL REMEMBER AT THE ELECTION.'])],
    ['hard-praise', 8, (t) => d.pick(['Excellent reporting, thank you.', `Really useful write-up on ${t.subject}, thanks for sharing it.`, 'Great read. Keep up the good work on local stories!', 'Very helpful, thank you!'])],
    [
      'hard-other-language',
      6,
      () =>
        d.pick([
          'Живу рядом, шум по ночам действительно стал невыносимым. Спасибо, что написали об этом.',
          'Excelente reportaje, por fin alguien habla del tranvía.',
          'Très bon article, merci. Le quartier attend ces travaux depuis des années.',
          '住在附近，渡轮时间改了以后上班很不方便，希望有关部门能听取居民意见。',
        ]),
    ],
    ['hard-two-links', 2, () => `Compare the old plan ${refLinks2[4]} with the new one ${refLinks2[1]} – same mistakes.`],
    ['hard-own-site', 5, (t) => `I wrote up what happened at the ${t.spot} meeting on my blog, with photos of the plans.`],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const p = person(d);
    const handle = p.email.split('@')[0]!.replace(/\./g, '');
    const url = kind === 'hard-own-site' ? `https://${handle}.wordpress.example` : d.chance(0.1) ? d.pick([`https://${handle}.example.net`, `https://mastodon.example/@${handle}`, `https://${handle}.xyz`]) : '';
    const lang = kind === 'hard-other-language' ? 'en' : d.chance(0.06) ? d.pick([null, 'en-GB']) : 'en';
    out.push({ split: 'A', bank: 2, label: 'ham', kind, author: p.name, email: p.email, url, text: make(d.pick(topics2)).replace(/\s+/g, ' ').trim(), userAgent: d.pick(browserAgents), articleLanguage: lang });
  }
  return out;
}

function spamDomain2(d: Dice): string {
  const stems = ['vip', 'lucky', 'mega', 'prime', 'smart', 'quick', 'global', 'trust', 'royal', 'spin', 'pharm', 'slim', 'cash', 'trade', 'gold', 'star'];
  const tails = ['hub', 'zone', 'world', 'point', 'store', 'club', 'land', 'now', 'go', 'place'];
  const tld = d.pick(['com', 'net', 'org', 'xyz', 'top', 'icu', 'buzz', 'shop', 'live', 'io', 'me', 'cc']);
  return `${d.pick(stems)}${d.pick(['', '-'])}${d.pick(tails)}${d.chance(0.3) ? d.int(1, 999) : ''}.${tld}`;
}

function spam2(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const link = () => (d.chance(0.1) ? `https://${d.pick(['bit.ly', 'tinyurl.com', 'cutt.ly'])}/${d.int(100000, 999999).toString(36)}` : `https://${spamDomain2(d)}${d.pick(['', '/', '/join', '/ref/' + d.int(10, 99), '/deal'])}`);
  const kinds: [string, number, () => { text: string; author?: string; url?: string }][] = [
    ['link-drop', 9, () => ({ text: d.pick([link(), `${link()}\n${link()}\n${link()}`, `here ${link()}`, `[${d.pick(['info', 'more', 'link'])}](${link()})`]) })],
    [
      'seo',
      11,
      () => ({
        text: d.pick([
          `Is your business invisible online? We build backlinks that push you to page one. Free audit at ${link()}`,
          'Our link building team has placed guest posts on 400 news sites. Reply for the price list.',
          `Hey, I can boost your site traffic by 300% with our SEO packages. DM me or visit ${link()}`,
          'Would you accept a sponsored guest post on your blog? We pay $50 per article. Email partnerships@outreach.example',
        ]),
        author: d.pick(['Outreach Team', 'Rachel | SEO', 'Link Building Pro', 'Anna Brooks', 'WebRank Solutions']),
      }),
    ],
    [
      'pharma',
      11,
      () => ({
        text: d.pick([
          `Generic v1agra and c1alis at factory prices, no rx required ${link()}`,
          `Trusted online drugstore: modafinil, adderall, phentermine shipped same day ${link()}`,
          `Men's health pills, 100% guaranteed results or your money back ${link()}`,
          `Buy oxycodone online safely, discreet packaging ${link()}`,
        ]),
        author: d.pick(['Pharm Direct', 'Dr. Health', 'Brian', 'MedsNow']),
      }),
    ],
    [
      'crypto',
      11,
      () => ({
        text: d.pick([
          `Elon is giving away 5,000 ETH to celebrate! Send any amount and get double back: ${link()}`,
          `I was skeptical but this AI trading bot made me $2,300 a week. Passive income is real: ${link()}`,
          'Investing with Mr. Robert Hayes changed my life, I earn weekly profits of $6,000. Message him on Telegram: @roberthayesfx',
          `New token presale, 100x guaranteed returns, don’t miss out ${link()}`,
        ]),
        author: d.pick(['Sophia Turner', 'CryptoWhale', 'Jessica M', 'Token Alerts']),
      }),
    ],
    [
      'casino',
      11,
      () => ({
        text: d.pick([
          `Unlock 300 free spins today, no deposit needed! ${link()}`,
          `The most trusted online casinos of the year, reviewed: ${link()}`,
          `Poker online with real players, $1000 welcome bonus ${link()}`,
          `Daily betting tips with 90% win rate, join our channel ${link()}`,
        ]),
        author: d.pick(['Lucky Spins', 'Casino Reviews', 'Mark', 'TipsterKing']),
      }),
    ],
    [
      'fake-praise',
      13,
      () => ({
        text: d.pick([
          'Hello there, I found your site via Google and it is truly informative. I’ll be back.',
          'What a great article! I have shared it with my friends.',
          'Thank you so much for sharing, very well written.',
          'Superb content! Will definitely come back for more.',
          'I appreciate your work, this post was really helpful to me.',
        ]),
        url: link(),
        author: d.pick(['Luxury Watches Store', 'Dentist Near Me', 'Alex', 'Garage Door Repair Pro', 'Lisa', 'Wedding Photographer Cheap']),
      }),
    ],
    [
      'keyword-author',
      9,
      () => ({
        text: d.pick(['Nice.', 'Agreed with the writer.', 'Very true words.', 'Thank you for the information.', 'Good points.']),
        author: d.pick(['cbd gummies for sleep', 'online slots real money', 'replica rolex watches', 'cheap-essays.com', 'tiktok likes buy', 'forex signals telegram']),
        url: link(),
      }),
    ],
    [
      'foreign-script',
      10,
      () => ({
        text: d.pick([
          `Ставки на спорт с лучшими коэффициентами, бонус новым игрокам ${link()}`,
          `Купить диплом о высшем образовании недорого ${link()}`,
          `网赌平台 注册就送 ${link()}`,
          `オンラインカジノで毎日稼げる！今すぐ登録 ${link()}`,
          `카지노 사이트 추천 바카라 ${link()}`,
        ]),
      }),
    ],
    ['shouting', 6, () => ({ text: `${d.pick(['LAST CHANCE!!! 90% OFF ALL DESIGNER BAGS', 'WORK FROM HOME AND EARN $500 DAILY', 'FREE GIFT CARD FOR THE FIRST 100 VISITORS'])} ${link()}` })],
    [
      'loans',
      8,
      () => ({
        text: d.pick([
          `Same day cash loans for everyone, even with bad credit: ${link()}`,
          'Are you in debt? Genuine loan lender offering loans at 3% interest. Email: financehome@lender.example',
          `Need money urgently? Quick loans approved in 10 minutes ${link()}`,
        ]),
        author: d.pick(['Finance Home', 'Mrs Grace Williams', 'CashNow']),
      }),
    ],
    [
      'essay-followers',
      8,
      () => ({
        text: d.pick([
          `Students! Do my homework service, A+ guaranteed, any subject ${link()}`,
          `Dissertation writing help from PhD writers, cheap and fast ${link()}`,
          `Get YouTube subscribers and views cheap, real accounts ${link()}`,
          `Buy Spotify plays and followers to grow your music ${link()}`,
        ]),
      }),
    ],
    ['markup', 5, () => ({ text: `[url=${link()}]${d.pick(['cheap flights', 'replica bags', 'slot gacor'])}[/url] <a href="${link()}">${d.pick(['visit', 'here'])}</a>` })],
    [
      'hard-subtle',
      8,
      () => ({
        text: d.pick([
          'Such a shame about the museum. By the way, if anyone is planning a trip this summer, I found amazing hotel deals recently.',
          'Totally agree. We switched energy supplier last month and saved loads, happy to share the details.',
          'Nice article. Our family has used the same removals company three times, they are the best in the region.',
          'I used to suffer from back pain until I found a natural supplement, life changing honestly.',
        ]),
        url: link(),
        author: d.pick(['Tom', 'Rebecca', 'Sandra K', 'Peter']),
      }),
    ],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const made = make();
    const p = person(d);
    const author = made.author ?? p.name;
    const email = d.chance(0.5) ? `${d.pick(['info', 'contact', 'admin', 'sales', author.toLowerCase().replace(/[^a-z]+/g, '')])}${d.int(1, 9999)}@${d.pick(mailDomains)}` : p.email;
    const agent = d.chance(0.15) ? d.pick(scriptAgents) : d.pick(browserAgents);
    out.push({ split: 'A', bank: 2, label: 'spam', kind, author, email, url: made.url ?? (d.chance(0.35) ? link() : ''), text: made.text.replace(/[ \t]+/g, ' ').trim(), userAgent: agent, articleLanguage: d.chance(0.08) ? null : 'en' });
  }
  return out;
}

// ============================================================================================
// Bank 3: the held-out half. A coastal city and a rural district, new voices (replies, quotes,
// lists, lowercase typing, emoji, comments in the article's own language), and spam of kinds
// the first two banks barely had (fake jobs, phishing, apps and VPNs, gift cards, clinics
// abroad, property, Latin-script foreign spam, contact-only spam).
// ============================================================================================

const topics3 = [
  { topic: 'the desalination plant', org: 'the water company', area: 'Port Calder', obj: 'the plant' },
  { topic: 'dredging the harbour mouth', org: 'the harbour board', area: 'the harbour', obj: 'the dredger' },
  { topic: 'the teachers’ strike', org: 'the union', area: 'Calder High', obj: 'the strike days' },
  { topic: 'the new skate park', org: 'the parks trust', area: 'Victoria Green', obj: 'the skate park' },
  { topic: 'the speed cameras on the A917', org: 'the police', area: 'the A917', obj: 'the cameras' },
  { topic: 'closing the maternity unit', org: 'the health board', area: 'Hollins Vale', obj: 'the unit' },
  { topic: 'the smell from the landfill', org: 'the regulator', area: 'Moss Lane', obj: 'the landfill' },
  { topic: 'the cricket club’s lease', org: 'the estates office', area: 'the Meadows', obj: 'the lease' },
  { topic: 'the student flats on Dock Street', org: 'the developer', area: 'Dock Street', obj: 'the flats' },
  { topic: 'selling the heritage pier', org: 'the city council', area: 'the pier', obj: 'the sale' },
  { topic: 'the e-scooter trial', org: 'the operator', area: 'the old town', obj: 'the scooters' },
  { topic: 'the food festival', org: 'the organisers', area: 'Harbour Square', obj: 'the festival' },
  { topic: 'the Calder West by-election', org: 'the candidates', area: 'Calder West', obj: 'the by-election' },
  { topic: 'the pay rise for council staff', org: 'the finance committee', area: 'City Chambers', obj: 'the pay deal' },
] as const;

const refLinks3 = [
  'https://en.wikipedia.org/wiki/Desalination',
  'https://www.calder.gov.example/committees/finance/2024-03-12',
  'https://www.sepa.example.org/regulation/landfill',
  'https://www.electoralcommission.example/results/calder-west',
  'https://historicbuildings.example.gov/listing/LB4411',
  'https://www.youtube.com/watch?v=aB3dE5fG7hI',
  'https://www.theyworkforyou.example/debates/?id=2024-02-01a.55.0',
];

function ham3(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const cap = (x: string) => x[0]!.toUpperCase() + x.slice(1);
  const kinds: [string, number, (t: (typeof topics3)[number], who: string) => { text: string; lang?: string }][] = [
    [
      'opinion',
      40,
      (t) => ({
        text: d.fill('{stance} {claim} {extra} {sign}', {
          stance: ['Honestly,', 'For what it’s worth,', 'Speaking as a local,', 'I’ll say it:', 'Look,', 'In my view', 'Mixed feelings here.', 'Hmm.', 'Right.', ''],
          claim: [
            `${t.topic} is the right call but it has been handled badly.`,
            `${t.org} should have been upfront about ${t.obj} from day one.`,
            `nobody I know in ${t.area} was against ${t.obj} until the costs came out.`,
            `${t.obj} will be forgotten in a year, the real issue is housing.`,
            `people are angrier about ${t.topic} than the council realises.`,
            `I was sceptical about ${t.obj} but it seems to be working.`,
            `the way ${t.org} dealt with ${t.topic} has been a shambles.`,
          ],
          extra: [
            'The consultation was a box-ticking exercise.',
            `My street backs onto ${t.area}, so we notice every change.`,
            'Compare it with what Aberlour did – half the price.',
            'Three years of promises so far.',
            'The young people I coach are split down the middle.',
            '',
            '',
          ],
          sign: ['', '', 'Rant over.', 'My two pence.', '👍', 'Cheers for the coverage.', '– a long-time reader'],
        }),
      }),
    ],
    [
      'reply',
      18,
      (t, who) => ({
        text: d.fill('@{who} {resp}', {
          who: [who],
          resp: [
            `you’re right about ${t.obj}, but the figures you quote are from last year.`,
            `I don’t think that is fair on ${t.org}, they inherited the mess.`,
            `exactly. And nobody asked ${t.area} residents either.`,
            'source? I have read the report twice and can’t find that.',
            `agree 100%. The same happened with the bus station.`,
            'that’s not what the minutes say, they were deferred, not rejected.',
          ],
        }),
      }),
    ],
    [
      'quote',
      10,
      (t) => ({
        text: d.fill('> {q}\n\n{a}', {
          q: [`${cap(t.org)} said it was "committed to listening"`, `The article: "${t.obj} is expected to open in spring"`, '"no decision has been taken"'],
          a: ['Heard that one before.', 'Spring of which year?', 'Then why are the contracts already signed?', 'We’ll hold them to it.'],
        }),
      }),
    ],
    [
      'list',
      6,
      (t) => ({
        text: `Three questions for ${t.org}:\n- what does ${t.obj} cost per year?\n- who pays if it overruns?\n- why was ${t.area} not consulted?`,
      }),
    ],
    [
      'lowercase',
      14,
      (t) => ({
        text: d.pick([
          `lol ${t.org} strikes again`,
          `cant believe theyre still arguing about ${t.obj}`,
          `went past ${t.area} yesterday, its a mess tbh`,
          `ok but who actually asked for ${t.obj}`,
          `this is the third article on ${t.topic} this month and still no answers from ${t.org}`,
          `my gran worked at ${t.area} for 30 yrs, breaks my heart`,
        ]),
      }),
    ],
    [
      'question',
      20,
      (t) => ({
        text: d.pick([
          `Will there be a vote on ${t.topic} or has it already been decided?`,
          `Does anyone know if ${t.area} residents get a say on ${t.obj}?`,
          `What happened to the money set aside for ${t.obj} in the last budget?`,
          `Is ${t.org} going to answer the questions from the public meeting?`,
          `Could you do a follow-up on ${t.topic}? Lots of us want to know the timetable.`,
        ]),
      }),
    ],
    [
      'correction',
      10,
      (t) => ({
        text: d.pick([
          `Correction: ${t.area} is run by the city, not the county.`,
          `The quote in paragraph three is from the deputy leader, not the leader.`,
          `The petition about ${t.obj} closed with 2,870 signatures, not 870.`,
          `It was the harbour board, not ${t.org}, that made the original decision. Minutes: ${d.pick(refLinks3)}`,
        ]),
      }),
    ],
    [
      'link',
      10,
      (t) => ({
        text: d.pick([
          `The committee papers for ${t.topic} are here: ${d.pick(refLinks3)}`,
          `Good explainer on how this works elsewhere: ${d.pick(refLinks3)}`,
          `Video of the full meeting (the ${t.obj} debate starts at 1:12:00): ${refLinks3[5]}`,
          `[The listing record](${refLinks3[4]}) says the pier can’t be altered without consent.`,
        ]),
      }),
    ],
    [
      'own-language',
      10,
      (t) =>
        d.pick([
          { text: `Je suis d’accord avec l’article. Le dossier ${t.obj} traîne depuis trop longtemps.`, lang: 'fr' },
          { text: 'Franchement, la mairie aurait dû consulter les habitants avant de décider.', lang: 'fr' },
          { text: 'Das ist doch eine Farce. Seit Jahren wird nur geredet und nichts passiert.', lang: 'de' },
          { text: 'Ich finde die Entscheidung richtig, auch wenn viele Anwohner dagegen sind.', lang: 'de' },
          { text: '¿Alguien sabe cuándo se publicarán las actas de la reunión?', lang: 'es' },
          { text: 'Vivo en el barrio desde hace veinte años y nunca había visto algo así.', lang: 'es' },
        ]),
    ],
    [
      'hard-scam-warning',
      5,
      () => ({
        text: d.pick([
          'Warning to everyone: there is a crypto giveaway scam going round using the mayor’s photo. Don’t send anyone money.',
          'My mum got a text offering a payday loan with no credit check. It was a scam, please tell older relatives.',
          'There are fake "free spins" casino adverts on the festival Facebook page, the organisers should remove them.',
        ]),
      }),
    ],
    [
      'hard-local-business',
      6,
      (t) => ({ text: `We run the café on ${t.area}. Footfall has dropped by a third since ${t.obj} started, and we’re not the only ones.` }),
    ],
    [
      'hard-money',
      6,
      () => ({
        text: d.pick([
          'Council cleaners are on £11.44 an hour. A 3% rise is a real-terms cut.',
          'The operator says each scooter earns them £40 a day. Where does that money go?',
          'Agency teachers cost the council £350 per day, more than a permanent teacher.',
        ]),
      }),
    ],
    ['hard-shouting', 4, (t) => ({ text: d.pick([`ENOUGH IS ENOUGH. SAVE ${t.obj.toUpperCase()}!`, 'I HAVE WRITTEN TO MY COUNCILLOR FOUR TIMES AND HEARD NOTHING BACK.']) })],
    ['hard-praise', 6, (t) => ({ text: d.pick(['Great article, really well researched.', `Thanks for this, the best coverage of ${t.topic} anywhere.`, 'Brilliant piece. Keep it up!', 'Very informative, thank you.']) })],
    [
      'hard-script',
      4,
      () => ({
        text: d.pick([
          'أسكن في الحي منذ عشر سنوات، والرائحة أصبحت لا تطاق في الصيف. شكراً على المقال.',
          'Мы с соседями собрали подписи против продажи пирса, но ответа так и не получили.',
          '我是这里的留学生，宿舍的租金涨得太快了，希望市政府能管一管。',
        ]),
      }),
    ],
    ['hard-two-links', 2, () => ({ text: `The two reports contradict each other: ${refLinks3[1]} and ${refLinks3[2]}` })],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const p = person(d);
    const made = make(d.pick(topics3), d.pick(firstNames));
    let text = made.text;
    if (kind === 'opinion' && d.chance(0.15)) text = text.toLowerCase().replace(/[.,’]/g, '');
    const handle = p.email.split('@')[0]!.replace(/\./g, '');
    const url =
      kind === 'hard-local-business'
        ? `https://${d.pick(['harbourcafe', 'thedockkitchen', 'saltandcrumb'])}.example.co.uk`
        : d.chance(0.1)
          ? d.pick([`https://${handle}.example.com`, `https://www.instagram.com/${handle}`, `https://${handle}.substack.example`, `https://${handle}.online`])
          : '';
    out.push({
      split: 'B',
      bank: 3,
      label: 'ham',
      kind,
      author: kind === 'hard-local-business' ? d.pick(['Harbour Café', 'Jo at the Dock Kitchen', 'Salt & Crumb']) : p.name,
      email: p.email,
      url,
      text: text.replace(/[ \t]+/g, ' ').trim(),
      userAgent: d.pick(browserAgents),
      articleLanguage: made.lang ?? (d.chance(0.05) ? null : 'en'),
    });
  }
  return out;
}

function spamDomain3(d: Dice): string {
  const brands = ['nexora', 'glowify', 'trendvibe', 'zentrix', 'lumora', 'quickserve', 'novapath', 'brightcare', 'smilecraft', 'urbanest', 'flexjob', 'gamevault'];
  const keyworded = ['dental-implants-turkey', 'hair-transplant-istanbul', 'remote-jobs-hiring', 'free-robux-generator', 'best-vpn-deals', 'cheap-wedding-dresses', 'plots-for-sale-now', 'visa-fast-track', 'ozempic-online', 'airdrop-claim'];
  const name = d.chance(0.45) ? d.pick(keyworded) : d.pick(brands) + d.pick(['', 'hq', 'app', '24', 'online', 'pro']);
  return `${name}.${d.pick(['com', 'com', 'net', 'io', 'app', 'co', 'info', 'pro', 'biz', 'us', 'org', 'xyz', 'top', 'shop', 'online', 'site', 'store', 'vip', 'cc'])}`;
}

function spam3(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const link = () => `https://${d.chance(0.3) ? 'www.' : ''}${spamDomain3(d)}${d.pick(['', '/', '/?ref=' + d.int(100, 9999), '/signup', '/claim', '/en/'])}`;
  const phone = () => `+${d.pick(['1', '44', '234', '91', '62'])} ${d.int(200, 999)} ${d.int(100, 999)} ${d.int(1000, 9999)}`;
  const kinds: [string, number, () => { text: string; author?: string; url?: string; lang?: string }][] = [
    [
      'fake-job',
      16,
      () => ({
        text: d.pick([
          `We are hiring! Remote data entry, no experience needed, weekly pay. Apply: ${link()}`,
          `Earn from your phone in your spare time, 2 hours a day is enough. Message me on WhatsApp ${phone()}`,
          `Part-time online job for students and mums, start today and get paid every Friday ${link()}`,
          `I quit my 9-5 after finding this home-based job. Details here ${link()}`,
        ]),
        author: d.pick(['HR Team', 'Jobs Hiring Now', 'Maria Lopez', 'Careers Desk', 'Olivia']),
      }),
    ],
    [
      'phishing',
      10,
      () => ({
        text: d.pick([
          `Your account has been flagged. Verify your identity within 24 hours to avoid suspension: ${link()}`,
          `Congratulations, you have been selected to receive a £500 supermarket voucher. Claim: ${link()}`,
          `Parcel delivery failed. Reschedule your delivery here: ${link()}`,
        ]),
        author: d.pick(['Support', 'Customer Service', 'Delivery Notice', 'Rewards Team']),
      }),
    ],
    [
      'apps-vpn-ai',
      14,
      () => ({
        text: d.pick([
          `Try our AI writing tool, creates blog posts in seconds, free trial: ${link()}`,
          `Best VPN of the year, 80% off plus 3 months free ${link()}`,
          `This app lets you see who viewed your profile and read deleted messages ${link()}`,
          `Download the #1 photo editor, no watermark, unlimited exports ${link()}`,
        ]),
        author: d.pick(['TechDeals', 'AppReview', 'Daniel', 'VPN Guide']),
      }),
    ],
    [
      'gift-cards-games',
      10,
      () => ({
        text: d.pick([
          `Free robux generator 2024 working, no human verification ${link()}`,
          `Get free V-Bucks and skins, just enter your username ${link()}`,
          `Win a $1000 gift card, only a few left!! ${link()}`,
        ]),
      }),
    ],
    [
      'clinics-abroad',
      10,
      () => ({
        text: d.pick([
          `Hair transplant in Istanbul, all-inclusive package with hotel and transfers ${link()}`,
          `Dental implants abroad at a fraction of the price, free consultation ${link()}`,
          `Ozempic without a prescription, fast delivery across the UK ${link()}`,
          `Kamagra oral jelly, next-day shipping ${link()}`,
        ]),
        author: d.pick(['Smile Clinic', 'HairPlus Turkey', 'Pharmacy UK', 'Ayse']),
      }),
    ],
    [
      'property-visa',
      8,
      () => ({
        text: d.pick([
          `Plots for sale with instant title deeds, pay in instalments ${link()}`,
          `Get your work visa fast-tracked, 99% success rate, call ${phone()}`,
          `Invest in off-plan apartments with 12% guaranteed rental yield ${link()}`,
        ]),
        author: d.pick(['Prime Estates', 'Visa Consultants', 'Ahmed', 'Realty Partners']),
      }),
    ],
    [
      'crypto',
      12,
      () => ({
        text: d.pick([
          `Airdrop is live! Connect your wallet and claim free tokens before it ends ${link()}`,
          `The presale of $NEXA is 80% sold, next 100x coin, don't miss it ${link()}`,
          'I was able to recover my lost crypto wallet with help from a hacker, contact CYBERFIX on Telegram.',
          `My portfolio grew 40% in a month using this copy-trading app ${link()}`,
        ]),
        author: d.pick(['Crypto News', 'Henry Clark', 'Whale Alerts', 'Rebecca Stone']),
      }),
    ],
    [
      'casino-latin',
      12,
      () => ({
        text: d.pick([
          `Situs slot gacor hari ini, gampang maxwin ${link()}`,
          `El mejor casino en línea de México, bono de bienvenida ${link()}`,
          `Apostas esportivas com bônus de boas-vindas, cadastre-se já ${link()}`,
          `Deneme bonusu veren siteler 2024 ${link()}`,
          `Top online casino sites with fast payouts, reviewed by experts ${link()}`,
        ]),
        author: d.pick(['slot gacor', 'Casino MX', 'apostas', 'bonus siteleri', 'Casino Expert']),
      }),
    ],
    [
      'outreach',
      10,
      () => ({
        text: d.pick([
          `Hi, I'm reaching out to ask if you accept guest posts? We can pay for a dofollow link. Reply to this comment.`,
          `Loved your content! We'd like to feature your site in our directory, just add our badge: ${link()}`,
          `Your website could get 10x more leads with a redesign. Free quote: ${link()}`,
        ]),
        author: d.pick(['Emily from Outreach', 'Growth Agency', 'Link Partner', 'Web Studio']),
      }),
    ],
    [
      'pharma',
      8,
      () => ({
        text: d.pick([`Semaglutide injections for weight loss, no doctor needed ${link()}`, `Buy tramadol and xanax online, discreet worldwide shipping ${link()}`, `Generic cialis 20mg, 90 pills for $49 ${link()}`]),
      }),
    ],
    [
      'fake-praise',
      16,
      () => ({
        text: d.pick([
          'Wow, this is exactly what I was looking for. Thank you!',
          'Such a nice and informative article. Please keep sharing.',
          'I read a lot of blogs but this one is really different. Keep writing!',
          'Hey! Really liked this one, very helpful for beginners.',
          'Thanks for this amazing post, learned something new today.',
        ]) + (d.chance(0.3) ? ` ${link()}` : ''),
        url: link(),
        author: d.pick(['Gold Coast Plumbers', 'Anna', 'Best Dentist Dubai', 'Wedding Dresses Shop', 'Raj', 'Emergency Locksmith 24/7', 'Chris']),
      }),
    ],
    [
      'keyword-author',
      10,
      () => ({
        text: d.pick(['Well said.', 'Interesting read.', 'Couldn’t agree more.', 'Thanks for posting.', 'So true!']),
        author: d.pick(['hair transplant turkey', 'remote jobs hiring', 'free robux', 'cheap wedding dresses', 'best vpn 2024', 'dental implants abroad']),
        url: link(),
      }),
    ],
    [
      'link-drop',
      10,
      () => ({ text: d.pick([link(), `${link()} ${link()}`, `more here → ${link()}`, `[click](${link()}) [click](${link()})`, `${link()}\n${link()}\n${link()}\n${link()}`]) }),
    ],
    [
      'news-like',
      8,
      () => ({
        text: d.pick([
          `Read more about the harbour plans and other local news at ${link()}`,
          `Similar story covered in depth here: ${link()}`,
          `Full details of the decision and the latest updates: ${link()}`,
        ]),
        author: d.pick(['Local News Hub', 'City Updates', 'Newsroom 24']),
      }),
    ],
    [
      'contact-only',
      8,
      () => ({
        text: d.pick([
          `Need a spell caster to bring back your lover? Contact Dr Ogun on WhatsApp ${phone()}`,
          `For genuine loans with low interest contact Mr Peter on ${phone()} or email peterfinance@mail.example`,
          `Want to join the brotherhood for wealth and fame? Call ${phone()} now`,
        ]),
      }),
    ],
    ['adult', 6, () => ({ text: `${d.pick(['Lonely tonight? Meet local women looking for fun', 'Private video chat with girls near you, 18+ only', 'Hookups in your area tonight, no signup'])} ${link()}` })],
    [
      'foreign-script',
      10,
      () => ({
        text: d.pick([
          `Работа на дому, оплата каждый день, пишите в телеграм ${link()}`,
          `ทางเข้าเว็บสล็อตออนไลน์ สมัครวันนี้รับโบนัส ${link()}`,
          `在家兼职 日赚500 ${link()}`,
          `دورات تسويق إلكتروني مجانية سجل الآن ${link()}`,
          `Лучшие ставки и бонусы для новых игроков ${link()}`,
        ]),
      }),
    ],
    [
      'hard-subtle',
      10,
      () => ({
        text: d.pick([
          'The skate park looks great. My son loves the scooters we bought online, much cheaper than the shops here.',
          'I had the same trouble with damp in our flat, a dehumidifier sorted it in a week.',
          'Good to see the festival back. We stayed at a lovely guesthouse last year, book early!',
          'Totally agree about the traffic. Our firm handles parking appeals if anyone got a fine.',
        ]),
        url: link(),
        author: d.pick(['Sophie', 'Mark T', 'Lucy', 'Gareth']),
      }),
    ],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const made = make();
    const p = person(d);
    const author = made.author ?? p.name;
    const email = d.chance(0.5) ? `${author.toLowerCase().replace(/[^a-z]+/g, '') || 'user'}${d.int(1, 9999)}@${d.pick(mailDomains)}` : p.email;
    const agent = d.chance(0.12) ? d.pick(scriptAgents) : d.chance(0.03) ? '' : d.pick(browserAgents);
    out.push({
      split: 'B',
      bank: 3,
      label: 'spam',
      kind,
      author,
      email,
      url: made.url ?? (d.chance(0.3) ? link() : ''),
      text: made.text.replace(/[ \t]+/g, ' ').trim(),
      userAgent: agent,
      articleLanguage: made.lang ?? (d.chance(0.08) ? null : 'en'),
    });
  }
  return out;
}

// ============================================================================================
// Bank 4: written after the last change to the score, measured once ("C"). A hill town and its
// suburbs; readers who ramble, joke, cite, argue with each other; spam old and new in wordings
// not used above.
// ============================================================================================

const topics4 = [
  { issue: 'the cable car plan', body: 'the tourism board', spot: 'Brae Top', it: 'the cable car' },
  { issue: 'the snow clearing budget', body: 'the roads department', spot: 'Glen Road', it: 'the gritters' },
  { issue: 'the broadband rollout', body: 'the telecoms firm', spot: 'Upper Kilbride', it: 'fibre' },
  { issue: 'the care home closure', body: 'the care provider', spot: 'Rowan House', it: 'the home' },
  { issue: 'the parking permits', body: 'the town council', spot: 'the High Street', it: 'the permits' },
  { issue: 'the mountain bike trails', body: 'the forestry service', spot: 'Carn Wood', it: 'the trails' },
  { issue: 'the rail station reopening', body: 'the rail authority', spot: 'Kilbride Halt', it: 'the station' },
  { issue: 'the youth club funding', body: 'the community trust', spot: 'the Old Church Hall', it: 'the youth club' },
  { issue: 'the second homes tax', body: 'the county council', spot: 'the lochside', it: 'the tax' },
  { issue: 'the quarry expansion', body: 'the quarry owners', spot: 'Dunmore', it: 'the blasting' },
] as const;

function ham4(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const kinds: [string, number, (t: (typeof topics4)[number]) => string][] = [
    [
      'ramble',
      30,
      (t) =>
        d.fill('{a} {b} {c}', {
          a: [
            `Been following ${t.issue} since it first came up.`,
            `I grew up near ${t.spot}.`,
            `My partner and I talked about ${t.issue} over dinner last night.`,
            `Went to the drop-in session on ${t.issue} on Wednesday.`,
            `As someone who commutes through ${t.spot} daily,`,
          ],
          b: [
            `${t.body} keep changing their story and it is hard to keep track.`,
            `the officers were helpful but couldn’t answer the basic question of who pays for ${t.it}.`,
            `nobody seems to have asked the people who actually use ${t.it}.`,
            `it feels like the decision was made before anyone was asked.`,
            `the plans look better on paper than they will in a wet February.`,
          ],
          c: ['We’ll see.', 'Anyway.', 'Rant over, sorry.', 'Happy to be proved wrong.', '', 'Glad it’s being reported.'],
        }),
    ],
    [
      'argue',
      24,
      (t) =>
        d.fill('{a} {b}', {
          a: [`Those complaining about ${t.it} don’t live here.`, `The opposite is true: ${t.it} saves money in the long run.`, `Whatever you think of ${t.body}, the figures add up.`, 'People said the same about the bypass and now everyone uses it.'],
          b: ['Give it a chance.', 'Look at the last five years.', 'Change is always hard at first.', 'Facts over feelings, please.', ''],
        }),
    ],
    [
      'joke',
      10,
      (t) => d.pick([`At this rate ${t.it} will be finished in time for my grandchildren’s retirement.`, `Another consultation? We could power ${t.spot} on consultations.`, `I’ll believe in ${t.it} when I see it. Or my kids will.`]),
    ],
    [
      'ask',
      18,
      (t) => d.pick([`Is there a deadline for objections to ${t.issue}?`, `Has ${t.body} said how many jobs ${t.it} will bring?`, `Can anyone explain what happens to ${t.spot} during the works?`, `Where is the money for ${t.it} actually coming from?`]),
    ],
    [
      'cite',
      12,
      (t) =>
        d.pick([
          `The environmental assessment for ${t.issue} is online: https://planning.highland.gov.example/case/24-00877`,
          'Similar scheme in Norway, worth comparing: https://en.wikipedia.org/wiki/Cable_car_(railway)',
          `${t.body} published the survey results here https://www.kilbride.gov.example/consultations/results.pdf – page 12.`,
          'Census figures for the ward: https://www.scotlandscensus.example.gov/areas/S13002',
        ]),
    ],
    [
      'fix',
      10,
      (t) => d.pick([`Small thing: ${t.spot} is spelled with one n.`, 'The meeting is on the 14th, not the 4th.', `It’s ${t.body}, not the county, that owns the land.`, 'The photo is of the old station, before the fire.']),
    ],
    ['brief', 12, (t) => d.pick(['Disgraceful.', 'Excellent news!', 'At last.', `Poor old ${t.spot}.`, 'Typical.', 'This won’t end well.', 'Hear, hear.'])],
    [
      'hard',
      14,
      (t) =>
        d.pick([
          'My nephew spends his student loan on sports betting apps. The adverts on the bus shelters don’t help.',
          'Free parking for the first hour would bring people back to the High Street. Worked in Pitlochry.',
          'There’s a WhatsApp group for residents near the quarry, ask at the post office if you want to join.',
          'Great article! Shared it in our community group.',
          'CALL YOUR COUNCILLOR. THE VOTE IS ON MONDAY.',
          `I run the bike shop in town and the trails bring us most of our summer trade. Please keep ${t.it} open.`,
          'Les résidents secondaires paient déjà assez. Cette taxe est injuste.',
          'Jeśli ktoś potrzebuje tłumaczenia ulotki o konsultacjach na polski, mogę pomóc.',
        ]),
    ],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const p = person(d);
    const text = make(d.pick(topics4));
    const handle = p.email.split('@')[0]!.replace(/\./g, '');
    const url = text.startsWith('I run the bike shop') ? 'https://kilbridecycles.example.co.uk' : d.chance(0.1) ? d.pick([`https://${handle}.example.org`, `https://bsky.example/profile/${handle}`, `https://www.${handle}.info`]) : '';
    const lang = text.startsWith('Les résidents') ? 'fr' : d.chance(0.05) ? null : 'en';
    out.push({ split: 'C', bank: 4, label: 'ham', kind, author: p.name, email: p.email, url, text: text.replace(/[ \t]+/g, ' ').trim(), userAgent: d.pick(browserAgents), articleLanguage: lang });
  }
  return out;
}

function spam4(d: Dice, n: number): LabeledComment[] {
  const out: LabeledComment[] = [];
  const site = () => {
    const name = d.pick(['velocare', 'fitstride', 'homelyfix', 'lendwise', 'betmaster', 'pillbox', 'glamwear', 'coinrise', 'rankfuel', 'travelnest', 'datemate', 'keyhaven']);
    return `https://${name}${d.pick(['', '-uk', 'online', '365', 'hub'])}.${d.pick(['com', 'co', 'net', 'io', 'xyz', 'top', 'store', 'online', 'org', 'club'])}${d.pick(['', '/', '/go', '/promo/' + d.int(1, 99)])}`;
  };
  const kinds: [string, number, () => { text: string; author?: string; url?: string }][] = [
    ['drop', 10, () => ({ text: d.pick([site(), `${site()} ${site()}`, `ok ${site()}`, `<${site()}>`]) })],
    [
      'seo',
      8,
      () => ({ text: d.pick([`We help local businesses climb Google rankings, affordable monthly plans ${site()}`, `Need high-authority backlinks? Packages from $30 ${site()}`, 'Hello, do you sell dofollow links on this site? Please reply with your rates.']) }),
    ],
    ['pharma', 8, () => ({ text: d.pick([`Order sildenafil online, no prescription, fast UK delivery ${site()}`, `Cheap tramadol 100mg overnight shipping ${site()}`, `Diet pills that actually work, lose 10kg in a month ${site()}`]) })],
    [
      'money',
      12,
      () => ({
        text: d.pick([
          `I earn $350 a day working from my laptop, anyone can do it. See how ${site()}`,
          `Get a personal loan in 15 minutes, even with bad credit ${site()}`,
          `Bitcoin is going to explode this month, join our signals group ${site()}`,
          'Contact Mrs Evelyn Hart for the best forex trading account manager, she helped me earn weekly. WhatsApp +1 646 555 0182',
        ]),
        author: d.pick(['Karen', 'Finance Tips', 'Evelyn Fan', 'Money Coach']),
      }),
    ],
    ['betting', 10, () => ({ text: d.pick([`Free bets every weekend, new customers only ${site()}`, `Live casino with 500 free spins for new players ${site()}`, `Best bookmaker odds for the Premier League ${site()}`]) })],
    [
      'praise-link',
      14,
      () => ({
        text: d.pick(['Really enjoyed this read, thank you for posting!', 'Fantastic article, very well explained.', 'This blog is a gem, bookmarked!', 'Thank you, this was very helpful!', 'Loved reading this, keep up the great work.']),
        url: site(),
        author: d.pick(['Affordable Movers London', 'Sam', 'Garden Landscaping Pros', 'Jade', 'Roof Repair Specialists', 'Nick']),
      }),
    ],
    ['keyword-name', 8, () => ({ text: d.pick(['Good read.', 'Agreed.', 'Nice one.', 'Thanks!']), author: d.pick(['payday loans online', 'cheap viagra uk', 'online casino bonus', 'seo agency london']), url: site() })],
    ['scam', 10, () => ({ text: d.pick([`Your payment could not be processed. Update your card details: ${site()}`, `You’re our lucky visitor of the day! Claim your reward: ${site()}`, `Get free coins for your favourite game, no verification ${site()}`]) })],
    ['jobs', 6, () => ({ text: d.pick([`Hiring now: online chat moderators, paid weekly, no experience ${site()}`, 'Looking for people to test products from home and keep them. Message me for details.']) })],
    ['dating', 5, () => ({ text: `${d.pick(['Single and looking? Meet local singles tonight', 'Chat with beautiful women near you'])} ${site()}` })],
    ['foreign', 6, () => ({ text: d.pick([`Кредит наличными за 1 час без справок ${site()}`, `高收益投资 稳赚不赔 ${site()}`, `スマホで簡単副業 月収50万円 ${site()}`]) })],
    [
      'subtle',
      8,
      () => ({
        text: d.pick([
          'The snow last winter was awful. We finally got a proper set of winter tyres from a small online shop, best decision ever.',
          'Sad about the care home. When my dad needed care at home we found a wonderful agency, I can pass on the details.',
          'Love the trails! For anyone visiting, we rent out a cosy cabin nearby, book direct for the best rate.',
        ]),
        url: site(),
        author: d.pick(['Helen', 'Craig', 'Morag']),
      }),
    ],
  ];
  const total = kinds.reduce((s, k) => s + k[1], 0);
  while (out.length < n) {
    let roll = d.int(1, total);
    const [kind, , make] = kinds.find((k) => (roll -= k[1]) <= 0)!;
    const made = make();
    const p = person(d);
    const author = made.author ?? p.name;
    const agent = d.chance(0.1) ? d.pick(scriptAgents) : d.pick(browserAgents);
    out.push({
      split: 'C',
      bank: 4,
      label: 'spam',
      kind,
      author,
      email: d.chance(0.5) ? `${author.toLowerCase().replace(/[^a-z]+/g, '') || 'mail'}${d.int(1, 9999)}@${d.pick(mailDomains)}` : p.email,
      url: made.url ?? (d.chance(0.3) ? site() : ''),
      text: made.text.replace(/[ \t]+/g, ' ').trim(),
      userAgent: agent,
      articleLanguage: d.chance(0.08) ? null : 'en',
    });
  }
  return out;
}

/**
 * The whole set, without exact repeats: banks 1 and 2 (160 genuine, 100 spam each) make the
 * tuning half A; bank 3 (320 genuine, 200 spam) is the held-out half B.
 */
export function generateSet(): LabeledComment[] {
  // Genuine comments never repeat a text; spam may (it does in the wild) but not with the same author.
  const unique = (rows: LabeledComment[]) => {
    const seen = new Set<string>();
    return rows.filter((r) => {
      const key = r.label === 'ham' ? r.text : `${r.author}|${r.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const take = (make: (n: number) => LabeledComment[], n: number) => {
    let rows: LabeledComment[] = [];
    for (let ask = n; rows.length < n; ask += 20) {
      if (ask > n * 4) throw new Error(`only ${rows.length} distinct comments of ${n}: add templates`);
      rows = unique(make(ask));
    }
    return rows.slice(0, n);
  };
  const d1 = new Dice(mulberry32(20240611));
  const d2 = new Dice(mulberry32(777001));
  const d3 = new Dice(mulberry32(31337));
  const d4 = new Dice(mulberry32(4242));
  return [
    ...take((n) => ham1(d1, n), 160),
    ...take((n) => spam1(d1, n), 100),
    ...take((n) => ham2(d2, n), 160),
    ...take((n) => spam2(d2, n), 100),
    ...take((n) => ham3(d3, n), 320),
    ...take((n) => spam3(d3, n), 200),
    ...take((n) => ham4(d4, n), 160),
    ...take((n) => spam4(d4, n), 100),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = generateSet();
  const path = join(dirname(fileURLToPath(import.meta.url)), 'spam-comments.jsonl');
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${rows.length} comments to ${path}`);
}
