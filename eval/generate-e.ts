// Split E: a held-out evaluation set of reader comments for the Newsdesk spam filter.
// Written independently of the filter in round 5 (the author never read the filter's
// code or the other eval files), to be measured once. Everything here is invented for
// this project: fictional people, places and businesses, reserved e-mail domains and
// reserved (drama/test) phone ranges.
//
// Run: cd /work/main && node --import tsx eval/generate-e.ts
// Writes eval/spam-comments-e.jsonl (500 rows: 200 spam, 300 genuine), deterministically.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------
// Types

type Label = "spam" | "ham";
type Lang = "en" | "de" | "fr" | "es";

interface Row {
  split: "E";
  label: Label;
  kind: string;
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
  articleLanguage: Lang;
}

/** One hand-written comment. Strings may contain {placeholders}, filled per row. */
interface Item {
  t: string;
  author?: string;
  email?: string;
  /** Website field. "" forces none; undefined lets the generator decide. */
  url?: string;
  ua?: string;
  lang?: Lang;
}

type Entry = string | Item;

interface Kind {
  kind: string;
  items: readonly Entry[];
}

// ---------------------------------------------------------------------------
// Deterministic PRNG (xorshift32)

class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x;
  }

  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from empty list");
    return items[Math.floor(this.float() * items.length)] as T;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }
}

// ---------------------------------------------------------------------------
// Word banks (all fictional)

const TOWNS = [
  "Hartwell", "Brackenmoor", "Saltmere", "Fenwick Cross", "Ashby Wold", "Kelderby",
  "Thornbeck", "Wrenfield", "Castlemere", "Ravensholt", "Pellington", "Oxley Green",
] as const;

const STREETS = [
  "Mill Lane", "Station Road", "Quarry Street", "Tanners Row", "Bellhouse Road", "Church Walk",
  "Orchard Way", "Victoria Parade", "Hollin Lane", "Marsh Road", "Kiln Street", "Ropewalk",
] as const;

const FIRST_NAMES = [
  "Margaret", "David", "Sam", "Priya", "Tom", "Helen", "Chris", "Rachel", "Mo", "Ken", "Jo", "Sue",
  "Gary", "Aisha", "Liam", "Olivia", "Dylan", "Fatima", "Grace", "Owen", "Karen", "Niamh", "Tomasz",
  "Agnieszka", "Raj", "Deepa", "Callum", "Megan", "Ian", "Beverley", "Janet", "Rob", "Pete", "Hannah",
  "Zara", "Imran", "Kwame", "Chloe", "Ellie", "Bernard", "Doreen", "Shaun", "Leanne", "Yusuf", "Marcus",
  "Ruth", "Graham", "Alison", "Emma", "Jack", "Sophie", "Daniel", "Jessica", "Emily", "Michael", "Sarah",
  "James", "Laura", "Lucy", "Andrew", "Wendy", "Harriet", "Ffion", "Gethin", "Siobhan", "Kieran", "Mei",
  "Sunita", "Adebayo", "Chinwe", "Lina", "Jonas", "Kevin", "Linda", "Brian", "Nadia",
] as const;

const LAST_NAMES = [
  "Ashworth", "Pritchard", "Okafor", "Hughes", "Patel", "Kowalski", "Brennan", "Fairbairn", "Holloway",
  "Whitlock", "Osei", "Khan", "Nguyen", "Lister", "Dunmore", "Thackeray", "Mercer", "Sutcliffe",
  "Greaves", "Bhatt", "Rowntree", "Calloway", "Hendry", "Jarvis", "Ellison", "McAllister", "Nowak",
  "Fitzgerald", "Akhtar", "Cartwright", "Haworth", "Penrose", "Quayle", "Sandford", "Tierney", "Varley",
  "Whittaker", "Yates", "Bellamy", "Drummond", "Ogden", "Rigby", "Shaw", "Turner", "Walsh", "Carter",
  "Moore", "Hale", "Gray", "Johnson", "Williams", "Anderson",
] as const;

const HANDLE_WORDS = [
  "bluebell", "moorwalker", "saltydog", "heron", "terrier", "allotment", "rover", "canalboat", "pennine",
  "brew", "grandad", "mumof3", "retired", "bikeguy", "chippy", "owl", "quarry", "lido", "kestrel",
  "teapot", "northerner", "dalesgirl", "oldtimer", "skint", "birder", "wanderer", "sparrow", "foxglove",
] as const;

const DESCRIPTIVE_AUTHORS = [
  "Hartwell resident", "Concerned parent", "Anon", "A reader", "Local taxpayer", "Name withheld",
  "Long-time reader", "Ex-Saltmere", "Grandad of three", "Commuter", "Brackenmoor born and bred",
  "Retired nurse", "Just saying", "Another cyclist",
] as const;

const EMAIL_DOMAINS = [
  "example.com", "example.com", "example.net", "example.org", "mail.example", "inbox.example",
  "post.test", "mailbox.test", "northmail.example", "homemail.test", "mailhub.example",
] as const;

const BROWSER_UAS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
  "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:134.0) Gecko/20100101 Firefox/134.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/132.0.6834.100 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (iPad; CPU OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Android 14; Mobile; rv:134.0) Gecko/134.0 Firefox/134.0",
  "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
  "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 OPR/117.0.0.0",
] as const;

// A few spam rows come from scripts rather than browsers.
const UA_PYTHON = "python-requests/2.32.3";
const UA_CURL = "curl/8.5.0";
const UA_GO = "Go-http-client/1.1";
const UA_HEADLESS =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/132.0.0.0 Safari/537.36";
const UA_EMPTY = "";

// ---------------------------------------------------------------------------
// Spam: 200 rows, one hand-written comment per row, grouped by kind.

