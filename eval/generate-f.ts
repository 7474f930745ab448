// Split F: held-out evaluation set of Newsdesk reader comments (spam vs genuine).
// Written independently of the spam filter in round 6, without looking at the filter
// or at any other evaluation split; it is meant to be measured exactly once.
// All people, places and businesses are fictional; emails use reserved domains and
// phone numbers come from ranges reserved for fiction (apart from well-known helplines).
// Run: cd /work/main && node --import tsx eval/generate-f.ts  -> eval/spam-comments-f.jsonl

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Label = "spam" | "ham";
type Lang = "en" | "de" | "fr" | "es" | "it";

interface Opts {
  url?: string;
  author?: string;
  email?: string;
  ua?: string;
  lang?: Lang;
}

interface Entry extends Opts {
  label: Label;
  kind: string;
  text: string;
}

interface Row {
  split: "F";
  label: Label;
  kind: string;
  author: string;
  email: string;
  url: string;
  text: string;
  userAgent: string;
  articleLanguage: Lang;
}

// ---------------------------------------------------------------------------
// Deterministic PRNG (xorshift32)
// ---------------------------------------------------------------------------

function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return (): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const rand = xorshift32(0x5eed_f006);

function pick<T>(items: readonly T[]): T {
  const value = items[Math.floor(rand() * items.length)];
  if (value === undefined) throw new Error("pick() on an empty list");
  return value;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) throw new Error("shuffle index out of range");
    items[i] = b;
    items[j] = a;
  }
  return items;
}

// ---------------------------------------------------------------------------
// Shared pools (used for both labels, so neither gives the label away)
// ---------------------------------------------------------------------------

const FIRST_NAMES = [
  "Margaret", "Dave", "Priya", "Tom", "Sian", "Kwame", "Lucy", "Gareth", "Aisha", "Brian",
  "Jo", "Harriet", "Callum", "Niamh", "Ravi", "Sandra", "Owen", "Bev", "Tariq", "Elaine",
  "Marek", "Chloe", "Pete", "Yvonne", "Hamza", "Kirsty", "Stuart", "Fatima", "Glenys", "Dan",
  "Rosie", "Ade", "Colin", "Mandy", "Jamal", "Heather", "Wojciech", "Leanne", "Iain", "Zara",
  "Trevor", "Ngozi", "Becky", "Alan", "Megan", "Sunil", "Pauline", "Rhys", "Carla", "Des",
  "Jessica", "Michael", "Emily", "Kevin", "Sophie", "Linda", "Amir", "Hannah", "Greg", "Ruth",
];

const LAST_NAMES = [
  "Ashworth", "Okafor", "Patel", "Pryce", "Hadley", "Marsh", "Kowalski", "Thornton", "Begum",
  "Lloyd", "Whitfield", "Mensah", "Doherty", "Fairclough", "Singh", "Hughes", "Ridley", "Barker",
  "Nowak", "Sutcliffe", "Ahmed", "Gallagher", "Pennington", "Evans", "Castellano", "Holroyd",
  "Kaur", "Armitage", "Brennan", "Oduya", "Lindqvist", "Crowther", "Hussain", "Bamford", "Quayle",
  "Mitchell", "Turner", "Dawson", "Carter", "Webb", "Chowdhury", "Foster", "Moreau", "Greaves",
];

const HANDLES = [
  "brackenford_mum", "DunmereDave", "old_fellgate_lad", "KestlewickResident", "saltinghithe_sue",
  "Marrowby Mike", "valleywatcher", "HollinsEdgeHiker", "bus_user_14", "RiversideRes",
  "EllingstowEd", "grumpy_of_carrowfield", "townfan1987", "QuarryLaneQueen", "the_real_bev",
  "upperdunmere", "notacouncillor", "parkrunpete", "allotment_annie", "NightShiftNurse",
  "cyclinggran", "LocalLad", "fed_up_in_fellgate", "millstreetmo", "dunnriverwalker",
  "Concerned Parent", "A Resident", "wrexby_wanderer", "corn_exchange_regular", "moorlane_martin",
];

// Extra handles typical of drive-by commenters (used for spam rows alongside ordinary names).
const DRIVEBY_HANDLES = [
  "sarah.jenkins88", "mike_trader", "Jenny Wilson", "HealthyLivingTips", "Anna K", "Kevin Brown",
  "CryptoQueenUK", "techguru247", "Emily Rose", "David Mark", "mary_jane_uk", "GlobalDeals",
  "happy mum of 3", "Frank Harris", "lucy.writes", "Samantha", "Jennifer Paul", "Grace Anderson",
  "jordan smith", "robert.w", "Olivia", "Patricia Williams", "Mark Evans", "ella_b_official",
  "Tony", "Claire Benson", "daniel.k", "Amanda Lee", "Chris", "helen m",
];

const EMAIL_DOMAINS = [
  "example.com", "example.net", "example.org", "mail.example", "post.example", "inbox.test",
  "mailbox.example", "webmail.test", "letterbox.example", "valleynet.example", "northmail.test",
  "fastpost.example",
];

const BROWSER_UAS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36 Edg/134.0.0.0",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.6943.137 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
  "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:134.0) Gecko/20100101 Firefox/134.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/498.0.0.51.107;FBBV/689612410;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/18.3;FBSS/3;FBID/phone;FBLC/en_GB;FBOP/5]",
  "Mozilla/5.0 (Linux; Android 14; moto g54 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
  "Mozilla/5.0 (Linux; Android 12; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
];

function makeAuthor(): string {
  const r = rand();
  const first = pick(FIRST_NAMES);
  const last = pick(LAST_NAMES);
  if (r < 0.34) return `${first} ${last}`;
  if (r < 0.48) return `${first} ${last.charAt(0)}.`;
  if (r < 0.6) return first;
  if (r < 0.68) return `${first.charAt(0)}. ${last}`;
  if (r < 0.78) return `${first.toLowerCase()}${last.toLowerCase().slice(0, 3)}${Math.floor(rand() * 90 + 10)}`;
  return pick(HANDLES);
}

