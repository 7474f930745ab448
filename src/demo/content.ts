// Demo content for a fresh Newsdesk install.
// Everything here is fictional: the city of Porthaven, its outlets, people and
// organisations are invented, and all URLs use the reserved .example TLD.

export interface DemoSource {
  slug: string;        // lowercase-hyphenated, unique
  title: string;       // outlet name
  siteUrl: string;     // https://<something>.example/  (use the reserved .example TLD only)
  description: string; // one sentence
}
export interface DemoComment {
  author: string;
  email: string;       // always @example.com / @example.org / @example.net
  url?: string;        // optional personal site, https://<something>.example/
  body: string;        // Markdown as a reader would type it (paragraphs, sometimes *emphasis*, a link, a > quote, a list)
  minutesAfter: number;// minutes after the article's publication
  replies?: DemoComment[];
}
export interface DemoArticle {
  source: string;      // a DemoSource slug
  title: string;
  author?: string;     // byline, omitted for a few
  url: string;         // original article URL on the source's .example site, unique
  publishedAt: string; // ISO 8601 UTC, spread over the 10 days before 2026-11-25, all distinct
  topics: string[];    // 1-3 lowercase topic words, e.g. "transport", "science"
  bodyHtml: string;    // the excerpt
  comments?: DemoComment[];
}

export const demoSources: DemoSource[] = [
  {
    slug: "harbourline-gazette",
    title: "The Harbourline Gazette",
    siteUrl: "https://harbourline-gazette.example/",
    description: "Porthaven’s daily city paper, covering the council, the waterfront and the neighbourhoods in between.",
  },
  {
    slug: "meridian-science-wire",
    title: "Meridian Science Wire",
    siteUrl: "https://meridian-wire.example/",
    description: "A small science news service reporting on research from the coast’s universities and laboratories.",
  },
  {
    slug: "saltmarsh-business-journal",
    title: "Saltmarsh Business Journal",
    siteUrl: "https://saltmarsh-journal.example/",
    description: "Weekly news on companies, co-operatives and jobs across the Saltmarsh coast and the Aldmoor Valley.",
  },
  {
    slug: "tram-and-tide",
    title: "Tram & Tide",
    siteUrl: "https://tramandtide.example/",
    description: "An independent blog about public transport, energy and climate adaptation in and around Porthaven.",
  },
];

// ---------------------------------------------------------------------------
// Recurring commenters (same name always comes with the same email and site).

interface Person {
  author: string;
  email: string;
  url?: string;
}

const people = {
  maren: { author: "Maren Holt", email: "maren.holt@example.com", url: "https://marenholt.example/" },
  oskar: { author: "Oskar Varga", email: "oskar.varga@example.net" },
  bea: { author: "Bea Adeyemi", email: "bea.adeyemi@example.org", url: "https://bea-sketches.example/" },
  rui: { author: "Rui Castanheira", email: "rui.castanheira@example.com" },
  jonah: { author: "Jonah Pryce", email: "jonah.pryce@example.net" },
  siobhan: { author: "Siobhan Clery", email: "siobhan.c@example.org" },
  wen: { author: "Wen Zhao", email: "wen.zhao@example.com", url: "https://wenrides.example/" },
  farid: { author: "Farid Nasser", email: "farid.nasser@example.net" },
  lotte: { author: "Lotte Vermeer", email: "lotte.vermeer@example.org" },
  gus: { author: "Gus Tremayne", email: "gus.tremayne@example.com" },
  priscilla: { author: "Priscilla Onu", email: "p.onu@example.net" },
  dev: { author: "Dev Malhotra", email: "dev.malhotra@example.com", url: "https://devmakes.example/" },
  hattie: { author: "Hattie Crewe", email: "hattie.crewe@example.org" },
  kit: { author: "Kit Alder", email: "kit.alder@example.net" },
};

function c(p: Person, minutesAfter: number, body: string, replies?: DemoComment[]): DemoComment {
  const comment: DemoComment = { author: p.author, email: p.email, body, minutesAfter };
  if (p.url !== undefined) comment.url = p.url;
  if (replies !== undefined) comment.replies = replies;
  return comment;
}

const { maren, oskar, bea, rui, jonah, siobhan, wen, farid, lotte, gus, priscilla, dev, hattie, kit } = people;

// ---------------------------------------------------------------------------