const SPAM: readonly Kind[] = [
  // ----- classic link spam -------------------------------------------------
  {
    kind: "seo-backlinks",
    items: [
      { t: "Hi, I run a small link-building agency and noticed this site has strong authority. We sell permanent dofollow backlinks on 300+ news and magazine sites from $25 per link, indexed within a week. Packages: https://linkforge-pro.net/packages", url: "https://linkforge-pro.net" },
      "Good article about {town}. If any local business owners reading this are stuck on page 3 of Google, our white-hat SEO gets you into the map pack in 30 days or you don't pay. Free audit → https://rankclimb-agency.io/free-audit",
      { t: "Niche edits + PBN links, DR 50-70, lifetime guarantee, bulk discount for agencies. Whatsapp {usph} or order at https://www.backlinkbazaar.co/niche-edits", ua: UA_PYTHON },
    ],
  },
  {
    kind: "guest-post-offer",
    items: [
      { t: "Hello Editor, I'm Olivia from a content agency. We'd love to contribute a high-quality, 100% original guest post to your website on a topic of your choice, free of charge. We'd just need one do-follow link in return. Please reply to olivia.outreach@example.com", author: "Olivia Bennett" },
      "Hi team! Do you accept sponsored posts? I have clients in home improvement, finance and travel who would pay $150 per article with a permanent link and no 'sponsored' tag. Kindly let me know your rates. Regards, Daniel",
      { t: "Dear Sir/Madam, we are interested to publish sponsored article on your esteemed news portal. Budget is flexible. Is link do-follow and permanent? Kindly share price list at the earliest. Thanks & Regards, Priya | Outreach Manager", url: "https://outreachnest.in" },
      "Love your local coverage! I'm a freelance writer in the lifestyle and wellness space and I'd like to pitch three guest post ideas your readers would enjoy. In exchange I'd include a single contextual link to one of my clients. Drop me a line at {email}.",
    ],
  },
  {
    kind: "pharma-online",
    items: [
      "Buy tramadol 100mg online without prescription, overnight delivery to UK & EU, discreet packaging, pay by card or crypto. Order now >> https://rx-meds-direct.shop/tramadol",
      "Good read. btw for men over 40 having trouble in the bedroom, generic tadalafil is 80% cheaper here than at the chemist and no doctor's appointment needed: https://vitalmen-pharmacy.com/tadalafil-20mg",
      "Anyone stuck on the waiting list for weight-loss jabs? Semaglutide pens shipped next day, no prescription or consultation required 💉 https://slimpen-rx.store",
      "Order anxiety and sleep meds online — diazepam, zopiclone, alprazolam — 100% genuine, tracked delivery in 48h. WhatsApp {intl} or visit https://pharmacare-online.cc",
    ],
  },
  {
    kind: "casino-link",
    items: [
      "Who knew {town} had so much going on 😂 anyway if you fancy a flutter tonight, new players get 200 free spins, no deposit needed: https://spinpalace-royale.bet/bonus 🎰",
      "Best casinos not on self-exclusion schemes 2026 — full list with fast withdrawals and no ID checks: https://freeplay-casinolist.uk.com",
      "I won £2,300 last night on the slots at https://luckyvault-casino.com !!! Use code NEWS50 for a 50% match bonus, thank me later",
      "online casino real money australia — top 10 pokies sites with instant payid withdrawals ➡️ https://aussiepokies-hub.net",
    ],
  },
  {
    kind: "sports-betting",
    items: [
      "Football betting tips with 92% accuracy, fixed matches confirmed by insiders. Join VIP now: https://fixedodds-kings.com",
      "Weekend acca tips are up — last Saturday's 9-fold landed at 212/1. Free to join → https://accaprophet.co.uk/tips",
      "Bet on the derby with the best odds in the UK. Register at https://goalbet365x.com and grab a £30 free bet. 18+ T&Cs apply. #ad",
      "Sure odds every Saturday. 2 odds daily, 10 odds weekend, payment after win. Serious punters only. Telegram @sureodds_master",
    ],
  },
  {
    kind: "crypto-presale",
    items: [
      "Bitcoin is heading for 250k this year. I've been running an AI trading bot that makes 3-5% a day: https://quantumprofit-ai.io — started with $250 and now withdraw every Friday.",
      "Interesting article. Meanwhile the $LUMA presale is about to list on a tier-1 exchange, 100x potential, early buyers get a 40% bonus: https://lumatoken-presale.finance",
      "Free airdrop for early community members — connect your wallet at https://claim-arbdrop.xyz to receive 1,500 tokens before the snapshot closes at midnight UTC.",
    ],
  },
  {
    kind: "payday-loan",
    items: [
      "Need cash fast? Payday loans up to £1,000 same day, bad credit OK, no guarantor. Apply in 2 minutes: https://quickcash-uk.com",
      "Guaranteed approval personal loans for bad credit, funds in your account in 1 hour — https://lendswift-direct.com/apply",
      "Struggling before payday? Don't bother with the bank. Borrow £100–£5,000 today, decision in minutes, 100% online: https://paydaybridge.co.uk",
      "Title loans near me — keep driving your car and get up to $10,000 today, no credit check. https://autotitle-cashnow.com",
    ],
  },
  {
    kind: "essay-writing",
    items: [
      "Students! Stop stressing about deadlines — professional essay writers from $9/page, plagiarism-free, 24/7 support. https://essaynest-pro.com",
      "As a nursing student I know how hard it is to juggle placements and assignments, that's why I use https://paperhelpers-online.org for my coursework. Got a first last term, highly recommend!",
      "Take my online class for me — exams, quizzes, discussion posts, whole courses. Guaranteed A or B or your money back. https://classtakers-hub.com",
    ],
  },
  {
    kind: "replica-goods",
    items: [
      "Top quality replica watches — Swiss movement, sapphire glass, 1:1 with the originals, free worldwide shipping: https://luxtime-replicas.cc",
      "Designer handbags outlet — the big Italian and French houses from £59, last day of the clearance sale: https://bagsoutlet-uk.store",
      "Cheap basketball sneakers and hype collabs at 70% off retail, 100% authentic guaranteed!! https://sneakerdeals-outlet.shop 👟",
    ],
  },
  {
    kind: "adult-dating",
    items: [
      "Bored tonight? 😘 Lonely girls in {town} want to meet you, free to join, no credit card: https://localflirt-now.com",
      { t: "hot singles near you are online right now... click my profile 💋 https://datehot-singles.club/profile/anna", author: "Anna 💋" },
      { t: "Hi, I'm Kristina, 24. Saw your comment and I want to chat privately 🙈 my photos here: https://kristina-privat.love", author: "Kristina" },
      "Casual encounters for grown-ups in the North West. Discreet, verified members only, first week free. https://discreetmeets-uk.com",
    ],
  },
  {
    kind: "weight-loss-supplement",
    items: [
      "I lost 14kg in 6 weeks without dieting or the gym thanks to this Japanese morning tonic. Doctors hate it: https://morning-tonic-slim.com",
      "Keto ACV gummies UK review — as seen on TV, official website with 50% launch discount: https://ketoacv-uk-official.shop",
      "My sister tried these drops after her second baby and the belly fat just melted off 😳 limited stock left: https://slimburn-drops.com",
      "The pink salt trick for weight loss actually works. Watch the 3 minute video before they take it down https://pinksalt-trick.info/watch",
    ],
  },
  {
    kind: "praise-link-in-text",
    items: [
      "Very informative post, thanks for sharing. I also write about similar topics on my blog https://dailyvibes-journal.com",
      "This is really a nice and informative, containing all information and also has a great impact on the new technology. Thanks for sharing it. https://techyardnews.in",
      "I am regular reader, how are you everybody? This article posted at this site is in fact good. Look at my web page: https://roofing-near-me-pro.com",
      "Thanks for the great content, keep up the good work! Also visit [Pixelcraft Studios](https://pixelcraft-studios.net) for logo and graphic design.",
      "Such a helpful read about {town}! Bookmarking this. Anyone interested in home decor ideas, pop over to https://cozynest-interiors.blog 🏡",
    ],
  },
  {
    kind: "praise-website-only",
    items: [
      { t: "Great post, very informative. Thanks for sharing!", url: "https://plumbers-in-norbridge.co.uk" },
      { t: "I really like what you guys are up too. This sort of clever work and coverage! Keep up the terrific works guys I've included you guys to my own blogroll.", url: "https://bestvpnreviews.top" },
      { t: "Hello! I just wanted to say this is a very well written article. Bookmarked and shared with my friends.", url: "https://glowvita-serum.shop" },
      { t: "Wow, this piece of writing is fastidious, my younger sister is analyzing these kinds of things, therefore I am going to inform her.", url: "https://carinsure-quotes-online.com" },
      { t: "Hi there, I discovered your site by way of Google while looking for a related topic, your website came up, it looks good.", url: "https://mycbdwellness.store" },
      { t: "Nice to see proper local journalism like this. Keep it up!", url: "https://bathroomfitters-eastmoor.uk.com", author: "Jake" },
    ],
  },
  {
    kind: "keyword-author",
    items: [
      { t: "Agree with this completely, the council needs to sort it out.", author: "Best Roofers Norbridge", url: "https://roofers-norbridge.co.uk" },
      { t: "Thanks for the update on the roadworks, very helpful.", author: "cheap car insurance quotes", url: "https://cheapcarquotes-compare.com" },
      { t: "very true i have seen the same thing in my area", author: "Buy Instagram Followers UK", url: "https://instafollowers-uk.shop" },
      { t: "Such a shame to read this, hope the family are ok.", author: "Emergency Locksmith 24/7 | No Call-Out Fee", email: "bookings.locksmith@example.net", url: "https://lockrescue-247.co.uk" },
    ],
  },
  {
    kind: "foreign-script",
    items: [
      { t: "Лучшие онлайн-казино 2026 года с быстрым выводом — бонус 200% на первый депозит и 100 фриспинов! Переходи: https://kazino-top2026.ru", author: "Алина", ua: UA_GO },
      { t: "专业代写论文，保证原创，价格优惠，准时交付。加微信 lunwen8866 咨询，网址 https://daixie-lunwen.cn", author: "论文代写" },
      { t: "副業で月収50万円！スマホだけで誰でも簡単に稼げる方法を今だけ無料公開中 👉 https://fukugyou-kasegu.jp", author: "さくら" },
      { t: "Прогон сайта по базам, рост трафика, вывод в ТОП поисковиков за 2 недели. Пишите в Телеграм @seo_progon_pro", author: "SEO Progon" },
      { t: "토토사이트 추천 먹튀검증 완료 안전놀이터 가입코드 7777 https://toto-safe365.kr", author: "안전놀이터" },
    ],
  },
  {
    kind: "foreign-latin",
    items: [
      "Situs slot gacor hari ini gampang maxwin, deposit 10rb via e-wallet. Daftar sekarang di https://slotgacor-maxwin88.id",
      "Ganhe dinheiro em casa trabalhando só 2 horas por dia! Vagas limitadas, saiba mais: https://rendaextra-agora.com.br",
      "Nhà cái uy tín hàng đầu, khuyến mãi 100% lần nạp đầu, rút tiền siêu tốc. Truy cập ngay https://nhacai-uytin88.vn",
      "Deneme bonusu veren siteler 2026 — en güvenilir bahis siteleri listesi burada: https://denemebonusu-siteler.net",
      { t: "Schnell abnehmen ohne Diät und ohne Sport! Jetzt das kostenlose Testpaket sichern: https://schlank-kapseln.de", lang: "de" },
    ],
  },
  {
    kind: "html-anchor",
    items: [
      `Nice article! <a href="https://cheapflights-deals24.com">cheap flights</a> and <a href="https://hotel-bargains-now.com">last minute hotel deals</a>`,
      { t: `<a href=https://mobilemechanic-near.me>mobile mechanic near me</a> thanks for the info`, ua: UA_HEADLESS },
      `I agree with the comments above. <a href="https://gardenbuildings-direct.shop" rel="dofollow"><b>log cabins for sale</b></a>`,
      { t: `<p>Great information, thank you.</p><p><a href="https://ai-photo-editor-free.app" target="_blank">best free AI photo editor</a></p>`, lang: "fr" },
    ],
  },
  {
    kind: "bbcode-link",
    items: [
      { t: "[url=https://bestpills24.top/modafinil]buy modafinil online[/url] fast shipping, PayPal accepted", ua: UA_CURL },
      "good post [URL=https://forex-signals-elite.com][B]forex signals free trial[/B][/URL]",
      `Interesting! [url="https://houseclearance-fast.uk"]house clearance[/url] | [url="https://skiphire-quote.uk"]skip hire prices[/url] | [url="https://manandvan-cheap.uk"]man and van[/url]`,
    ],
  },
  {
    kind: "multi-link-dump",
    items: [
      { t: "cheap meds https://meds4less.top\nreplica bags https://bag-outlet-sale.shop\nbest vpn https://vpnsecure-deal.com\ncasino bonus https://bonusbet-free.win", ua: UA_EMPTY },
      "Useful resources for anyone in debt:\nhttps://bestloans-compare.io\nhttps://cashadvance-online.us\nhttps://creditfix-fast.com\nhttps://debtfree-now.org",
      "- [garden furniture](https://patio-furniture-sale.shop)\n- [hot tubs](https://hottub-warehouse.co)\n- [artificial grass](https://fakegrass-direct.uk)\n- [pergolas](https://pergola-kits.store)",
      "see https://wedding-dresses-cheap.shop https://promdress-outlet.com https://bridesmaid-dresses-sale.net for more",
    ],
  },
  {
    kind: "cbd-cannabis",
    items: [
      "Anyone who struggles with anxiety or joint pain should really try CBD gummies, changed my life. These are the ones I use: https://calmleaf-cbd.co.uk 🌿",
      "Full spectrum hemp oil 5000mg, lab tested, vegan, 40% off today only https://purehemp-drops.store",
      "Delta-8 and THCA flower shipped to all 50 states legally, discreet packaging. https://greenhaze-dispensary.com",
    ],
  },
  {
    kind: "piracy-keys-iptv",
    items: [
      "Windows 11 Pro product key for only $9.99, lifetime activation, instant delivery by email https://keysdirect-cheap.com",
      "Watch every top-flight football match free in HD, no subscription, no sign up https://livefooty-hdstream.live",
      "Best IPTV UK 2026 — 20,000 channels, all sports, every box set, £5/month. Free 24h trial, WhatsApp {intl} or https://iptv-ukprime.tv",
    ],
  },
  {
    kind: "social-growth",
    items: [
      "Buy real Instagram followers, likes and views — instant delivery, from £1.99 https://growgram-boost.com",
      "Grow your TikTok to 10k followers in a week, guaranteed or your money back. DM us on Insta @viralboost.agency",
      "Buy YouTube subscribers and watch hours, get monetised in days not years: https://tubemonetize-fast.net",
    ],
  },
  {
    kind: "web-design-pitch",
    items: [
      { t: "Hi, I visited your site and noticed it loads slowly on mobile and isn't ranking for 'news {town}'. I can fix both for a one-off fee. Reply for a free quote — Jason, https://pixelwave-webdesign.co", author: "Jason Reid" },
      "Hello, are you the owner of this website? I found 37 broken links and several SEO errors. Can I send you the full report? It's free. Email: {email}",
      "Your comments section could use an AI chatbot to answer readers 24/7 — our clients see 300% more engagement. Book a demo: https://chatgenie-ai.io/demo",
    ],
  },
  {
    kind: "ai-bland-comment",
    items: [
      { t: "This is a thoughtful and well-researched article. The points about community engagement really resonate with me, and I appreciate the balanced perspective. Looking forward to more insightful content like this!", url: "https://mindful-money-tips.com" },
      { t: "What a great read! It's so important for local communities to stay informed about developments like this. Thank you for shedding light on such a crucial topic and for your dedication to quality journalism.", url: "https://smarthome-gadgetry.net" },
      "Great insights! In today's fast-paced digital world, staying informed is more important than ever. I'd also recommend readers check out https://trendwave-insights.com for similar in-depth analysis.",
    ],
  },
  {
    kind: "fake-reply-link",
    items: [
      "@Margaret exactly this! And if anyone wants to cut their energy bills in the meantime, I switched using https://switchsave-energy.co and saved £340 a year.",
      "Replying to the gentleman above about parking — you can get a blue badge in 48 hours through https://bluebadge-fasttrack.uk, saved me weeks of waiting.",
      "@Tom totally agree mate. On a different note does anybody know a good car hire? I always use https://rentwheels-cheap.com",
    ],
  },
  {
    kind: "home-services-seo",
    items: [
      "Great tips. If you ever need your gutters cleared, we cover the whole region — fully insured, free quotes: https://clearflow-gutters.co.uk",
      "Driveway cleaning and resealing, block paving, tarmac. Best prices in the area, 10 year guarantee. https://drivewayspro-north.uk",
      "Need a reliable tree surgeon near {town}? Call now for a same-day quote {mob} or visit https://arbor-kings.co.uk",
    ],
  },
  {
    kind: "vape-wholesale",
    items: [
      "Disposable vapes wholesale, 10,000 puffs, all flavours, next-day delivery, trade prices from 99p a unit: https://cloudpuff-wholesale.co.uk",
      "Nicotine pouches and snus shipped discreetly to your door, buy 10 tins get 5 free 🔥 https://snusdepot-eu.com",
    ],
  },
  {
    kind: "property-investment",
    items: [
      "Off-plan apartments in the Gulf with 12% guaranteed rental yield and 0% tax. Free consultation this week only: https://gulfyield-property.com",
      "UK buy-to-let HMO deals sourced for you, 15% ROI, hands-off investment from £30k. https://hmo-deals-direct.co.uk",
      "Why rent when you can own? Rent-to-own homes, no mortgage, no credit check — see available properties at https://renttoown-homes.net",
    ],
  },

  // ----- quieter spam: scams, contact routes, disguised promotion -------------
  {
    kind: "whatsapp-investment-mentor",
    items: [
      "I was struggling with bills until a colleague introduced me to Mrs. Caroline Hughes, a licensed trader. I invested £500 and received £6,800 within 7 days. You can reach her on WhatsApp {intl} 🙏",
      "Anyone still doubting crypto should talk to Mr. Bradley Carter, his strategy changed my family's life. Weekly profits straight to my bank. WhatsApp: {usph}",
      "God bless Mrs Amanda Rose! I was skeptical at first but after my first trade with her I received my profit of $12,450 without stress. Message her on Telegram @AmandaRoseFx",
      "Not many people in {town} know this but a few of us have been growing our savings with an expert account manager for the past year. Text the word INVEST to {mob} and she'll explain how it works.",
      "Investing with the right guidance is the best decision I've made since retiring. My mentor Daniel Whitmore has been amazing and so patient. Reach him by email: daniel.whitmore.fx@example.net",
    ],
  },
  {
    kind: "telegram-signals",
    items: [
      "Join our free Telegram group for daily crypto signals, 85% win rate last quarter — t.me/cryptosignals_vip2026",
      "Who else is trading gold? We share XAUUSD signals every morning before the market opens, free group: Telegram @GoldPipsAcademy",
      "Copy my trades for free — I post every entry and exit live on my channel. t.me/jacktrades_fx 📈",
    ],
  },
  {
    kind: "recovery-scam",
    items: [
      "I lost £38,000 to a fake investment platform last year. It looked completely real, I could see my balance growing every day and even withdrew a small amount at the start, then when I tried to take out the rest they asked for 'tax' and 'release fees' and after I paid those the site disappeared. I was too ashamed to tell my husband for months. I reported it to the police and the bank and got nowhere. A friend from church recommended a recovery specialist she had used, and honestly I was skeptical after everything, but within 2 weeks all my funds were back in my account. If you've been through this please don't give up. Email: cyberrecovery.pro@example.org and tell them Linda referred you.",
      "If you've been scammed by a crypto broker, don't lose hope. Contact Mr. Kevin Hale of Digital Asset Retrieval on WhatsApp {usph}, he got my BTC back when the police couldn't.",
      "Beware of fake recovery companies!!! I was scammed twice trying to get my money back. The only one that actually helped me was FUNDS RETRIEVAL EXPERT, they're legit. Telegram @fundsretrievalexpert",
      "Thank you to Mark Spytech for recovering my Facebook and Instagram accounts after they were hacked. Fast and professional. Contact: markspytech@mail.example",
      "Anyone who lost money in the investment fraud mentioned in this article can still get it back. I work with a team of blockchain forensic analysts — contact me privately at assetrecovery@inbox.test",
    ],
  },
  {
    kind: "spell-caster",
    items: [
      "My name is Stephanie and I want to share my testimony. After 9 years of marriage my husband left me and our two kids for another woman. I cried every day, I tried counselling, I tried everything. I came across a post online about Dr. Okoro, a great spell caster who has helped many people restore their broken relationships. I contacted him and explained my situation, he told me what to do and cast a reunion spell. Within 3 days my husband called me crying and begging to come back home, and now we are happier than ever. Dr. Okoro can also help with pregnancy, promotion at work, court cases and lottery. Contact him on email: drokoro.spelltemple@example.com or WhatsApp {usph}. Thank you Dr. Okoro!!!",
      "I want to testify about the great Priest Abiola who gave me the winning lottery numbers after years of bad luck. If you need help with money, love or protection contact him at priestabiola@post.test",
    ],
  },
  {
    kind: "herbal-cure",
    items: [
      "I was diagnosed with type 2 diabetes 6 years ago and nothing helped until I found Dr. Ehigie's herbal medicine. I no longer need insulin. Email him: dr.ehigie.herbalhome@example.net",
      "My mother suffered with tinnitus and arthritis for years. A natural herbal doctor sent us a remedy and she was cured in 21 days. Contact Dr. Musa on WhatsApp {intl}, he also cures herpes and HPV.",
    ],
  },
  {
    kind: "romance-contact",
    items: [
      { t: "Hello dear, I am Sandra, a widow looking for an honest and caring man. I read your comment and you seem kind. Please write me on my private email sandrawilson.love@example.org", author: "Sandra" },
      { t: "Hi, I'm new to {town}, just moved here for work as a nurse and don't know anyone yet 🙂 Would love to make some friends, my WhatsApp is {intl}", author: "Emily" },
      { t: "Hello handsome. I am a US army surgeon on peacekeeping deployment. I would love to know you more, life is lonely here. Telegram: @dr_jenny_wilson", author: "Jenny Wilson" },
    ],
  },
  {
    kind: "neighbour-earned",
    items: [
      "My neighbour is a single mum and she's been making £4,500 a month from home on her laptop. I didn't believe her until she showed me her statements. Details here: https://homeincome-secret.com",
      "Up until I saw the bank statement that said $18,533 I didn't believe my sister was actually earning that working part time online. She's been doing it for 8 months and just paid off her mortgage. Look at this: https://workfromhome-tasks.online",
      "My flatmate quit her job at the care home and now earns more than me just doing online tasks a few hours a day. She told me to search 'Ridgeline Tasks' if anyone's interested.",
      "Funny how everyone on here moans about the cost of living. My neighbour retired at 52 after following one simple method. I'm not allowed to post the link but google 'Eversure Passive Income' and see for yourself.",
      "I'm making over £220 an hour working from home with 2 kids. I never thought I could do it but my best friend makes £14k a month doing this and she convinced me. Go to the home tab for more details 👉 https://earnathome-daily.com",
    ],
  },
  {
    kind: "work-from-home-job",
    items: [
      "We are hiring! Part-time remote data entry, £25/hour, no experience needed, flexible hours, paid weekly. Send your CV to careers.hr.desk@example.com",
      "Looking for 10 people in {town} who want to earn extra from their phone, 1-2 hours a day, no selling. Comment 'INFO' below or message me on WhatsApp {mob}",
      "Remote job alert: rate products on shopping sites and get paid £300–£800 daily. Full training provided. Contact our HR on Telegram @hr_claire_jobs",
    ],
  },
  {
    kind: "fake-recruiter",
    items: [
      "Hello, I am Rebecca from Talent Bridge Recruitment. Your profile matches a remote position with an e-commerce platform, daily pay £200–£500. Are you interested? Add me on WhatsApp {intl}",
      "Hiring delivery drivers in the {town} area, vehicle provided, £900/week cash, start Monday. Small £60 fee for uniform and DBS check. Text {mob}",
      "Mystery shoppers wanted in your area! Get paid to shop, eat out and review local businesses. Register at https://mysteryshop-uk-jobs.com",
    ],
  },
  {
    kind: "parcel-phishing",
    items: [
      "Anyone else get a text saying their parcel was held because of a £1.99 unpaid fee? Mine was genuine, I paid it at https://parcel-redeliver-gb.com and it came the next day 👍",
      "NOTICE: We attempted to deliver your package today but no one was available to sign. To arrange redelivery please confirm your address at https://swiftdrop-reschedule.info/gb within 48 hours or the item will be returned to sender.",
      "Your customs duty of £2.99 is outstanding for parcel GB48201937. Pay now to avoid return: https://uk-customs-clearance.delivery",
      "Dear customer, your package cannot be delivered due to incomplete address information. Please update here: https://trackmyparcel-uk.help/update",
    ],
  },
  {
    kind: "bank-phishing",
    items: [
      "Security alert: a new device has been added to your online banking. If this was NOT you, call our fraud team immediately on {lon} quoting reference 77413.",
      "Important: your online banking access will be suspended today. Verify your details at https://secure-account-verify-uk.com to continue using your card.",
      "Hi, this is Mark from the fraud department. Some readers' cards have been compromised after paying for subscriptions on local news sites. Please call {free} so we can check your account is safe.",
    ],
  },
  {
    kind: "tax-refund-phishing",
    items: [
      "HMRC: You are eligible for a tax refund of £486.20. Submit your claim before the deadline: https://hmrc-refund-claim.uk.net",
      "Residents of {town} are owed up to £350 in council tax after the band re-evaluation. Check if you qualify in 60 seconds: https://counciltax-rebate-check.org.uk",
      "Just got £612 back in overpaid tax in 10 minutes! Took me ages to find the right form but it's all here: https://taxback-easy.co",
    ],
  },
  {
    kind: "grant-payment-scam",
    items: [
      "Pensioners: you may be owed a £300 winter fuel top-up that hasn't been paid automatically. Apply before the end of the month at https://winterfuel-claim.org.uk",
      "Government energy support payment of £400 is unclaimed for your household. Claim before 31 March: https://energy-support-claim.info",
      "Heat pump grant: £7,500 available for every homeowner in the county, funding nearly gone. Check eligibility in 30 seconds at https://greengrant-check.co.uk",
    ],
  },
  {
    kind: "prize-winner",
    items: [
      "Congratulations! You have been selected as today's lucky visitor. Claim your £500 supermarket voucher: https://lucky-visitor-reward.com",
      "Your email was selected in our annual online lottery draw and you have won $1,500,000. Contact our claims agent Mr. Robert Hayes at claims.hayes@example.net with your full name, address and phone number.",
      "You have (1) unclaimed reward waiting. Answer 3 quick questions to collect it → https://rewards-survey-hub.net/claim",
    ],
  },
  {
    kind: "fake-giveaway",
    items: [
      "🎁 GIVEAWAY 🎁 To celebrate 100k followers we're giving away 5 electric bikes! Like, share and comment your town on our page to enter. Winners announced Friday!",
      "A local family is giving away their caravan because they're emigrating. Free to anyone who covers delivery — comment 'DONE' and check your messages 🚐",
      "Free Christmas food hamper for every {town} household — register your address here before they run out: https://festivehamper-register.org",
    ],
  },
  {
    kind: "tech-support",
    items: [
      "If anyone has trouble with their email or printer I had fantastic help from a support line, they fixed everything remotely in 20 minutes. Number is {usph}, available 24/7.",
      "WARNING: your device may be infected with a virus after visiting this page. Call technical support immediately on {free} to avoid data loss.",
      "Got locked out of my email account last week and the support agent at {free} sorted it in five minutes. Really helpful people, worth saving the number.",
    ],
  },
  {
    kind: "reputation-service",
    items: [
      "Business owners: bad reviews killing your sales? We remove negative Google reviews permanently, results in 7 days. https://reviewcleanse.io",
      "Get 50 genuine 5-star reviews for your shop for just £99. Local accounts, no drops, no bans. Email reviews4u@mailbox.test",
      "Is your name showing up in old news articles? We get them de-indexed and push positive content to the top. Online reputation management: https://cleanslate-reputation.com",
    ],
  },
  {
    kind: "local-business-disguised",
    items: [
      "Had the same problem with damp on {street}. Honestly the best thing we did was ring FreshAir Damp Solutions, half what the others quoted and done in a day. {mob}, tell them Sue sent you 😊",
      "Speaking of potholes, if your car got damaged, AutoFix Mobile Mechanics came out to me the same day. They're doing 20% off for {town} residents this month: https://autofix-mobile.co.uk",
      "Great news about the new estate. Anyone moving in should use Premier Removals, we used them last month, brilliant lads and cheapest around. Online quote at https://premierremovals-north.co.uk",
      "So sad to read about the flooding. For anyone affected, DryRight Restoration do free insurance assessments and can usually come out the same week. Call {land}.",
      "If your boiler packed up in this cold snap like mine did, HeatPro 24 came within the hour and were very reasonable. Just google HeatPro 24 or ring {mob}.",
    ],
  },
  {
    kind: "off-topic-plug",
    items: [
      "Off topic, but has anyone tried the Kitchora air fryer? Mine arrived yesterday and it's amazing, 40% off on their site at the moment: https://kitchora-home.com",
      "Random but I've finally found a mattress that fixed my back pain after 10 years 🙌 https://cloudrest-sleep.co.uk",
      "Reading this on my new phone that cost me £0 thanks to the trade-in deal at https://swapmyphone-now.co.uk haha",
    ],
  },
  {
    kind: "clickbait",
    items: [
      "You won't believe what the council is hiding — the video they tried to delete is still up here: https://truthleaks-daily.net/watch",
      "Wait till you see the before and after pics of this local mum 😱😱 https://viralstories-hub.com/mum-transform",
      "Doctors are stunned: this one kitchen ingredient reverses joint pain overnight. Read before it's banned https://healthsecrets-revealed.info",
    ],
  },
  {
    kind: "loan-lender-contact",
    items: [
      "Are you in need of a loan? We offer loans at 3% interest rate to individuals and companies. Contact us via email: fastloanfinance@example.org",
      "I got a £15,000 loan from Mrs. Helen Gray after being turned down by two banks. No credit check, money in my account the same day. Contact her on WhatsApp {intl}",
      "Do you need urgent financial help? Private lender offering personal and business loans from £5,000 to £5,000,000, no collateral. Telegram @private_lender_uk",
    ],
  },
  {
    kind: "sugar-daddy",
    items: [
      "Looking for a sugar baby, I'll pay a $1,500 weekly allowance, no meetups required. Text me on WhatsApp {usph}",
      "Sugar mummy in {town} ready to spoil a young man 💰 serious ones only, message me on Telegram @spoil_you_uk",
      "Who wants to be my sugar baby? $2k weekly just to chat with me. First 5 people to DM me get paid today 💸",
    ],
  },
  {
    kind: "fake-charity",
    items: [
      "Please help! My 6-year-old daughter needs urgent surgery abroad and every £5 counts 🙏 Donate here: https://givehope-appeal.org/lily",
      "Flood victims in {town} need your help now. Donations by PayPal to floodrelief.fund@example.com — every penny goes directly to families.",
      "We are a small orphanage caring for 43 children and we have no food this week. Please send any donation by bank transfer or bitcoin, email pastor.samuel.orphans@inbox.example for details. God bless you.",
    ],
  },
  {
    kind: "pet-scam",
    items: [
      "We have two lovely French bulldog puppies looking for a forever home, vaccinated and microchipped. They only need a good home and the delivery fee. Text {mob}",
      "Adorable cavapoo puppies available now, fully health checked, we can deliver to {town}. Reserve yours with a £150 deposit: https://cavapoo-home-pups.com",
      "Our cat had kittens but we've moved abroad for work so they'll be shipped by pet courier to a loving home for free, you just cover the crate. Email kittens.forhome@example.net",
    ],
  },
  {
    kind: "ticket-scam",
    items: [
      "I have 2 spare tickets for the sold-out show at the Lantern on Saturday, can't go anymore. £60 each, bank transfer only. Message me on {mob}",
      "Anyone needing festival weekend passes this summer, I've got a few at face value, DM me on Instagram @tix_resale_uk",
      "Get tickets to any sold out gig or match at https://fanseats-exchange.com — 100% entry guarantee",
    ],
  },
  {
    kind: "advance-fee",
    items: [
      "Dear Friend, Permit me to introduce myself. I am Barrister James Morgan, a solicitor and personal attorney to the late Mr. Edward, a contractor who shares the same surname with you. On the 14th of March my client, his wife and only daughter were involved in a fatal road accident. Since then I have made several enquiries to locate any of my client's extended relatives, all to no avail. The bank where he deposited the sum of £7.2 million (Seven Million Two Hundred Thousand Pounds) has now issued me a notice to provide the next of kin or the account will be confiscated. I am seeking your consent to present you as the next of kin so that the proceeds can be paid to you, and we share 50/50. This transaction is 100% risk free and will be executed under a legitimate arrangement that will protect you from any breach of the law. Kindly reply to my private email barrister.jmorgan@example.org with your full names, phone number and occupation. Best regards, Barrister James Morgan (Esq).",
      "ATTENTION: your compensation payment of $850,000 has been approved by the international fraud victims committee. Contact the payment officer with your details to receive your funds via ATM card.",
      "Greetings, I am an auditor at a major bank and discovered a dormant account of $14.5M. I need a trustworthy foreign partner to claim it, you will receive 40%. Contact me confidentially: auditor.chen@post.test",
    ],
  },
  {
    kind: "hacker-for-hire",
    items: [
      "Need to catch a cheating partner? Change school grades, clear criminal records or recover deleted messages? Contact Hackpro, 100% discreet: hackpro.services@mailbox.test",
      "I raised my credit score from 480 to 810 in 3 days with the help of a credit repair hacker. He also removed my CCJs. Text him on {usph}, very genuine.",
      "Want to see who your partner is really messaging? Professional ethical hacker, no physical access to the phone needed, results in 6 hours. WhatsApp {intl} for a consultation.",
    ],
  },
  {
    kind: "fake-documents",
    items: [
      "Buy registered driving licences, passports, ID cards and residence permits, all registered in the database. Fast delivery. WhatsApp {intl}",
      "Need your UK visa or work permit approved quickly? Guaranteed approval and English test certificates without sitting the exam. Email visa.assist.office@example.com",
    ],
  },
  {
    kind: "rental-deposit",
    items: [
      "My 2-bed flat on {street} is available from next month, £650 pcm bills included. I'm working overseas so the keys will be posted after the deposit is paid. Email me {email}",
      "Room to let near {town} station, £400 all inclusive, no agency fees. I'm away so can't do viewings but can send a video. Message me on WhatsApp {intl}",
    ],
  },
  {
    kind: "car-cash",
    items: [
      "We buy any car for cash, any condition, same-day collection in {town} and surrounding areas. Text your reg to {mob} for an instant offer.",
      "Got £1,200 more for my old car than the dealership offered using https://carvalue-instant.uk.com, took 5 mins online",
    ],
  },
  {
    kind: "profile-bait",
    items: [
      { t: "Check my profile for something special 😉", author: "Jessica❤️", url: "https://jessie-cam.live" },
      { t: "I posted the full uncut video on my page, go see before it gets deleted 👀", author: "Amber Lane", url: "https://amberlane-vids.fun" },
    ],
  },
  {
    kind: "mlm-recruiting",
    items: [
      "Hey hun! 💕 Loved reading this. I'm looking for 3 motivated ladies to join my team, work from your phone around the kids and earn a car bonus. Drop me a message x",
      "Anyone sick of the 9-5? I left my job as a teaching assistant 6 months ago and now run my own wellness business from home. Not a pyramid scheme! Ask me how 🌸",
    ],
  },
];

