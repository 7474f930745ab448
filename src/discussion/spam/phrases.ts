/*
 * Words and phrases that spam is made of, with how much each one counts. Written from what
 * comment spam is generally known to sell (pharma, casinos and betting, crypto and "income",
 * SEO and followers, loans, essays, replicas, adult lures), in a few languages, and never
 * copied from the evaluation set (eval/), so the evaluation measures the list rather than
 * reciting it. "strong" phrases are hardly ever typed by a genuine reader of local news;
 * "weak" ones are topics a genuine comment may well discuss (a casino licence, a council
 * loan), so they only add up with other signals.
 */

export interface SpamPhrase {
  pattern: RegExp;
  points: number;
}

const STRONG = 40;
const MEDIUM = 25;
const WEAK = 12;

/** A Latin-script phrase bounded by non-letters (\b is ASCII-only, so accents would break it). */
function words(source: string, points: number): SpamPhrase {
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu'), points };
}

/** A phrase in a script without spaces between words (or where any substring will do). */
function anywhere(source: string, points: number): SpamPhrase {
  return { pattern: new RegExp(source, 'iu'), points };
}

export const spamPhrases: readonly SpamPhrase[] = [
  // Pharma.
  words('v[i1!|]agr[a@4]|c[i1!|]al[i1!|]s|levitra|kamagra|tramadol|xanax|valium|oxycodone|phentermine|modafinil|adderall', STRONG),
  words('(?:without|no) (?:a )?(?:doctor(?:\'?s)? )?prescription(?: needed)?|online (?:pharmacy|drugstore)|cheap (?:meds|pills|medication)|pills? online|generic (?:pills|meds)', STRONG),
  words('erectile dysfunction|male enhancement|penis enlargement', STRONG),
  // Followers, likes, reviews.
  words('buy(?:ing)? (?:[\\p{L}-]{1,40} ){0,3}(?:followers|likes|views|subscribers|reviews|plays|streams)', STRONG),
  words('(?:followers|likes|views|subscribers|plays|streams) (?:and (?:followers|likes|views|subscribers|plays) )?(?:cheap|fast|instantly|real accounts)', STRONG),
  words('(?:cheap|real|instant|active) (?:instagram |tiktok |youtube )?(?:followers|likes|subscribers)', MEDIUM),
  words('free (?:gift ?cards?|iphone|vouchers?)|gift card giveaway|for the first \\d{1,12} (?:visitors|people|users)', STRONG),
  // Essays.
  words('(?:essay|paper|thesis|dissertation|assignment|homework) (?:writing )?(?:service|services|help|writers?)|write my (?:essay|paper|thesis|assignment)|do my (?:homework|assignment)', STRONG),
  // Crypto and income.
  words('crypto(?:currency)? giveaway|bitcoin giveaway|(?:double|triple|multiply) your (?:bitcoin|btc|eth|crypto|money|investment)|bitcoin doubler', STRONG),
  words('giving away [\\d,.]{1,20} ?(?:btc|eth|bitcoin|ethereum|usdt|sol)|send (?:any amount|[\\d.]{1,20} ?(?:btc|eth)) and (?:get|receive) (?:it )?(?:double|2x|twice)|get double back|(?:token|coin) presale|next 100x', STRONG),
  words('(?:investing|invest|trading) with (?:mr|mrs|ms|dr)\\.? \\p{Lu}\\p{Ll}{1,40}|(?:thanks to|contact|message|write to) (?:mr|mrs|ms|dr)\\.? \\p{Lu}\\p{Ll}{1,40}(?:\\s\\p{Lu}\\p{Ll}{1,40})?(?:\'s)? (?:forex|bitcoin|crypto|trading|investment|loan|on whatsapp|on telegram)', STRONG),
  words('guaranteed (?:returns?|profits?|income)|forex signals?|binary options?|(?:crypto|forex|bitcoin) (?:trading )?(?:bot|signals|expert|investment platform)|recover(?:y of)? (?:your )?(?:lost|stolen) (?:crypto|bitcoin|funds)', STRONG),
  words('make money (?:online|from home|fast)|work from home (?:and )?(?:earn|make)|passive income|get rich (?:quick|fast)|financial freedom|earn (?:extra )?(?:money|cash) (?:online|from home|daily)', MEDIUM),
  // Casinos and betting.
  words('online casinos?|casino (?:bonus|online|games online|sites?)|free spins|no deposit bonus|slots? online|online slots?|sports? betting (?:tips|site)|betting tips|(?:online )?poker (?:online|room|bonus)|jackpot (?:slots?|bonus)|welcome bonus', STRONG),
  // SEO and traffic.
  words('seo (?:services?|agency|experts?|company|packages?|tools?|specialists?)|backlinks?|link ?building|guest post(?:ing|s)?(?: service)?|domain authority|first page (?:of|on) google|(?:rank|ranking) (?:your (?:site|website) )?(?:higher|#?1|first) (?:on|in) google|(?:boost|increase|drive) (?:your )?(?:website |site )?traffic', STRONG),
  words('digital marketing (?:agency|services)|web design (?:agency|services)|cheap (?:web design|hosting)', MEDIUM),
  // Loans.
  words('payday loans?|(?:instant|quick|fast|easy|same day) (?:cash )?loans?|loan offer|no credit check|bad credit (?:loans?|ok|welcome)|cash advance|(?:private|legit|genuine) loan lenders?|loan lenders?|apply (?:now|today) for (?:a |your )?loan', STRONG),
  // Replicas and shopping.
  words('replica (?:watches|bags|handbags|rolex|designer)|designer handbags|cheap (?:ugg|jordans|nike|ray-?ban|michael kors|louis vuitton|oakley)|(?:outlet|factory) (?:store|online|sale)', STRONG),
  words('(?:buy|order) now|best price|lowest prices?|free shipping|limited (?:time )?offer|100% (?:guaranteed|legit|safe)|risk[- ]free|discount code|promo code', MEDIUM),
  // Adult lures.
  words('(?:hot|lonely|sexy) (?:singles|girls|women|milfs?)(?: (?:in your area|near you|waiting))?|adult dating|escort (?:service|agency|girls)|sex ?cams?|webcam (?:girls|models)', STRONG),
  words('porn|xxx', MEDIUM),
  // Weight loss and supplements.
  words('natural (?:supplement|remedy|cure|pills)|miracle (?:cure|pill)', MEDIUM),
  words('weight loss (?:pills|supplements?)|diet pills|fat burners?|keto (?:pills|gummies|diet pills)|cbd (?:oil|gummies)|(?:lose|lost|losing) (?:weight|\\d{1,12} ?(?:lbs|pounds|kg|kilos)) (?:fast|quickly|in (?:\\d{1,12}|a|one|two|three|a few) (?:days?|weeks?))', STRONG),
  // Spam's greetings and contact requests.
  words('dear (?:sir|madam|friend|admin|webmaster)|hello (?:admin|webmaster)|hi (?:admin|webmaster)', MEDIUM),
  words('(?:whatsapp|telegram|wechat|viber)(?: me| us)?(?: ?:| at| on| via| number| \\+)', MEDIUM),
  // Phishing, prizes and gift cards.
  words('verify your (?:account|identity|details)|your account (?:has been |is |was )?(?:suspended|flagged|locked|limited)|you have been selected|congratulations,? you(?:\'ve| have)? won|claim your (?:prize|reward|voucher|gift|bonus|tokens)|(?:parcel|package|delivery) (?:failed|on hold|could not be delivered)|reschedule your delivery', STRONG),
  words('free (?:robux|v-?bucks|skins|gems|coins|diamonds)|(?:robux|v-?bucks|gift ?card) generator|no human verification|gift ?cards? (?:giveaway|code)', STRONG),
  // Jobs that are not jobs.
  words('we are hiring|no experience (?:needed|required|necessary)|(?:work|earn|job) from (?:home|your phone)|part[- ]time (?:online )?jobs?|data entry (?:job|work)|home[- ]based (?:job|work|business)|(?:get )?paid (?:daily|weekly|every (?:day|week|friday))|spare time', MEDIUM),
  // Spells, brotherhoods and sugar mummies: comment spam's oldest scripts.
  words('spell caster|love spell|bring back (?:your|my) (?:lover|ex|husband|wife)|join the (?:illuminati|brotherhood)|(?:wealth|riches),? (?:and )?(?:fame|power)|sugar (?:mummy|daddy)', STRONG),
  // Adult lures.
  words('hook ?ups?|meet (?:local )?(?:women|girls|singles|milfs)|(?:private |live )?(?:video |cam )chat with (?:girls|women)|18\\+ only|nudes|lonely tonight', STRONG),
  // Outreach, links for sale, property and visas, apps.
  words('do-?follow|sponsored (?:post|article)s?|accept guest|link (?:insertion|placement|exchange)|more leads|free (?:quote|audit|consultation)', MEDIUM),
  words('guaranteed (?:rental )?yield|title deeds?|off-plan|plots? for sale|visa (?:fast[- ]track|sponsorship|guaranteed)|\\d{1,12}% success rate', MEDIUM),
  words('free trial|no watermark|who viewed your profile|read (?:deleted|someone\'s) messages|spy (?:app|on (?:your|any))|best vpn', MEDIUM),
  // Topics a real reader may discuss: they only count together with other signals.
  words('casinos?|betting|gambling|loans?|crypto(?:currency|currencies)?|bitcoin|forex|seo|pharmacy|followers|dating|investment opportunity', WEAK),

  // Spanish, Portuguese, French, German, Italian, Turkish, Indonesian, Vietnamese.
  words('pr[ée]stamos? (?:r[áa]pidos?|personales|sin aval|online)|casino en l[íi]nea|gana(?:r)? dinero (?:desde casa|r[áa]pido|f[áa]cil)|apuestas (?:deportivas|en l[íi]nea)|comprar seguidores', STRONG),
  words('ganhe dinheiro|empr[ée]stimos? (?:r[áa]pidos?|online|f[áa]cil)|cassino online|comprar seguidores', STRONG),
  words('pr[êe]ts? (?:rapides?|personnels?|entre particuliers)|casino en ligne|gagner de l\'argent|acheter des (?:followers|abonn[ée]s)', STRONG),
  words('kredit ohne schufa|schnellkredit|schneller kredit|onlinecasinos?|geld verdienen|follower kaufen', STRONG),
  words('prestiti? (?:veloci?|online)|guadagnare soldi|casin[òo] online', STRONG),
  words('bahis siteleri|deneme bonusu|casino siteleri|canl[ıi] bahis', STRONG),
  words('judi (?:online|bola)|slot gacor|situs slot|togel', STRONG),
  words('c[áa] c[ưu][ợo]c|nh[àa] c[áa]i', STRONG),
  // Cyrillic, Chinese, Japanese, Korean, Arabic: no spaces or no ASCII word boundaries.
  anywhere('казино|ставки на спорт|букмекер|виагр|кредит(?:ы)? (?:онлайн|без)|займ|заработ(?:ок|ать|ай)|купить (?:подписчиков|лайки|диплом)|продвижение сайт|раскрутка сайт|бонус за регистрацию', STRONG),
  anywhere('博彩|娱乐城|代写|赌场|百家乐|六合彩|棋牌|网赌|刷粉|加微信|彩票|贷款|代孕|发票', STRONG),
  anywhere('オンラインカジノ|カジノ|出会い系|副業で|稼げる', STRONG),
  anywhere('카지노|토토사이트|바카라|먹튀|대출', STRONG),
  anywhere('كازينو|قروض سريعة|ربح المال', STRONG),
];