export const demoArticles: DemoArticle[] = [
  // Story pair A (1/2): Line 3 tram extension — city angle.
  {
    source: "harbourline-gazette",
    title: "Line 3 trams reach the harbour as extension opens to cheering crowds",
    author: "Lucía Fernhill",
    url: "https://harbourline-gazette.example/2026/11/16/line-3-harbour-extension-opens",
    publishedAt: "2026-11-16T08:15:00Z",
    topics: ["transport", "city"],
    bodyHtml: `<p>The first passenger tram to run the full length of the extended Line 3 pulled into Harbour Point just after seven on Monday morning, greeted by a brass band, a row of fishmongers in white aprons and several hundred residents who had set their alarms early to be on board.</p>
<p>The 2.4-kilometre extension links Station Square with the Harbour Quarter via four new stops — Ropewalk, Fishmarket, Lighthouse Road and Harbour Point — and ends almost a decade of campaigning by people on the eastern waterfront, who until now relied on a single bus route that crawled along Quay Street.</p>
<blockquote><p>“For years the harbour felt like the end of the line without actually being on one. This morning it became part of the city again,” said Mayor Ana Ribeiro, who rode the first service alongside pupils from Lighthouse Road Primary.</p></blockquote>
<p>Shopkeepers along Ropewalk said they had already noticed a difference. “We sold out of pastries by half past nine, which never happens on a Monday,” said Dalia Moreau, who runs a café opposite the new stop. Others were more cautious: several residents of Lighthouse Road said the works had been disruptive, and asked the Porthaven Transit Authority to keep an eye on noise from trams turning at the loop.</p>
<p>The authority says trams will run every six minutes at peak times and every ten minutes in the evenings. A full timetable is on the <a href="https://porthaven-transit.example/line-3">transit authority’s website</a>.</p>`,
    comments: [
      c(wen, 22, "Rode the 7:04 down to Harbour Point with my kids. Smooth, quiet, and the band was a lovely touch.", [
        c(rui, 41, "Same service! The driver rang a little bell fanfare at Fishmarket and my daughter hasn’t stopped talking about it."),
      ]),
      c(gus, 35, "Happy for the harbour, but the works on Lighthouse Road were a nightmare for two years and nobody from the authority ever answered my emails about the night shifts.", [
        c(maren, 58, "Sorry to hear that. For what it’s worth, the noise complaints are recorded in [the council minutes](https://porthaven-council.example/minutes) from March, so they did reach someone.", [
          c(gus, 77, "Thanks, I hadn’t seen those. *Recorded* isn’t quite the same as *answered*, but it’s something.", [
            c(siobhan, 102, "Worth raising at the transport committee drop-in next month. They do take questions from the floor, and the minutes are public."),
          ]),
        ]),
      ]),
      c(bea, 64, "> We sold out of pastries by half past nine\n\nCan confirm. I was the one who bought the last almond twist. Sorry, Ropewalk."),
      c(jonah, 130, "Every six minutes at peak is good, but what about Sunday mornings? The timetable says every fifteen, which feels thin for a line that serves the fish market.", [
        c(kit, 150, "The fish market is busiest before six anyway, so the early weekday trams matter more than Sunday ones, in my opinion."),
      ]),
      c(lotte, 210, "Genuinely moving to see older residents of the Harbour Quarter on the first tram. Some of them have been asking for this since the nineties."),
      c(dev, 320, "Can someone explain why the line stops at Harbour Point and doesn’t carry on to the lifeboat station? Another 500 metres would have done it.", [
        c(oskar, 345, "The turning loop needed flat ground, and Harbour Point was the only plot big enough. It’s explained in the consultation documents, somewhere around page 40."),
      ]),
    ],
  },

  // Story pair A (2/2): Line 3 tram extension — transport/engineering angle.
  {
    source: "tram-and-tide",
    title: "Line 3 extension: first-week numbers, wire-free running and what comes next",
    author: "Ines Kowalczyk",
    url: "https://tramandtide.example/posts/line-3-first-week-numbers",
    publishedAt: "2026-11-18T12:40:00Z",
    topics: ["transport", "energy"],
    bodyHtml: `<p>Days after the Line 3 extension opened to the harbour, the Porthaven Transit Authority has published its first ridership figures, and they are better than even the project’s own forecasts. An average of 9,400 passengers a day boarded at the four new stops, against a projection of 7,000 for the whole first year.</p>
<p>The more interesting story, for anyone who follows tram engineering, is the 600-metre stretch along Lighthouse Road with no overhead wires at all. The listed terraces there ruled out poles and cables, so the new trams lower their pantographs at Fishmarket and run on onboard batteries until they reach the loop at Harbour Point.</p>
<blockquote><p>“The batteries are topped up by regenerative braking on the hill down from Station Square, so on a normal day the wire-free section costs us almost nothing in extra energy,” said Rafael Duarte, the authority’s head of rolling stock.</p></blockquote>
<p>Not everything has gone smoothly. Two trams were held at Ropewalk on Wednesday while a delivery van was moved off the tracks, and cyclists have raised concerns about the rails on the cobbled section of Quay Street. Duarte said rubber flange fillers were being tested at two crossings.</p>
<p>The authority’s board will decide in the spring whether to study a further extension north towards the university campus. “If the harbour numbers hold through the winter, it becomes a very easy case to make,” said board member Yusra Halim.</p>`,
    comments: [
      c(oskar, 45, "The battery section is the bit I’m most curious about. Does anyone know how far the trams could go without wires if they had to?", [
        c(wen, 70, "The manufacturer’s spec sheet says roughly 3 km with the heating on, so plenty of margin for 600 m.", [
          c(oskar, 88, "That’s more than I expected. Thanks!"),
        ]),
      ]),
      c(kit, 120, "9,400 a day is great, but opening-week figures are always inflated by people riding it for the novelty. Let’s see February.", [
        c(lotte, 155, "Fair, though the bus it replaced carried fewer than 3,000 a day in a good week. Even if half of this is novelty, it’s still a big jump."),
      ]),
      c(wen, 240, "Re: the rails on Quay Street — I came off on the cobbles near Ropewalk last week. Please put flange fillers everywhere, not just at two crossings."),
    ],
  },

  // Story pair B (1/2): kelp forest recovery — research angle.
  {
    source: "meridian-science-wire",
    title: "Kelp forests off Gull Point have nearly doubled in five years, survey finds",
    author: "Theo Marchetti",
    url: "https://meridian-wire.example/news/2026/gull-point-kelp-recovery",
    publishedAt: "2026-11-17T09:00:00Z",
    topics: ["science", "environment", "ocean"],
    bodyHtml: `<p>Underwater forests of kelp along the rocky coast south of Porthaven have expanded by 94 per cent since 2021, according to a five-year survey by researchers at the University of Porthaven’s Marine Laboratory, published this week in the laboratory’s open bulletin.</p>
<p>The team, led by marine ecologist Dr Ingrid Solberg, mapped the forests each summer using a mix of diver transects and images from a small drone flown at low tide. The recovery was strongest in sheltered coves where volunteer divers had been removing sea urchins, which graze on young kelp and can strip a reef bare.</p>
<blockquote><p>“We expected some improvement, but not on this scale. In a couple of coves the canopy is now thicker than anything in the older records we have,” said Dr Solberg.</p></blockquote>
<p>The researchers caution that the gains are fragile. Warm summers slowed growth in two of the five years, and the forests on the exposed western side of Gull Point showed little change. “Kelp responds quickly when conditions are right, and just as quickly when they are not,” said co-author Kwame Asante, a doctoral researcher who spent more than 200 hours underwater on the project.</p>
<p>The findings have caught the attention of local fishers, who report more juvenile fish around the reefs, and of the Tidewater Fishers’ Co-operative, which is weighing up whether farmed kelp could become a new source of income.</p>`,
    comments: [
      c(priscilla, 90, "I volunteered on the urchin-removal dives in 2022. Lovely to see it made a measurable difference!"),
      c(dev, 300, "Is there any worry that removing urchins just moves the problem somewhere else? Genuinely asking, not trying to be contrary."),
    ],
  },

  // Story pair B (2/2): kelp — the fishing co-operative's business angle.
  {
    source: "saltmarsh-business-journal",
    title: "Tidewater Fishers’ Co-operative bets on seaweed as catches shift",
    author: "Harriet Osei",
    url: "https://saltmarsh-journal.example/articles/tidewater-coop-kelp-farm",
    publishedAt: "2026-11-19T07:45:00Z",
    topics: ["business", "fishing", "ocean"],
    bodyHtml: `<p>The Tidewater Fishers’ Co-operative, which represents 46 boat owners working out of Porthaven harbour, has voted to set up a kelp-farming arm, with the first seeded lines due to go into the water off Gull Point in February.</p>
<p>The decision follows a university survey showing that wild kelp forests along the coast have recovered strongly, and a difficult few seasons for the co-operative’s members, whose mackerel and crab landings have become harder to predict.</p>
<blockquote><p>“Nobody here is giving up fishing. But a boat that can work the kelp lines in winter is a boat that earns money twelve months of the year instead of eight,” said Declan Moor, who chairs the co-operative.</p></blockquote>
<p>The initial farm will cover four hectares and is expected to yield around 60 tonnes of sugar kelp in its first harvest. The co-operative has lined up two buyers: a Porthaven company that makes seaweed-based packaging and an Aldmoor Valley farm that uses kelp as a soil conditioner. Start-up costs are covered by a low-interest loan from the regional development fund and by contributions from members.</p>
<p>Some members voted against the plan, arguing that the co-operative should concentrate on getting better prices for fish. “I’m not against seaweed, I just want to see the numbers after one season before we go any bigger,” said skipper Aileen Corrigan. Moor said the farm’s accounts would be published separately so that members could judge it on its own merits.</p>`,
  },

  // Story pair C (1/2): Warmwell heat pumps — business angle.
  {
    source: "saltmarsh-business-journal",
    title: "Warmwell Systems to build heat pumps in old ropeworks after funding round",
    author: "Samir Achterberg",
    url: "https://saltmarsh-journal.example/articles/warmwell-systems-ropeworks-factory",
    publishedAt: "2026-11-20T06:30:00Z",
    topics: ["business", "energy", "manufacturing"],
    bodyHtml: `<p>Warmwell Systems, the Porthaven start-up that designs compact heat pumps for flats, will begin manufacturing in the city next year after closing a 6.5 million funding round led by the Saltmarsh Regional Investment Trust.</p>
<p>The company, founded four years ago by engineer Priya Nandakumar in a shared workshop at the university’s innovation centre, has signed a lease on part of the former Albright Ropeworks on the eastern edge of the harbour. It plans to employ 80 people by the end of 2027, most of them in assembly and installation.</p>
<blockquote><p>“Most heat pumps were designed for houses with gardens. Ours fits in a kitchen cupboard and sits behind a normal-looking vent. That is what makes it work in a city like this,” said Nandakumar.</p></blockquote>
<p>Warmwell’s units have so far been assembled in small batches by a contract manufacturer. Bringing production in-house should cut the cost of each unit by around a fifth, according to chief financial officer Joren Pieters, who said the company had orders for about 1,500 units from housing associations across the region.</p>
<p>Investors say the bet is as much about skills as hardware. “A factory is good, but a steady supply of trained installers is what will really set this region apart,” said Elena Marsh, a partner at the investment trust. Warmwell is working with Porthaven College on a twelve-week installer course, with the first group of trainees starting in March.</p>`,
  },

  // Story pair C (2/2): Warmwell heat pumps — housing/climate angle.
  {
    source: "tram-and-tide",
    title: "Inside Cormorant Court, where 120 flats swapped gas boilers for cupboard heat pumps",
    author: "Ines Kowalczyk",
    url: "https://tramandtide.example/posts/cormorant-court-heat-pump-retrofit",
    publishedAt: "2026-11-21T10:20:00Z",
    topics: ["energy", "housing", "climate"],
    bodyHtml: `<p>When Cormorant Court’s tenants were told last winter that their gas boilers would be replaced with heat pumps, the reaction on the estate’s group chat was, in the words of one resident, “somewhere between curious and furious.” Eleven months later, the mood has changed.</p>
<p>The seven-storey block, owned by the Harbourside Homes housing association, was the first large trial of Warmwell Systems’ cupboard-sized units — the same heat pumps the start-up will soon build at its new factory in the old ropeworks. Every flat now has one, along with new window seals and a smart thermostat.</p>
<blockquote><p>“I was worried it would be noisy or that the flat would never feel properly warm. Honestly, it’s quieter than the old boiler and the bathroom isn’t freezing in the mornings any more,” said Gloria Mensah, who has lived on the fourth floor for nineteen years.</p></blockquote>
<p>Harbourside Homes says average heating bills in the block fell by 31 per cent over the trial, while emissions from heating dropped by roughly three-quarters. Not every household saw savings: some corner flats needed a second, smaller unit, and a handful of residents said the thermostat app took some getting used to.</p>
<p>“The lesson for us is that the hardware is only half the job. You need someone on site who can explain it, knock on doors and fix the little things quickly,” said Bilal Karimi, the association’s retrofit manager. Harbourside Homes plans to convert three more blocks by 2028.</p>`,
    comments: [
      c(hattie, 30, "I live in the next block over and we’ve been told we’re “on the list”. This is reassuring reading.", [
        c(bea, 52, "Ask them about the corner flats early! My cousin is in one at Cormorant Court and her second unit took months to arrive.", [
          c(hattie, 80, "Good tip, I’m on a corner. Will do."),
        ]),
      ]),
      c(jonah, 110, "31% is a nice headline, but gas prices also fell this year. How much of that saving is the heat pump and how much is the tariff?", [
        c(rui, 140, "As far as I can tell the association’s report compares like-for-like tariff periods. Still, I’d like to see the raw data."),
      ]),
      c(maren, 260, "The bit about *someone on site who can explain it* is the most important line in the piece. Projects like this live or die on that."),
    ],
  },

  // Story pair D (1/2): leak-listening sensors — research angle.
  {
    source: "meridian-science-wire",
    title: "Listening to the pipes: university algorithm hears leaks before they surface",
    author: "Theo Marchetti",
    url: "https://meridian-wire.example/news/2026/acoustic-leak-detection-porthaven",
    publishedAt: "2026-11-22T14:05:00Z",
    topics: ["science", "water", "technology"],
    bodyHtml: `<p>A network of small acoustic sensors clipped onto water mains beneath Porthaven is helping engineers find leaks weeks before any water appears on the surface, according to results presented this week by researchers at the University of Porthaven’s School of Engineering.</p>
<p>The sensors, each about the size of a coffee cup, record the faint hiss that escaping water makes inside a pipe. A machine-learning model developed by Professor Matteo Ferrante’s group compares recordings from neighbouring sensors to estimate where along the pipe the sound is coming from, usually to within two metres.</p>
<blockquote><p>“A leak has a signature, a bit like a voice. Traffic, pumps and even the tide all make noise too, so most of the work was teaching the model what to ignore,” said Professor Ferrante.</p></blockquote>
<p>In an eighteen-month trial with Porthaven Water covering about a third of the city’s network, the system flagged 212 suspected leaks, of which 187 were confirmed when crews dug down. Water lost from the trial zone fell by 18 per cent.</p>
<p>Doctoral researcher Amara Lindqvist, who trained the model, said the hardest cases were old cast-iron pipes, which carry sound differently from modern plastic ones. The team is now testing whether the same sensors can warn of pipes that are likely to burst, not just those already leaking. The data and model are available on the <a href="https://eng.porthaven-university.example/leak-listening">project website</a>.</p>`,
  },

  // Story pair D (2/2): leak-listening sensors — bills and streets angle.
  {
    source: "harbourline-gazette",
    title: "Porthaven Water freezes bills as ‘listening’ sensors cut leaks and roadworks",
    author: "Lucía Fernhill",
    url: "https://harbourline-gazette.example/2026/11/22/porthaven-water-bill-freeze",
    publishedAt: "2026-11-22T17:50:00Z",
    topics: ["water", "city"],
    bodyHtml: `<p>Households in Porthaven will not see their water bills rise next year, the city’s water utility announced on Saturday, crediting a sharp fall in leaks since it began using sensors that listen for escaping water beneath the streets.</p>
<p>Porthaven Water said it had saved enough on pumping, treatment and emergency repairs to hold its standing charge and volume rate at this year’s levels. The sensors were developed with engineers at the University of Porthaven and will be fitted across the whole network by the end of next year.</p>
<p>“Every litre that leaks out has already been cleaned and pumped, so finding leaks early is money straight back into customers’ pockets,” said chief executive Nadia Okonkwo. She added that crews now dig small, planned holes instead of tearing up streets after a main bursts.</p>
<p>Residents of Kiln Street, which saw three burst mains in two years before the sensors arrived, said the change was noticeable. “We used to joke that the road had more patches than tarmac. It’s been a quiet year,” said retired teacher Bernard Achebe.</p>
<p>Councillor Tomasz Kwiatek, who chairs the council’s infrastructure committee, welcomed the freeze but said he wanted the utility to publish street-by-street leak figures. “People should be able to see where the money is going,” he said. Porthaven Water said it would consider the request.</p>`,
    comments: [
      c(siobhan, 25, "A freeze is very welcome. I agree with Cllr Kwiatek, though: street-by-street figures would be great.", [
        c(farid, 48, "Would they? I suspect most people would just be alarmed to see “leaks” on their street, when every network in the world has some.", [
          c(siobhan, 66, "Maybe, but I’d rather have the information and the context than neither.", [
            c(lotte, 95, "Plenty of utilities publish exactly this with a short explainer next to it. It’s really not that scary."),
          ]),
        ]),
      ]),
      c(gus, 180, "Kiln Street resident here. Bernard is right, it has been a quiet year. I almost miss the diggers. Almost."),
      c(priscilla, 400, "Does the freeze cover sewerage charges too, or only the water supply part of the bill?"),
    ],
  },

  // --- Single stories -------------------------------------------------------

  {
    source: "harbourline-gazette",
    title: "Central Library reopens with rooftop reading garden and a seed-lending shelf",
    author: "Marta Olsen",
    url: "https://harbourline-gazette.example/2026/11/15/central-library-reopens",
    publishedAt: "2026-11-15T10:00:00Z",
    topics: ["culture", "city"],
    bodyHtml: `<p>Porthaven Central Library reopened its doors on Sunday after two years of renovation, with queues stretching around Bellhouse Square before the first visitors were let in at ten o’clock.</p>
<p>The 1930s building has gained a rooftop reading garden, a ground-floor workshop with sewing machines and 3D printers, and a children’s floor painted in the blues and greens of the harbour. Among the more unusual additions is a seed library, where members can borrow packets of vegetable and flower seeds and return seeds from their own plants at the end of the season.</p>
<blockquote><p>“A library has always been a place where you take something home and bring it back. We’ve just widened the idea of what that something can be,” said head librarian Okello Brightwater.</p></blockquote>
<p>The renovation also restored the building’s original skylight, which had been boarded over in the 1970s. Architect Sunniva Rask said the team found the old glass panels stored in the basement and was able to reuse nearly half of them.</p>
<p>Opening hours have been extended to nine in the evening on weekdays. “I came to return a book I borrowed before the works started,” said eight-year-old Iris Vance, who was first in the queue with her grandmother. “They said I didn’t have to pay the fine.”</p>`,
    comments: [
      c(lotte, 60, "The seed library is such a lovely idea. I’ll be bringing back runner bean seeds in September."),
      c(kit, 140, "Great building, but can we talk about the café closing at 4 while the library stays open until 9?"),
      c(bea, 400, "The skylight! I cried a little. My grandfather used to talk about the light in the old reading room."),
    ],
  },
  {
    source: "harbourline-gazette",
    title: "Porthaven Rovers Women clinch promotion with late header at Quayside Park",
    author: "Danny Okafor",
    url: "https://harbourline-gazette.example/2026/11/23/rovers-women-promoted",
    publishedAt: "2026-11-23T21:30:00Z",
    topics: ["sport", "football"],
    bodyHtml: `<p>Porthaven Rovers Women secured promotion to the Northern Coast Premier Division on Sunday, beating Millbrook Athletic 2–1 in front of a record crowd of 3,100 at Quayside Park.</p>
<p>With the score level and four minutes left, captain Freya Lund rose highest at a corner to head in the winner, bringing the home supporters in the new East Stand to their feet. Millbrook had equalised early in the second half through a long-range strike from Chloe Ambrose.</p>
<p>“We’ve been knocking on this door for three seasons. I didn’t even see the ball go in — I just heard the noise,” said Lund, who joined the club as a twelve-year-old.</p>
<p>Head coach Sérgio Almada praised his squad’s patience. “People saw a header tonight, but this promotion was built on every wet Tuesday training session since July,” he said.</p>
<p>The club confirmed that women’s fixtures will continue to be played at Quayside Park next season rather than at the training ground, a change supporters had campaigned for. Club chair Rosalind Fairweather said season tickets for the women’s team would go on sale in January.</p>`,
    comments: [
      c(rui, 15, "What a header. Quayside Park was *bouncing*."),
      c(jonah, 44, "Brilliant result. Now please sort out the queue at the East Stand turnstiles — I missed the first ten minutes."),
      c(hattie, 100, "Freya Lund has been the heart of this team for years. Thoroughly deserved."),
      c(farid, 220, "Glad the women’s games are staying at Quayside. The training ground was fine for 200 people, not for 3,000."),
    ],
  },
  {
    source: "harbourline-gazette",
    title: "Winter night market returns to Old Customs Square",
    url: "https://harbourline-gazette.example/2026/11/24/winter-night-market-returns",
    publishedAt: "2026-11-24T16:10:00Z",
    topics: ["food", "culture"],
    bodyHtml: `<p>The winter night market returns to Old Customs Square this Friday, with 64 stalls, a small ice rink and, for the first time, a stage for local choirs.</p>
<p>Organisers said about a third of the stallholders are new this year, including a bakery run by students at Porthaven College and a stall selling smoked fish from the Tidewater Fishers’ Co-operative. Most stalls will use reusable cups and plates, with a deposit scheme run from a central kiosk.</p>
<p>“We wanted it to feel like the whole city has come out for the evening, not just the shops,” said market coordinator Léa Fontaine. “So there’s less mulled-everything this year and more things you can actually take home.”</p>
<p>The market will run every Friday and Saturday from 5pm to 10pm until the end of December. Line 3 trams will run every five minutes on market evenings, and the transit authority advises visitors to leave cars at home, as Customs Street will be closed to traffic.</p>`,
    comments: [
      c(maren, 180, "Reusable cups with a deposit! Finally. Last year the bins were overflowing by eight."),
      c(dev, 260, "Is there step-free access to the choir stage area? Last year the kerbs around the square were tricky with a wheelchair."),
    ],
  },
  {
    source: "harbourline-gazette",
    title: "New lifeboat named after volunteer who served the harbour for forty years",
    author: "Marta Olsen",
    url: "https://harbourline-gazette.example/2026/11/19/lifeboat-maud-penrose-named",
    publishedAt: "2026-11-19T15:25:00Z",
    topics: ["city", "ocean"],
    bodyHtml: `<p>Porthaven’s volunteer lifeboat crew has named its new all-weather boat the <em>Maud Penrose</em>, after the former coxswain who answered more than 600 callouts between 1968 and 2008.</p>
<p>Penrose, now 87, broke a bottle of local cider against the bow at a ceremony on the slipway on Thursday afternoon, watched by three generations of her family and most of the current crew.</p>
<blockquote><p>“I told them to name it after somebody useful. They didn’t listen,” Penrose said, to laughter from the crowd. “Look after her, and she’ll look after you.”</p></blockquote>
<p>The boat replaces a 25-year-old vessel and is faster, more stable in heavy seas and able to right itself if it capsizes. It was paid for almost entirely by donations, including a sponsored swim across the harbour mouth that raised a fifth of the total.</p>
<p>Current coxswain Owain Trelawny said the crew had begun training on the new boat in October. “She handles beautifully. The old boat served us well, but on a bad night every extra knot matters,” he said. The station will hold an open day in the spring so that residents can look around.</p>`,
  },
  {
    source: "meridian-science-wire",
    title: "Divers map 18th-century merchant wreck found beneath Crane Bay silt",
    author: "Nell Ashworth",
    url: "https://meridian-wire.example/news/2026/crane-bay-wreck-survey",
    publishedAt: "2026-11-15T13:20:00Z",
    topics: ["history", "science"],
    bodyHtml: `<p>Volunteer divers and archaeologists from the University of Porthaven have completed the first detailed survey of a wooden merchant ship that has lain beneath the silt of Crane Bay for more than two centuries.</p>
<p>The wreck was spotted last spring by a recreational diver, Ravi Seshadri, who noticed a row of timbers exposed after winter storms shifted the sandbanks. Since then, a team led by maritime archaeologist Dr Clémence Aubry has recorded the remains using photogrammetry, stitching more than 40,000 photographs into a 3D model.</p>
<blockquote><p>“The silt has been a perfect time capsule. We can see the tool marks on the frames and even the caulking between the planks,” said Dr Aubry.</p></blockquote>
<p>Finds recovered so far include clay pipes, a pair of brass navigational dividers and fragments of stoneware jars. Based on the construction and the objects, the team believes the ship was a coastal trader carrying goods between the region’s harbours in the late 1700s. Its name is still unknown.</p>
<p>Seshadri said he had been diving in the bay for years without noticing anything. “I’d swum over that spot a hundred times. Then one day there was a ship,” he said. The 3D model can be explored online, and the team hopes to display selected finds at the harbour museum next summer.</p>`,
  },
  {
    source: "meridian-science-wire",
    title: "City parks host more wild bee species than nearby farmland, study suggests",
    author: "Nell Ashworth",
    url: "https://meridian-wire.example/news/2026/urban-wild-bees-study",
    publishedAt: "2026-11-18T08:05:00Z",
    topics: ["science", "nature"],
    bodyHtml: `<p>Porthaven’s parks, cemeteries and allotments are home to a surprisingly varied community of wild bees, with some green spaces supporting more species than farmland on the edge of the city, according to a two-year study by ecologists at the University of Porthaven.</p>
<p>The researchers recorded 87 species of wild bee across 30 urban sites, compared with 61 across the same number of farm sites in the surrounding countryside. The richest site was Hollins Cemetery, where parts of the grass are left uncut until late summer.</p>
<p>“Bees need flowers from early spring to autumn and somewhere to nest. A slightly untidy cemetery turns out to provide both,” said lead author Dr Yara Haddad.</p>
<p>The study also found that small changes made a difference. Sites where the council had reduced mowing for three years or more had on average a third more species than regularly mown parks. Allotments, with their mix of vegetables, fruit trees and flowers, scored highly too.</p>
<p>Dr Haddad stressed that the findings do not mean farmland is unimportant. “Farms cover far more land, so improving them matters enormously. But cities can be part of the solution rather than a desert,” she said. The team is now working with the council’s parks department on a project inviting residents to photograph bees in their gardens.</p>`,
  },
  {
    source: "meridian-science-wire",
    title: "Student-built satellite sends first signal from orbit",
    url: "https://meridian-wire.example/news/2026/kittiwake-1-first-signal",
    publishedAt: "2026-11-20T19:40:00Z",
    topics: ["space", "science", "education"],
    bodyHtml: `<p>A shoebox-sized satellite designed and built by students at the University of Porthaven has sent its first signal home, about six hours after it was released into orbit.</p>
<p>The satellite, named <em>Kittiwake-1</em>, carries a small camera and an instrument that measures the colour of coastal waters, which can reveal blooms of algae. More than 70 students from engineering, physics and marine science worked on it over four years.</p>
<blockquote><p>“We were all crowded round one laptop in the ground station on the roof, and when the first packet came through the room went silent for a second, and then it went very loud,” said Tamsin Oyelaran, a final-year student who led the communications team.</p></blockquote>
<p>The signal confirmed that the satellite’s solar panels had unfolded and its batteries were charging. Over the coming weeks, the team will test the camera and begin collecting images of the coastline around Porthaven.</p>
<p>Project supervisor Dr Anders Vik said the mission was designed above all as a training exercise. “If it only ever sent us one message, the students would still have learned more than any textbook could teach them,” he said. Images will be shared with local schools and with the university’s Marine Laboratory.</p>`,
  },
  {
    source: "meridian-science-wire",
    title: "Harbour night workers sleep longer with amber lighting, trial finds",
    author: "Theo Marchetti",
    url: "https://meridian-wire.example/news/2026/amber-light-night-shift-trial",
    publishedAt: "2026-11-24T09:35:00Z",
    topics: ["health", "science"],
    bodyHtml: `<p>Replacing harsh white lighting with warmer amber lamps in the last hours of a night shift helped port workers sleep almost forty minutes longer after going home, according to a small trial carried out at Porthaven’s container terminal.</p>
<p>Researchers from the University of Porthaven’s sleep research group fitted 48 crane operators and dock staff with wrist-worn activity trackers for three months. For half of that time, break rooms and control cabins switched to amber lighting from 4am onwards; for the other half the usual lighting stayed on.</p>
<p>“Bright, blue-rich light tells the body it is morning. If you are about to go home and sleep, that is exactly the wrong message,” said Dr Hannah Mbeki, who led the study.</p>
<p>Workers also reported feeling less groggy on the drive home, although the researchers note the trial was too small to measure any effect on safety. Lighting in areas where people operate heavy machinery was left unchanged.</p>
<p>Crane operator Jakub Nowicki, who took part, said he was sceptical at first. “I thought it was going to be some kind of mood-lighting gimmick. But by the second week I was falling asleep faster,” he said. The terminal’s operator says it will keep the amber lighting in its break rooms permanently.</p>`,
  },
  {
    source: "saltmarsh-business-journal",
    title: "Crumb & Kettle bakeries to become employee-owned as founders step back",
    author: "Samir Achterberg",
    url: "https://saltmarsh-journal.example/articles/crumb-and-kettle-employee-ownership",
    publishedAt: "2026-11-16T11:50:00Z",
    topics: ["business", "food"],
    bodyHtml: `<p>Crumb &amp; Kettle, the chain of eleven bakeries that started as a single counter in Porthaven’s covered market, will transfer majority ownership to its 140 staff through an employee ownership trust, its founders announced on Monday.</p>
<p>Co-founders Gideon and Ruth Abernathy will sell 75 per cent of the business to the trust over seven years, funded from future profits. They will stay on the board but hand day-to-day management to operations director Kemi Adebayo, who started at the company as a weekend baker in 2012.</p>
<blockquote><p>“We could have sold to a bigger chain and retired somewhere sunny. But the people who get up at four to make the bread built this business, and it felt right that they should own it,” said Ruth Abernathy.</p></blockquote>
<p>Under the arrangement, every member of staff will receive an equal share of a portion of annual profits, regardless of role or salary. An elected employee council will hold two seats on the trust’s board.</p>
<p>Adebayo said the company would keep its current expansion plans, including a new shop near the Line 3 harbour stops. “Nothing about the croissants changes. What changes is that everyone behind the counter has a real stake in how the business does,” she said.</p>`,
    comments: [
      c(priscilla, 75, "My sister works there and says staff were told before the press were. Nice way to do it."),
      c(oskar, 190, "Employee ownership trusts work well when profits are healthy. I hope the seven-year payment plan doesn’t become a weight on them if a bad year comes along."),
    ],
  },
  {
    source: "saltmarsh-business-journal",
    title: "Old sardine cannery reborn as workspace for small firms",
    author: "Harriet Osei",
    url: "https://saltmarsh-journal.example/articles/pelham-cannery-workspace-opens",
    publishedAt: "2026-11-18T16:30:00Z",
    topics: ["business", "property"],
    bodyHtml: `<p>The former Pelham sardine cannery on the western quay, empty for more than twenty years, has reopened as a workspace for small businesses, with more than three-quarters of its desks and studios already let.</p>
<p>The conversion, led by the social enterprise Quayworks, kept the building’s brick walls, iron roof trusses and the painted sign above the loading doors. Inside there are 180 desks, 40 small studios, a shared kitchen and a workshop for makers who need room for noisier work.</p>
<p>“The building was designed for hundreds of people working side by side. We’ve just swapped fish tins for laptops and lathes,” said Quayworks director Mirela Stanescu.</p>
<p>Tenants so far include a furniture restorer, two software studios, a ceramicist and a company that repairs outboard motors. Rents are set below the local market rate for the first two years, paid for in part by income from a café and event space on the ground floor.</p>
<p>Local property agent Callum Rees said the project showed there was demand for flexible space outside the city centre. “A few years ago people would have said the western quay was too far out. Now it’s the first place my clients ask about,” he said.</p>`,
  },
  {
    source: "saltmarsh-business-journal",
    title: "Port of Porthaven reports quieter quarter for containers, busier one for timber",
    url: "https://saltmarsh-journal.example/articles/port-of-porthaven-q3-figures",
    publishedAt: "2026-11-21T07:10:00Z",
    topics: ["business", "shipping"],
    bodyHtml: `<p>Container traffic through the Port of Porthaven fell by 4 per cent in the third quarter compared with the same period last year, while timber and building materials rose by 11 per cent, according to figures released by the port authority on Friday.</p>
<p>The port handled 148,000 containers between July and September, with the dip largely explained by one shipping line moving a weekly service to a larger harbour further along the coast. Bulk cargoes made up much of the difference, helped by demand from housing projects across the region.</p>
<p>“Ports always have their ups and downs. What we are seeing is a shift in what moves across the quay, not a fall in activity overall,” said port authority chief executive Lars Haugen.</p>
<p>The authority said it would press ahead with plans to install shore power at two berths next year, allowing ships to switch off their engines while docked. Haugen said talks were under way with two operators about new services, but declined to name them.</p>
<p>Analysts said the figures were broadly in line with expectations. “Nobody should read too much into a single quarter,” said Ottilie Graves, an economist at the Saltmarsh Chamber of Commerce.</p>`,
  },
  {
    source: "saltmarsh-business-journal",
    title: "Aldmoor Valley cider makers pool resources to reach new markets",
    author: "Samir Achterberg",
    url: "https://saltmarsh-journal.example/articles/aldmoor-cider-collective",
    publishedAt: "2026-11-23T11:00:00Z",
    topics: ["business", "food", "farming"],
    bodyHtml: `<p>Nine small cider makers in the Aldmoor Valley have formed a joint company to share bottling, storage and marketing, in a bid to sell more of their drinks outside the region.</p>
<p>The new venture, the Aldmoor Cider Collective, will run a shared bottling line in a converted barn near the village of Hesketh Ford. Until now, most of the producers have bottled by hand or paid a contractor two hours’ drive away.</p>
<blockquote><p>“Each of us makes something different, and we want to keep it that way. But there is no reason for nine of us to each own a labelling machine that sits idle eleven months of the year,” said orchard owner Bronwen Teague, who chairs the collective.</p></blockquote>
<p>The makers will continue to sell under their own names, with a shared “Aldmoor Valley” mark on each label. The collective has hired a sales manager and plans to attend trade fairs in the spring.</p>
<p>Not everyone in the valley has joined. Cider maker Henrik Sallow said he preferred to stay independent. “It’s a good idea for some, but my customers come to the farm gate and that suits me fine,” he said. The collective says its door remains open.</p>`,
  },
  {
    source: "tram-and-tide",
    title: "Bike share adds 40 stations and cargo bikes in biggest expansion yet",
    author: "Ines Kowalczyk",
    url: "https://tramandtide.example/posts/bike-share-winter-expansion",
    publishedAt: "2026-11-15T18:45:00Z",
    topics: ["transport", "cycling"],
    bodyHtml: `<p>Porthaven’s public bike-share scheme is adding 40 docking stations over the winter, reaching the university campus, the Harbour Quarter and the hillside streets of Upper Kilnworth for the first time.</p>
<p>The expansion also brings 60 electric cargo bikes to the fleet, available from stations near markets and supermarkets. Riders will be able to book them for up to three hours at a time, with a child seat on some models.</p>
<p>“The question we hear most is ‘how am I supposed to carry my shopping on one of these?’ Cargo bikes are the answer to that,” said scheme manager Joaquim Reis.</p>
<p>Use has grown steadily since the scheme launched three years ago, to about 2,300 journeys a day this autumn. The busiest station remains Station Square, where riders can change to trams on all three lines.</p>
<p>Upper Kilnworth’s residents’ association had lobbied for stations on the hill, but some members doubt that people will ride up the steep streets. Reis said every bike sent to Kilnworth would be electric. “The hill is the reason we’re going there with e-bikes, not a reason to stay away,” he said.</p>`,
    comments: [
      c(wen, 35, "My wish list for the new stations:\n\n- one at the hospital staff entrance\n- one by the Skerry ferry slipway\n- *more* docks at Station Square, it’s always full by half eight"),
      c(gus, 140, "Electric cargo bikes are a great idea. Three hours feels short for a big shop plus the school run, though."),
      c(kit, 300, "Upper Kilnworth resident: I’ll believe people ride up Tanners Hill when I see it. Happy to be proved wrong."),
    ],
  },
  {
    source: "tram-and-tide",
    title: "Electric ferry trial on the Skerry crossing passes its first winter test",
    author: "Femi Lindgren",
    url: "https://tramandtide.example/posts/skerry-electric-ferry-winter",
    publishedAt: "2026-11-17T15:55:00Z",
    topics: ["transport", "energy", "ocean"],
    bodyHtml: `<p>The battery-powered ferry that has carried passengers between Porthaven and Skerry Island since August completed its first week of winter sailings without a single cancellation, despite gusts of more than 50 kilometres an hour on Tuesday.</p>
<p>The 120-seat <em>Tern</em> charges for eight minutes at each end of the twenty-minute crossing, using shore chargers fed by the island’s wind turbine and the city grid. It took over half of the daily sailings from the diesel ferry as part of a one-year trial.</p>
<blockquote><p>“The big question was always winter: cold batteries, heavier seas, heaters on full for the passengers. So far she has coped better than we hoped,” said Ailsa Mackellar, operations director at Skerry Crossing Ferries.</p></blockquote>
<p>Islanders say the most noticeable change is the quiet. “You can actually have a conversation on deck now. And the smell of diesel on the slipway has gone,” said Ewan Strachan, who commutes to the city every day.</p>
<p>The operator will publish a full report on energy use and reliability at the end of the trial. If the results hold up, it plans to order a second electric vessel and retire the diesel ferry altogether.</p>`,
    comments: [
      c(farid, 50, "Ewan’s right about the quiet. First time I’ve ever heard the gulls on the crossing."),
      c(jonah, 210, "What happens on calm days when the island’s turbine isn’t turning? Does charging from the grid cost the same?"),
    ],
  },
  {
    source: "tram-and-tide",
    title: "Rain gardens on Marram Road soaked up last week’s storm, council says",
    author: "Femi Lindgren",
    url: "https://tramandtide.example/posts/marram-road-rain-gardens",
    publishedAt: "2026-11-20T11:15:00Z",
    topics: ["climate", "city", "water"],
    bodyHtml: `<p>A row of planted rain gardens along Marram Road absorbed most of the runoff from last week’s heavy rain, preventing the street flooding that has affected homes there almost every autumn for a decade, according to the city council’s drainage team.</p>
<p>The gardens, built over the summer, are shallow dips planted with grasses, rushes and shrubs that can cope with being waterlogged for a day or two. Kerbs have been cut so that rainwater runs off the road and into the beds instead of overwhelming the drains.</p>
<p>“We measured nearly 40 millimetres of rain in six hours, and the street stayed passable throughout. Two years ago, that would have meant sandbags,” said council drainage engineer Priyanka Rowe.</p>
<p>Residents were initially worried that the beds would collect litter or look untidy, and some objected to losing eight parking spaces. A local gardening group now looks after the planting with support from the council. “It’s turned into the nicest bit of the street,” said resident Moses Adeleke, who helped plant the beds.</p>
<p>The council plans similar schemes on four more streets next year and has published a <a href="https://porthaven-council.example/rain-gardens">map of candidate locations</a> for residents to comment on.</p>`,
  },
  {
    source: "tram-and-tide",
    title: "Night bus review proposes fewer routes but much more frequent services",
    author: "Ines Kowalczyk",
    url: "https://tramandtide.example/posts/night-bus-network-review",
    publishedAt: "2026-11-23T07:20:00Z",
    topics: ["transport", "city"],
    bodyHtml: `<p>Porthaven’s night bus network could be reshaped next year under proposals published by the transit authority, which would cut the number of routes from nine to six but run the remaining ones every 20 minutes instead of every hour.</p>
<p>The review found that many night passengers are shift workers at the hospital, the port and the city’s hotels, and that long waits were the main reason people chose taxis or their own cars instead. Three lightly used routes would be merged into neighbouring ones.</p>
<blockquote><p>“An hourly bus is a bus you have to plan your whole night around. A bus every twenty minutes is one you can just walk out and catch,” said network planner Chiara Bellamy.</p></blockquote>
<p>The changes would leave some residents further from a stop. People in parts of Ferncombe would face a walk of up to ten minutes to the nearest night route, and local councillor Joseph Amankwah said he would press for a solution. “Frequent is great, but not if it skips the people who need it most,” he said.</p>
<p>A public consultation runs until mid-January, with drop-in sessions at the Central Library and in the hospital’s staff canteen.</p>`,
    comments: [
      c(siobhan, 40, "As a nurse on nights, this is the best transport news I’ve heard in years. An hourly bus is useless after a late handover."),
      c(lotte, 95, "Ferncombe needs a proper answer, though. A ten-minute walk at 3am is not the same as a ten-minute walk at noon."),
      c(rui, 200, "Does anyone know the date of the library drop-in session? It’s not on the consultation page yet."),
    ],
  },
];