// ---------------------------------------------------------------------------
// Genuine comments: 300 rows.

const HAM: readonly Kind[] = [
  {
    kind: "council",
    items: [
      "So the council can find £2.4m for a new logo and a 'rebrand' but can't fix the streetlights on {street}? Priorities.",
      "Went to the budget consultation at the town hall last night. About 30 people there, most of them over 60. If younger people want a say they need to actually turn up, not just moan on here.",
      "Does anyone know if the bin collection changes start in April or May? The leaflet we got says one thing and the website says another.",
      "Credit where it's due, the council fixed the broken swing in Victoria Park within a week of me reporting it. Didn't expect that.",
      "Councillor Reeve has been our ward councillor for 16 years and I've never once seen him on our estate. Vote accordingly in May.",
      "The article says the rise is 4.99% but that's the maximum allowed without a referendum, so it was always going to be that. Every council round here does the same.",
      "Why is every meeting held at 2pm on a weekday? Working people can't attend. Stream them online at least.",
      "Garden waste charge going up again. It was free when we moved here in 2011.",
      "I sat on the scrutiny committee for four years, so a bit of context for people who think the council is just wasting money for fun. Roughly two thirds of the budget goes on adult social care and children's services, and most of that is statutory — they have to provide it by law, and the demand goes up every single year. What's left has to cover bins, roads, parks, libraries, leisure centres, planning, licensing, the lot. When people say 'just fix the potholes' they're fighting over a very small slice. None of that excuses the logo, mind. That was a stupid decision and several of us said so at the time. But if you want things to change, write to your MP about how councils are funded, because shouting at the cabinet here only gets you so far.",
      "Merging the two district councils was supposed to save money. Has anyone actually seen the savings? Genuine question. The BBC explainer at the time promised millions: https://www.bbc.co.uk/news/articles/c4g7p2xw1kzo",
      "Reported a fly-tip on Marsh Road three weeks ago through the app. Still there. Now there's a mattress on top of it.",
      "Good to see the new leader is at least answering questions in public. Whether anything changes is another matter.",
      "The parking charges at Castlemere are going to kill the high street. £2.50 for an hour to pop into the chemist?",
      "Can we have a proper breakdown of what the £800k consultancy fee was actually for? Would be good if the paper asked for it under FOI.",
      "Our parish council meets in the back room of the Plough and honestly gets more done than the borough.",
      "Another 'listening exercise'. They listened last time and then did exactly what they'd planned anyway.",
      "Full report is on the council site if anyone wants to read it rather than just the headline: https://www.hartwell-council.example/meetings/cabinet/2026-02-11",
      "Petition to reopen the public toilets in the bus station is here if anyone wants to sign. Nearly at 1,000: https://petitions.hartwell-council.example/toilets-2026",
    ],
  },
  {
    kind: "transport",
    items: [
      "The 14 bus was 40 minutes late again this morning. Third time this week. My daughter missed her first lesson.",
      "Reopening the old station at Fenwick Cross has been 'under consideration' since I was at school. I'm 47. For the younger ones, this is why it closed in the first place: https://en.wikipedia.org/wiki/Beeching_cuts",
      "20mph on the main road is fine by me. I live on it and the number of near-misses outside the primary has dropped noticeably.",
      "20 mph on a dual carriageway is absurd. Nobody sticks to it anyway.",
      "Roadworks on the bridge AGAIN. Did they not finish last summer?",
      { t: "Cycle lane on Station Road is great in theory but it just ends at the roundabout and throws you straight into traffic. Whoever designed it doesn't cycle.", author: "Another cyclist" },
      "The new timetable cuts the last bus from Saltmere to 9.40pm. How are hospitality workers supposed to get home?",
      "Thank you to the driver of the X7 on Tuesday who waited for my mum when she was struggling with her shopping. Small things matter.",
      "Trains between Hartwell and the city have been replaced by buses every single weekend since January. Is there an end date?",
      "Parking at the hospital is a scandal. £4.80 for two hours when you're visiting someone who's dying.",
      "That junction by the garden centre needs a filter light. People sit there for ages trying to turn right and then take risks.",
      "Pothole on Hollin Lane is now big enough to have its own postcode. Reported it twice.",
      "Anyone know if the park and ride runs on bank holidays?",
      "Electric buses are lovely and quiet but half the fleet seems to be off the road at any one time waiting for parts.",
      "Not everyone can cycle or walk. I have MS and on a bad day I can manage about fifty metres with a stick. The car is my lifeline: it gets me to work, to the hospital in Kelderby and to my mum's. I'm not against cycle lanes or making the town centre nicer, honestly I'm not, and I remember what it was like to ride a bike. But every scheme in the last few years has taken away disabled bays near the shops and pushed parking further out, and the 'mobility hub' they keep talking about still doesn't exist. Please, whoever designs these things, talk to disabled residents before the plans are finished, not after.",
      "Got the train to the coast on Sunday for the first time in years, it was on time, clean and the guard was lovely. So it's not all bad!",
      "The bus pass age thing is confusing. My husband turned 66 and still had to apply separately, it wasn't automatic.",
      "Level crossing at Ashby Wold was down for 11 minutes yesterday with no train in sight. Ambulance had to turn round.",
      "The disruption page is more up to date than the app, fwiw: https://www.nationalrail.co.uk/status-and-disruptions/",
      "The bus company's consultation on the new timetable closes Friday. Please fill it in, especially if you use the evening services: https://www.hartwell-buses.example/consultation",
    ],
  },
  {
    kind: "schools",
    items: [
      "My son is at Wrenfield Academy and the teachers have been brilliant, whatever the inspection report says.",
      "The school run traffic on Orchard Way is dangerous. Parents parking on the zigzags every single day.",
      "Uniform costs are ridiculous. £38 for a blazer with a logo that you can only buy from one shop.",
      "Closing St Aldric's would mean 5 year olds travelling 3 miles to the next school. That's not 'consolidation', that's just cuts.",
      "Well done to all the kids getting their results today! Whatever the grades, be proud of yourselves.",
      "As a teaching assistant I can tell you we're doing the job of three people. In my class of 31 there are six children with additional needs and one of them should have one-to-one support all day, which on paper is me. In practice I'm also covering the reading group, doing playground duty, running the breakfast club two mornings a week and sitting with whichever child is having a bad day. I'm paid for term time only and I take home less than I would stacking shelves. I love the job and the kids, but every year a few more good people leave and they aren't replaced. Support staff are the ones holding it together, and nobody writes articles about us.",
      "Does anyone know if the breakfast club is still running after Easter? Haven't had any letter.",
      "Free school meals should be universal. No child learns on an empty stomach.",
      "The new building looks lovely but they've cut the playing field in half to fit it in.",
      "Secondary admissions this year are a shambles. We didn't get any of our three choices and we live 0.6 miles from the nearest one.",
      "My granddaughter was in the choir at the carol concert and they were wonderful. Brought a tear to my eye.",
      "Crumbly concrete was found in our school too but they kept it quiet for months. Parents deserve to know.",
      "Appeals deadline is 20 school days from the offer letter btw, don't leave it late. Guidance here: https://www.gov.uk/schools-admissions/appeals",
      "SEND provision in this county is on its knees. We waited 19 months for an EHCP. The parent carers forum was a godsend, if anyone is going through it: https://www.westmoor-parentcarers.example",
      "Phones banned in school from September. About time. My two are glued to theirs.",
    ],
  },
  {
    kind: "health",
    items: [
      "Tried to get a GP appointment at 8am, 27th in the queue, all gone by 8.20. This is every day.",
      "The staff at Kelderby General A&E were amazing on Saturday night despite being completely overwhelmed. 7 hour wait but not their fault.",
      "Losing the maternity unit would mean a 45 minute drive in labour. People will be giving birth in lay-bys.",
      "For anyone who can't get through to the surgery, 111 online is often quicker than ringing: https://111.nhs.uk",
      "Pharmacy on the high street closing means the nearest is 2 miles away. My dad can't drive anymore.",
      "Had my flu jab at the pop-up in the library, took 10 minutes. Well organised.",
      "NHS dentist? In this town? Ha. We've been on the waiting list since 2022.",
      "My mum's care package was cut from four visits a day to two last month. She's 91, partially sighted and has had two falls since Christmas. The reassessment was done over the phone in about twenty minutes, with my mum insisting she 'manages fine' because she's from a generation that never wants to be a bother. Nobody asked me or my brother, even though we're down as her contacts. Since then I've been driving over from Wrenfield every lunchtime before my afternoon shift, and my brother does evenings. We've both rung social services more times than I can count and nobody returns our calls. The carers themselves are wonderful, they're as upset as we are. I'm not posting this for sympathy, just so people know this is what 'efficiency savings' look like in real life.",
      "The mental health crisis team helped my son when he needed it most. I know they get a lot of criticism but they were there for us.",
      "Minor injuries unit should be open 24/7 not 8-8. Accidents don't keep office hours.",
      "Why is the new health centre being built on the edge of town with one bus an hour?",
      "Anyone else had a letter about the bowel screening kit? Do it, it's easy and it caught my husband's cancer early. Info here: https://www.nhs.uk/conditions/bowel-cancer-screening/",
      "The nhs app is great for repeat prescriptions, saves so much phone time",
      "Ambulance took 3 hours for my neighbour who'd fallen. She lay on the kitchen floor the whole time. The paramedics were apologetic and kind but it's not good enough.",
    ],
  },
  {
    kind: "housing",
    items: [
      "'Affordable' housing at 80% of market rent is still not affordable for anyone on a normal wage round here.",
      "400 new homes and not a single extra GP, school place or road. Same story every time.",
      "We need houses. My kids are 28 and 31 and both still live at home. People objecting to every development have already got theirs.",
      "Landlord hasn't fixed the mould in our bathroom in 8 months. We open the windows, we wipe it down with the stuff from the supermarket every week, we bought a dehumidifier that costs a fortune to run, and it still comes back black within days because the extractor fan hasn't worked since before we moved in. Environmental health came out and said it's 'within tolerance', whatever that means. My toddler has had a cough since October and the GP asked straight away if we had damp at home. We'd move tomorrow if we could find anywhere else under £900 a month, but we can't, and the landlord knows it. So when the article says the council is 'taking a firm line on rogue landlords' I'm afraid I laughed.",
      "Rents in Saltmere are insane because half the seafront is holiday lets now. Locals can't live in their own town.",
      "The housing association flats on Ropewalk have been empty for two years. Why?",
      "Ours is one of the new builds on the old brewery site. Snagging list was 94 items long. Still waiting on half of them.",
      "Second homes should pay triple council tax, not double.",
      "Homelessness in the town centre is the worst I've seen it. Spoke to a young lad outside the bank who'd been evicted after his mum died.",
      "Good. That site has been derelict for 20 years, anything is better than boarded up windows and pigeons.",
      "Self build plots would be great. Let people build their own homes instead of another identical estate.",
      "The waiting list for social housing is 4,000 people according to the council's own figures. Building 60 isn't going to make a dent.",
      "Shared ownership is a con. You pay rent on the bit you don't own AND all the maintenance on the whole thing.",
      "Are these going to be leasehold? Because if so, no thanks.",
      "Our last three moves were all no-fault evictions. If you're facing one, Shelter's advice pages are really clear on what the landlord has to do first: https://england.shelter.org.uk/housing_advice/eviction",
    ],
  },
  {
    kind: "crime",
    items: [
      "Third car broken into on our road this month. Police gave us a crime number and that was it.",
      "Hope they catch whoever did this. That poor man was just walking his dog.",
      "Shoplifting in the town centre is out of control. Staff at the chemist told me they just let them walk out now because they're not allowed to intervene.",
      "Innocent until proven guilty. Some of the comments on here are disgusting, let the court do its job.",
      "Would be good if the article said which part of the park. My kids walk through there.",
      "PCSOs used to be on the high street every day. Haven't seen one in months.",
      "Catalytic converter stolen off my car outside my house in broad daylight. Took them about 90 seconds apparently. Neighbour's doorbell camera got it all.",
      "Only 18 months for that? He could have killed someone.",
      "Cannabis smell from the flats on Quarry Street every single evening. Reported it, nothing.",
      "As someone who was burgled last year, please get your sheds locked and bikes marked. Police do try but they're stretched thin.",
      "Hats off to the shop worker who stopped the robbery. Brave, but please don't risk yourselves for stock.",
      "The e-bikes racing along the canal path are going to kill someone. Nearly took out an elderly lady last week.",
      "Whoever keeps nicking the charity collection tins from the pubs: shame on you.",
      "Our Neighbourhood Watch meets the first Thursday of the month at the community centre if anyone on the Bellhouse estate wants to get involved.",
      "If you know who did this and don't want to go to the police directly, you can report anonymously: https://crimestoppers-uk.org/give-information",
    ],
  },
  {
    kind: "weather",
    items: [
      "Garden's a swimming pool again. Third time since October.",
      "The drains on Marsh Road can't cope with a light shower, never mind this.",
      "Stay safe everyone. Check on your elderly neighbours, it's going to be bitter tonight.",
      "Gritter went past at 5am, thank you whoever was driving that!",
      "Amber warning and the schools stayed open but the council offices closed at lunchtime. Interesting.",
      "Tree down across the lane at Thornbeck, fire brigade are there now. Go the long way round.",
      "This 'once in a century' flood is the third one in ten years. Time to stop calling it that.",
      "Weather app said 10% chance of rain. I am currently wringing out my socks.",
      "Hottest day of the year and the lido is closed for 'staff shortages'. Brilliant.",
      "Anyone know if the sandbags are still available from the depot? Need some for my mum's house.",
      "Warnings are here for anyone wanting the detail rather than the headline: https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings",
      "The flood warnings page updates far more often than the local radio: https://check-for-flooding.service.gov.uk",
    ],
  },
  {
    kind: "sport",
    items: [
      "What a goal in the 89th minute! Rovers fans were going mental in the away end.",
      "Three home defeats in a row and the manager still says he's 'happy with the performances'. Sack him.",
      "Hartwell Town women's team deserve way more coverage than they get. Unbeaten all season!",
      "The ref was a disgrace. Clear penalty and he waved play on.",
      "Well done to all the runners in the half marathon on Sunday, great atmosphere along the seafront.",
      "Cricket club needs volunteers for the tea hut this summer, if anyone's interested come down on a Saturday.",
      "Ticket prices have gone up again for next season. £28 for non-league football is too much for families.",
      "Gutted for the lads. Played well but their keeper was unbelievable.",
      "Our under-10s got to the county cup final! Thank you to all the parents who drove them about all year.",
      "Leisure centre pool is closed for 'refurbishment' for 8 months. Where are the swimming clubs supposed to train?",
      "Happy to see the parkrun back at Ashby Wold. It's been a lifeline for my mental health.",
      "That pitch looked like a ploughed field. Groundsman needs a pay rise and a new mower.",
      "Does anyone know if the darts league is still running at the Crown? Looking to join a team.",
      "Club has put the full match highlights up, the second goal is even better from behind the net: https://www.youtube.com/watch?v=Qx3r9Tb7LmE",
    ],
  },
  {
    kind: "arts",
    items: [
      "Saw the panto at the Lantern Playhouse last night. Absolutely brilliant, the dame stole the show. Oh yes she did.",
      "Losing the library's arts funding would be a disaster. It's the only free warm place for a lot of people.",
      "The new mural on the side of the old post office is gorgeous. Made me smile on my way to work.",
      "The mural is hideous. Who approved that?",
      "Went to the folk night at the Harbour Inn, packed out. More of this please.",
      "Does anyone know if the photography exhibition at the museum is free? Website doesn't say.",
      "The brass band played on the bandstand on Sunday and it was just lovely. Proper old-fashioned summer afternoon.",
      "Book festival line-up looks strong this year. Tickets for the crime writers' panel went in about ten minutes though.",
      "Lovely to see the old cinema being brought back to life. I had my first date there in 1974.",
      "As a local artist I'd say the open studios weekend is the best thing that happens in this town. Thank you to the volunteers who organise it.",
      "Is the youth theatre still taking new members? My daughter is 12 and desperate to join.",
      "Would be great if the gallery opened past 4pm once a week for those of us who work.",
      "The choir I'm in (Castlemere Community Voices) is always looking for tenors and basses. No auditions, just turn up Wednesday 7.30 at the Methodist hall.",
      "My photos from the carnival are here if any parents want copies of their kids in the parade, free to download: https://www.flickr.com/photos/saltmere_snaps/albums",
    ],
  },
  {
    kind: "business-opening",
    items: [
      "Great to see something opening on the high street instead of closing for once.",
      "Another coffee shop. Just what we needed. That makes nine within 200 yards.",
      "Tried the new Turkish place on Kiln Street last night — portions were massive and the staff were so friendly. Wish them all the best. Menu is on their site: https://www.anatolia-kitchen.example/menu",
      "Hope they last longer than the last three businesses in that unit.",
      "A proper greengrocer! My nan would have been delighted.",
      "When's it actually opening? The sign's said 'coming soon' since November.",
      "Good luck to them, but with business rates the way they are I don't know how anyone makes it work.",
      "So pleased the bookshop is reopening under new owners. Maureen would be chuffed.",
      "Jobs for local people is a good thing, whatever you think of big chains.",
      "Went on the opening day, queue out the door. The cinnamon buns are worth it.",
      "A bike repair shop finally! I've been taking mine to the city for years.",
      "Is there parking? The article doesn't say and that road is a nightmare.",
    ],
  },
  {
    kind: "business-closure",
    items: [
      "Gutted. That café was where I went every Saturday with my dad.",
      "Forty years that shop has been there. End of an era.",
      "Not surprised. Rent went up 60% according to the owner's post: https://www.instagram.com/p/C8kLm2xNq4T/",
      "Everybody says they're sad when these places close but how many actually shopped there?",
      "Another bank branch gone. What are older people without smartphones meant to do?",
      "The factory closing means 230 jobs lost. That's 230 families in a town this size.",
      "Thank you to Pete and the team at the hardware shop for years of good advice and for always having that one odd screw I needed.",
      "Online shopping killed it, and we all did it. Myself included.",
      "Will the post office counter move somewhere else in town or is it gone completely?",
      "Heartbreaking. The owner was in tears when I went in last week.",
    ],
  },
  {
    kind: "obituary",
    items: [
      "RIP Jim. A true gentleman who coached half the kids in this town at football. Thoughts with Sandra and the family.",
      "So sorry to read this. Mrs Hallam taught me in Year 4 and was the reason I became a teacher myself.",
      "Condolences to the family.",
      "He fixed my bike for free when I was 10 because I'd saved up and only had £2. Never forgot that. Rest easy.",
      "What a life. 103 years and still doing the crossword every day. Sleep well, Edna.",
      "Such sad news. The whole street will miss her.",
      "Funeral details would be helpful if the family are happy to share. Many of us would like to pay our respects.",
      "I worked with Alan at the mill for 22 years. Funniest man I ever knew. When I started there at 17 I was terrified of the machines and of the foreman, and Alan took me under his wing without making a fuss about it. He showed me how to do the job properly and safely, and then spent the next two decades winding me up about everything from my haircut to my football team. The stories he told on nights could fill a book, most of them unprintable. When the mill shut he was the one organising the collection for the lads who didn't have anything lined up. Thoughts with Pat and the girls. RIP mate, it won't be the same at the Crown without you.",
      "Thinking of the family at this awful time. No parent should have to bury their child.",
      "Doreen ran the Brownies for 35 years. Generations of girls owe her a lot. Rest in peace.",
      "Lovely tribute. Thank you for writing about him properly, not just a couple of lines.",
      "Ray was the last of the lifeboat crew from the '79 rescue. The family have asked for donations to the station instead of flowers: https://rnli.org/support-us/give-money",
    ],
  },
  {
    kind: "planning",
    items: [
      "I've objected formally. Reference is 25/01187/FUL if anyone else wants to, deadline is Friday.",
      "A drive-thru on a road that already backs up to the roundabout at rush hour. What could go wrong?",
      "The listed building should never have been allowed to get into this state. I walk past it every day and I've watched it happen: first the gutters went, then a tarp on the roof that blew off the following winter and was never replaced, then the windows at the back got smashed and nobody boarded them up. Water has been pouring in for at least five years. The council has powers to serve an urgent works notice and recover the cost from the owner, and as far as I know they never used them. Now the owner's application says the building is 'beyond economic repair' and the only option is demolition. Funny that. If this is approved it sends a message to every owner of an old building in the county: just leave it long enough and you'll get your way.",
      "Solar farm on grade 3 farmland is a reasonable trade-off in my view. We can't object to everything.",
      "Why are these plans always submitted just before Christmas when everyone's distracted?",
      "Anyone know the height of the proposed block? The drawings on the portal are impossible to read on a phone.",
      "Extension next door has gone up 2 metres higher than the approved plans. Planning enforcement just shrug.",
      "Glad this was refused. The village can't take another 200 cars.",
      "Shame it was refused. Those were homes for young families who grew up here.",
      "Committee went against their own officers' recommendation. Expect an appeal, the council to lose and us to pay the costs.",
      "Converting the old police station into flats is a sensible use of the building. Keep the facade though.",
      "The 'community consultation' was a two-hour drop-in session at a hotel on a Tuesday afternoon.",
      "Planning portal page for those who want to comment: https://planning.hartwell-council.example/online-applications/25-01187-FUL",
    ],
  },
  {
    kind: "environment",
    items: [
      "Sewage in the river again. The water company should be fined until it hurts. Background for anyone who hasn't followed it: https://theriverstrust.org/key-issues/sewage-in-rivers",
      "Did the beach clean on Saturday with my kids. 43 bags of rubbish in two hours between about twenty of us. Mostly plastic bottles and fishing line, but also a car tyre, half a deckchair and what my son insists was a shark tooth (it was a bit of shell). The volunteers from the sailing club were brilliant and had litter pickers and gloves for everyone. Next one is the last Saturday of the month, meet by the lifeboat station at 10. Bring a flask, it gets windy.",
      "Those trees were 150 years old. You can plant all the saplings you want, it takes a lifetime to replace that.",
      "Good that the council is finally doing food waste collections. Most of Europe has done it for decades.",
      { t: "Kingfisher spotted on the canal by the lock this morning! First one I've seen there in years.", author: "wrenfield_birder" },
      "Wind turbines out at sea are fine. On the moor, absolutely not. That view is why people come here.",
      "The no-mow May verges look a bit scruffy but the bees love them.",
      "Air quality on the bypass must be terrible. My kids' school is right next to it.",
      "The bathing water results for Saltmere are public btw, anyone can check them: https://environment.data.gov.uk/bwq/profiles/",
      "Fly-tipping in the lay-by near Thornbeck is now a permanent feature. Sofas, tyres, builders' rubble.",
      "Wildlife trust is doing guided walks on the nature reserve every Sunday in spring. Lovely way to learn about the place.",
      "Why do they flail the hedgerows right when the birds are nesting? Drives me mad every year.",
      "Beavers back in the county after 400 years! Brilliant news. Bit of background for anyone curious: https://en.wikipedia.org/wiki/Eurasian_beaver",
    ],
  },
  {
    kind: "short-reaction",
    items: [
      "Thanks", "Well said.", "Agreed!", "Brilliant news", "Shocking.", "About time", "RIP", "This 👆",
      "Lovely photos", "Good.", "Hear hear", "Nope.", "Typical.", "Fab 😊", "Not again...",
      "Great read, thank you.",
    ],
  },
  {
    kind: "reply",
    items: [
      "@Sam the council don't own that land, it's the rail company's. That's why it never gets cleared.",
      "@Margaret I completely agree. My mum was in the same situation last winter.",
      "@dave_k have you actually been down there at night? It's not the 'nice quiet area' you think it is anymore.",
      "@Priya thanks, didn't know that. Will get my appeal in.",
      "@Anon if you're going to call people names at least use your real name.",
      "@Tom — it's on the noticeboard outside the library, or you can ring the parish clerk.",
      "@bluebell62 ha! Nearly spat my tea out.",
      "Replying to Ken above: no, the 20mph only applies to the residential bit, not the whole road.",
      "@Jo Hughes yes they're still going, my neighbour got hers done last week.",
      "@Chris you've clearly never had to rely on a bus to get to work.",
      "@Helen I'm so sorry for your loss. He was a lovely man.",
      "@Mo the old station closed in 1965, not the 70s. My grandad worked there.",
      "@Rachel the bands are explained here, you can challenge yours if you think it's wrong: https://www.gov.uk/council-tax-bands",
    ],
  },
  {
    kind: "correction",
    items: [
      "Small correction — the bridge was built in 1887, not 1878. There's a plaque on it, photo on the heritage society's page: https://www.hartwell-heritage.example/bridges/victoria-bridge",
      "The article says Ashby Wold but the photo is clearly Thornbeck village green.",
      "It's Councillor Reeve, not Reeves. Spelt wrong twice in the piece.",
      "Just to clarify, the meeting is on the 14th not the 4th. I rang the clerk to check.",
      "The school hasn't been 'closed', it's been merged with the junior school. Big difference for parents.",
      "That figure is per month, not per year. Read the report again.",
      "Correction: the fun run raised £6,400, not £4,600! Thanks to everyone who donated.",
      "The headline says 'hundreds protest'. I was there and I'd say it was about 60 people. Still worth reporting but let's be accurate.",
    ],
  },
  {
    kind: "question",
    items: [
      "Does anyone know what time the road reopens?",
      "Where can I find out whether my street is in the new controlled parking zone?",
      "Is the recycling centre open on Sundays now?",
      "Genuine question — who do I contact about a dead badger on the verge? It's been there days.",
      "Will there be a recording of the meeting online?",
      "How do you sign up for the flood alerts? Couldn't find it.",
      "Is the market still on Thursdays or has it moved to Saturdays permanently?",
      "Anyone know who to speak to about getting a dropped kerb? My mum's in a wheelchair now.",
    ],
  },
  {
    kind: "community-events",
    items: [
      "The Christmas lights switch-on was lovely this year. Much better than last year's fiasco.",
      "Great turnout for the litter pick. Thank you to the scouts who did the whole of the park.",
      "Carnival parade was fantastic, the kids loved the samba band.",
      "The food festival has got too commercial. £9 for a burger and you can't move. Programme's here if you still want to go: https://www.saltmere-foodfest.example/programme",
      "Repair café at the community centre fixed my toaster and my granddaughter's headphones. What a brilliant idea.",
      "Remembrance parade was so moving. Lovely to see so many young people there.",
      "Bonfire was cancelled because of 'insurance'. Every year something.",
      "The village show is on the 9th of August if anyone wants to enter their veg. My marrow is going to win this year.",
    ],
  },

  // ----- genuine comments that a filter could easily mistake -----------------
  {
    kind: "scam-warning",
    items: [
      "WARNING: my mum got a text saying 'Your parcel could not be delivered, pay £1.45 redelivery fee' with a link. It's a scam! Don't click anything like that.",
      "Be careful everyone, there's a man going door to door on the Bellhouse estate saying he's from the water board and needs to check your pipes. He's NOT. Ring 101 if you see him.",
      "Someone commented on the council's Facebook page offering 'crypto recovery' to people who lost money in that investment fraud. That's a second scam on top of the first — please don't contact them.",
      "Heads up, I got an email claiming to be from HMRC saying I'm owed a £486 tax refund and to click a link. HMRC don't do refunds by email. You can forward them to report@phishing.gov.uk",
      "My dad nearly lost £4,000 to someone on WhatsApp pretending to be me with a 'new number'. Please talk to your parents about this — 'Hi Mum, this is my new number' is how it starts.",
      "The 'free solar panels from the government' leaflets going round Pellington are nonsense. There's no such scheme. They just want your details.",
      "Can the moderators delete the comments on here from 'investment mentors' with WhatsApp numbers? Nobody makes £6,000 in a week. They're scams and some older readers will fall for it.",
      "Also beware fake tickets for the festival being sold on Facebook. Only buy from the official site, my friend lost £120.",
    ],
  },
  {
    kind: "money-mention",
    items: [
      "The precept is going up 9.8% — that's about £2.70 a week on a Band D. Not nothing when you're already skint.",
      "I earn £24k working full time at the care home and after rent I've got about £300 a month for everything else. And they wonder why staff leave.",
      "£1.2 million for a roundabout?! I could build a house for that. Several actually.",
      "Our energy bill went from £95 to £260 a month. Direct debit. For a two-bed terrace.",
      "The fundraiser for the Hendersons hit £12,000 in two days. This town is amazing when it matters.",
    ],
  },
  {
    kind: "shop-recommendation",
    items: [
      "If anyone needs a reliable plumber after the floods, Gary Ashworth in Kelderby did ours — turned up when he said he would and didn't rip us off. No website, just ask around, everybody knows him.",
      "Pell's Hardware on Kiln Street still sells single screws and washers by the bag. Support them while you can.",
      "For anyone with a cracked windscreen from the hail, the garage on Hollin Lane sorted mine same day and dealt with the insurance.",
      "Crumb & Co on the high street do a gluten free loaf that actually tastes like bread. My coeliac daughter was thrilled.",
      "Best fish and chips in the county is the little place by the harbour in Saltmere, not the touristy one with the big sign.",
    ],
  },
  {
    kind: "business-link",
    items: [
      "For those asking, the Lantern's booking page is here and there are still seats for the Thursday matinee: https://www.lanternplayhouse.example/whats-on/panto-2026",
      "The bakery has put its new opening hours on its site: https://crumbandco-bakery.example/hours — closed Mondays now.",
      "The refugee support group is collecting winter coats, drop-off details on [their website](https://hartwell-welcome.example/donate).",
      "Market traders list is on the town council page if you want to find the cheese man: https://www.castlemere-towncouncil.example/market",
    ],
  },
  {
    kind: "helpline",
    items: [
      "If anyone reading this is struggling, Samaritans are there 24/7 on 116 123. It's free and you don't have to be suicidal to call.",
      "The Hartwell food bank is open Tuesdays and Fridays, no questions asked if you ring first on {land}.",
      "Kelderby Befriending Service will ring older people once a week for a chat if they're lonely this winter. Number is {land}, they're lovely.",
      "If you've been affected by the flooding, the council's emergency line is {land} (24 hours) and Floodline is 0345 988 1188.",
    ],
  },
  {
    kind: "whatsapp-group",
    items: [
      "DM me on the Orchard Way WhatsApp group if you want to chip in for the street's Christmas collection for the bin men.",
      "We've set up a WhatsApp group for parents at St Aldric's fighting the closure — ask at the school gate and someone will add you.",
      "Anyone on Tanners Row who isn't on the street WhatsApp, message me through the residents' association and I'll add you. We share stuff like this parking consultation.",
    ],
  },
  {
    kind: "shouting",
    items: [
      "THIS IS AN ABSOLUTE DISGRACE. FOUR HOURS WITHOUT WATER AND NOT ONE WORD FROM THE WATER COMPANY!!!",
      "FIX THE ROADS!!!!",
      "WHY IS NOBODY TALKING ABOUT THE SEWAGE??? MY KIDS SWIM THERE",
      "SHE WAS 86 AND THEY LEFT HER ON A TROLLEY FOR 14 HOURS. SHAME ON THEM.",
    ],
  },
  {
    kind: "non-english",
    items: [
      { t: "Schöner Bericht über das Stadtfest. Wir waren mit den Kindern dort und es war wirklich gut organisiert, nur die Parkplatzsituation war ein Chaos.", lang: "de", author: "Katrin S." },
      { t: "Dass die Bibliothek jetzt samstags geschlossen bleibt, finde ich sehr schade. Gerade für Berufstätige war das der einzige Tag.", lang: "de", author: "Jonas Albrecht" },
      { t: "Danke für die Richtigstellung. Der Gemeinderat hat das ja wirklich anders beschlossen als zuerst berichtet.", lang: "de", author: "M. Vogel" },
      { t: "Merci pour cet article. Le marché du dimanche matin est vraiment le cœur du quartier, ce serait dommage de le déplacer.", lang: "fr", author: "Claire Dubreuil" },
      { t: "Encore des travaux sur le pont ! Ça fait trois mois qu'on fait un détour de vingt minutes pour aller au travail.", lang: "fr", author: "Julien" },
      { t: "Toutes mes condoléances à la famille. C'était une institutrice formidable, mon fils l'adorait.", lang: "fr", author: "Nadia B." },
      { t: "Muy buena noticia lo del nuevo centro de salud. Ya era hora, la gente mayor del barrio tenía que ir hasta el hospital para todo.", lang: "es", author: "Carmen Ortiz" },
      { t: "¿Alguien sabe si el autobús nocturno va a seguir funcionando en verano? En la web del ayuntamiento no dice nada.", lang: "es", author: "Pablo" },
      { t: "Dziękuję za artykuł. Mieszkam w Hartwell od 12 lat i ten problem z parkowaniem przy szkole jest naprawdę poważny.", author: "Agnieszka Nowak" },
      { t: "Diolch am yr erthygl. Newyddion da iawn i'r pentref.", author: "Gethin" },
    ],
  },
  {
    kind: "short-praise",
    items: [
      "Brilliant article!! Thank you so much for covering this 👏👏",
      "Great piece, really well written. Keep up the good work!",
      "Love this site, best local news round here by miles ❤️",
    ],
  },
  {
    kind: "owner-reply",
    items: [
      { t: "Hi all, Dan here from Crumb & Co — thanks so much for the kind words. To answer the question above: yes, we're keeping the Saturday market stall too. Hope to see you soon!", author: "Dan (Crumb & Co)", email: "hello@crumbandco-bakery.example", url: "https://crumbandco-bakery.example" },
      { t: "Owner of the Harbour Chippy here. Sorry to hear about the wait on Friday, we were two staff down. Pop in and mention it and we'll sort you out. Thanks for your patience.", author: "Harbour Chippy", email: "harbourchippy@example.com" },
      { t: "Thank you for the lovely mention of our shop. For anyone asking, we're open 9–5 Tuesday to Saturday and we deliver locally for people who can't get out — just give us a ring on {land}.", author: "Pete at Pell's Hardware", email: "pete@pells-hardware.example", url: "https://pells-hardware.example" },
      { t: "Hi, I'm one of the directors of the Lantern Playhouse. Just to correct one point — ticket prices for under-16s haven't gone up, they're still £8. Full details on our website: https://www.lanternplayhouse.example/tickets", author: "Ruth Penrose", email: "ruth.penrose@lanternplayhouse.example" },
    ],
  },
];