function makeDrivebyAuthor(): string {
  const r = rand();
  if (r < 0.5) return makeAuthor();
  if (r < 0.9) return pick(DRIVEBY_HANDLES);
  return `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
}

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
}

function makeEmail(author: string): string {
  let base = slug(author);
  if (base.length < 2) base = slug(pick(HANDLES));
  if (base.length > 30) base = base.slice(0, 30).replace(/\.+$/, "");
  const r = rand();
  let local: string;
  if (r < 0.3) local = `${base.replace(/\./g, "")}${Math.floor(rand() * 900 + 10)}`;
  else if (r < 0.45) local = base.replace(/\./g, "_");
  else if (r < 0.55) local = `${base.charAt(0)}.${base.split(".").pop() ?? base}`;
  else local = base;
  return `${local}@${pick(EMAIL_DOMAINS)}`;
}

// ---------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------

const entries: Entry[] = [];

function S(kind: string, text: string, o: Opts = {}): void {
  entries.push({ label: "spam", kind, text, ...o });
}

function H(kind: string, text: string, o: Opts = {}): void {
  entries.push({ label: "ham", kind, text, ...o });
}

// ===========================================================================
// SPAM (200) — classic link spam
// ===========================================================================

S("seo-backlinks", "Hi webmaster, I ran your domain through our audit tool and your backlink profile is very thin for a news site. We place DA50+ dofollow links on 300+ news and magazine sites, one-time payment, permanent, indexed within 48h. Price list: https://linkvaultpros.net/packages");
S("seo-backlinks", "Your competitors are outranking you for 'Brackenford news' and it is costing you readers. I can fix that with white-hat off-page SEO: 1,200 contextual backlinks for $49 only. Samples at rankforge-seo.io", { author: "Rahul | SEO Expert" });
S("seo-backlinks", "Buy high quality PBN links!! Aged expired domains, niche relevant, no footprint, bulk discount for agencies ➡ www.pbnstacker.top ⬅ order this week and get 10% extra links free", { url: "https://www.pbnstacker.top" });

S("guest-post-offer", "Hello Editor,\n\nI am Sophie from a content marketing agency. We would love to contribute a well-researched guest article to your website on a topic of your choice (home improvement, personal finance, travel). We only ask for one do-follow link in the body, and we are happy to pay a publishing fee. Kindly share your rates.\n\nBest regards,\nSophie", { author: "Sophie Lane", email: "sophie.outreach@brightquill-media.example", url: "https://brightquillmedia.co" });
S("guest-post-offer", "Do you accept sponsored posts? Our client in the online gaming niche wants a 'general interest' article on regional news sites with 2 links. Budget $80 per post, paid by PayPal or USDT. Reply with DA and monthly traffic.");
S("guest-post-offer", "Write for us! Readers who run a blog: we publish guest posts on tech, business and lifestyle within 24 hours. Submit at https://postsubmit-hub.com/write-for-us — permanent do-follow, Google News approved sites only.");

S("pharma-online", "No prescription needed!!! Tramadol, Xanax, Valium, Adderall shipped discreetly to UK / US / EU. Pay with crypto and get 20% off. https://medsnoscript-shop.cc");
S("pharma-online", "Sorry for the man in the article with back pain, I know how that feels. I get my pain relief from this trusted online pharmacy, cheapest prices and next-day delivery: [pain relief online](https://reliefpharm24.shop/tramadol-50mg)");
S("pharma-online", "Order modafinil / armodafinil online — 100% genuine, overnight tracked shipping, free reshipment if customs seize it. Students and shift workers love it ✅ nootropicsrx-direct.com", { url: "https://nootropicsrx-direct.com" });

S("pharma-ed", "cheap generic viagra 100mg  - 0.89 per pill - cialis levitra kamagra jelly -> http://bluepill-outlet.biz/?ref=nd");
S("pharma-ed", "Gentlemen over 40, no need to be embarrassed at the doctor. Kamagra oral jelly, plain packaging, next day delivery. Order at kamagrafast-uk.store");

S("glp1-pens", "Semaglutide pens without a prescription, same as the branded ones at half the price. I lost 14kg since January. Ships from a UK warehouse: https://slimpen-direct.shop");
S("glp1-pens", "Tired of waiting lists for weight loss jabs? Get tirzepatide today, no consultation, no questions. Limited stock → glp-pensonline.co/order");
S("glp1-pens", "Anyone interested in the weight loss injection everyone is talking about, you dont need to pay private clinic prices. Message me on WhatsApp +44 7700 900418 i have the pens delivered within 2 days");

S("casino-bonus", "🎰 200% WELCOME BONUS + 100 FREE SPINS 🎰 No wagering, instant withdrawal, not on GamStop. Play now 👉 https://spinreel-royale.vip/bonus");
S("casino-bonus", "Was having a rough week then hit £3,400 on the slots at luckycrown-casino.net, withdrawal landed in 2 hours. Just saying, if anyone fancies a flutter use code NEWS50 lol");
S("casino-bonus", "Best casinos not on gamstop 2026, ranked by real players: fast payouts, crypto accepted, no KYC checks. Full list → nongamstop-ranked.org", { url: "https://nongamstop-ranked.org" });

S("sports-betting", "Sure odds for this weekend!!! 5 fixed matches, 100% guaranteed win, pay after you win. Join VIP -> fixedtips-vip.com");
S("sports-betting", "Brackenford Town fans — want to make the relegation fight pay for once? Our AI betting model hit 78% last season. Free picks every day at goalmind-predict.app");
S("sports-betting", "Enhanced odds on every Premier League game + £30 free bet, even if your first bet loses. Sign up via https://betstreak-uk.bet/join?aff=4471");

S("crypto-investment", "Bitcoin just broke another record and most people here are still moaning about council tax lol. I turned £250 into £11,800 with the automated trading bot at https://quantumyield-ai.com — fully regulated, 20 minutes a day.");
S("crypto-investment", "Earn 3% daily passive income staking USDT. Withdraw any time, over 40,000 members worldwide. Register: https://stakepool-prime.io/r/kz88");
S("crypto-investment", "The new token $DUNE launches on the 12th, presale 0.002 per coin, 100x potential. Get in before the exchange listing: dune-presale.finance", { url: "https://dune-presale.finance" });

S("forex-signals", "FOREX signals with 92% accuracy 📈 Gold (XAUUSD) scalping, 3–5 signals a day, free trial week. Join the channel: https://pipsmasterclub.pro");
S("forex-signals", "If you're not trading forex in this economy you're falling behind. My mentor's copy-trading account did +34% last month, I just mirror it. Details at copytrade-elite.net/mentor");

S("payday-loan", "Need cash fast? Loans up to £2,000 even with bad credit, decision in 60 seconds, money in your account today. Apply: https://quickcashbridge.co.uk");
S("payday-loan", "instant payday loans no credit check direct lender 100% acceptance payday loans online same day payday loans uk bad credit https://paydayfasttrack.loan", { author: "payday loans uk" });
S("payday-loan", "Sorry to hear about the cost of living in Kestlewick. If anyone is short before payday, I used lendlyhub.money last month and they didn't even check my credit. Saved my skin honestly.");

S("essay-writing", "Students of Ellingstow College: struggling with deadlines? Professional writers will do your essay, dissertation or coursework from £9/page. Plagiarism-free and AI-detector safe. https://essaycraft-pros.com");
S("essay-writing", "Do my assignment for me cheap — nursing, law, business, IT. 24/7 support, urgent 3-hour delivery available. Order now at assignmentmate.help", { url: "https://assignmentmate.help" });
S("essay-writing", "Very informative article about the exam results. Many students need extra help to get good grades, this is why we offer online exam help and proxy test takers for any course. Visit takemyexam-now.org");

S("replica-watches", "Swiss replica watches AAA+ grade, 1:1 clone movement. Submariner, Speedmaster, Royal Oak. Free shipping worldwide. www.luxtimereplica.cn");
S("replica-watches", "Luxury replica handbags — mirror quality at 10% of boutique prices, comes with dust bag and receipt. Shop: https://bagmirror-store.shop");
S("replica-watches", "i got my daytona from perfectclock-rep.com and nobody at work can tell the difference, 5 stars", { url: "https://perfectclock-rep.com" });

S("fashion-outlet", "Sneakers outlet sale up to 80% off!!! Last pairs in sizes 6–12, free returns 👟 https://kicksclearance-outlet.store");

S("adult-cams", "Bored tonight? 🔥 Thousands of real girls live on cam right now, free registration, no credit card needed ➡ hotlivecams-free.xyz");
S("adult-cams", "Hi I'm Lina, 24, just moved near Brackenford and looking for some fun 😘 my private photos are here: https://lina-private.lovestay.click", { author: "Lina 💋" });
S("adult-cams", "XXX amateur videos free HD full length — best adult tube of 2026 www.amateurvault-hd.fun");

S("dating-site", "Single and over 50? Meet mature singles in the Dunmere Valley tonight. Join free: https://silverhearts-meet.com/local");
S("dating-site", "Tired of swiping? An AI matchmaker found my wife in 3 weeks 💍 try it at soulmatch-ai.love");
S("dating-site", "Women in your area want to chat!! You have 3 unread messages. Verify your age here → localflirt-now.online", { url: "https://localflirt-now.online" });

S("supplement-pills", "My dad's blood sugar was 11.2 and after 60 days of GlucoVital it's normal. The doctors couldn't believe it. Official site only: https://glucovital-official.com");
S("supplement-pills", "Ringing in the ears? Try this 10-second morning ritual. Sonuvex drops, clinically studied, 180-day money back. sonuvex-drops.shop");
S("supplement-pills", "Up at night for the loo? Men in Marrowby are using this simple plant extract. Order 3 bottles and get 2 free: prostaflow-plus.net/special");

S("generic-praise-link", "Very nice article, I learned a lot from this. Please keep posting such great content. I also wrote about this topic here https://homegardenhacks.blog/tips");
S("generic-praise-link", "Thanks for sharing, this is really helpful information. Greetings from https://bestkitchenreviews.online");
S("generic-praise-link", "Wow this piece about the flooding is so well written, bookmarked your site and will come back daily. If you like travel check my page tinylnk.cc/r/7Gk2");
S("generic-praise-link", "Good post! Agree with everything. [Click here](https://cleanwaterfilters-guide.com) for more on this.");
S("generic-praise-link", "I spent the whole evening reading local sites and this is the first article that actually explained the bypass plans properly. Respect to the author. I write about DIY and sheds at https://shedandbench.co");

S("praise-website-only", "Great article, thank you.", { url: "https://roofcleaning-pros.co.uk" });
S("praise-website-only", "This is exactly what I was looking for, very well explained!", { url: "https://mortgagecalc-easy.com" });
S("praise-website-only", "Nice blog, keep it up 👍", { url: "https://vapejuice-warehouse.shop" });
S("praise-website-only", "Informative and well researched. Sharing with all my friends.", { url: "https://bestairfryer-deals.net/top-10" });
S("praise-website-only", "I agree with the writer 100%, people need to hear this more often.", { url: "https://cheapskiphire-24.uk" });

S("keyword-author", "Good points about the speed cameras. Insurance is going up for everyone these days.", { author: "Cheap Car Insurance Quotes UK", url: "https://carcoverquotes-compare.co.uk", email: "quotes@carcoverquotes.example" });
S("keyword-author", "Storm damage? We can help, free quotes.", { author: "best roofers in brackenford | emergency roof repair", url: "https://brackenford-roofing-pros.com", email: "info@roofing-pros.example" });
S("keyword-author", "Loved reading this, the photos of the lantern parade are gorgeous.", { author: "Buy Instagram Likes Cheap", url: "https://likeboostery.com" });

S("foreign-cyrillic", "Привет всем! Заработок в интернете от 5000 рублей в день без вложений и опыта. Подробности на сайте https://dohod-bystro.ru", { author: "Наталья" });
S("foreign-cyrillic", "Купить диплом о высшем образовании недорого, с занесением в реестр. Доставка по всей стране. diplom-reestr24.su", { author: "Диплом Онлайн", ua: "Go-http-client/1.1" });
S("foreign-cyrillic", "Казино онлайн с бонусом 500% на первый депозит, быстрый вывод на карту. Играй здесь: https://zvezda-slots.top");

S("foreign-cjk", "代写论文、代考、留学生作业辅导，专业团队，保证通过。微信：essayhelp888 网址：https://liuxue-daixie.cn", { author: "留学助手" });
S("foreign-cjk", "【高收入兼职】在家用手机就能赚钱，每天日结300元，详情加 Telegram @jianzhi_vip 或访问 www.kuaizhuan-job.xyz");
S("foreign-cjk", "今すぐ登録で10,000円ボーナス！オンラインカジノで簡単に稼げる。https://lucky-koban.casino", { author: "ラッキー" });

S("foreign-slot-gacor", "SLOT GACOR HARI INI gampang maxwin!! Daftar sekarang di https://gacorwin88.site bonus new member 100% 🔥", { author: "slot gacor" });
S("foreign-slot-gacor", "Situs togel online terpercaya, pasaran lengkap, deposit pulsa tanpa potongan. Link alternatif: togelmantap4d.vip");
S("foreign-slot-gacor", "bandar judi bola resmi, cashback mingguan 10%, withdraw cepat ⚽ kunjungi bolaku-resmi.live", { url: "https://bolaku-resmi.live" });

S("foreign-european", "Schnell Geld verdienen von zu Hause! Mit unserem System verdienen Sie bis zu 3.000 € pro Woche. Jetzt kostenlos anmelden: https://heimverdienst-profi.de", { lang: "de" });
S("foreign-european", "¡Préstamos rápidos sin aval! Dinero en tu cuenta en 10 minutos aunque estés en listas de morosos. Solicítalo en prestamoya-express.es");
S("foreign-european", "Najlepsze kasyno online – 300 darmowych spinów na start! Wejdź teraz: https://kasynobonus-pl.online");

S("html-anchor-markup", '<a href="https://cheapflights-dealz.xyz">cheap flights</a> <a href="https://cheapflights-dealz.xyz/hotels">cheap hotels</a> great site thanks');
S("html-anchor-markup", 'Nice article!! <a href="http://www.garagedoors-repairco.com/" rel="dofollow">garage door repair near me</a>');
S("html-anchor-markup", "<p>Hello! <b>Compare solar prices</b> here: <a href='https://solarpanel-quotes.energy'>solar panels cost 2026</a></p>");

S("bbcode-url", "[url=https://vpnshield-best.com]best vpn 2026[/url] [url=https://vpnshield-best.com/free]free vpn for uk[/url]");
S("bbcode-url", "Thanks! [url=http://dentalimplants-abroad.clinic]dental implants abroad[/url] cheap price all inclusive", { ua: "curl/8.7.1" });
S("bbcode-url", "[b]Fast delivery[/b] [url=https://phonecase-mart.store/iphone]iPhone cases[/url] [img]https://phonecase-mart.store/banner.jpg[/img]");

S("link-dump", "https://sofa-deals-online.shop\nhttps://bedframe-outlet.store\nhttps://rugsdirect-warehouse.com\nhttps://lampsandlight-sale.net\nhttps://kitchenwarehouse-uk.co", { ua: "" });
S("link-dump", "check these: pillcart24.com | onlinerx-mart.net | slimfastcaps.org | menshealth-boost.info | hairregrow-lab.com");

S("iptv-subscription", "Best IPTV UK 2026 – 22,000 channels, all sports, PPV, 4K, no buffering. 12 months only £39. Free 24h trial: https://streamking-iptv.tv");
S("iptv-subscription", "Cancel your satellite package, I did. Been using a firestick IPTV for a year, every football match, never missed one. Message on WhatsApp +44 7700 900231 for a trial");
S("iptv-subscription", "For everyone complaining about the TV licence — premium IPTV, every channel worldwide, works on any smart TV. iptvpremium-box.store", { url: "https://iptvpremium-box.store" });

S("buy-followers", "Grow your Instagram, TikTok and YouTube fast ✅ real active followers from £2.99 ✅ instant delivery. https://socialboostly.io");
S("buy-followers", "Want your YouTube channel monetised? 4000 watch hours + 1000 subscribers package, safe and organic-looking. Order at tubegrowth-hub.com");
S("buy-followers", "Spotify plays, SoundCloud reposts, TikTok views — cheapest SMM panel on the market. Resellers welcome. smmpanel-rocket.net", { author: "SMM Panel" });

S("cbd-gummies", "Grandmother from Saltinghithe reveals the gummies that fixed her joint pain in 3 weeks. Rush your order before stock runs out: https://calmleaf-cbd.co");
S("cbd-gummies", "Full spectrum CBD oil 30% – lab tested, legal, free delivery over £25. cannaglow-oils.shop");

S("ai-tool-plug", "Stop paying a photographer. Get 100 professional AI headshots in 20 minutes: https://headshotgenie.ai");
S("ai-tool-plug", "Journalists and students! Rewrite any text in seconds so it passes every AI detector. Try free: undetectable-rewriter.app");
S("ai-tool-plug", "I used an AI tool to write my complaint to the council about the bins and got a refund within a week 😂 It's called PetitionPro, link here https://petitionpro-ai.com/start");

S("local-trade-seo", "Emergency plumber Brackenford 24/7 — boiler repair, leaks, blocked drains, no call-out fee. Call 01632 960417 or book at https://brackenford-plumbing-247.co.uk");
S("local-trade-seo", "Locksmith Kestlewick | Locked out? | 15 minute response | uPVC door specialists | https://kestlewick-locksmith-now.com", { author: "Locksmith Kestlewick" });
S("local-trade-seo", "Driveway cleaning & block paving Ellingstow Marrowby Fellgate. Best prices guaranteed, fully insured, visit www.pavecleanpros.uk for a quote");

S("piracy-streaming", "Watch all the new cinema releases free full HD online, no sign up needed. moviesfreefull-hd.cx");
S("piracy-streaming", "Missed the derby? Watch every match live and free, no ads: footystream-free.live");

S("fake-documents", "Buy real registered driving licence, passport, ID card, residence permit. Registered in the database, passes all checks. WhatsApp +44 7700 900672 or visit https://realdocs-express.com");
S("fake-documents", "We produce high quality IELTS and TOEFL certificates without sitting the exam, verifiable online. Contact docsupport@ieltsfast.example");

S("apk-mod", "Download Spotify Premium MOD APK 2026 – unlocked, no ads, offline mode – https://apkmodzone.io/spotify");
S("apk-mod", "Free Robux generator working 2026 no human verification!!! robuxgen-free.net");

S("spun-comment", "{Hello|Hi|Hey} there! {This|That} is {a really|a very} {good|great} {post|article}. {Thanks|Thank you} for {sharing|posting}! {Check out|Visit} my {site|web page}: https://bestdrainunblock.com", { ua: "python-requests/2.32.3" });
S("spun-comment", "Whoah, I was going to write a long reply but my browser crashed, so in short: your posts are always top notch, keep up the great work on %BLOGNAME% and visit my homepage %SITEURL%", { url: "https://smartloft-conversions.com" });

S("nft-airdrop", "🚨 Free $NEWS token airdrop for readers of local news sites! Connect your wallet to claim 2,500 tokens before midnight: https://claim-newsdrop.xyz");

// ===========================================================================
// SPAM — quieter spam (contact routes, phishing, scams, disguised plugs)
// ===========================================================================

S("whatsapp-contact", "Anyone looking to earn extra income from home please contact me on WhatsApp +44 7700 900583, I will explain everything. Serious people only.");
S("whatsapp-contact", "Hello dear, I came across your comment and I would like to discuss a business proposal with you. Kindly reach me on WhatsApp (+44 7700 900127) for more details. God bless.");
S("whatsapp-contact", "Selling cheap PS5s and iPhone 16 Pro Max, brand new sealed, bulk available for resellers. whatsapp me +44 7700 900944");

S("telegram-contact", "Stop working for peanuts. I teach ordinary people how I make £600 a week from my phone. My telegram is @wealthwithdanielle_official — send the word INFO.", { author: "Danielle" });
S("telegram-contact", "anyone who wants the full unedited video from that night that the police don't want you to see, it's on my telegram channel, search brackenfordleaks");
S("telegram-contact", "Genuine account manager, 15 years experience in the markets, ask me about the two week plan. Telegram: @Richard_Hale_FX (beware of impersonators, I only have this one account)", { author: "Richard Hale" });

S("dm-me", "If you're struggling with debt like the family in this story DM me. I've got a method that cleared £18k for me in under a year, no loans and nothing shady.");
S("dm-me", "Ladies, if you want to lose the baby weight without dieting send me a DM 💕 happy to share what I take every morning");
S("dm-me", "Serious buyer: old gold, watches and jewellery, top prices, cash same day. DM me or reply here with your number and I'll call.");

S("comment-yes", "I'm giving away 3 brand new iPads to people in the Dunmere Valley who are struggling this winter. Comment YES and I'll message you ❤️");
S("comment-yes", "Who wants to know how I paid off my mortgage 9 years early? Comment 'HOW' below and I'll reach out to you personally 🙏");
S("comment-yes", "Type AMEN if you believe your finances will turn around this month 🙏🙏 the first 50 people receive a blessing of £500");

S("parcel-phishing", "Notice for the recipient at Quarry Lane: your parcel could not be delivered due to an incomplete address. Reschedule delivery (fee £1.45): https://parcel-redeliver-uk.info/track");
S("parcel-phishing", "DELIVERY ATTEMPTED - nobody was home. Your package will be returned to sender within 24h unless you confirm your details at redelivery-help.co/gb");
S("parcel-phishing", "Is anyone else waiting on a delivery? I just got a text that mine is held at the depot for customs and you pay £2.99 at the link. Here it is in case yours is the same: https://depot-holdcentre.uk/pay");

S("bank-phishing", "IMPORTANT for all customers of local banks: new security rules start Monday, you must re-verify your account or it will be frozen. Takes 2 minutes: https://secure-accountverify.online");
S("bank-phishing", "Your debit card has been temporarily suspended due to unusual activity. Call our fraud team on 01632 960288 immediately to avoid losing your funds.");
S("bank-phishing", "Had a call from my bank today, they said everyone affected by the branch closure can claim £340 compensation. You just email your sort code and account number to claims@branchredress.example. Worth doing!");

S("tax-refund-phishing", "You are eligible for a tax refund of £478.90 for the 2024/25 tax year. Submit your claim before the deadline: https://taxrefund-portal.help/claim");
S("tax-refund-phishing", "Did you know most pensioners overpaid tax by hundreds? I got £612 back in a week. The online checker only needs your NI number and bank details, 5 mins: refundchecker-gov.co");
S("tax-refund-phishing", "Revenue notice: a rebate has been issued in your name. Reply to this comment with your email address to receive the secure claim form.", { author: "Tax Rebate Office" });

S("energy-rebate", "Government energy rebate 2026: households in bands A–D can claim £400 off winter bills. Apply online before the funds run out: energy-support-grant.org.uk");
S("energy-rebate", "The regulator has approved a one-off payment for everyone on a prepayment meter. You have to register your meter number by Friday: https://meterclaim-refund.com");
S("energy-rebate", "If you're worried about heating bills, text REBATE to 07700 900735 and they check your eligibility for the winter fuel discount. They did mine in 10 minutes.");

S("fine-phishing", "Unpaid parking penalty: your vehicle was recorded in Brackenford town centre without a valid permit. Pay £35 within 48 hours to avoid a £120 charge: https://pcn-settle-online.com");
S("fine-phishing", "Toll notice — outstanding balance of £6.80 for the Dunmere crossing. Settle now to avoid enforcement action: dunmere-crossing-pay.net");
S("fine-phishing", "Reading about the new bus lane cameras — check whether you've been fined already! Enter your reg here, mine showed 2 unpaid ones: finecheck-reg.uk");

S("prize-winner", "CONGRATULATIONS! You have been selected as this week's reader winner of a £500 supermarket voucher. Claim within 24h: https://reader-rewards.win");
S("prize-winner", "Dear reader, your email was randomly selected in the 2026 Online Lottery Promotion. Prize: £850,000. Contact the claims agent Mr Peter Owens at claims.owens@lottopromo.example quoting reference NDK-44/19.");
S("prize-winner", "Just found out I won a cordless vacuum from a survey on here! Took 2 mins and apparently there are still some left, link is in my profile", { url: "https://vacuum-winners-club.shop" });

S("task-job-scam", "Hiring now: remote part time, just like and rate hotels online, £150–£400 per day paid daily. No experience needed. Message recruiter Emma on WhatsApp +44 7700 900366", { author: "Emma (HR)" });
S("task-job-scam", "We are looking for product testers in the UK. Write short reviews of apps and get paid £30 per task. Reply with your name and age and our HR team will contact you.");
S("task-job-scam", "Good afternoon. Our company is recruiting online assistants for channel boosting: subscribe to channels, send a screenshot, receive £5 each time. Start today. Telegram @HR_Sophia_Remote");

S("work-from-home", "Start earning $89/hour working from home with an online giant! I've been doing this for 6 weeks and my last paycheck was $7,325. Just copy this site → remotecash-daily.com");
S("work-from-home", "I quit my warehouse job in Carrowfield two months ago and now I do data entry from my kitchen table, earning more than I ever did. Anyone can do it, go to homeworkhub-uk.work");
S("work-from-home", "Make £50 a day filling in surveys in your spare time. I'm a stay at home mum and it pays for our weekly shop. Get started at surveycash-mums.co.uk");

S("sister-earned", "my sister's best friend makes £95 an hour on her laptop, she was unemployed for 8 months and last month her income was £12,460 just working a few hours a day. look at this site for details ..... earnbrightly.co");
S("sister-earned", "My cousin in Hollins Edge has been getting £4k a month from this simple online job. I didn't believe her until she showed me her banking app. Everything's on this page https://cousinsjobtips.site");
S("sister-earned", "My neighbour's husband retired at 52 after finding this. Not an exaggeration. I'll leave the info in the website box.", { url: "https://retire-early-method.net" });

S("recovery-scam", "If you have lost money to crypto scams, fake brokers or romance fraud, don't give up. I recovered 90% of my funds through Apex Recovery Solutions. Email them at support@apexrecover.example, they work fast.");
S("recovery-scam", "So sorry to read what happened to the pensioner in this story. The same happened to me and a certified fund recovery agent got my £23,000 back. Contact Agent Mark Bell on WhatsApp +1 (312) 555-0188");
S("recovery-scam", "Victims of the investment fraud mentioned here: there is a legal team that specialises in chargebacks and blockchain tracing. Fee only after recovery. recoverfunds-legal.com", { url: "https://recoverfunds-legal.com" });

S("romance-scam", "Hello, I read your comment and you seem like a kind and honest person. I am a widowed engineer working on an offshore rig and I'm looking for a serious woman. Please write to me: james.carter1967@mailbox.example", { author: "James Carter", email: "james.carter1967@mailbox.example" });
S("romance-scam", "Hi dear, I'm new to this town and have no friends yet. I like your smile in your picture. Can we talk privately? my hangout email is kathrynsmiles@example.net", { author: "Kathryn" });
S("romance-scam", "I am an American surgeon serving with a peace mission overseas, lonely and hoping to find someone to share my life with after my contract ends. Please reply to me, God led me to this page for a reason.");

S("sugar-daddy", "Sugar daddy looking for a sugar baby to spoil, £1,500 weekly allowance, no meeting needed. Text me on Telegram @daddy_generous_uk");
S("sugar-daddy", "I need a sugar baby, will be sending you 2k every week. Just message me with the word interested on WhatsApp +44 7700 900152");
S("sugar-daddy", "Any single mums in Marrowby need financial help? Wealthy businessman here, I pay your bills in exchange for friendship and chats. Snapchat: richmike_spoils");

S("clickbait-hook", "Everyone is talking about what was found in the river after the flood 😳 the photos they didn't publish here: https://viralbuzz-now.com/dunmere");
S("clickbait-hook", "Doctors in shock: man from Fellgate melts belly fat with 1 cup of this before bed. Watch the video before it gets deleted!!!", { url: "https://healthsecret-daily.club" });
S("clickbait-hook", "You won't believe what the new council leader said when he thought the mic was off 🤐 full clip 👉 clipleaks.fun/council");

S("neighbour-tip-business", "Not sure if this helps anyone on Mill Street, but after the floods we used Dunmere Dry & Restore — lovely lads. They also do damp proofing, mould removal, basement tanking and full refurbishments across Brackenford, Kestlewick and Ellingstow, and deal with insurers directly. Website is dunmere-dry-restore.co.uk, tell them Pauline sent you 😊", { author: "Pauline" });
S("neighbour-tip-business", "Funnily enough I was just saying to my husband we need the gutters done before winter. We use GutterGuard Valley every year, cheapest by far, free inspection and 10% off for pensioners this month — gutterguardvalley.com");
S("neighbour-tip-business", "Off topic but has anyone tried the new Thai massage place near the station? Best massage I've ever had, and they're doing a 2-for-1 intro offer at the moment. Book on lotus-touch-spa.co.uk or WhatsApp 07700 900839");

S("off-topic-plug", "Unrelated, but I just had my kitchen refitted with cabinets from a factory-direct website and saved about £6k compared to the showrooms. Happy to share, the link's on my name.", { author: "Sarah | Kitchen Direct Outlet", url: "https://kitchendirect-outlet.co.uk" });
S("off-topic-plug", "Great story about the school play. On another note, if anyone needs a home battery, the SunCell 10kWh is on flash sale this week, had mine since spring and it's brilliant: suncell-storage.energy");
S("off-topic-plug", "While we're all here — my daughter has just launched her candle shop, hand-poured soy wax, 20% off with code LAUNCH. Please support a young entrepreneur 🕯️ https://wickandember-candles.shop");

S("fake-review", "I have been a customer of Prestige Auto Finance for three years now and honestly they are the most trustworthy company in the UK. Fast approval, friendly staff, 10/10 would recommend to anyone.", { url: "https://prestigeauto-finance.co" });
S("fake-review", "Five stars for Elite Home Care Services! They looked after my mother with so much respect. The best in the area, nobody compares. Visit elitehomecare-services.org to learn more.");
S("fake-review", "Honestly Kestlewick Smile Studio changed my life, veneers in one day, painless, and the price was a fraction of anywhere else. Their reviews speak for themselves ⭐⭐⭐⭐⭐");

S("sweepstakes", "🎁 We're celebrating 10,000 followers! Win a brand new electric SUV — like, share and enter your details here: https://celebrate-giveaway.today");
S("sweepstakes", "A big supermarket is giving £250 shopping cards to the first 1,000 households in each postcode. Brackenford only has 94 left! Claim yours: shoppercard-offer.site");
S("sweepstakes", "Free iPhone 17 for 100 lucky readers of this site. Answer 3 easy questions to enter (only £1 shipping) → phonegiveaway-uk.click");

S("tech-support", "If your computer shows a virus warning after visiting news sites DO NOT close it, call a certified technician toll free on +1 (800) 555-0142 for immediate help");
S("tech-support", "Printer offline? Email not syncing? Remote tech help in 5 minutes, no fix no fee. Call our 24/7 support desk on 01632 960905.", { author: "PC Help Desk" });
S("tech-support", "Your router may be infected with the botnet mentioned in the article. Run the free scan from routerscan-security.com immediately to secure your home network.");

S("reputation-service", "Got bad reviews on Google or Trustpilot? We remove negative reviews and fake complaints permanently. 100% confidential. reputationwipe.agency");
S("reputation-service", "To the business owner in the article: sorry about the one-star attacks. My team can push them down and add 50 genuine-looking 5-star reviews within a week. Email me at growth@localreviewboost.example");
S("reputation-service", "Want this article removed from Google? We specialise in removing negative news stories, court reports and mugshots from search results. Free quote within 24h: https://clearname-removals.com");

S("ticket-scam", "I have 2 tickets for the sold out Hollins Edge Folk Festival weekend, can't go anymore because of a family emergency. Face value £145 each. Bank transfer only, message me at tickets.harriet@example.org", { author: "Harriet" });
S("ticket-scam", "Selling 4 standing tickets for the arena gig tonight, genuine, will email them once paid, PayPal friends and family only. Text 07700 900219");
S("ticket-scam", "Anyone missed out on cup final tickets? My brother has extras in the home end and has to get rid today. DM him on Instagram @tickets_for_fans_uk");

S("pet-scam", "We have two adorable Cavapoo puppies looking for a forever home, vaccinated and microchipped, free to a loving family, you only cover delivery £250. Email puppylove.rehome@example.com");
S("pet-scam", "Rehoming our French Bulldog pup due to relocation abroad, KC registered, comes with all papers. Text +44 7700 900491 for pictures. Only serious homes please, courier available.");
S("pet-scam", "Our 3 British shorthair kittens need new homes as I'm moving for work 😿 small adoption fee covers pet transport insurance. Contact on WhatsApp: +44 7700 900614");

S("advance-fee", "Dear Friend, I am Barrister Samuel Okoye, personal attorney to a late client who shares your surname and died intestate leaving £7.2M. I need your consent to present you as next of kin. Reply urgently to samuelokoye.chambers@example.net", { author: "Barrister Samuel Okoye" });
S("advance-fee", "I am a dying widow with cancer and I want to donate my late husband's fund of $4.5 million to a God-fearing person for charity work. Please contact me through my lawyer's email: lawfirm.davies@example.org");
S("advance-fee", "ATTENTION: Your unclaimed compensation payment of US$1,500,000.00 has been approved by the International Monetary Board. A release fee of $280 is required. Contact Dr. Alan Pierce for the transfer code.");

S("on-topic-then-plug", "The state of Carrowfield Road is a disgrace, I lost a tyre there in January and the council still haven't answered my claim. On the upside I found a place doing part-worn tyres for £25 fitted, way cheaper than the chains: tyrestop-discount.co.uk. Anyway, fix the roads!");
S("on-topic-then-plug", "As a parent at St Anne's I completely agree with the head, phones have no place in the classroom. We've found kids need structure at home too — the FocusKid app has really helped our two with screen time. Free trial at focuskid-app.com if any parents are interested.");
S("on-topic-then-plug", "Young people in this valley have no chance of buying, simple as that. Wages haven't kept up. What helped us was a rent-to-own scheme with no deposit, we moved in last month. The company is HomeStart Pathway, worth a look: homestartpathway.co.uk/apply");
S("on-topic-then-plug", "Thoughts with everyone in Saltinghithe, the water came up so fast. A tip from our experience last time: get a sump pump and flood barrier in now. The ones from floodsafe-direct.com saved our kitchen and they're doing 30% off for flood-hit postcodes this week.");

S("spell-caster", "My husband left me for another woman and I was devastated until I contacted Dr Ogun, a powerful spell caster. Within 48 hours he came back begging. Contact him at drogunspellhome@example.com or WhatsApp +1 (415) 555-0109. He also helps with lottery numbers and court cases.");
S("spell-caster", "I want to testify about Priestess Amara who helped me win my court case and get a promotion at work. Her love spells are real!!! Email: priestessamara.temple@example.org", { author: "Testimony Grace" });
S("spell-caster", "Thanks to Lord Zakuza my ex girlfriend is back with me after 2 years apart. If you need help with love, marriage or getting pregnant, message him on Telegram @LordZakuzaSpells, he never fails.");

S("grant-scam", "Small business owners: the new Regional Growth Grant is giving non-repayable £10,000 to every sole trader who applies this month. My cousin got hers. You just pay the £150 processing fee. Ask me how.");
S("grant-scam", "I received $90,000 from a federal grant program without paying it back. I never knew it existed until Agent Linda Moore contacted me. Text her on +1 (213) 555-0175 to see if you qualify.");

S("rental-scam", "For the couple in the article who can't find a flat: I have a 2 bed in Brackenford centre, £650 pcm bills included. I'm working abroad so can't show it, but if you send the deposit I'll post the keys. Email landlord.mcgregor@example.net", { author: "Alistair McGregor" });
S("rental-scam", "Room available now in Ellingstow, fully furnished, all bills included, £350 a month. Holding deposit by bank transfer secures it before viewing as lots of interest. WhatsApp 07700 900388");

S("hire-hacker", "Do you suspect your partner is cheating? I hired an ethical hacker who got full access to my husband's messages without him knowing. Contact hackerspytech@example.com, very discreet.");
S("hire-hacker", "Need to boost your credit score or clear a CCJ? Professional hacker, fast and confidential. Also school grades and social media account recovery. Reach out: cyberfixpro@example.net", { ua: "" });

S("investment-mentor", "I would like to appreciate Mrs Caroline Hayes, her trading strategy earns me £8,000 every week. I started with £500 and I'm now debt free. You can reach her on Instagram @carolinehayes_fx");
S("investment-mentor", "Honestly people who keep their money in the bank are losing it to inflation. I invest with a licensed broker, Mr George Whitlow, he handles everything and I withdraw profits every Friday. Ask him on WhatsApp +44 7700 900705");
S("investment-mentor", "Who else here is managed by expert Tom Raymond? Just got my 4th payout this month 🙌 if you're new to crypto he's the person to talk to, search his name");

S("mystery-shopper", "Mystery shoppers needed in the Dunmere Valley area! Evaluate local stores, keep what you buy + £250 per assignment. We post a cheque in advance to cover costs. Apply at shopperassess-uk.jobs");

S("fake-charity", "Please help! The flood families in Saltinghithe have nothing left. I'm collecting for food and clothes and every pound goes straight to them. Send via PayPal to floodrelief.saltinghithe@example.com or DM me for bank details. God bless 🙏");

S("claims-management", "Injured in the bus crash or any accident in the last 3 years that wasn't your fault? You could be owed thousands. No win no fee, 2 minute check: claims-accidenthub.co.uk");
S("claims-management", "Anyone who had a car on finance between 2007 and 2024 could be owed up to £1,100 in mis-sold commission. Check in 60 seconds at carfinance-refundcheck.co.uk", { url: "https://carfinance-refundcheck.co.uk" });

S("free-solar-callback", "Free solar panels for homeowners in Kestlewick — fully funded scheme, no catch. Reply with your postcode and house number and a specialist will call to check if your roof qualifies.");
S("free-solar-callback", "Heat pump grants of up to £7,500 are closing soon and most people don't know they qualify. Leave your phone number below and our surveyor will ring you back today.");

// ===========================================================================
// GENUINE (300) — ordinary reader comments on local and regional news
// ===========================================================================

// --- council ---------------------------------------------------------------
H("council", "So the council can find £2.3m for an office refurb and a new logo but can't keep Ellingstow library open more than three days a week. Priorities.");
H("council", "I was at Tuesday's meeting and this report misses the main point — the motion was deferred, not rejected. Cllr Pryce made that very clear at the end.");
H("council", "Who actually voted for this? Genuinely asking, I'd like to know which of our ward councillors were in favour.");
H("council", "Typical.");
H("council", "@Graham the minutes go up on the council website about a week after the meeting, you can see how everyone voted there.");
H("council", "As a former council employee (28 years in highways) I can tell you the people making these decisions rarely leave the building. The lads on the ground know exactly which roads need doing first and nobody ever asks them. I once spent a whole morning filling a pothole that had been 'prioritised' while the junction round the corner was literally crumbling into the drain. That's not the workers' fault, it's a system that's run off spreadsheets by people who've never held a shovel.");
H("council", "Have your say before the consultation closes on the 14th: https://brackenford-council.example/consultations/market-square-redesign");
H("council", "Good to see the leader actually answering questions for once instead of 'we'll come back to you on that'.");
H("council", "I don't always agree with Cllr Abara but she's the only one who replies to emails within a week. Credit where it's due.");
H("council", "Merging the two area committees makes sense on paper. In practice it means Hollins Edge gets even less say than it does now.");
H("council", "Wait, is this the same parking scheme they scrapped in 2019? Feels like deja vu.");
H("council", "How much did the consultants cost? That's the number I'd like to see in this article.");
H("council", "the councl should of listened to residents in the first place then we wouldnt be in this mess");
H("council", "Honest question for anyone who knows: can a parish council actually block this or is it purely advisory? I've lived in Upper Dunmere for 30 years and I've never been clear on what they can and can't do.");
H("council", "@Joan it's advisory. They're a statutory consultee on planning but the district makes the decision. Still worth them objecting though, it carries weight at committee.");

// --- council tax & money (several are hard cases) --------------------------
H("council-tax", "Band C here, my bill has gone from £1,874 to £1,968 — an extra £94 a year for fewer bin collections. I'd love someone to explain how that's value for money.");
H("council-tax", "People moaning about a 4.99% rise should look at what's happened to adult social care costs. It has to come from somewhere and the central government grant has been cut in real terms for more than a decade. I don't like paying more either but the maths isn't complicated.");
H("council-tax", "If you're on a low income check whether you qualify for a council tax reduction, loads of people don't claim it: https://www.gov.uk/apply-council-tax-reduction");
H("money", "With the base rate where it is and my fix ending in June I'm looking at an extra £310 a month on the mortgage. Nobody at the council seems to grasp how close a lot of us are to the edge.");
H("money", "Minimum wage is £12.71 from April. The care workers in the article are on £12.80. Nine pence above the legal floor for lifting people at 3am and holding their hand when they die. Disgraceful.");
H("money", "Interest on the council's borrowing for the leisure centre is £1.1m a year according to the budget papers (page 47). That's the real story here, not the 2p on a swim.");
H("money", "A savings account paying 4.2% beats what the credit union offers, fair enough, but for people who can't get a bank account the credit union is a lifeline. Don't knock it.");
H("money", "Shop prices in Brackenford are up about 30% since 2021 by my reckoning. A small loaf at Harker's was £1.10, now it's £1.65.");
H("money", "Delay Repay is worth claiming, I got £46 back last month for three late trains. Takes five minutes on the operator's website, most people don't bother.");
H("money", "For anyone drowning in debt after reading this: StepChange and Citizens Advice both give free, proper advice. Please don't go to the loan sharks or those 'debt solution' adverts. I went through it in 2019, it's survivable.");
H("money", "The parking charges raise £640k a year according to the council's own figures. That's a lot of money to take off people just for going to the shops.");

// --- bins ------------------------------------------------------------------
H("bins", "Fortnightly collections on a street of terraces with no back yards. Bags on the pavement for the foxes. Well done everyone.");
H("bins", "Ours didn't get emptied on Thursday. Third time this month. Reported it online and got an automated reply, nothing since.");
H("bins", "@Marjorie you can report a missed collection here, worked for me within two days: https://brackenford-council.example/bins/report-missed");
H("bins", "I don't mind the food caddy at all. Takes ten seconds and the main bin doesn't stink any more.");
H("bins", "Garden waste charge going up to £62? I'll take it to the tip myself then.");
H("bins", "Why does the recycling lorry come at 6.10am on a Saturday?!");
H("bins", "To be fair to the bin crews, they were out in the snow last winter when nothing else was running. Our lot always wave at my grandson.");

// --- transport -------------------------------------------------------------
H("buses", "The number 14 used to run every 20 minutes. Now it's hourly and the last one is at 6pm. How are people in Carrowfield supposed to get to late shifts at the hospital?");
H("buses", "I drive the 22. The timetable is impossible with the roadworks on Fell Road, we're told to keep time but it physically can't be done. Please don't shout at drivers, we hate it as much as you do.");
H("buses", "£2 fare cap was a godsend, really hope they keep it.");
H("buses", "Has anyone actually seen one of the new electric buses? We were promised them by September.");
H("buses", "Real-time board at the bus station said 'Due' for the same bus for 40 minutes this morning.");
H("buses", "Timetable changes from next month are here if anyone needs them, the 7 loses its Sunday service: https://dunmerebuses.example/timetables/route-7-changes");
H("buses", "Good. The bus lane on Station Road should have gone in years ago, it's the only way the buses will ever run on time.");
H("buses", "My son is 16 and can't get to college without two buses and an hour each way. The young person's travel pass only covers one operator, so it's useless for him. Sort it out.");
H("cycling", "The cycle lane is great but nobody clears the glass off it. Two punctures in a month.");
H("cycling", "As someone who cycles to work from Wrexby every day, thank you for finally putting in a crossing at the roundabout. I genuinely feared for my life there.");
H("trains", "Trains from Brackenford to the city were cancelled eleven times last week. I've started driving, which is exactly what we're told not to do.");
H("trains", "Reopening Kestlewick station would be amazing, my grandad used to catch the train there in the sixties before it shut. Background for anyone interested: https://en.wikipedia.org/wiki/Beeching_cuts");
H("trains", "The new footbridge has no lift. A station without step-free access in 2026. Unbelievable.");
H("trains", "Rail replacement bus again this weekend. Of course it is.");
H("trains", "The 07:12 has been two carriages for a year. People standing in the vestibule all the way, it's not safe.");

// --- roadworks & potholes --------------------------------------------------
H("roadworks", "Three sets of temporary lights on the road between Fellgate and Marrowby. Nobody working at any of them when I went past at 11am.");
H("roadworks", "It's a gas main replacement, not the council, so complain to the gas company. They do need a permit though, so the council could have said no to doing it in term time.");
H("roadworks", "Took me 55 minutes to do a ten minute journey this morning.");
H("roadworks", "Will the diversion route be gritted? It's all hills round there.");
H("roadworks", "Fair play to the crew on Tanner's Row, they finished two days early and left it tidy.");
H("roadworks", "You can see all the planned works on a map here, saves a lot of swearing: https://one.network/");
H("roadworks", "Those roadworks have been there since March. It's November. What are they actually doing?");
H("roadworks", "Eight week bridge closure means a 12 mile detour for everyone in Upper Dunmere. Carers, deliveries, the school run, the district nurse... whoever signed this off doesn't live here.");
H("potholes", "There's a pothole outside number 42 Quarry Lane you could lose a small dog in.");
H("potholes", "Report them on the council site with a photo and the exact spot. They're supposed to inspect within 5 working days if it's over 40mm deep. I've had three filled that way. Or go through https://www.gov.uk/report-pothole and it sends you to the right council.");
H("potholes", "Patched, not fixed. It'll be back by February.");
H("potholes", "POTHOLES. EVERYWHERE. I PAY OVER £2,000 A YEAR IN COUNCIL TAX AND I CAN'T DRIVE TO WORK WITHOUT SWERVING LIKE A RALLY DRIVER.");
H("potholes", "Claimed for a damaged wheel last year — took four months but they paid £180. Keep the receipt and take photos with something for scale.");
H("potholes", "If they fill in all the potholes where will the ducks live?");

// --- parking ---------------------------------------------------------------
H("parking", "£1.80 for an hour in the town centre and then they wonder why the shops close.");
H("parking", "Residents' permits at £95 each and we still can't park on our own street because of the gym.");
H("parking", "@Pete the first 30 minutes are free at Market Street car park, not at Riverside.");
H("parking", "The parking app never works in the multi-storey, there's no signal. Got a £70 fine because of it. Appealed and won, so keep screenshots.");
H("parking", "Blue badge bays outside the surgery are full of delivery vans every single morning.");

// --- schools ---------------------------------------------------------------
H("schools", "Congratulations to all the Year 11s at Kestlewick Academy, what a result after such a disrupted few years.");
H("schools", "My daughter's class has 34 children. Thirty four. Her teacher is brilliant but she can't do miracles.");
H("schools", "A 'requires improvement' after a two-day visit, when the school has been transformed under the new head. Parents know the truth.");
H("schools", "Phone ban is overdue.");
H("schools", "Half the people in these comments clearly haven't set foot in a school since 1985.");
H("schools", "Uniform with embroidered logos on everything and a £40 blazer only sold by one shop. Can we please go back to plain jumpers from anywhere?");
H("schools", "Breakfast club is £4.50 a day now. For two kids that's £45 a week just so I can get to work on time.");
H("schools", "Well done to the St Anne's choir, we were at the carol concert and they were wonderful.");
H("schools", "Free school meals info for anyone unsure whether they qualify: https://www.gov.uk/apply-free-school-meals");
H("schools", "I'm a teaching assistant. We're paid term-time only, so the 'long summer holidays' people love to mention means no income for us. Just so people know.");
H("schools", "The crossing outside Fellgate Primary needs a lollipop person again. Cars just don't stop.");
H("schools", "Is the new SEND unit going to be ready for September or not? We've been told three different things by three different people.");
H("schools", "I've been a governor at a primary in the valley for nine years and I want to gently push back on some of the comments here. Nobody is 'hiding' the budget. It's published. The problem is that 80% of it is staff costs, the rest is heating a 1960s building with single glazing, and every year the pay award is announced after we've set the budget and is only partly funded. So we cut teaching assistants, who are exactly the people the children with the most needs rely on. If you want to help, come to the open governors' meeting, ask questions, or volunteer to hear readers on a Tuesday. It makes more difference than you'd think.");

// --- health ----------------------------------------------------------------
H("health", "Waited 9 hours in A&E at Dunmere General with my mum on Saturday. The staff were amazing, the system is broken.");
H("health", "Shutting the minor injuries unit at 8pm instead of 10 is just going to push more people into A&E.");
H("health", "The new maternity unit is beautiful. Had my little girl there last month and the midwives were incredible, thank you all ❤️");
H("health", "Measles cases in the area — check your kids' red book. NHS info on the MMR jab here: https://www.nhs.uk/vaccinations/mmr-vaccine/");
H("health", "For anyone unsure where to go: call 111 first. They can book you a slot at the urgent treatment centre and you skip a lot of the waiting.");
H("gp", "Ellingstow surgery: ring at 8am, 40th in the queue, all appointments gone by 8.20. Every. Single. Day.");
H("gp", "@Sandra you can request some appointments through the NHS App now, worth a go before sitting on the phone.");
H("health", "My dad had his cataracts done privately because the wait was 14 months. £2,400 per eye. Who can afford that?");
H("health", "The pharmacy on Mill Street shutting means the nearest one for the whole estate is two miles away, with no bus after six.");
H("health", "Mental health services for teenagers round here are a joke. Eleven month wait. If anyone is struggling right now, Samaritans are on 116 123, free, any time of day or night.");
H("health", "Dentist? What dentist? Haven't been able to register anywhere within 20 miles since 2022. And before anyone says it, yes, I've been through every practice on https://www.nhs.uk/service-search/find-a-dentist");
H("health", "The hospice deserves every penny. They looked after my husband in his last weeks with such kindness. Their shop on Bridge Street always needs donations if you're having a clear-out.");
H("gp", "Well said, Dr Hussain.");
H("health", "Nurses earning less than some supermarket managers is just wrong, sorry.");
H("health", "ABSOLUTE DISGRACE. 9 HOURS ON A TROLLEY IN A CORRIDOR FOR A 91 YEAR OLD WOMAN. SHAME ON WHOEVER RUNS THIS TRUST.");
H("health", "I'm a healthcare assistant at Dunmere General and I want to say thank you to everyone in these comments who's stood up for the staff. Last night we had people waiting in the corridor, a man who'd been on the floor at home for two days, and four of us to cover the whole bay. Nobody goes into this job to make people wait. We go home and cry in the car sometimes. The new urgent care centre will help a bit, but what we really need is somewhere for medically fit patients to go so beds free up. That's social care, and it's the bit nobody wants to pay for.");

// --- housing ---------------------------------------------------------------
H("housing", "'Affordable' at 80% of market rent is £880 a month for a one bed. On a care worker's wage that isn't affordable, it's a fantasy.");
H("housing", "Good that they're building council houses again. First proper ones round here since the 80s.");
H("housing", "Our landlord put the rent up £150 a month and then didn't fix the mould for a year. If you're in the same situation, Shelter's advice pages were genuinely useful: https://england.shelter.org.uk/housing_advice/repairs");
H("housing", "@Kev they can't just evict you for asking for repairs, look up retaliatory eviction. Get everything in writing. https://www.gov.uk/private-renting-evictions");
H("housing", "House prices in Marrowby are up 40% since the bypass opened. Great if you're selling, awful for our kids.");
H("housing", "350 homes on the old quarry site with ONE access road. Has anyone from highways actually been up there?");
H("housing", "Second homes and holiday lets are hollowing out Saltinghithe. Half the lights on my street are off from October to April.");
H("housing", "Honestly, build them. We need houses, and every single site gets 'not here' from people who already own one.");
H("housing", "The empty flats above the shops on High Street could house dozens of people. Why is nobody talking about that?");
H("housing", "First-time buyer mortgages are around 4.5% now, down from over 6% a couple of years back, so it's slightly better, but saving a deposit while renting is still the killer.");
H("housing", "My aunt has been at Ashcombe Court sheltered housing for six years and it's a lovely place. The warden knows everyone by name.");

// --- planning --------------------------------------------------------------
H("planning", "Objection submitted. Reference is 25/01187/FUL if anyone else wants to comment before the deadline.");
H("planning", "A drive-thru next to a primary school. What could possibly go wrong.");
H("planning", "I actually support this. The building has been empty for eight years and it's falling down.");
H("planning", "Small correction: the plans on the portal show 14 storeys, not 12 as the article says.");
H("planning", "Solar farm on that farmland is fine by me. Better than another warehouse.");
H("planning", "Another 'luxury' block with no parking and no affordable units. Developers always say it isn't viable and the council always folds.");
H("planning", "Why is the conservation area so strict for residents — I was refused a uPVC window — and yet this glass box sails through?");
H("planning", "@Helen it was refused in 2022, this is a new application with a smaller footprint.");
H("planning", "Phone mast next to the playing field? No thanks.");
H("planning", "As an architect who lives in Fellgate I think the design is actually good and respects the scale of the street. Some people just don't like change.", { url: "https://harrietmossarchitects.example" });
H("planning", "Approved 7 votes to 2 at committee. The two against were both Hollins Edge councillors, fair play to them.");
H("planning", "Where is the GP surgery that was promised with the last 600 houses? Section 106 money just seems to vanish.");

// --- crime & policing ------------------------------------------------------
H("crime", "Third car broken into on our road in a fortnight. They're after catalytic converters again.");
H("crime", "Lock your sheds, people. Two bikes and a strimmer gone from ours on Monday night.");
H("crime", "Police response was brilliant, they were there in six minutes. Thank you to the officers who helped my elderly neighbour.");
H("crime", "The town centre CCTV apparently hasn't worked for two years. What's the point.");
H("crime", "Shoplifting is out of control. The staff at the Co-op are scared. I've seen the same lad walk out with a basket of meat three times.");
H("crime", "Anyone with a doorbell camera on Moor Lane between 2 and 4am on Sunday, please check it and contact the police quoting the incident number in the article.");
H("crime", "Suspended sentence for THAT? Unbelievable.");
H("crime", "Let's wait for the trial before hanging him in the comments, eh.");
H("crime", "Knife arch at the bus station on a Friday night is a good idea. Visible policing works.");
H("crime", "Domestic abuse reports up 18% in the valley. If you need help, the National Domestic Abuse Helpline is free and open 24/7 on 0808 2000 247.");
H("crime", "If it's not an emergency you can report online or ring 101. I reported dealing outside the flats and they did eventually act, it just took a few reports from different people. Online form is at https://www.police.uk/");
H("crime", "Brackenford isn't as bad as this paper makes it sound. Lived here 40 years. It's fine.");

// --- weather & flooding ----------------------------------------------------
H("weather", "River Dunn was right up to the top of the wall at Saltinghithe bridge at 7 this morning.");
H("weather", "Sandbags available at the fire station on Quay Street until 6pm according to the sign outside.");
H("weather", "Check the flood warnings for your postcode here: https://check-for-flooding.service.gov.uk/");
H("weather", "Gutted for everyone on Riverside Terrace. Flooded twice in three winters and still no defences.");
H("weather", "Snow! Kids are thrilled, I'm less so. School's shut.");
H("weather", "Tree down across Fell Road near the garage, both lanes blocked as of 8.15.");
H("weather", "Yellow warning upgraded to amber for wind from 6pm. Bring the bins in! https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings");
H("weather", "The defences were supposed to be finished in 2024. Then 2025. Now it's 'phase two'.");
H("weather", "Beautiful sunrise over Hollins Edge this morning, I've put a couple of photos on my page.", { url: "https://www.flickr.com/photos/hollinsedgeviews/" });
H("weather", "Remember the 1998 flood? Water was up to the counter in the post office. This isn't quite that, thank God.");
H("weather", "Hottest day of the year and the paddling pool at Victoria Park is out of action. Brilliant timing.");

// --- sport -----------------------------------------------------------------
H("football", "Three points! Best performance I've seen from Brackenford Town in years.");
H("football", "Sack the manager. That was embarrassing.");
H("football", "@Robbo it was never a penalty, he was already going down before any contact.");
H("football", "Highlights are up on the club's channel for anyone who missed it: https://www.youtube.com/watch?v=Qm3xT9vLk2A");
H("football", "Tickets for Saturday's cup game are on the club site, kids go free with a paying adult: https://brackenfordtownfc.example/tickets");
H("football", "Kestlewick Rovers women deserve far more coverage than one paragraph. Unbeaten in 14!");
H("football", "The new 3G pitch is great but £90 an hour for a junior club? We can't afford that.");
H("football", "Our lad's under-10s got hammered 9-0 and still came home beaming. That's grassroots football for you.");
H("football", "Ref was a disgrace.");
H("football", "Town's new away kit is a crime against fashion. Still buying one, obviously.");
H("sport", "Rugby club open day this Sunday 10 till 2, all ages welcome, bring boots.");
H("sport", "Congratulations to Maisie Thornton on the county cross-country title, what a talent.");
H("sport", "Cricket club fixtures for the season are online if anyone fancies coming to watch, teas are excellent: https://fellgatecc.example/fixtures");
H("sport", "Parkrun at Victoria Park hit 400 runners on Saturday!");
H("sport", "The Red Lion darts team in the county final — the whole pub will be there.");
H("sport", "Finally some investment in the bowls green. My grandad played there for fifty years.");

// --- arts & culture --------------------------------------------------------
H("arts", "Saw the Playhouse production of An Inspector Calls on Friday — superb. The actor playing Birling was terrifying.");
H("arts", "Only a few seats left for the Saturday matinee if anyone wants to go: https://brackenfordplayhouse.example/whats-on/an-inspector-calls");
H("arts", "The mural on the side of the bus station is lovely. So much better than grey concrete.");
H("arts", "Arts cuts hit small places like ours hardest. The Corn Exchange is the only venue for twenty miles.");
H("arts", "Went round the open studios at the weekend, so much talent round here. Bought a print from a lady in Ellingstow and it's now in our hallway.");
H("arts", "@Jo the exhibition runs until 3 March and it's free.");
H("arts", "I'm one of the artists on this year's trail, thank you to everyone who came by! A few pieces are still available on my website if you missed the weekend.", { url: "https://mairiquayle-ceramics.example" });
H("arts", "Panto was brilliant. Oh no it wasn't. Oh yes it was.");
H("arts", "Film club restarting at the library on Thursdays is great news.");
H("arts", "The brass band deserves a mention too — 150 years this year! Someone filmed the anniversary concert: https://www.youtube.com/watch?v=8fLw2RkQp0c");

// --- festivals & events ----------------------------------------------------
H("festival", "Folk festival was brilliant again, but the toilets... we need to talk about the toilets.");
H("festival", "Why does it always rain on festival weekend.");
H("festival", "£85 for a weekend ticket is good value compared to the big festivals, and it all goes back into the town.");
H("festival", "The lantern parade photos are gorgeous. My little boy made the fish one!");
H("festival", "Noise from the festival went on until 11.30 on a Sunday night. Some of us work Mondays.");
H("festival", "Food festival back in the Market Square in June, yes!! Stallholder list is already up: https://brackenfordfoodfest.example/stalls");
H("festival", "Volunteering at the beer festival was the most fun I've had all year. They're looking for more people next time, go for it.");
H("festival", "Christmas lights switch-on was lovely, well done to the organisers. Shame about the queue for the ice rink.");
H("festival", "Is the fireworks display going ahead this year or has it been cancelled again for 'budget reasons'?");

// --- business openings -----------------------------------------------------
H("business-opening", "Great to see an independent bookshop on Bridge Street again. Bought three books on opening day, lovely owners.");
H("business-opening", "Another vape shop. That's four on one street.");
H("business-opening", "The new bakery on Mill Street is worth the queue, the cardamom buns are unreal.");
H("owner-reply", "Thank you so much everyone for the lovely comments! We're open Tuesday to Saturday, 7.30 till 3. Sorry to those who missed out on the buns on Saturday, we're doubling the batch this week. The menu is on our website if you want a peek. — Ana, Crumb & Crust", { author: "Ana (Crumb & Crust)", email: "hello@crumbandcrust.example", url: "https://crumbandcrust.example" });
H("business-opening", "Hope the new café does well, that unit has had four different businesses in five years.");
H("business-opening", "A proper hardware shop opening again in Kestlewick is the best news I've read all year.");
H("business-opening", "24 hour gym in the old bank. Parking's going to be a nightmare.");
H("business-opening", "Soft play at last, saves the trip into the city every rainy weekend.");
H("business-opening", "Good luck to Dev and the team at the new curry house, had a takeaway on Friday and the lamb was superb.");
H("business-opening", "Rents on the High Street are the real problem. Landlords would rather leave a unit empty for years than lower the rent.", { url: "https://highstreetmatters.example" });

// --- business closures -----------------------------------------------------
H("business-closure", "Gutted about Harker's closing. Three generations served in that shop.");
H("business-closure", "Not surprised the bank's closing, but the nearest branch is now 14 miles away and half my street doesn't do online banking.");
H("business-closure", "Losing the post office will hit the elderly hardest. My mum still pays her bills there every Friday.");
H("business-closure", "Another pub gone. The Plough was a real community pub: quiz nights, darts, wakes, christenings. It'll be flats by next year.");
H("business-closure", "If we don't use them, we lose them. I'm as guilty as anyone of ordering everything online.");
H("business-closure", "Business rates are killing small shops. The big online firms pay less per square foot for their warehouses than a charity shop pays on the High Street.");
H("business-closure", "RIP Dunmere Valley Garden Centre. Best bacon rolls in the county.");
H("owner-reply", "Hello, I run the bookshop mentioned in the piece. Just to clarify, we're not closing! We're moving two doors down to a bigger unit in April. Book club carries on as normal. Thank you for all the worried messages 💛", { author: "Tess at Bridge Street Books", url: "https://bridgestreetbooks.example" });
H("business-closure", "Thirty-one years I worked at the Marrowby mill before it shut in 2009, and I still drive past and expect to see the lights on. What nobody tells you about a closure like this is that it's not just the jobs. It's the football team, the Christmas do, the lads who knew your kids' names. When the factory goes the whole town loses its middle. So when people say 'it's just one shop' about Harker's, I understand why the older ones are upset. It's another piece of the middle going.");

// --- obituaries ------------------------------------------------------------
H("obituary", "So sad to read this. Mr Faulkner taught me history in 1987 and I still remember his lessons on the Romans. A true gentleman.");
H("obituary", "RIP Maureen. The market won't be the same without you.");
H("obituary", "Condolences to the family. Jack coached half the kids in Fellgate at some point.");
H("obituary", "Such a kind lady. She used to slip us sweets over the post office counter when we were small.");
H("obituary", "Funeral details for anyone wanting to attend: St Michael's, Thursday at 11am, family flowers only, donations to the hospice.");
H("obituary", "Rest easy, Ron. Best landlord the Red Lion ever had.");
H("obituary", "I worked with Pat on the children's ward for twenty years. She trained most of the nurses who work there now and never once lost her temper, even on the worst nights. The place won't be the same.");
H("obituary", "A sad loss for the town 🕊️");
H("obituary", "Thinking of you all, Bev. x");
H("obituary", "There's a lovely old radio interview with him about his wartime service, if the family haven't heard it: https://www.bbc.co.uk/sounds/play/p0b7x4kd");

// --- environment -----------------------------------------------------------
H("environment", "Sewage released into the Dunn 140 times last year and they still paid out dividends. Shameful. You can see the overflows on your own stretch of river here: https://www.theriverstrust.org/key-issues/sewage-in-rivers");
H("environment", "Litter pick this Saturday 10am at the Quay, bags and grabbers provided. Last time we filled 60 bags.");
H("environment", "Great news about the beavers! Nature doing what nature does.");
H("environment", "Wildflower verges look scruffy to some people but the bees love them. Leave them be.");
H("environment", "That tree felling on Elm Avenue was done in the middle of nesting season. Surely that's illegal?");
H("environment", "@Colin it's only an offence if an active nest is disturbed, but they should have had an ecologist check first. Worth asking the council for the survey.");
H("environment", "EV chargers are great but there are four in the whole town and two of them don't work.");
H("environment", "Air quality on Station Road at school pick-up is terrible. Engines idling everywhere.");
H("environment", "Kingfisher on the canal by the lock this morning! First one I've seen in years.", { url: "https://bsky.app/profile/dunnvalleybirder.bsky.social" });
H("environment", "Tip opening hours cut to four days a week. Expect more fly-tipping.");
H("environment", "For anyone who wants to read up on chalk streams and why the Dunn matters so much: https://en.wikipedia.org/wiki/Chalk_stream");

// --- pubs ------------------------------------------------------------------
H("pubs", "The Fox & Hounds reopening under new management is great news, had a lovely Sunday roast there.");
H("pubs", "£6.20 a pint. SIX POUNDS TWENTY.");
H("pubs", "The beer garden at the Anchor has been done up lovely.");
H("pubs", "Quiz night at the Red Lion on Wednesdays is the best in town. Come and lose to us.");
H("pubs", "Pubs are the last place a lot of older people see anyone all week. Protect them.");
H("pubs", "The Anchor does a pensioners' lunch for £7.50 on Tuesdays, two courses. Bargain.");
H("pubs", "Lovely pub but the music needs turning down, couldn't hear myself think.");
H("owner-reply", "Hi all, Steve from the Anchor here. Thanks for the feedback about the music — fair point, we've turned it right down on food nights. Hope to see you for the Tuesday lunch.", { author: "Steve Greaves", url: "https://theanchor-saltinghithe.example" });

// --- libraries -------------------------------------------------------------
H("library", "The library saved me when I was out of work. Free computers, free wifi, and someone to talk to.");
H("library", "Cutting hours to three days a week is closure by stealth.");
H("library", "Friends of Ellingstow Library meet Tuesday 7pm in the community room if you want to help fight this. Details on our page: https://friendsofellingstowlibrary.example");
H("library", "Brilliant summer reading challenge, my two read 18 books between them!");
H("library", "You can borrow ebooks and audiobooks with your library card too, lots of people don't know: https://ellingstowlibraries.example/ebooks");
H("library", "Libraries aren't just books. Warm spaces, job clubs, baby rhyme time, blood pressure checks, help with forms. Cut them and you pay for it somewhere else.");

// --- community -------------------------------------------------------------
H("community", "Repair café at the church hall on the first Saturday of the month — they fixed my toaster and my grandson's bike!");
H("community", "Food bank is short of tinned meat, UHT milk and toiletries. Drop off at the Co-op or St Luke's. Full list of what they need this week: https://dunmerefoodbank.example/donate");
H("community", "Well done to the Men's Shed lads for the new benches in the park.");
H("community", "Remembrance service was very moving this year, lots of young people there too.");
H("community", "The village hall needs new trustees. It's honestly not much work, and without it there's no hall.");
H("community", "Anyone know what time the Santa float comes down Moor Lane?");
H("community", "@Trish about 6.30, it's usually running a bit late though!");
H("community", "Lovely to see the Ukrainian families who came here in 2022 running the stall at the market now. Their honey cake is incredible.");

// --- scam warnings (hard cases) --------------------------------------------
H("scam-warning", "Heads up — got a text this morning saying 'Your parcel could not be delivered, update your address and pay £1.45 here' with a link. It's a scam, don't click it. You can forward scam texts to 7726 for free, then delete.");
H("scam-warning", "My mum (82) had a call from 'her bank' saying her account was compromised and she had to move her savings to a 'safe account'. She very nearly did it. Your bank will NEVER ask you to move money. If in doubt, hang up and ring 159, it puts you through to your real bank.");
H("scam-warning", "The 'energy rebate' emails going round say 'you are eligible for £400, click here to claim before Friday'. Nothing real works like that. Report them here: https://www.gov.uk/report-suspicious-emails-websites-phishing");
H("scam-warning", "Mods, the comment above about the 'spell caster' is obviously spam, can you remove it? And please nobody email that address.");
H("scam-warning", "Warning to Marketplace sellers in Kestlewick: a 'buyer' asked me to read out a code sent to my phone 'to prove I'm real'. That's a WhatsApp account takeover. Never share those codes with anyone.");
H("scam-warning", "Anyone else getting 'Hi Mum, I dropped my phone, this is my new number, can you help me pay a bill'? My neighbour lost £1,900 to this last week. Ring your kids on their old number first, always.");
H("scam-warning", "There are fake job adverts going round offering '£300 a day to like hotel reviews, paid daily'. It's a task scam — they pay you small amounts at first, then get you to deposit money to 'unlock' bigger tasks. Report to Action Fraud on 0300 123 2040.");
H("scam-warning", "Re the crypto fraud story: watch out for 'recovery agents' who contact victims afterwards promising to get the money back for a fee. They're often the same gangs. Real police and solicitors don't cold-call you on WhatsApp.");
H("scam-warning", "Be careful buying folk festival tickets off social media. Someone in our group paid £290 for two that never arrived. Only use the official site or the festival's own resale page.");
H("scam-warning", "Puppy scams are everywhere at the moment. If they won't let you see the pup with its mum in person, walk away, however sweet the photos are.");

// --- recommendations (hard cases) ------------------------------------------
H("recommendation", "If anyone needs a decent roofer after the storm, Gareth Lloyd did ours last year — turned up when he said he would, fair price, no upselling. 07700 900461.");
H("recommendation", "@Linda try Fellgate Glass on Mill Lane, they replaced our conservatory panel within a week and were cheaper than the big firms.");
H("recommendation", "Kestlewick Hardware had plenty of sandbags and pumps in stock yesterday and weren't price gouging. Worth a call before you drive to the retail park.");
H("recommendation", "Best fish and chips in the valley is the Golden Haddock in Saltinghithe and I will fight anyone on this.");
H("recommendation", "The mobile mechanic Sam sorted my car on the driveway after the pothole did for my tyre, saved me a tow. His site is dunmeremobilemotors.example if it helps anyone.");
H("recommendation", "For the family in the article: the charity workshop at Ashcombe House repairs wheelchairs for a donation. Lovely volunteers, they did my dad's in a day.");
H("recommendation", "We had Hadley & Sons do our boiler in the cold snap, they came out on a Sunday and only charged the normal rate. Number is 01632 960772 if anyone's stuck.");

// --- classifieds in community articles (hard cases) ------------------------
H("classified", "Slightly off topic but it's the community page: I've got a three-seater grey sofa in good condition, free to anyone who can collect from Fellgate this weekend. Reply here and I'll sort it.");
H("classified", "Free kittens to good homes! Our cat had a surprise litter, four left, nine weeks old and litter trained. Collection from Marrowby. We just want them to go somewhere loving 🐱");
H("classified", "Selling a cot bed and mattress, £40, Kestlewick. Would rather it went to a local family than sat in my loft.");
H("classified", "Lost cat — ginger tom called Biscuit, missing from the Quarry Lane area since Sunday. He's chipped and very friendly. Any sightings please reply here, we're heartbroken.");
H("classified", "Allotment plots available at Hollins Edge! Contact the society secretary through the website, the waiting list is short at the moment.", { url: "https://hollinsedgeallotments.example" });

// --- helplines (hard cases) ------------------------------------------------
H("helpline", "If this story has brought anything up for anyone, Childline is 0800 1111 for young people and it's free. Please talk to someone.");
H("helpline", "Citizens Advice Adviceline is 0800 144 8848 if you're struggling with the benefit changes. They helped me appeal and I won.");
H("helpline", "Men don't talk enough. I didn't, until I nearly didn't make it. If you're in a dark place, ring the Samaritans on 116 123 or text a friend. It does get better.");

// --- street WhatsApp groups (hard cases) -----------------------------------
H("whatsapp-group", "We've set up a WhatsApp group for Tanner's Row and the surrounding streets to keep an eye out after the break-ins. Reply here or knock at number 18 if you want adding.");
H("whatsapp-group", "The Saltinghithe flood volunteers are organising on a WhatsApp group, about 80 of us now. If you can help with sandbags or lifts, message me and I'll send you the invite link.");
H("whatsapp-group", "@Jan yes, the allotment society has a Telegram channel for updates, just ask at the gate on a Sunday morning and someone will add you.");

// --- capitals-lock anger (hard cases) --------------------------------------
H("caps-anger", "THIS IS THE THIRD TIME THIS YEAR THE 14 HAS BEEN CUT. WE ARE NOT SECOND CLASS CITIZENS IN CARROWFIELD!!!");
H("caps-anger", "NOBODY ASKED FOR A CYCLE LANE ON A ROAD THAT FLOODS EVERY WINTER. NOBODY.");

// --- short praise (hard cases) ---------------------------------------------
H("short-praise", "Brilliant article, thank you!!");
H("short-praise", "Great news 👏👏👏");
H("short-praise", "Love this ❤️");
H("short-praise", "Well done everyone involved!");
H("short-praise", "Fantastic, about time.");
H("short-praise", "What a lovely story 😊");

// --- non-English comments under English articles (hard cases) ---------------
H("non-english", "Mieszkam w Brackenford od dziesięciu lat i autobus 14 to jedyny sposób, żeby dojechać do pracy w szpitalu. Bez niego nie dam rady.");
H("non-english", "Newyddion trist iawn. Roedd hi'n athrawes arbennig. Cydymdeimlad â'r teulu i gyd.");
H("non-english", "Qué pena que cierre la panadería, era la mejor del barrio. Mucho ánimo a la familia.");
H("non-english", "Obrigada pela notícia. Trabalho no hospital e a situação nas urgências é mesmo assim, todos os dias.");
H("non-english", "Foarte frumos că se redeschide biblioteca. Copiii mei merg acolo în fiecare sâmbătă.");

// --- articles in other languages (twin towns, visitors) --------------------
H("twin-town", "Schöner Bericht über die Städtepartnerschaft mit Brackenford. Wir waren letztes Jahr mit dem Chor dort und wurden sehr herzlich empfangen.", { lang: "de" });
H("roadworks", "Die Umleitung wegen der Baustelle an der Brückenstraße ist eine Katastrophe. Ich brauche morgens 25 Minuten länger zur Arbeit.", { lang: "de" });
H("market", "Merci pour cet article. Le marché du samedi est vraiment le cœur du village, j'espère qu'il ne va pas déménager.", { lang: "fr" });
H("council", "Je ne suis pas d'accord avec le maire : fermer la piscine en été, c'est absurde quand il fait 35 degrés.", { lang: "fr" });
H("health", "Muy buena noticia lo del nuevo centro de salud. Llevábamos años esperando. Ojalá contraten suficiente personal.", { lang: "es" });
H("festival", "¿Alguien sabe si el festival de este año sigue siendo gratis para los niños?", { lang: "es" });
H("library", "Finalmente! La biblioteca riapre dopo due anni di lavori. Complimenti a tutti i volontari.", { lang: "it" });
H("transport", "Il traffico in centro il sabato è insopportabile, servono più autobus e meno macchine.", { lang: "it" });

// --- longer stories, replies, jokes and typos ------------------------------
H("buses", "I want to tell the councillors what cutting the evening 14 actually means. I'm 67, I don't drive, and I volunteer at the hospice shop two evenings a week. The last bus back to Carrowfield now goes at 6.05, so either I leave early and let the team down or I pay £14 for a taxi, which I can't do twice a week on a state pension. My neighbour works nights at the hospital and she's going to have to give up her job. We were told at the consultation that 'low usage' was the reason. Of course usage was low — the bus was never on time, so people gave up on it. Run a reliable service and people will use it. Cut it and you cut people off. Simple as that.");
H("housing", "I'm going to disagree with a lot of the comments here. I grew up on the estate next to the quarry site and my kids can't afford to live within ten miles of me. Every time a development is proposed the same people turn up to say it's the wrong place, the wrong design, too many cars, not enough parking, too high, too dense. There is never a right place. The old quarry is brownfield, it's near the bus route and it's walking distance to the school. If not there, where? I'd rather have 350 homes with one access road and a fight to get a second one than no homes at all and another generation moving away.");
H("weather", "We were flooded in 2023 so reading this brought it all back. For anyone on Riverside Terrace facing it now: take photos of everything before you move it, keep every receipt, ring your insurer straight away and don't let anyone pressure you into signing with a 'recovery' firm on the doorstep. The council's hardship grant exists but you have to apply, it isn't automatic. And look after yourselves — it took me months to stop waking up every time it rained hard. The community spirit was the only good thing about it. People we'd never spoken to turned up with mops and soup. Thinking of you all.");
H("pubs", "The only thing moving fast in this town is the price of a pint.");
H("leisure", "cant beleive there closing the pool agian, where are the kids ment to go in the summer holidays");
H("health", "@Dee it isn't the council's decision, the NHS trust owns the building. It's in the last paragraph.");
H("sport", "Does anyone know if the Wrexby road will be closed for the half marathon on Sunday morning? Need to get to work for 8.");
H("obituary", "Mrs Ridley lived next door to us for 35 years. When my dad died she came round every single evening for a month with a plate of something and sat with my mum until she was ready for bed. She never made a fuss about it. She kept the best garden on the street, gave away more tomato plants than she grew, and told every new family on the road which bin went out which week. I'm so glad the paper has written about her. Sleep well, Dot.");
H("football", "People calling for the board to splash out need to look at the accounts. The club lost £410k last season on a turnover of about £1.9m and the only reason it's still here is the owner topping it up. Non-league football in a town of 40,000 is always going to be a struggle. I'd rather we were sensible and still existed in ten years than chase promotion and end up like half the clubs in our division who went bust.");
H("environment", "Planted 200 trees with the Year 5s from Marrowby Primary on Saturday morning. Freezing, muddy, and the best morning I've had in ages. The kids have each named one. Thank you to the landowner and the volunteers who brought flasks of hot chocolate.", { url: "https://www.instagram.com/marrowby.tree.gang/" });
H("leisure", "Swimming lesson bookings for the spring term open on Monday at 9am, and they go fast, so set an alarm: https://dunmereleisure.example/swim-school");
H("crime", "My car was keyed on the school run on Wednesday, right outside the gate, in broad daylight. The police gave me a crime number and that's it. I'm not blaming them, they've got no officers, but it's hard to explain to a seven year old why nobody is going to do anything.");

// ===========================================================================
// Build, check and write
// ===========================================================================

// Optional "website" field for some genuine commenters: blogs, portfolios, profiles.
const PERSONAL_SITES: string[] = shuffle([
  "https://dunmerewalks.example",
  "https://www.flickr.com/photos/fellgatefred/",
  "https://mastodon.social/@kestlewicknotes",
  "https://rosiehadleyillustration.example",
  "https://oldbrackenfordphotos.example/blog",
  "https://www.youtube.com/@ValleyTrainSpotter",
  "https://bsky.app/profile/carrowfieldcyclist.bsky.social",
  "https://ashworthjoinery.example",
  "https://saltinghithesailing.example",
  "https://marrowbyhistory.example/articles",
  "https://thewrexbywordsmith.example",
  "https://sutcliffephotography.example/portfolio",
  "https://www.instagram.com/upperdunmere_garden/",
  "https://dunnvalleydiary.example",
  "https://kowalski-electrical.example",
  "https://www.strava.com/athletes/48213377",
  "https://hollinsedgehikes.example/routes",
  "https://github.com/dunmeredev",
  "https://www.tiktok.com/@fellgatebakes",
  "https://elaineknits.example",
  "https://brackenfordbeekeepers.example",
  "https://kwamemensah.example",
  "https://myvalleykitchen.example/recipes",
  "https://ellingstowcameraclub.example",
  "https://www.threads.net/@quarrylanequeen",
  "https://pennington-planning.example/about",
  "https://en.wikipedia.org/wiki/User:Fellgate_Historian",
]);

function buildRow(e: Entry): Row {
  const author = e.author ?? (e.label === "spam" ? makeDrivebyAuthor() : makeAuthor());
  const email = e.email ?? makeEmail(author);
  let url = e.url ?? "";
  if (e.label === "ham" && e.url === undefined && rand() < 0.115) {
    url = PERSONAL_SITES.pop() ?? "";
  }
  const userAgent = e.ua ?? pick(BROWSER_UAS);
  return {
    split: "F",
    label: e.label,
    kind: e.kind,
    author,
    email,
    url,
    text: e.text,
    userAgent,
    articleLanguage: e.lang ?? "en",
  };
}

const RESERVED_EMAIL_DOMAIN = /(^|\.)(example\.(com|net|org)|example|test)$/;

function validate(rows: readonly Row[]): void {
  const errors: string[] = [];
  const spam = rows.filter((r) => r.label === "spam");
  const ham = rows.filter((r) => r.label === "ham");
  if (rows.length !== 500) errors.push(`expected 500 rows, got ${rows.length}`);
  if (spam.length !== 200) errors.push(`expected 200 spam, got ${spam.length}`);
  if (ham.length !== 300) errors.push(`expected 300 ham, got ${ham.length}`);

  const seen = new Set<string>();
  for (const r of rows) {
    const key = r.text.trim().toLowerCase();
    if (seen.has(key)) errors.push(`duplicate text: ${r.text.slice(0, 60)}`);
    seen.add(key);
    if (r.author.length < 1 || r.author.length > 245) errors.push(`author length: ${r.author}`);
    if (r.text.length < 1 || r.text.length > 2000) errors.push(`text length ${r.text.length}: ${r.text.slice(0, 40)}`);
    if (r.url.length > 200) errors.push(`url too long: ${r.url}`);
    if (r.url !== "" && !r.url.startsWith("https://")) errors.push(`url scheme: ${r.url}`);
    if (r.email.length > 100 || !/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(r.email)) {
      errors.push(`bad email: ${r.email}`);
    }
    const domain = r.email.split("@")[1] ?? "";
    if (!RESERVED_EMAIL_DOMAIN.test(domain)) errors.push(`non-reserved email domain: ${r.email}`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.kind)) errors.push(`kind not kebab-case: ${r.kind}`);
    if (r.label === "ham" && !BROWSER_UAS.includes(r.userAgent)) errors.push(`ham with non-browser UA: ${r.text.slice(0, 40)}`);
  }

  const kindCounts = new Map<string, number>();
  for (const r of spam) kindCounts.set(r.kind, (kindCounts.get(r.kind) ?? 0) + 1);
  if (kindCounts.size < 50) errors.push(`only ${kindCounts.size} spam kinds`);
  for (const [kind, n] of kindCounts) if (n > 5) errors.push(`spam kind ${kind} has ${n} rows`);
  const scripted = spam.filter((r) => !BROWSER_UAS.includes(r.userAgent)).length;
  if (scripted > 5) errors.push(`${scripted} spam rows with non-browser UA`);

  if (errors.length > 0) throw new Error(`split F validation failed:\n  ${errors.join("\n  ")}`);
}

const rows = shuffle(entries.map(buildRow));
validate(rows);

const outPath = join(dirname(fileURLToPath(import.meta.url)), "spam-comments-f.jsonl");
writeFileSync(outPath, rows.map((r) => JSON.stringify(r)).join("\n") + "\n", "utf8");

const spamKinds = new Set(rows.filter((r) => r.label === "spam").map((r) => r.kind)).size;
console.log(`wrote ${rows.length} rows (${spamKinds} spam kinds) to ${outPath}`);
