/*
 * Writes eval/spam-comments-d.jsonl: split D, bank 5 — written in round 4 (the learned filter),
 * after its design and threshold were fixed, with templates and wordings found nowhere else
 * (not in generate.ts, not in the seed corpus), and measured ONCE. Nothing was tuned after.
 * Hard cases on both sides: genuine comments about money, offers, scams and local businesses;
 * spam that reads like a neighbour's tip, with no link, or with a plausible one.
 *
 *   node --import tsx eval/generate-d.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabeledComment } from './generate.js';

type Row = Omit<LabeledComment, 'split' | 'bank'> & { split: 'D'; bank: 5 };

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return ((x >>> 8) & 0xffffff) / 0x1000000;
  };
}
const r = rng(0xd5d5d5);
const one = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));

const names = ['Imogen Royle', 'Tobias Wren', 'Asha Patel-Reid', 'Col', 'Mags', 'Lukas Brandt', 'Orsolya N.', 'Declan Fitz', 'Renata', 'Harriet Moss', 'Ade Bankole', 'Siobhan', 'Pete from Lower Dene', 'Mirela Popescu', 'Gus', 'Beatrix Hale'];
const agents = [
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
];
const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}${int(1, 90)}@${one(['example.org', 'mail.example', 'example.net'])}`;

const towns = ['Lower Dene', 'Hobb’s Cross', 'Saltmarsh', 'Greyfriars', 'Windle', 'Ottery Bridge'];
const issues = ['the ferry subsidy', 'the night bus cut', 'the new GP surgery', 'the quarry extension', 'the harbour dredging', 'the 20 mph zone', 'the leisure centre sale', 'the fire station merger'];

const ham: (() => string)[] = [
  () => `My grandad worked the ${one(['ferry', 'quarry', 'harbour cranes', 'signal box'])} in ${one(towns)} for forty years. ${one(['He would be sad to see this.', 'He always said it would come to this.', 'I will show him the photos.'])}`,
  () => `The ${one(issues)} vote was ${int(5, 9)} to ${int(1, 4)}. Names of who voted which way are in the minutes, page ${int(3, 40)}.`,
  () => `Got a leaflet through the door offering "free" loft insulation on behalf of the council. Checked, and it is not the council. Please warn elderly relatives.`,
  () => `Genuine question: who pays for ${one(issues)} if the grant falls through? The article says ${one(['£', '€', '$'])}${int(2, 40)}m but not from which budget.`,
  () => `I run the ${one(['chip shop', 'hair salon', 'corner shop', 'bike repair stall'])} on ${one(['Dock Street', 'Mill Row', 'Chapel Hill'])} and footfall dropped by a third when ${one(issues)} started. Not an advert, just numbers.`,
  () => `Buy local, yes, but the market stalls charge double what the supermarket does. Not everyone can afford principles.`,
  () => `Best thing the council has done in years. ${one(['My commute is ten minutes shorter.', 'The kids can cycle to school now.', 'The river path is finally lit.'])}`,
  () => `Someone on the town Facebook group is selling "tickets" to the ${one(['food festival', 'fireworks', 'regatta'])}, which is free. It is a scam, do not pay them.`,
  () => `Does the ${int(40, 99)} bus still stop at ${one(['the hospital', 'Windle school', 'the retail park'])} after the changes? The timetable PDF contradicts itself.`,
  () => `${one(['Really', 'Honestly', 'Frankly'])}, ${one(issues)} should have gone to a public vote. ${int(2, 9)},${int(100, 999)} people signed the petition.`,
  () => `Reading this from ${one(['Canada', 'Melbourne', 'Berlin', 'Cape Town'])}. I grew up in ${one(towns)} and the photos made me homesick. Thank you.`,
  () => `The bitcoin ATM in the ${one(['newsagent', 'petrol station', 'takeaway'])} should be looked at by trading standards. My aunt lost money to a caller who told her to use it.`,
  () => `WELL DONE to the lifeboat crew. ${one(['Heroes, every one of them.', 'Please donate if you can.', 'Second rescue this month!'])}`,
  () => `If you need help with the ${one(['council tax reduction form', 'blue badge application', 'housing register'])}, Citizens Advice at the library does drop-ins on Thursdays. Free and very patient.`,
  () => `I earned more as a paperboy in 1985 than the apprentices in this story, adjusted for inflation. Something has gone badly wrong.`,
  () => `The map in the article is out of date: the ${one(['footpath', 'cycle route', 'bus lane'])} now goes round the ${one(['church', 'retail park', 'cemetery'])}. See https://www.openstreetmap.org/way/${int(10000000, 99999999)}`,
  () => `Congratulations to ${one(['Mrs Okafor', 'the Year 6 choir', 'the allotment society', 'Windle Rovers'])}! Winning the county prize is a big deal for a small place like this.`,
  () => `Click-bait headline, decent article. ${one(issues)} is more complicated than "residents furious".`,
  () => `Anyone else getting texts claiming to be from the parking office asking for payment through a link? I reported it to 7726.`,
  () => `We moved here ${int(2, 15)} years ago for the schools and the quiet. ${one(issues)} changes both. Not sure we would choose it again.`,
];

const spamHostsD = ['nordvale-capital', 'prime-smile-clinic', 'trendyhaul', 'kryptowealth-ai', 'glowskin-labs', 'fixmyscore', 'solarsave-grants', 'lux-stay-deals', 'mindfulbet', 'swiftparcel-track'];
const linkD = () => `https://${one(spamHostsD)}.${one(['com', 'co', 'net', 'app', 'shop', 'pro', 'info', 'me'])}${one(['', '/start', '/uk', `/p/${int(10, 99)}`])}`;

const spam: { kind: string; text: () => string; author?: () => string; url?: () => string }[] = [
  { kind: 'solar-grant', text: () => `Homeowners in ${one(towns)} can now get solar panels fitted for £0 under the new government scheme. Check if your postcode qualifies: ${linkD()}` },
  { kind: 'credit-repair', text: () => `Rejected for a mortgage? We removed ${int(3, 9)} defaults from my file in ${int(10, 30)} days and my score jumped ${int(120, 300)} points. Ask me how.`, author: () => one(['Credit Fix Team', 'Score Booster UK']) },
  { kind: 'neighbour-tip', text: () => `Slightly off topic but the dentist I use in town does veneers at half the price of anywhere else, finance available, no deposit. Ask for the ${one(['spring', 'summer'])} offer.` },
  { kind: 'crypto-ai', text: () => `My neighbour showed me an AI app that trades for you while you sleep. I put in ${one(['£250', '$300', '€200'])} and withdrew ${one(['£3,100', '$4,800', '€2,600'])} on Friday. ${linkD()}` },
  { kind: 'parcel', text: () => `Your parcel could not be delivered due to an incomplete address. Reschedule within 12 hours: ${linkD()}`, author: () => 'Delivery Notice' },
  { kind: 'travel', text: () => `Last-minute villas in ${one(['Algarve', 'Crete', 'Tenerife', 'Bali'])} from ${one(['£19', '$25', '€22'])} a night, members only rates, book before Sunday ${linkD()}` },
  { kind: 'skincare', text: () => `At 52 people think I am 35. Dermatologists are stunned by this ${one(['retinol serum', 'collagen drink', 'red-light mask'])}. Limited stock left: ${linkD()}` },
  { kind: 'betting-tips', text: () => `VIP football tips, ${int(85, 97)}% strike rate last season. Join the channel on Telegram, first week free.`, author: () => one(['Tipster Pro', 'BetKing']) },
  { kind: 'fashion', text: () => `Love this! By the way, I got my whole ${one(['winter wardrobe', 'wedding outfit', 'holiday haul'])} for under £60 on ${linkD()} with code SAVE${int(10, 70)}` },
  { kind: 'reputation', text: () => `Is your business getting bad reviews? We remove negative Google reviews permanently. Discreet service, pay only on results. WhatsApp +44 7${int(100, 999)} ${int(100000, 999999)}`, author: () => 'Review Removal Experts' },
  { kind: 'fake-news-hook', text: () => `${one(['Famous presenter', 'Local MP', 'TV doctor'])} reveals how ${one(towns)} pensioners are making thousands from home. Banks want this banned. Full story: ${linkD()}` },
  { kind: 'sweepstake', text: () => `You are our ${int(100, 999)},000th visitor! Spin the wheel to win a ${one(['Dyson', 'PlayStation 5', 'Samsung Galaxy'])}: ${linkD()}` },
  { kind: 'plain-praise', text: () => `${one(['Brilliant write up.', 'What a read.', 'This deserves more attention.'])} I cover similar stories on my site.`, url: () => linkD() },
  { kind: 'investment-intro', text: () => `Good evening, I am ${one(['Mrs Clara Benson', 'Mr David Lowe', 'Dr Helen Park'])}, a certified portfolio manager. Retirees here can double their pension pot in six months. Reach me on ${one(['WhatsApp', 'Telegram', 'Signal'])} +1 ${int(200, 999)} ${int(200, 999)} ${int(1000, 9999)}` },
  { kind: 'foreign-link', text: () => `${one(['Zarabiaj 500 zł dziennie w domu', 'Gana dinero rápido desde casa', 'Verdienen Sie 300 € am Tag von zu Hause'])} ${linkD()}` },
  { kind: 'no-link-job', text: () => `We are looking for ${int(5, 20)} people in ${one(towns)} to review products online. Weekly pay, flexible hours, laptop provided. Comment "interested" and I will message you.` },
];

function build(): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  while (rows.filter((x) => x.label === 'ham').length < 125) {
    const text = one(ham)();
    if (seen.has(text)) continue;
    seen.add(text);
    const author = one(names);
    rows.push({ split: 'D', bank: 5, label: 'ham', kind: 'genuine', author, email: emailOf(author), url: r() < 0.06 ? `https://${author.split(' ')[0]!.toLowerCase()}.example.org` : '', text, userAgent: one(agents), articleLanguage: 'en' });
  }
  while (rows.filter((x) => x.label === 'spam').length < 85) {
    const t = one(spam);
    const text = t.text();
    if (seen.has(text)) continue;
    seen.add(text);
    const author = t.author?.() ?? one(names);
    rows.push({ split: 'D', bank: 5, label: 'spam', kind: t.kind, author, email: emailOf(author), url: t.url?.() ?? '', text, userAgent: r() < 0.15 ? 'python-httpx/0.27' : one(agents), articleLanguage: 'en' });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = build();
  writeFileSync(new URL('./spam-comments-d.jsonl', import.meta.url), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
  console.log(`${rows.length} comments written to eval/spam-comments-d.jsonl`);
}