// ---------------------------------------------------------------------------
// Helpers: people, e-mail addresses, websites, placeholders

function digits(r: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(r.int(0, 9));
  return s;
}

function slugWords(s: string): string[] {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function handle(r: Rng): string {
  const w = r.pick(HANDLE_WORDS);
  switch (r.int(0, 3)) {
    case 0:
      return `${w}${r.int(1, 99)}`;
    case 1:
      return `${w}_${r.pick(FIRST_NAMES).toLowerCase()}`;
    case 2:
      return `${r.pick(TOWNS).toLowerCase().replace(/\s+/g, "")}_${w}`;
    default:
      return w;
  }
}

function hamAuthor(r: Rng): string {
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(LAST_NAMES);
  const x = r.float();
  if (x < 0.4) return `${first} ${last}`;
  if (x < 0.55) return first;
  if (x < 0.65) return `${first} ${last.charAt(0)}.`;
  if (x < 0.85) return handle(r);
  if (x < 0.93) return r.pick(DESCRIPTIVE_AUTHORS);
  return `${r.pick(["Mrs", "Mr", "Dr", "Cllr"] as const)} ${last}`;
}

function spamAuthor(r: Rng): string {
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(LAST_NAMES);
  const x = r.float();
  if (x < 0.58) return `${first} ${last}`;
  if (x < 0.72) return first;
  if (x < 0.8) return `${first} ${last.charAt(0)}.`;
  return handle(r);
}

function emailFor(author: string, r: Rng): string {
  const domain = r.pick(EMAIL_DOMAINS);
  const words = slugWords(author).filter((w) => !["mrs", "mr", "dr", "cllr"].includes(w));
  let local: string;
  if (words.length === 0) {
    local = `${r.pick(HANDLE_WORDS)}${r.int(1, 999)}`;
  } else if (words.length === 1) {
    local = r.chance(0.5) ? `${words[0]}${r.int(1, 99)}` : `${words[0]}.${r.pick(LAST_NAMES).toLowerCase()}`;
  } else {
    const f = words[0] as string;
    const l = words[words.length - 1] as string;
    switch (r.int(0, 5)) {
      case 0:
        local = `${f}.${l}`;
        break;
      case 1:
        local = `${f}${l}`;
        break;
      case 2:
        local = `${f.charAt(0)}${l}`;
        break;
      case 3:
        local = `${f}_${l}${r.int(1, 99)}`;
        break;
      case 4:
        local = `${l}.${f}`;
        break;
      default:
        local = `${f}.${l}${r.int(60, 99)}`;
    }
  }
  local = local.slice(0, 40).replace(/^[._-]+|[._-]+$/g, "");
  return `${local}@${domain}`;
}

function personalSite(author: string, r: Rng): string {
  const words = slugWords(author);
  const base = words.length > 0 ? words.join("") : handle(r).replace(/_/g, "");
  const dashed = words.length > 0 ? words.join("-") : base;
  switch (r.int(0, 9)) {
    case 0:
      return `https://${dashed}.wordpress.com`;
    case 1:
      return `https://www.flickr.com/photos/${base}`;
    case 2:
      return `https://mastodon.social/@${base}`;
    case 3:
      return `https://${base}.blogspot.com`;
    case 4:
      return `https://www.instagram.com/${base}`;
    case 5:
      return `https://github.com/${dashed}`;
    case 6:
      return `https://www.${base}.example`;
    case 7:
      return `https://www.linkedin.com/in/${dashed}-${digits(r, 3)}`;
    case 8:
      return `https://bsky.app/profile/${base}.bsky.social`;
    default:
      return `https://${base}.substack.com`;
  }
}

function browserUa(r: Rng): string {
  return r.pick(BROWSER_UAS);
}

type Filler = (r: Rng) => string;

const FILLERS: Record<string, Filler> = {
  town: (r) => r.pick(TOWNS),
  street: (r) => r.pick(STREETS),
  first: (r) => r.pick(FIRST_NAMES),
  // Ofcom drama / reserved ranges and the US 555-01xx fiction range.
  mob: (r) => `07700 900${digits(r, 3)}`,
  intl: (r) => `+44 7700 900${digits(r, 3)}`,
  land: (r) => `01632 960${digits(r, 3)}`,
  lon: (r) => `020 7946 0${digits(r, 3)}`,
  free: (r) => `0808 157 0${digits(r, 3)}`,
  usph: (r) => `+1 (202) 555-01${digits(r, 2)}`,
  email: (r) => emailFor(`${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`, r),
};

function fill(template: string, r: Rng, memo: Map<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const filler = FILLERS[key];
    if (!filler) throw new Error(`unknown placeholder {${key}} in: ${template}`);
    const value = filler(r);
    memo.set(key, value);
    return value;
  });
}

const URL_IN_TEXT = /https?:\/\/[^\s)\]"<>]+/;

function originOf(url: string): string {
  return new URL(url).origin;
}

// ---------------------------------------------------------------------------
// Row assembly

function buildRow(label: Label, kind: string, entry: Entry, r: Rng): Row {
  const item: Item = typeof entry === "string" ? { t: entry } : entry;
  const memo = new Map<string, string>();
  const text = fill(item.t, r, memo);
  const author = item.author ?? (label === "spam" ? spamAuthor(r) : hamAuthor(r));
  const email = item.email ?? emailFor(author, r);

  let url: string;
  if (item.url !== undefined) {
    url = item.url;
  } else if (label === "ham") {
    url = r.chance(0.12) ? personalSite(author, r) : "";
  } else {
    const m = URL_IN_TEXT.exec(text);
    url = m && r.chance(0.25) ? originOf(m[0]) : "";
  }

  return {
    split: "E",
    label,
    kind,
    author,
    email,
    url,
    text,
    userAgent: item.ua ?? browserUa(r),
    articleLanguage: item.lang ?? "en",
  };
}

function buildAll(seed: number): Row[] {
  const r = new Rng(seed);
  const rows: Row[] = [];
  for (const k of SPAM) for (const e of k.items) rows.push(buildRow("spam", k.kind, e, r));
  for (const k of HAM) for (const e of k.items) rows.push(buildRow("ham", k.kind, e, r));
  return r.shuffle(rows);
}

// ---------------------------------------------------------------------------
// Validation

const EMAIL_RE = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@(?:[a-z0-9-]+\.)+(?:example|test|com|net|org)$/;
const RESERVED_EMAIL_DOMAIN = /@(?:(?:[a-z0-9-]+\.)*example\.(?:com|net|org)|(?:[a-z0-9-]+\.)*example|(?:[a-z0-9-]+\.)*test)$/;

function validate(rows: readonly Row[]): void {
  const problems: string[] = [];
  const texts = new Set<string>();
  for (const row of rows) {
    const where = `${row.label}/${row.kind}: ${row.text.slice(0, 50)}`;
    if (row.author.length < 1 || row.author.length > 245) problems.push(`author length ${where}`);
    if (row.email.length > 100 || !EMAIL_RE.test(row.email) || !RESERVED_EMAIL_DOMAIN.test(row.email)) {
      problems.push(`email ${row.email} ${where}`);
    }
    if (row.url.length > 200 || (row.url !== "" && !row.url.startsWith("https://"))) problems.push(`url ${where}`);
    if (row.text.length < 1 || row.text.length > 2000) problems.push(`text length ${where}`);
    if (texts.has(row.text)) problems.push(`duplicate text ${where}`);
    texts.add(row.text);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(row.kind)) problems.push(`kind ${where}`);
  }
  const spam = rows.filter((x) => x.label === "spam");
  const ham = rows.filter((x) => x.label === "ham");
  if (spam.length !== 200) problems.push(`spam rows: ${spam.length}`);
  if (ham.length !== 300) problems.push(`ham rows: ${ham.length}`);
  const spamKinds = new Map<string, number>();
  for (const x of spam) spamKinds.set(x.kind, (spamKinds.get(x.kind) ?? 0) + 1);
  if (spamKinds.size < 45) problems.push(`only ${spamKinds.size} spam kinds`);
  for (const [k, n] of spamKinds) if (n > 6) problems.push(`spam kind ${k} has ${n} rows`);
  if (problems.length > 0) throw new Error(`split E is invalid:\n${problems.join("\n")}`);
}

// ---------------------------------------------------------------------------
// Main

const SEED = 0x5e_2026_e5;

const rows = buildAll(SEED);
validate(rows);

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "spam-comments-e.jsonl");
writeFileSync(out, rows.map((row) => JSON.stringify(row)).join("\n") + "\n", "utf8");
console.log(`wrote ${rows.length} rows to ${out}`);
