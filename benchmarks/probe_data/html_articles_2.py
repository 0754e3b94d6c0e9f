"""HTML probe suite 2: 40 distinct articles (fictional titles, products, people and companies).

Written from what real review and news sites publish (no benchmark page, site or sentence).
ARTICLES[i] is the article of html_blocks_2.BLOCKS[i]'s page and is in that block's site
language.  Each: lang, kind (review | news), title, author, paras (6-8 paragraphs, 60-100 words
each).
"""

ARTICLES = [{'lang': 'en',
  'kind': 'news',
  'title': 'Regulators Open Inquiry Into How Smart TVs Track What You Watch',
  'author': 'Priya Raman',
  'paras': ['Consumer protection regulators in four countries have opened a joint inquiry into '
            'automatic content recognition, the technology that lets a smart television identify '
            'whatever is on its screen and report it back to the manufacturer. The investigation, '
            'announced on Thursday, will examine whether viewers understand what they agree to '
            'when they click through the setup screens on a new set, and whether that agreement '
            'can meaningfully be withdrawn later.',
            'Automatic content recognition works by sampling frames or audio every few seconds and '
            'matching them against a reference library. The match is then sent to servers run by '
            'the television maker or a data partner, where it can be combined with an IP address '
            'and other identifiers. The resulting viewing profiles are valuable to advertisers, '
            'who use them to measure whether a campaign on broadcast television led people to '
            'visit a website or buy something.',
            'Manufacturers argue that the feature is disclosed and optional. In practice, '
            'investigators say, the switch is often buried several menus deep, described in vague '
            'language such as viewing information services, and re-enabled after firmware updates. '
            'One complaint included in the announcement describes a household that turned the '
            'setting off three times in a year, only to find it quietly switched back on after '
            'each major software update.',
            'The inquiry will also look at what happens when a television is connected to other '
            'devices. Because the recognition runs on the screen itself, it can capture material '
            'from games consoles, streaming sticks and even laptops plugged in over HDMI. Privacy '
            'researchers have demonstrated that some sets fingerprint the picture regardless of '
            'the input, which means a family photo slideshow or a video call could, in principle, '
            'be sampled along with broadcast shows.',
            'Industry groups responded cautiously. A statement from a trade association '
            'representing several large brands said its members welcomed the opportunity to '
            'explain their practices and pointed out that data is typically aggregated before it '
            'is shared. Critics counter that aggregation is a promise rather than a technical '
            'guarantee, and that the raw logs still exist somewhere. The regulators have asked '
            'manufacturers to hand over retention schedules and copies of contracts with data '
            'brokers.',
            'For now, there is little that viewers can do beyond digging through their settings. '
            'Most sets list the feature under privacy or terms and policies, sometimes split '
            'across several toggles with different names. Disconnecting a television from the '
            'internet entirely stops the data flow, but it also disables the built-in apps that '
            'many people bought the set for. A cheap external streaming box, used with the '
            'television kept offline, remains the simplest workaround.',
            'The joint inquiry is expected to report its initial findings within nine months. '
            'Officials said they could recommend clearer consent screens, limits on retention, or '
            'a ban on combining viewing data with other personal information without explicit '
            'permission. Whatever the outcome, the case marks the first time that regulators have '
            'coordinated across borders on television tracking, an area that has long escaped the '
            'scrutiny applied to phones and web browsers.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Northbound' Review: A Sleeper-Train Mystery That Takes Its Time",
  'author': 'Marcus Hale',
  'paras': ['Northbound opens in a crowded station at dusk, with a conductor counting passengers '
            'onto an overnight train that will cross three borders before dawn. Within twenty '
            'minutes someone has vanished from a locked sleeping compartment, and the rest of the '
            'six episodes unfold almost entirely inside the carriages. It is a premise with '
            'obvious ancestors, and the series knows it, nodding to classic detective fiction '
            'while quietly building something more melancholy.',
            'The detective here is not a detective at all. Ingrid Solberg plays Hanne, a retired '
            "railway inspector travelling to her sister's funeral, who notices that the missing "
            "man's shoes are still outside his door. Solberg is wonderful in the role, prickly and "
            'funny and visibly exhausted, and the show lets her be wrong more often than right. '
            'Her deductions are tentative, and several of them lead the other passengers into real '
            'trouble.',
            'The ensemble is large but carefully drawn. A young couple eloping against their '
            "parents' wishes, a salesman with too many phones, a pianist who refuses to leave the "
            'dining car and a pair of mysteriously cheerful nuns all get their own small arcs. The '
            'writers are good at letting a minor character step forward for a single scene and '
            'then recede, so the carriage always feels full of lives that continue offscreen.',
            'Where the series struggles is pacing. The middle two episodes circle the same handful '
            'of clues without much progress, and a flashback structure introduced in the third '
            'hour adds little except running time. There is a tighter, sharper four-part version '
            'of this story hiding inside the six we are given, and impatient viewers may find '
            'their attention drifting as the train idles at yet another snowbound frontier post.',
            'The production design, however, is never less than gorgeous. The train was built as a '
            'full-scale set, and the camera moves through narrow corridors with a fluency that '
            'makes the space feel genuinely claustrophobic. Condensation beads on the windows, '
            'lamps flicker when the carriages pass through tunnels, and the dining car glows like '
            'a jewellery box. It is the rare mystery in which you could happily watch the scenery '
            'even when the plot stalls.',
            'The final episode resolves the disappearance in a way that is satisfying without '
            'being especially surprising, but it saves its real punch for a quiet epilogue on the '
            "platform at journey's end. Without spoiling anything, it reframes Hanne's whole trip, "
            "and it earns the show's slow, patient rhythm in retrospect. Northbound is not the "
            'tightest thriller of the season, but it is one of the most humane, and its ending '
            'lingers.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Hollow Tide' Review: A Diving Roguelite With Real Dread",
  'author': 'Sam Okafor',
  'paras': ['Hollow Tide puts you in a battered diving suit at the edge of a drowned city and asks '
            'one question over and over: how deep are you willing to go before you turn back? Each '
            'run begins at a floating salvage platform and descends through procedurally arranged '
            'districts, from sunlit rooftops down to flooded subway tunnels where the only light '
            'comes from your helmet and whatever is glowing in the dark beside you.',
            'The central mechanic is air. Your tank drains steadily, faster when you sprint or '
            'fight, and every upgrade you find is a trade against it. A heavier harpoon means more '
            'weight and more breathing; a brighter lamp attracts things you would rather not meet. '
            'The game never lets you forget that the surface is a long way up, and the ascent is '
            'often more tense than the descent, especially with a full bag of salvage slowing you '
            'down.',
            'Combat is deliberately clumsy. You move slowly underwater, attacks have a long '
            'wind-up, and most creatures are faster than you. At first this feels frustrating, but '
            'it pushes you toward avoidance, distraction and careful use of the environment. '
            'Collapsing a corridor behind you or leading an eel into a jellyfish swarm is far more '
            'rewarding than trading blows, and the best runs feel like clever escapes rather than '
            'victories.',
            'Between dives you return to the platform, where a small crew of survivors trade '
            'salvage for permanent improvements. The meta-progression is generous without '
            'trivialising the challenge: you unlock new starting kits, shortcuts through the upper '
            'districts and a few story fragments, but the deep zones remain brutal. After fifteen '
            "hours I had reached the city's flooded cathedral only twice, and I still catch myself "
            'holding my breath when the tank gauge turns red.',
            'The sound design deserves special mention. Everything above the water is muffled and '
            'distant, while everything below is close, wet and awful. You hear your own breathing, '
            'the creak of your suit, and the clicks of creatures long before you see them. Playing '
            'with headphones is strongly recommended, though perhaps not late at night. The sparse '
            'score swells only at key moments, which makes those moments land with real force.',
            'There are rough edges. The map is hard to read once you are several districts down, '
            'and a handful of procedurally generated layouts produce dead ends that waste precious '
            'air through no fault of your own. The final boss also leans too heavily on a damage '
            "sponge design that undercuts the game's clever emphasis on evasion. None of this is "
            "fatal, but it keeps Hollow Tide just short of the genre's very best.",
            'Even so, this is one of the most atmospheric roguelites in years, a game that turns a '
            'simple resource meter into a constant, gnawing source of dread. If you enjoy slow, '
            'tense exploration and can tolerate a little unfairness, Hollow Tide is easy to '
            'recommend. Few games in the genre manage to make the journey back feel as important '
            'as the journey down. Just make sure you leave enough air for the climb home.']},
 {'lang': 'en',
  'kind': 'review',
  'title': 'Arclite K3 Pro Review: The Mechanical Keyboard That Finally Gets Wireless Right',
  'author': 'Lena Park',
  'paras': ['The Arclite K3 Pro is a compact seventy-five percent mechanical keyboard with an '
            'aluminium case, hot-swappable switches and three ways to connect: a cable, a 2.4GHz '
            'dongle and Bluetooth for up to three devices. None of that is unusual in this price '
            'bracket any more. What sets it apart is how little friction there is in switching '
            'between them, and how long the battery lasts while you do.',
            'Out of the box, the board is heavy and reassuringly solid. The case is machined from '
            'a single block, with a gentle typing angle and no adjustable feet, and it barely '
            'moves on a desk. Keycaps are doubleshot PBT with a slightly textured finish, and the '
            'legends are crisp and evenly printed. A small volume knob in the top right corner can '
            'be remapped, and it clicks satisfyingly between steps.',
            'Our review unit came with linear switches that are factory lubricated, and the result '
            'is smooth and quiet. The stabilisers on the space bar and the larger keys are well '
            'tuned, with none of the rattle that plagues cheaper boards. Internal foam dampens the '
            'hollow ping that aluminium cases sometimes produce, and the overall sound is a muted, '
            'pleasant thock rather than a clatter. Typists in shared offices will appreciate the '
            'restraint.',
            'Wireless is where the K3 Pro shines. Switching between a laptop, a tablet and a '
            'desktop takes a single key combination and is almost instant, with no need to '
            're-pair. The dongle connection felt indistinguishable from the cable in games, and '
            'the board wakes from sleep the moment you press a key. With the backlight off, we '
            'measured a little over five weeks of daily office use before the battery warning '
            'appeared.',
            'Software is a mixed picture. The board supports the open VIA configurator, so '
            'remapping keys and building layers works in a browser without installing anything. '
            'However, lighting effects and battery settings live in a separate companion app that '
            'is only available for Windows and macOS, and it feels noticeably less polished. Linux '
            'users can still do everything that matters through VIA, but will miss a few '
            'convenience options.',
            'There are minor annoyances. The backlight is uneven under some of the modifier keys, '
            'the included cable is disappointingly short, and the function row sits flush with the '
            'number row, which takes some getting used to if you rely on it often. The price is '
            'also high enough that enthusiasts might prefer to buy a barebones kit and choose '
            'their own switches and keycaps from the start.',
            'For most people, though, the Arclite K3 Pro is an easy recommendation. It types '
            'beautifully, it is built like a tank, and its wireless performance removes the last '
            'reason to keep a cable plugged in. If you move between several devices in a day and '
            'want one keyboard that simply works with all of them, this is the one to buy.']},
 {'lang': 'en',
  'kind': 'news',
  'title': 'Chipmaker Halcyon Delays Its 2nm Factory, Citing Equipment Shortages',
  'author': 'Tomás Ferreira',
  'paras': ['Halcyon Semiconductor has pushed back the opening of its first two-nanometre factory '
            'by at least eighteen months, the company said in a filing on Wednesday, blaming '
            'delays in the delivery of extreme ultraviolet lithography machines. The plant, on the '
            'outskirts of a mid-sized industrial city, was due to begin volume production next '
            'spring and had been presented by local officials as the centrepiece of a regional '
            'manufacturing revival.',
            'The lithography tools at the heart of modern chipmaking are produced by a single '
            'supplier, and each one takes months to build, ship and calibrate. Halcyon said it had '
            'received only three of the nine machines it ordered, and that two of those were still '
            'being installed. Without the full set, the company argued, it could not run the '
            'production line at a scale that would justify turning it on.',
            'Analysts were not entirely surprised. Several other manufacturers have quietly '
            'adjusted their own timetables in recent months, and industry trackers have warned '
            'that demand for the most advanced tools far exceeds what the supplier can produce. '
            'One research firm estimated that the waiting list now stretches well beyond two years '
            'for new customers, although established buyers with long-standing contracts are '
            'believed to receive priority.',
            "The delay has immediate consequences for Halcyon's customers. The company had signed "
            'preliminary agreements with two smartphone brands and a maker of data centre '
            'accelerators, all of whom were counting on the new process for products planned for '
            'next year. Halcyon said it would offer capacity on its existing three-nanometre line '
            'instead, at a discount, but acknowledged that some customers might look elsewhere.',
            'Local reaction was muted but anxious. The factory site employs around two thousand '
            'construction workers, and the company had promised roughly a third of that number in '
            'permanent jobs once production began. A spokesperson for the regional government said '
            'the authorities remained committed to the project and that subsidies already paid '
            'were tied to milestones rather than dates, which should protect public money if the '
            'timetable slips again.',
            'Shares in Halcyon fell about six percent in early trading before recovering some of '
            'their losses. The company reiterated its long-term forecasts and said it expected to '
            'receive the remaining machines in batches over the next year. It also announced a '
            'modest expansion of its packaging facility, where finished chips are assembled and '
            'tested, a part of the business that does not depend on the scarce lithography tools.',
            'The episode underlines how concentrated the supply chain for advanced chips has '
            'become. Governments have spent heavily to attract factories, but the tools needed to '
            'equip them still come from a handful of firms with limited capacity. Until that '
            'bottleneck eases, announcements of new plants are likely to be followed, more often '
            'than not, by quieter announcements of delays. Customers, meanwhile, will keep '
            'planning around dates that may move again.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'The Glass Orchard' Review: A Family Saga Told in Six Harvests",
  'author': 'Ruth Abernathy',
  'paras': ['The Glass Orchard covers forty years in the life of an apple farm, but it never feels '
            'like a history lesson. Director Maren Holt structures the film around six autumns, '
            'each separated by a decade or so, and lets the audience fill in what happened between '
            'them. The result is a family drama that moves with the rhythm of the seasons, patient '
            'and cyclical, punctuated by sudden frost.',
            'At the centre is Agnes, played first by newcomer Tilda Marsh and later by a '
            'commanding Frances Oyelaran, who inherits the farm when her father dies unexpectedly '
            'in the opening harvest. The handover between actresses is seamless, helped by a '
            'shared habit of rubbing an apple on a sleeve before taking a bite. It is a small '
            'gesture, but the film returns to it often enough that it becomes a kind of signature.',
            "The supporting cast is uniformly strong. Agnes's younger brother, who leaves for the "
            'city and returns years later with debts and a new wife, is played with wounded charm '
            'by Callum Reyes. The pickers who come every year, growing older alongside the family, '
            'provide a gentle chorus. One of them, an elderly man who never speaks above a '
            "whisper, gets the film's most devastating scene.",
            'Holt and her cinematographer shoot the orchard as a living thing. Each harvest has '
            'its own palette, from the washed gold of the first autumn to the harsh, overexposed '
            'light of a drought year. The camera lingers on branches, ladders and crates, and the '
            'sound of fruit thudding into baskets becomes almost musical. Few films this year look '
            'as lovingly composed, or as tactile.',
            'The script occasionally overreaches. A late subplot involving a land developer feels '
            'borrowed from a more conventional melodrama, and a voiceover introduced in the final '
            'act explains feelings that the images had already conveyed perfectly well. These are '
            'small missteps in a film of such assurance, but they stand out precisely because the '
            'rest of it trusts its audience so completely.',
            'At two hours and twenty minutes, The Glass Orchard asks for patience, and some '
            'viewers will find the pace too stately. Those who settle into it will be rewarded '
            'with a film about inheritance, obligation and the strange comfort of doing the same '
            'work year after year. It is the kind of movie that seems modest while you watch it '
            'and grows in memory afterwards.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Second Shift' Review: Hospital Drama Gets a Night-Time Makeover",
  'author': 'Marcus Hale',
  'paras': ["Medical dramas usually live in daylight, with bustling corridors and crowded nurses' "
            'stations. Second Shift takes place entirely between eleven at night and seven in the '
            'morning, in a small regional hospital where one doctor, three nurses and an '
            'overworked porter hold the building together. The change of hours turns out to be '
            'more than a gimmick, and it gives the series a hushed, intimate texture unlike '
            'anything else on television.',
            'Priya Desai leads the cast as Dr. Leena Shah, a locum who takes night shifts because '
            'they pay better and because nobody asks questions at three in the morning. Desai '
            'plays her with a dry, wary intelligence, and the writers resist the temptation to '
            'give her a tragic backstory in the first episode. Details emerge slowly, through '
            'phone calls she declines and patients she treats with unexpected tenderness.',
            'The cases themselves are refreshingly small. There are no explosions, no helicopter '
            'rescues, and only one genuine emergency in the first four episodes. Instead, the show '
            'deals in the ordinary crises of the night: a lonely pensioner who calls an ambulance '
            'for company, a drunk teenager afraid to phone her parents, a farmer who has driven an '
            'hour with a hand wrapped in a tea towel and refuses to make a fuss.',
            'The ensemble is where the show really works. Nurse Bernadette, played by veteran Gwen '
            'Rafferty, has been on nights for twenty years and treats every new doctor as a '
            'temporary inconvenience. The porter, Dev, supplies gossip, biscuits and a surprising '
            'amount of wisdom. Their scenes in the staff room, eating toast at four in the '
            'morning, are funny and affectionate and quietly sad.',
            'Not every episode lands. A storyline about hospital management threatening to close '
            'the night service feels perfunctory, and its villain, a clipboard-carrying '
            'administrator, never becomes more than a type. The fifth episode also detours into a '
            'clumsy romance that the show seems to forget about almost immediately. These lapses '
            'are brief, but they show the seams in an otherwise carefully stitched series.',
            'Visually, Second Shift is a study in fluorescent light and deep shadow. Corridors '
            'stretch away into darkness, windows reflect the staff back at themselves, and the '
            'occasional sunrise at the end of an episode feels like a small miracle. The show is '
            'sparing with music, preferring the hum of machines and the distant beep of monitors, '
            'which makes the quiet moments even more affecting.',
            'By the end of its eight episodes, Second Shift has built a world that feels lived in '
            'and worth returning to. It is gentle without being soft, and it understands that most '
            'heroism is repetitive and unglamorous. The cast is strong enough, and the world rich '
            'enough, to sustain many more nights. If a second season is commissioned, and it '
            'should be, I will be there for the night shift.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Lanternfall' Review: A Cozy Village Sim With a Dark Secret",
  'author': 'Sam Okafor',
  'paras': ['For its first few hours, Lanternfall looks like every other cozy life simulator. You '
            'arrive in a lakeside village, inherit a rundown workshop, and spend your days '
            'repairing lanterns for neighbours who are unfailingly polite. There are fish to '
            'catch, festivals to attend and a grumpy mayor to win over. Then, about six hours in, '
            'the lanterns you have been fixing start going out, one house at a time.',
            "Describing exactly what happens next would spoil the game's best surprise, but it is "
            'fair to say that Lanternfall uses the comfort of its genre as a trap. The daily '
            'routines you have settled into become rituals with consequences, and characters you '
            'thought you knew reveal unsettling habits. The tonal shift is handled with real '
            'skill, never tipping into outright horror but leaving a persistent chill.',
            'Mechanically, the game remains a life sim throughout. You still manage a schedule, '
            'gather materials, craft parts and build relationships, and the crafting system is '
            'deeper than it first appears. Lanterns can be fitted with different wicks, lenses and '
            'frames, each with effects that matter later. The economy is forgiving, and there is '
            'no stamina bar forcing you to bed early, which keeps the pace relaxed.',
            'The writing is the real star. Villagers have distinct voices and surprisingly '
            'detailed inner lives, revealed through letters, gossip and the occasional late-night '
            'confession by the lake. The fisherman who seems simply shy is hiding grief; the baker '
            'who chatters endlessly is terrified of silence. These threads come together in the '
            'final act in a way that is moving rather than merely clever.',
            'The art style is soft and painterly, with warm interiors and a lake that reflects the '
            'sky beautifully at dusk. As the story darkens, the palette shifts subtly, colours '
            'draining from the edges of the screen. It is an effective touch that never becomes '
            'heavy-handed. The music, mostly solo guitar and accordion, follows the same arc, '
            'slowly introducing dissonant notes into familiar melodies.',
            'Some systems feel underdeveloped. Farming is limited to a tiny garden plot that never '
            'matters much, and the festivals repeat with little variation in the second year. '
            'Players looking for the endless optimisation of larger farming games may find '
            'Lanternfall thin. But the game is clearly more interested in its characters and its '
            'mystery than in spreadsheets, and it is better for that focus.',
            'Lanternfall is a rare thing: a cozy game with genuine stakes, and a story that only '
            'works because of the genre it subverts. It is not long, perhaps twenty hours for most '
            'players, but it will stay with you far longer than that. Its final hour, in '
            'particular, recasts everything you did in the first twenty in a new and uncomfortable '
            'light. Bring a blanket, and maybe leave a light on.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Paper Moons' and the Art of the Unfinished Ending",
  'author': 'Elliot Vance',
  'paras': ['Paper Moons ends in the middle of a sentence. A woman stands on a rooftop at night, '
            'turns to the man beside her, opens her mouth, and the screen cuts to black. When I '
            'saw it at a small repertory cinema last month, someone in the row behind me laughed, '
            'and someone else swore quietly. Both responses seemed right, and I have been thinking '
            'about that cut ever since.',
            'The film itself is modest. Shot in black and white on a tiny budget, it follows two '
            'former classmates who meet by chance at a wedding and spend the night wandering a '
            'city neither of them lives in any more. They talk about old friends, failed careers '
            'and the versions of themselves they abandoned. Very little happens, and the film '
            'makes no apology for that.',
            'What distinguishes Paper Moons from countless other walking-and-talking films is its '
            'attention to the unsaid. The script is full of interrupted thoughts and changes of '
            'subject, and the performances lean into the awkwardness. Lead actors Noor Haddad and '
            'Felix Brandt have a lovely, halting chemistry, each seeming to rehearse lines in '
            'their heads that they never quite deliver. Their pauses say more than their dialogue.',
            'The director, in a rare interview, said she wrote three different endings and filmed '
            'none of them. Instead she decided that the audience had already been given everything '
            'they needed to finish the story themselves. It is a risky choice, and it would be '
            'infuriating in a film that had not earned it. Here, the abrupt cut feels like the '
            'logical conclusion of everything that came before.',
            'Unfinished endings have a long history in cinema, from art house classics to the '
            'cliffhangers of serial adventures. The best of them work because they shift '
            'responsibility to the viewer. We leave the theatre arguing, not about what happened, '
            'but about what we would have done. Paper Moons belongs in that tradition, even if its '
            'scale is smaller and its ambitions more private.',
            'Not everyone will accept the invitation. On a second viewing I noticed how carefully '
            'the film plants small details, a dropped glove, a half-remembered song, that only '
            'make sense if you imagine the conversation continuing after the cut. Viewers who '
            'prefer their stories closed will find it frustrating, and I understand why. But there '
            'is a particular pleasure in being trusted this much.',
            'If you get the chance to see Paper Moons on a big screen, take it, and then go for a '
            'long walk afterwards. The film is short, barely eighty minutes, and it rewards a '
            'second viewing more than most films twice its length. Go with a friend, too, because '
            'you will want to argue about it. Whatever she says on that rooftop is up to you, and '
            'it may tell you more about yourself than about her.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Overpass' Review: A Heist Thriller Built Entirely Around Traffic",
  'author': 'Ruth Abernathy',
  'paras': ['Overpass is a heist movie in which nobody drives fast. A crew of four plans to rob an '
            'armoured van at the exact moment it crawls through the worst traffic jam in the city, '
            'a daily gridlock on an elevated motorway that the film treats with the reverence '
            'other thrillers reserve for bank vaults. It is an inspired premise, and for most of '
            'its running time the film delivers on it.',
            "The planning sequences are the film's highlight. The crew, led by a former traffic "
            'engineer played with nervous precision by Omar Ibekwe, spends weeks studying the '
            'congestion patterns, timing the lights and learning which lanes move first. There is '
            'a wonderful montage of clipboards, stopwatches and cold coffee in parked cars, scored '
            'to a ticking, metronomic soundtrack that sets the tone for everything to come.',
            'When the heist finally begins, the tension comes from stillness. Cars inch forward, '
            'horns blare, drivers stare idly out of their windows, and every delay threatens to '
            'expose the crew. Director Simone Achterberg stages the sequence almost in real time, '
            'cutting between perspectives inside different vehicles. A moment involving a curious '
            'child in the back seat of a minivan is more nerve-racking than any car chase.',
            "The characters are thinner than the mechanics. Apart from Ibekwe's engineer, the crew "
            "are defined mainly by their skills, and a subplot about one member's gambling debts "
            'feels perfunctory. The detective on their trail, played by a weary Helen Varga, gets '
            'only a handful of scenes and spends most of them explaining the plot to her '
            'superiors. A stronger antagonist would have given the second half more bite.',
            'The final act also stumbles. Having built so much suspense from slowness, the film '
            'seems to lose its nerve, introducing a conventional shootout and a rooftop escape '
            'that feel imported from a more generic thriller. It is competently staged, but it '
            'abandons the clever constraint that made the first hour so distinctive, and the '
            'ending arrives a little too neatly.',
            'Still, Overpass is a smart, enjoyable genre picture with one great idea executed with '
            'real discipline. It will make you look at your daily commute differently, perhaps '
            'with more suspicion of the van in the next lane. The cast is solid, the editing is '
            'crisp, and at a brisk hundred minutes it never outstays its welcome. Seen in a cinema '
            'with a good sound system, the honking alone is worth the ticket.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Blue Meridian' Review: A Streaming Sci-Fi Film With More Heart Than Budget",
  'author': 'Dana Ortiz',
  'paras': ['Blue Meridian arrives on streaming with little fanfare, a modest science fiction film '
            'about a research station on the ocean floor that loses contact with the surface. You '
            'could be forgiven for expecting a cheap knockoff of bigger undersea thrillers, and '
            'the early scenes, with their familiar corridors and blinking consoles, do little to '
            'dispel that impression. Stick with it, though, because the film has surprises in '
            'store.',
            'The crew of six are introduced efficiently, each with a clear role and a single '
            'memorable trait. There is the station chief who keeps a paper diary, the young '
            'engineer who talks to the machines, and the biologist who is the only one truly '
            'excited to be there. When the communication cable is severed during a storm far '
            'above, their calm routines begin to fray almost immediately.',
            'What follows is less a monster movie than a study of isolation. The film takes its '
            'time, showing the crew rationing food, arguing over whether to attempt an ascent, and '
            'slowly losing track of the days. Director Yusuf Adeyemi keeps the camera close, and '
            'the cramped sets become a strength rather than a limitation. You feel the pressure of '
            'the water outside every wall.',
            'The visual effects are limited but used intelligently. Exterior shots of the station '
            'are brief and mostly shown through portholes, where darkness does much of the work. '
            'When something finally does appear in the deep, it is glimpsed only in fragments, lit '
            'by a failing floodlight. The restraint makes those moments far more unsettling than a '
            'fully rendered creature would have been.',
            'The performances carry the film. Amara Lindqvist, as the biologist, gives a '
            'wonderfully open, curious performance that becomes heartbreaking as the situation '
            'deteriorates. Her scenes with the station chief, played by a grizzled Owen Mbeki, '
            'form the emotional core of the story, two people with opposite instincts learning to '
            'trust each other in the dark. Their final conversation, conducted over a crackling '
            'intercom, is genuinely moving.',
            'The script has weaknesses. Some dialogue is clunky, a late revelation about the '
            "station's true purpose feels tacked on, and the final ascent sequence is edited so "
            "frantically that it is hard to follow. But the film's ambitions are emotional rather "
            'than spectacular, and on those terms it succeeds more often than it fails. Patient '
            'viewers will forgive its rough edges.',
            'Blue Meridian is not going to dominate the conversation, and it probably will not be '
            'promoted much. That is a shame, because it is a thoughtful, well-acted little film '
            'that deserves an audience. It is proof that a small budget and a clear idea can still '
            'produce something memorable on streaming. Watch it with the lights off and the volume '
            'up, and let the silence do its work.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'The Understudy' Review: Theatre Satire With Sharp Teeth",
  'author': 'Keiko Brandt',
  'paras': ['The Understudy begins with a disaster that every theatre professional secretly dreams '
            'about. Minutes before opening night of a lavish West End revival, the star slips on a '
            'staircase backstage and breaks her ankle. Her understudy, a perpetually overlooked '
            'actress named Cass who has spent a decade waiting in the wings, is shoved onto the '
            'stage in a borrowed wig. What happens over the next eight episodes is funny, vicious '
            'and frequently surprising.',
            'Cass is played by Harriet Okonkwo, who has been a reliable supporting presence in '
            'British comedy for years and finally gets the lead role she deserves. She is '
            'brilliant at playing someone torn between terror and ambition, often within the same '
            'sentence. Her first performance, staged in the pilot as a sequence of near '
            'catastrophes, is a small masterpiece of physical comedy.',
            "The show's targets are the egos and hierarchies of the theatre world, and it skewers "
            'them mercilessly. There is a director who communicates only in metaphors, a producer '
            'obsessed with ticket sales to tourists, and a leading man so vain that he insists on '
            'being lit from below. The writers clearly know this world intimately, and the satire '
            'has the specificity of lived experience.',
            'Beneath the jokes, though, The Understudy is interested in something more serious: '
            'what it means to succeed at last, and what it costs. As Cass grows more confident, '
            'she also becomes harder to like, making choices that hurt the friends who supported '
            'her. The series handles this shift carefully, never excusing her but never abandoning '
            'her either. It is a brave choice for a comedy.',
            'The injured star, played with deliciously wounded dignity by Celia Armitage, becomes '
            'an unexpected highlight. Confined to a sofa with her leg in plaster, she plots her '
            'return with the strategic patience of a general, phoning critics, flattering '
            'producers and sending Cass passive-aggressive bouquets. Their rivalry gives the '
            'second half of the season a delightful momentum. Armitage steals almost every scene '
            'she is in.',
            "Not every storyline works. A subplot about the stage manager's romance with a "
            'lighting technician feels like filler, and a late episode set at an awards ceremony '
            'leans too heavily on celebrity cameos. But these are minor quibbles in a series that '
            'is consistently sharp, well acted and genuinely funny. Okonkwo, in particular, '
            'deserves every award going for this performance. The Understudy deserves a long '
            'run.']},
 {'lang': 'en',
  'kind': 'news',
  'title': 'Note-Taking App Drift Moves to Subscription Only, and Its Users Revolt',
  'author': 'Hannah Oduya',
  'paras': ['Drift, the minimalist note-taking app that built a loyal following on the promise of '
            'a single lifetime purchase, will switch to a subscription-only model next month. The '
            'company announced the change in a blog post on Monday, saying that the one-off price '
            "no longer covered the cost of running its sync servers. Within hours, the app's "
            'forums were filled with angry messages from long-time customers.',
            'Under the new plan, existing users who bought a lifetime licence will keep access to '
            'the current version, but future features and sync across more than two devices will '
            'require a monthly fee. New users will not be able to buy the app outright at all. The '
            'company said it would honour lifetime purchases made in the past year with a free '
            'year of the subscription tier.',
            "Many users said they felt misled. Drift's website had for years highlighted the "
            'absence of subscriptions as a core principle, and some customers pointed to archived '
            'pages promising that the app would never require a recurring payment. Several '
            'developers of competing apps were quick to advertise their own pricing, and one '
            'open-source alternative reported a surge in downloads over the weekend.',
            "The company's founder defended the decision in a follow-up post, writing that the "
            'team had grown from two people to eleven and that the cost of storing and syncing '
            'notes had risen sharply as users attached more images and audio recordings. She '
            'acknowledged that the original promise had been a mistake, made when the app was a '
            'side project with a few thousand users, and apologised for not communicating the '
            'change sooner.',
            'Industry observers said the episode reflects a broader trend. Small software makers '
            'have increasingly moved to subscriptions as app store fees, server costs and customer '
            'expectations for constant updates make one-time purchases difficult to sustain. At '
            'the same time, users have grown weary of paying monthly for tools they once owned '
            'outright, and subscription fatigue has become a recurring complaint.',
            'For users who want to leave, Drift says notes can be exported as plain text or '
            'Markdown files at any time, with attachments bundled in a separate folder. Testing by '
            'Lumen found the export to be complete and reasonably well organised, although tags '
            'and internal links between notes are flattened in the process. Importing them into '
            'another app will require some manual tidying.',
            "It remains to be seen whether the backlash will change the company's plans. Drift has "
            'so far declined to reverse course but said it would consider a cheaper tier for users '
            'who only need local storage. Whatever happens next, the dispute is a reminder that '
            'software promises, however sincere, are only as durable as the business that makes '
            'them. Users, it seems, are learning that lesson the hard way.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Saltwater Saints' Review: A Festival Darling That Overstays Its Welcome",
  'author': 'Keiko Brandt',
  'paras': ['Saltwater Saints arrives on a wave of festival acclaim, and it is easy to see why '
            'critics fell for it. The film, set in a fishing village during the week of an annual '
            'religious procession, is beautifully shot, richly atmospheric and anchored by a '
            'tremendous central performance. It is also, at two hours and forty minutes, '
            'considerably longer than its slender story can support.',
            'The plot follows Rosa, a middle-aged widow who has carried the statue of the '
            "village's patron saint in the procession for twenty years. This year, the parish "
            'council has decided that younger women should take her place. Rosa refuses to accept '
            'the decision, and her quiet campaign to reclaim her role becomes a portrait of pride, '
            'faith and a community slowly changing around her.',
            'As Rosa, veteran actress Lucia Ferrante is simply magnificent. She conveys decades of '
            'stubbornness and sorrow with the smallest of gestures, and her face, weathered and '
            "watchful, becomes the film's most compelling landscape. A long scene in which she "
            'rehearses the procession alone at night, carrying a heavy chair through empty '
            'streets, is one of the finest moments in any film this year.',
            'The problem is everything around her. Director Teodoro Luz fills the film with '
            "lengthy digressions: a fisherman's romance, a council meeting rendered almost in real "
            'time, a wordless sequence of boats leaving the harbour at dawn. Each is lovely in '
            'isolation, but together they dilute the central conflict, and by the final hour the '
            "film's momentum has almost entirely drained away.",
            'The cinematography, by contrast, never flags. The village is shot in warm, dusty '
            'light, with whitewashed walls glowing at sunset and the sea a constant, glittering '
            'presence. The procession itself, filmed with hundreds of local extras, is '
            'spectacular, a blaze of candles, brass bands and sweating faces. It is worth seeing '
            'on the largest screen possible. The sound design, full of bells and distant waves, is '
            'equally impressive.',
            'In the end, Saltwater Saints is a film of wonderful parts that never quite cohere '
            "into a satisfying whole. It deserves attention for Ferrante's performance and for its "
            'extraordinary images, but audiences should be prepared for long stretches where very '
            'little happens. Three stars, with the sense that a braver editor could have made it a '
            'masterpiece. Patience will be rewarded, but only up to a point.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Ironbark Tactics' Review: Small Squads, Big Decisions",
  'author': 'Jordan Reyes',
  'paras': ['Ironbark Tactics is a turn-based strategy game about a mercenary company of five '
            'soldiers fighting through a war that nobody seems able to end. It borrows heavily '
            "from the genre's classics, with cover systems, overwatch and percentage chances to "
            'hit, but it trims away much of the bloat. Missions are short, maps are compact, and a '
            'full campaign can be finished in around twenty-five hours.',
            'The smaller scale makes every soldier matter. You never field more than five units, '
            'and each one has a distinct class, a personality trait and a handful of abilities '
            'that grow as they gain experience. Losing a veteran hurts, and the game leans into '
            'that with letters home, empty bunks at the camp and replacements who arrive green and '
            'nervous. It is an effective, if familiar, way of raising the stakes.',
            'Combat is tight and readable. Every action shows its consequences before you commit, '
            'including where enemies will be able to see you and which cover will be destroyed. A '
            'generous rewind system lets you undo a limited number of moves per mission, which '
            'reduces the frustration of misclicks without removing the tension of bad luck. '
            'Purists can switch it off entirely.',
            "Between missions, you manage the company's camp, assigning soldiers to train, recover "
            'or scavenge, and choosing which contracts to accept. The strategic layer is lighter '
            'than in some rivals, and experienced players may wish for more depth. But it keeps '
            'the focus on the tactical battles, which are clearly where the developers have '
            'invested most of their effort. That is a sensible choice.',
            'The art style is muted and painterly, with muddy trenches, burned-out farmhouses and '
            'grey forests rendered in thick, textured strokes. Animations are simple but clear, '
            'and the interface is clean. The soundtrack, a mix of solemn strings and military '
            'drums, is appropriately sombre, though a few tracks repeat too often over a long '
            'campaign. Still, the overall presentation is cohesive and clearly carefully '
            'considered.',
            'There are issues. Enemy variety is limited in the later chapters, and a handful of '
            'escort missions feel unfairly punishing, especially on the higher difficulty '
            'settings. The story, told through brief cutscenes between chapters, rarely rises '
            'above serviceable. None of this seriously undermines the core experience, which is '
            'consistently smart and satisfying. Patches have already addressed some of the worst '
            'escort missions, too.',
            "Ironbark Tactics will not replace the genre's giants, but it offers a leaner, more "
            'focused alternative for players who have less time to spare. It respects your '
            'attention, rewards careful planning and makes every loss feel meaningful. The '
            'campaign is also short enough to replay with a different squad and different choices. '
            'That is a rare combination, and it makes this an easy recommendation for strategy '
            'fans.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Low Country' Season 3 Review: The Marsh Mystery Loses Its Way",
  'author': 'Dana Ortiz',
  'paras': ['The first season of Low Country was one of the surprise successes of recent years, a '
            'slow, humid mystery set among the salt marshes of a fictional coastal county. Its '
            'second season expanded the world without losing the intimacy. The third, which '
            'arrives this week, feels like a show that has run out of things to say and is trying '
            'to hide it behind an increasingly convoluted plot.',
            'The season opens with the discovery of a sunken car in a tidal creek, and the return '
            "of Sheriff Della Boone, now recovering from the events of last year's finale. Kendra "
            'Hollis remains excellent in the role, her weary stoicism as magnetic as ever. But the '
            'script gives her little to do except react to revelations, many of which arrive via '
            'conveniently discovered documents and late-night phone calls.',
            'The new characters are the biggest disappointment. A true-crime podcaster who arrives '
            'to investigate the case is written as a walking plot device, forever overhearing '
            'conversations and stumbling on evidence. A wealthy developer with designs on the '
            'marshland is a broad caricature. Both feel as though they wandered in from a far less '
            'thoughtful show, and their scenes drag. Neither ever becomes a real person.',
            'There are still moments of the old magic. An episode built around a single night '
            'during a hurricane, with the main characters sheltering together in a church, recalls '
            "the show's best work. The cinematography remains beautiful, with mist rising off the "
            'water and long, lingering shots of herons in the reeds. The score, built on slide '
            'guitar and low drones, is as haunting as ever.',
            'The central mystery, however, becomes harder to follow with each episode. By the '
            'sixth hour there are three competing suspects, two timelines and a secret society '
            'that the show seems embarrassed to mention directly. The finale ties everything '
            'together, but the explanations are so elaborate that they drain the story of its '
            'emotional weight. Several episodes end with cliffhangers that are resolved within '
            'minutes of the next.',
            'Low Country was always at its best when it focused on people rather than puzzles. '
            'This season forgets that, and the result is a handsome but hollow continuation of a '
            'once-great series. Longtime fans will want to see it through, but newcomers should '
            'start at the beginning and perhaps stop after the second season. It is a sad decline '
            'for a show that once felt so assured.']},
 {'lang': 'en',
  'kind': 'review',
  'title': 'Nova 9 Review: A Midrange Phone That Punches Above Its Price',
  'author': 'Imani Brooks',
  'paras': ['The Nova 9 costs a little under half the price of a flagship phone, and for the first '
            'few days of testing it was genuinely hard to tell the difference. It has a bright, '
            'smooth display, a large battery, a main camera that performs well in good light and '
            'software that is clean and fast. There are compromises, as there always are at this '
            'price, but they are well chosen.',
            'The design is understated. The frame is aluminium rather than stainless steel, and '
            'the back is frosted glass that resists fingerprints better than most. At just under '
            'two hundred grams it is comfortable to hold, and the flat edges give it a secure '
            'grip. The phone is rated for dust and water resistance, which is still not guaranteed '
            'in this segment, and the buttons feel firm and well placed.',
            'The display is the highlight. It is a six-point-five-inch OLED panel with a variable '
            'refresh rate up to one hundred and twenty hertz, and it gets bright enough to read '
            'comfortably in direct sunlight. Colours are accurate in the natural mode and punchy '
            'in the vivid one. The under-display fingerprint sensor is quick and reliable, and the '
            'stereo speakers are loud, if a little thin at high volume.',
            'Performance is good rather than exceptional. The midrange chip handles everyday tasks '
            'without hesitation, and popular games run smoothly at medium settings. Demanding '
            'titles reveal its limits, with occasional stutters and noticeable warmth after half '
            'an hour of play. For most users, though, the Nova 9 will feel fast, and the software '
            'is free of the duplicate apps and advertising that spoil many rivals.',
            'Battery life is excellent. In our standard test, which loops video and web browsing '
            'at a fixed brightness, the phone lasted just over seventeen hours, among the best '
            'results we have recorded this year. In daily use it comfortably reached the end of a '
            'second day with moderate use. Charging is fast at the cable, though there is no '
            'wireless charging at all, which may disappoint some buyers.',
            'The cameras are where the price shows. The main sensor produces sharp, pleasant '
            'images in daylight, with natural colours and good dynamic range. In low light, detail '
            'drops quickly and the night mode takes several seconds to capture each shot. The '
            'ultrawide camera is soft at the edges, and the macro lens is essentially a gimmick. '
            'There is no telephoto, so zoomed images are cropped and noisy.',
            'The manufacturer promises four years of major software updates and five years of '
            'security patches, a commitment that would have been remarkable for a midrange phone '
            'only recently. Taken together, the Nova 9 is one of the best value phones available. '
            'If you can live without wireless charging and a zoom lens, there is little reason to '
            'spend more. It is the phone we would recommend to most friends.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Starward Drift' Review: A Space Trucking Sim Worth the Long Haul",
  'author': 'Jordan Reyes',
  'paras': ['Starward Drift is a game about hauling cargo between space stations, and for long '
            'stretches that is exactly what you do. You plot a route, load the containers, undock '
            'carefully and then spend several real-time minutes drifting through the void while '
            "the ship's computer counts down to arrival. If that sounds tedious, this is not the "
            'game for you. If it sounds oddly soothing, you may have found your next obsession.',
            'The core loop is simple but surprisingly deep. Contracts vary in cargo type, deadline '
            'and risk, and choosing which to accept becomes a careful calculation of fuel, time '
            'and reputation. Fragile goods require smooth acceleration, refrigerated loads drain '
            'power, and some stations pay far better for illegal cargo, if you are willing to risk '
            'an inspection. The economy responds to your choices, with prices shifting as you '
            'saturate markets.',
            'Flying the ship is a pleasure. The controls are weighty and precise, and docking '
            'manually, nudging your hauler into a narrow bay with tiny thruster bursts, is '
            'consistently satisfying. An autopilot is available for routine trips, but I found '
            'myself doing it by hand more often than not. The cockpit is richly detailed, with '
            'switches, screens and warning lights that all serve a purpose.',
            'Between jobs, you can upgrade your ship, hire crew and take on longer expeditions to '
            'distant systems. The crew members are a highlight, each with their own backstory '
            'revealed through radio chatter during long flights. A retired miner who tells '
            'rambling stories about her youth became a genuine companion over the thirty hours I '
            'played, and her occasional silences felt meaningful.',
            "The game's presentation is low key but atmospheric. Space is rendered in deep blues "
            'and purples, with distant nebulae and slowly rotating stations. The soundtrack, a '
            'collection of ambient synth pieces and lo-fi radio stations, is perfectly suited to '
            'long hauls. You can tune in to in-game broadcasts, including a call-in show where '
            'pilots complain about fuel prices, which adds welcome humour.',
            'There are frustrations. The interface for managing cargo and contracts is cluttered, '
            'and important information is sometimes hidden in sub-menus. A late-game story mission '
            'introduces combat, which feels clumsy and out of place. And the slow pace, while '
            'intentional, can become monotonous in longer sessions, especially when you are '
            'grinding for an expensive upgrade. A fast-travel option for repeat routes would help '
            'considerably.',
            'Still, Starward Drift succeeds brilliantly at what it sets out to do. It is a '
            'meditative, absorbing game about work, distance and the small pleasures of a job done '
            'well. It will not appeal to everyone, and it makes no attempt to. But for players who '
            'find peace in routine, there are few better ways to spend an evening than drifting '
            'between stations with the radio on. Put on some headphones, pour a drink and settle '
            'in for the long haul.']},
 {'lang': 'en',
  'kind': 'review',
  'title': "'Mossgrave' Review: A Gothic Metroidvania Grown From Moss and Bone",
  'author': 'Alex Moreau',
  'paras': ['Mossgrave opens in a flooded crypt, with your character, a small knight made of twigs '
            'and stone, waking beside a coffin that has been split open from the inside. What '
            "follows is a classic side-scrolling exploration game in the tradition of the genre's "
            'greats, set in a sprawling underground cemetery overgrown with fungus, roots and '
            'things that should have stayed buried.',
            'The world is the star. Thornlight Games has built an interconnected map of remarkable '
            'density, full of secret passages, shortcuts and areas that fold back on themselves in '
            'surprising ways. Exploration is rewarded constantly, with upgrades, lore fragments '
            'and hidden bosses tucked into every corner. The map system is generous, marking '
            'points of interest without spoiling the pleasure of discovery.',
            'Combat is fast, precise and demanding. Your knight has a basic sword combo, a dodge '
            'roll and a growing set of abilities drawn from the plants of the cemetery. A vine '
            'whip lets you swing across chasms and pull enemies closer, while spore bombs create '
            'clouds that stun groups. Bosses are tough but fair, with clear patterns and attacks '
            'telegraphed just long enough to react.',
            'The difficulty curve is steep in places. The middle third of the game includes a '
            'gauntlet of platforming challenges over spike pits that tested my patience, and a '
            'couple of bosses required dozens of attempts. Accessibility options help, including a '
            'mode that reduces damage taken, and the game never punishes you harshly for dying, '
            'sending you back to a nearby checkpoint with your items intact.',
            'Visually, Mossgrave is stunning. The hand-drawn art is dark and detailed, with gentle '
            'animations that bring the overgrown world to life. Fungi glow softly in the shadows, '
            'roots twitch as you pass, and ghostly figures drift through the background. The score '
            'is equally impressive, a blend of choral chants and mournful strings that shifts '
            'subtly as you move between areas.',
            'The story is told sparingly, through environmental details and the cryptic words of a '
            'handful of characters you meet along the way. It is easy to miss much of it, and some '
            'players may find the lack of clear narrative frustrating. For me, the mystery suited '
            'the world perfectly, and piecing together the history of the cemetery became one of '
            "the game's quiet pleasures.",
            'Mossgrave is a superb example of its genre, a game that respects the classics while '
            'adding enough ideas of its own to stand apart. It is challenging, beautiful and full '
            'of secrets. The twenty-five hours it took me to see the credits flew by, and I have '
            'already started a second run to hunt down the secrets I missed. The optional bosses '
            'alone offer hours of extra challenge for anyone who wants it. Fans of exploration '
            'games should not miss it.']},
 {'lang': 'en',
  'kind': 'news',
  'title': 'Independent Browser Engine Ferrite Secures Funding From an Unlikely Coalition',
  'author': 'Tomás Ferreira',
  'paras': ['Ferrite, an independent web browser engine developed by a small non-profit, has '
            'secured three years of funding from a coalition that includes two national libraries, '
            'a public broadcaster and a foundation backed by several European universities. The '
            'announcement, made on Tuesday, comes at a time when almost every major browser is '
            'built on one of just two engines, a concentration that critics say gives a handful of '
            'companies outsized influence over how the web works.',
            'The project began five years ago as a research effort to build a rendering engine '
            'that could be audited line by line. It is written in a memory-safe language and '
            'designed to be embedded in other applications as well as used in a standalone '
            'browser. Until now it has relied on donations and occasional grants, with a core team '
            'of seven engineers working part time.',
            'The new funding will allow the team to grow to around twenty people and to focus on '
            'compatibility, the biggest obstacle for any new engine. Modern websites depend on '
            'thousands of features, many of them poorly documented, and even small gaps can make '
            'popular services unusable. Ferrite currently passes a little over seventy percent of '
            'the standard web platform test suite, compared with well above ninety for the leading '
            'engines.',
            'The coalition members have practical reasons for their involvement. National '
            'libraries archive enormous quantities of web content and need tools that can render '
            'pages consistently for decades. The public broadcaster wants a reliable engine for '
            'its set-top boxes and kiosks that it can maintain without depending on a large '
            'technology company. Universities see the project as valuable research infrastructure. '
            'Each partner has a direct, practical stake in the project.',
            'Advocates for an open web welcomed the news but cautioned that funding alone will not '
            'guarantee success. Previous attempts to build independent engines have stalled after '
            'years of effort, overwhelmed by the sheer pace of change in web standards. The '
            'Ferrite team acknowledged the challenge and said it would prioritise the features '
            'most commonly used by news sites, government services and online shops.',
            'A preview browser based on the engine is available for testing on desktop computers, '
            'and the team plans to release a version for embedded devices later this year. In '
            'brief testing, it handled text-heavy sites well and loaded pages quickly, but '
            'struggled with complex web applications, some video players and certain payment '
            'forms, which failed to load entirely. The team says fixes are coming.',
            'Whether Ferrite becomes a serious alternative or remains a niche project, its backers '
            'argue that the effort itself matters. A web that depends on a tiny number of engines, '
            'they say, is fragile. Even a partial third option could help keep standards honest '
            'and give institutions a measure of independence they currently lack. The next three '
            'years will show whether that argument can be turned into working software.']},
 {'lang': 'en',
  'kind': 'review',
  'title': 'Aether 14 Review: A Quiet, Fanless Laptop With One Big Compromise',
  'author': 'Imani Brooks',
  'paras': ['The Aether 14 is a thin, light laptop with no fan at all. It is cooled entirely by a '
            'copper heat spreader and the aluminium chassis, which means it is completely silent '
            'under any workload. For writers, students and anyone who works in quiet rooms, that '
            'alone is a strong selling point. The question is what you give up in exchange for the '
            'silence, and the answer is fairly specific.',
            'The build quality is excellent. The chassis is rigid, with almost no flex in the '
            'keyboard deck, and the hinge opens smoothly with one hand. At just over one point one '
            'kilograms it is easy to carry all day, and the matte finish hides fingerprints well. '
            'Ports are limited to two USB-C connections and a headphone jack, so many users will '
            'need an adapter for older accessories.',
            'The keyboard is among the best on any ultraportable. Keys have a satisfying depth and '
            'a firm, quiet action, and the backlight is even and adjustable. The touchpad is large '
            'and smooth, with reliable palm rejection and precise tracking. Typing long documents '
            'on the Aether 14 is a genuine pleasure, and the silence of the machine makes it even '
            'more so.',
            'The fourteen-inch display has a sharp resolution and a tall aspect ratio that suits '
            'documents and web pages. Brightness is adequate for indoor use, though it struggles '
            'outdoors on sunny days. Colour accuracy is good enough for casual photo editing, but '
            'creative professionals will want something more precise. The webcam is sharp and '
            'handles mixed lighting well, and the microphones are clear.',
            'Performance is where the compromise appears. For everyday tasks, including web '
            'browsing, documents, email and video calls, the Aether 14 is fast and responsive. But '
            'under sustained heavy loads, such as exporting video or compiling large software '
            'projects, the processor throttles noticeably as the chassis heats up. After ten '
            'minutes of continuous work, performance dropped by around a third in our tests.',
            'Battery life is outstanding. In our standard video playback test, the laptop lasted '
            'over nineteen hours, and in daily use it easily managed two full working days between '
            'charges. Charging is quick with the included adapter, and the machine also accepts '
            'most USB-C power banks, which is useful on long journeys. Few laptops we have tested '
            'last this long on a single charge.',
            'For the right person, the Aether 14 is close to perfect. If your work is mostly '
            'writing, browsing and communication, the silence, battery life and superb keyboard '
            'make it a joy to use. If you regularly push your computer with heavy creative or '
            'technical work, a laptop with a fan will serve you better. Choose according to your '
            'work, not the spec sheet.']},
 {'lang': 'es',
  'kind': 'news',
  'title': 'La mitad de los routers domésticos en España no se ha actualizado nunca, según un '
           'estudio',
  'author': 'Laura Méndez',
  'paras': ['Un estudio elaborado por un grupo de investigadores de ciberseguridad de tres '
            'universidades españolas concluye que aproximadamente la mitad de los routers '
            'domésticos del país funciona con el mismo software que traía de fábrica. El trabajo, '
            'publicado esta semana, analizó durante seis meses cerca de cuarenta mil dispositivos '
            'conectados a redes residenciales y detectó que muchos de ellos acumulan '
            'vulnerabilidades conocidas desde hace años.',
            'Los autores explican que el problema no es exclusivo de un operador concreto. Los '
            'routers que entregan las compañías de telecomunicaciones suelen actualizarse de forma '
            'remota, aunque con retrasos considerables, pero los equipos que compran los propios '
            'usuarios para mejorar la cobertura quedan en una especie de limbo. Nadie se encarga '
            'de ellos, y la mayoría de sus dueños ni siquiera sabe que existe un firmware que '
            'instalar.',
            'El informe destaca varios fallos especialmente graves. Algunos modelos permiten '
            'acceder al panel de administración desde internet si no se ha cambiado la '
            'configuración inicial, y otros conservan la contraseña por defecto impresa en la '
            'pegatina inferior. En un porcentaje pequeño pero preocupante de casos, los '
            'investigadores encontraron indicios de que el dispositivo ya formaba parte de una red '
            'de equipos comprometidos.',
            'Las consecuencias para el usuario pueden ser difíciles de notar. Un router infectado '
            'puede seguir funcionando con normalidad mientras redirige parte del tráfico, '
            'participa en ataques contra otras webs o espía los dispositivos conectados a la red '
            'doméstica. Los síntomas, cuando aparecen, suelen confundirse con una mala conexión: '
            'cortes ocasionales, lentitud a ciertas horas o páginas que tardan en cargar sin '
            'motivo aparente.',
            'Los fabricantes consultados por los investigadores defienden que publican '
            'actualizaciones con regularidad y que sus aplicaciones avisan cuando hay una versión '
            'nueva disponible. Sin embargo, el estudio señala que muchos modelos dejan de recibir '
            'parches apenas dos o tres años después de su lanzamiento, mucho antes de que el '
            'usuario medio decida sustituirlos. Es un ciclo de vida más propio de un móvil que de '
            'un aparato que se queda años en un rincón.',
            'Las recomendaciones son sencillas. Conviene entrar en el panel del router al menos '
            'una vez al año, comprobar si hay actualizaciones, cambiar las credenciales de fábrica '
            'y desactivar la administración remota si no se utiliza. Los autores también sugieren '
            'consultar la página de soporte del fabricante antes de comprar un modelo nuevo, para '
            'saber durante cuánto tiempo promete mantenerlo. La información no siempre es fácil de '
            'encontrar.',
            'El estudio termina con una petición a las autoridades: que se exija a los fabricantes '
            'indicar en la caja el número de años de soporte garantizado, igual que ya ocurre con '
            'otros productos. Sería, dicen, una forma sencilla de que el comprador sepa qué está '
            'adquiriendo y de premiar a las marcas que se toman en serio la seguridad de sus '
            'clientes.']},
 {'lang': 'es',
  'kind': 'review',
  'title': 'Análisis del Lumio Clean S8: el robot aspirador que por fin entiende las alfombras',
  'author': 'Javier Ortega',
  'paras': ['Los robots aspiradores llevan años prometiendo que nos olvidaremos de barrer, y casi '
            'siempre se quedan a medio camino. El Lumio Clean S8 no es perfecto, pero durante las '
            'cuatro semanas que lo hemos probado en un piso de noventa metros con suelo de madera, '
            'dos alfombras y un perro que suelta pelo sin descanso, ha sido el primero que nos ha '
            'hecho olvidar de verdad la escoba.',
            'El diseño es el habitual en la categoría: un disco de unos diez centímetros de alto '
            'con una torreta láser en la parte superior y una base de carga que también vacía el '
            'depósito de forma automática. La base es grande y algo ruidosa cuando succiona la '
            'suciedad, pero a cambio solo hay que cambiar la bolsa cada siete u ocho semanas. Las '
            'bolsas de repuesto, eso sí, no son baratas.',
            'La gran novedad está en la gestión de las alfombras. El robot detecta su presencia '
            'con un sensor ultrasónico y, en lugar de limitarse a subir la potencia, levanta la '
            'mopa de fregado casi un centímetro para no mojarlas. Parece un detalle menor, pero es '
            'precisamente lo que fallaba en los modelos anteriores de la marca. En nuestras '
            'pruebas no ha dejado ni una sola mancha de humedad.',
            'La potencia de succión es más que suficiente para el pelo de mascota, que se enreda '
            'poco gracias a un cepillo central de goma sin cerdas. En suelos duros recoge migas, '
            'arena y polvo sin problemas, y en las alfombras de pelo corto el resultado es muy '
            'bueno. En una alfombra de pelo largo, sin embargo, necesitó dos pasadas para dejarla '
            'realmente limpia, algo que conviene tener en cuenta.',
            'El fregado es correcto, sin milagros. La mopa vibra para frotar el suelo y elimina '
            'bien las huellas y las salpicaduras recientes, pero las manchas secas de café o de '
            'salsa siguen necesitando una bayeta y algo de paciencia. La aplicación permite '
            'ajustar la cantidad de agua por habitaciones, lo que resulta útil si en casa conviven '
            'la madera y las baldosas de la cocina.',
            'La navegación es rápida y fiable. El primer mapa del piso estuvo listo en unos quince '
            'minutos y desde entonces el robot no se ha perdido ni una vez. Esquiva cables y '
            'calcetines con bastante acierto gracias a su cámara frontal, aunque se ha atascado un '
            'par de veces bajo el sofá, donde el espacio es justo. La aplicación es clara y no '
            'obliga a crear cuenta para las funciones básicas.',
            'Con un precio que ronda los setecientos euros, el Lumio Clean S8 no es una compra '
            'impulsiva, pero sí una de las más sensatas de su gama. Si tienes alfombras, mascotas '
            'y poco tiempo, es el robot que recomendaríamos hoy. Si solo tienes suelo duro, hay '
            'modelos más baratos que cumplen igual de bien. La aplicación, además, es de las más '
            'claras que hemos probado.']},
 {'lang': 'es',
  'kind': 'review',
  'title': 'Análisis de Ecos del Páramo: un western de fantasía que se toma su tiempo',
  'author': 'Marta Castillo',
  'paras': ['Ecos del Páramo empieza con una diligencia atravesando una llanura de tierra roja '
            'bajo un cielo imposible, lleno de lunas. Es la primera imagen de un juego que mezcla '
            'el western clásico con la fantasía más extraña, y que durante unas cuarenta horas nos '
            'pone en la piel de una cazarrecompensas que persigue a un hombre capaz de robar los '
            'recuerdos de quienes se cruzan en su camino.',
            'El estudio valenciano Estudio Alcaraván ha construido un mundo abierto de tamaño '
            'contenido pero muy denso. Hay pueblos polvorientos, minas abandonadas, cañones que '
            'esconden ruinas de una civilización anterior y un desierto de sal donde el tiempo '
            'parece detenerse. Cada zona tiene su propia personalidad, y explorar sin rumbo fijo '
            'suele recompensar con historias secundarias que superan a muchas misiones principales '
            'de otros juegos.',
            'El combate es el apartado más irregular. Los duelos a revólver, que se resuelven con '
            'una mecánica de tiempo ralentizado en la que hay que elegir dónde disparar, son '
            'tensos y espectaculares. Los enfrentamientos contra grupos, en cambio, se vuelven '
            'caóticos y poco precisos, sobre todo cuando entran en juego las criaturas del páramo. '
            'Es una pena, porque el juego obliga a pelear más de lo que debería.',
            'Donde Ecos del Páramo brilla de verdad es en la escritura. Los diálogos están llenos '
            'de humor seco y frases memorables, y los personajes secundarios tienen una '
            'profundidad poco habitual. Un sheriff retirado que ha olvidado el nombre de su propia '
            'hija, una curandera que comercia con sueños o un niño que solo habla en refranes son '
            'algunos de los encuentros que recordaremos durante mucho tiempo.',
            'El doblaje al castellano es excelente, con un reparto que sabe darle a cada personaje '
            'el tono justo sin caer en la caricatura. La banda sonora, con guitarras flamencas, '
            'trompetas y coros lejanos, acompaña a la perfección tanto los momentos de calma como '
            'los tiroteos. En lo visual, el juego no es puntero, pero su dirección artística '
            'compensa con creces las texturas modestas.',
            'Hemos jugado en PS5, donde el rendimiento es estable en el modo calidad y algo más '
            'irregular en el modo rendimiento, con caídas puntuales en los pueblos más poblados. '
            'También hemos detectado algunos errores, como misiones que no se activaban hasta '
            'reiniciar la partida, aunque el estudio ya ha publicado un parche que corrige los más '
            'graves. Es recomendable instalarlo antes de empezar.',
            'Ecos del Páramo no es un juego para todo el mundo. Su ritmo pausado y su combate '
            'irregular pueden desesperar a quien busque acción constante. Su mundo, sus personajes '
            'y su doblaje merecen mucho la pena, incluso con sus tropiezos. Pero quien tenga '
            'paciencia encontrará una de las historias más originales y mejor escritas de los '
            'últimos años, con un final que invita a empezar de nuevo.']},
 {'lang': 'es',
  'kind': 'review',
  'title': "Crítica de 'La última verbena': una comedia coral con el corazón en su sitio",
  'author': 'Andrés Villalba',
  'paras': ['La última verbena transcurre en una sola noche de agosto, durante las fiestas de un '
            'pueblo de la sierra que está a punto de quedarse sin su orquesta de toda la vida. Los '
            'músicos, cansados y mal pagados, han decidido que este será su último concierto, y a '
            'lo largo de unas horas de calor, sangría y discusiones, el pueblo entero intenta '
            'convencerles de lo contrario.',
            'La directora Inés Carrasco, que debutó hace unos años con un drama bastante más '
            'sombrío, demuestra aquí un talento notable para la comedia coral. La película maneja '
            'una docena de personajes sin perder nunca el hilo, y cada uno tiene al menos una '
            'escena en la que brilla. El guion, escrito a cuatro manos con el actor Pablo Ruano, '
            'tiene un oído finísimo para el habla de los pueblos.',
            'El reparto es una delicia. Carmen Olmedo, como la alcaldesa que intenta salvar las '
            'fiestas con un presupuesto ridículo, está espléndida, capaz de pasar de la '
            'desesperación a la euforia en una misma frase. A su lado, el veterano Julián Sanz '
            'interpreta al cantante de la orquesta con una melancolía que contagia a toda la '
            'película. Sus escenas juntos son lo mejor de la función.',
            'Lo más valioso de La última verbena es que nunca se ríe de sus personajes. El humor '
            'nace del cariño y de la observación, no de la burla, y eso permite que la película se '
            'adentre en terrenos más delicados sin cambiar de tono. Hay una conversación de '
            'madrugada entre dos hermanos que no se hablan desde hace años que emociona '
            'precisamente porque llega sin avisar.',
            'En lo técnico, la película cumple con creces. La fotografía aprovecha la luz cálida '
            'de las bombillas de feria y el azul profundo de la noche de la sierra, y el montaje '
            'mantiene un ritmo ágil durante casi todo el metraje. La música, como no podía ser de '
            'otra manera, tiene un papel protagonista, con una selección de pasodobles y canciones '
            'de verano que el público reconocerá al instante.',
            'No todo funciona igual de bien. El tramo final se alarga más de la cuenta, con varios '
            'desenlaces que compiten entre sí, y alguna subtrama, como la del concejal que sueña '
            'con ser influencer, se queda en el chiste fácil. Son defectos menores en una película '
            'que sabe exactamente lo que quiere contar y lo cuenta con gracia. El público no lo '
            'notará apenas.',
            'La última verbena es de esas comedias que salen del cine con la gente sonriendo y '
            'tarareando. No pretende cambiar el cine español, pero sí recordarnos lo que nos une '
            'cuando se apagan las luces de la plaza. Es una película pequeña, cálida y muy bien '
            'interpretada, que merece encontrar a su público en salas y no solo en plataformas. Y '
            'eso, en estos tiempos, no es poca cosa.']},
 {'lang': 'es',
  'kind': 'review',
  'title': 'Análisis de Cumbre Roja: escalar nunca había dado tanto miedo',
  'author': 'Diego Ferrer',
  'paras': ['Cumbre Roja es un juego de escalada en primera persona en el que cada agarre cuenta. '
            'Controlamos por separado las dos manos de una alpinista que intenta coronar una '
            'montaña maldita, y cada gatillo del mando corresponde a un brazo. Soltar el '
            'equivocado en el momento equivocado significa caer, y caer, en este juego, casi '
            'siempre significa volver a empezar desde el último campamento.',
            'La premisa puede sonar a simulador exigente, y en parte lo es, pero el estudio ha '
            'sabido equilibrar la dificultad con un sistema de cuerdas y clavijas bastante '
            'generoso. Podemos asegurar la posición en determinados puntos, descansar para '
            'recuperar fuerza en los brazos y planificar la ruta con unos prismáticos antes de '
            'empezar cada tramo. La sensación de progreso es constante y muy satisfactoria.',
            'Lo que convierte a Cumbre Roja en algo más que un juego de escalada es su atmósfera. '
            'A medida que subimos, la montaña empieza a comportarse de forma extraña: aparecen '
            'huellas que no son nuestras, voces que llaman desde la niebla y campamentos '
            'abandonados con diarios inquietantes. Sin llegar nunca al terror explícito, el juego '
            'consigue que miremos por encima del hombro cada pocos minutos.',
            'El apartado visual es espectacular. Las paredes de roca, el hielo y la nieve están '
            'recreados con un detalle asombroso, y la iluminación cambia de forma radical según la '
            'hora del día y el tiempo. Las tormentas, que llegan sin previo aviso, reducen la '
            'visibilidad a unos pocos metros y convierten cada movimiento en una apuesta. Pocas '
            'veces un juego nos ha hecho pasar tanto frío.',
            'El sonido merece una mención aparte. La respiración de la protagonista se acelera '
            'cuando está cansada, el viento ruge entre las grietas y el crujido del hielo bajo los '
            'crampones pone los pelos de punta. Jugar con auriculares es casi obligatorio. La '
            'música aparece muy poco, solo en momentos clave, y por eso mismo tiene un impacto '
            'enorme cuando suena.',
            'La campaña dura unas doce horas, aunque dependerá mucho de la habilidad de cada '
            'jugador y de cuántas veces caigamos. Hay rutas alternativas, secretos escondidos y un '
            'modo contrarreloj para quien quiera rejugar. Como pega, algunos tramos finales se '
            'vuelven repetitivos y el control con teclado y ratón es claramente inferior al del '
            'mando. Aun así, el conjunto está muy bien equilibrado.',
            'Cumbre Roja es una propuesta original, exigente y con una personalidad arrolladora. '
            'Su mezcla de escalada técnica y terror psicológico funciona mucho mejor de lo que '
            'cabría esperar, y la montaña, con sus secretos y sus tormentas, se convierte en uno '
            'de los escenarios más inolvidables que hemos recorrido en mucho tiempo. No es para '
            'quien busque una experiencia relajada, pero quien acepte el desafío encontrará uno de '
            'los juegos más tensos y memorables del año.']},
 {'lang': 'fr',
  'kind': 'review',
  'title': 'Test du Sonvia Q5 : un casque à réduction de bruit qui vise juste',
  'author': 'Camille Laurent',
  'paras': ['Le marché des casques à réduction de bruit active est dominé depuis des années par '
            "une poignée de grandes marques, et il faut beaucoup d'audace pour venir les défier. "
            'Le Sonvia Q5, vendu un peu moins de trois cents euros, ne révolutionne rien, mais il '
            "coche presque toutes les cases avec une régularité qui force le respect. Nous l'avons "
            'utilisé pendant trois semaines, au bureau, dans le métro et en avion.',
            'Le design est sobre, presque austère. Les coques en plastique mat résistent bien aux '
            "traces de doigts, l'arceau est rembourré de mousse à mémoire de forme et les "
            'coussinets, recouverts de similicuir, sont amovibles. Le casque se replie à plat et '
            'tient dans une housse rigide assez compacte. Avec un poids de deux cent cinquante '
            "grammes, il se fait vite oublier, même après plusieurs heures d'écoute.",
            "La réduction de bruit est l'un de ses grands points forts. Dans le métro, elle efface "
            'presque entièrement le grondement des rames, et en avion, le souffle des moteurs '
            'devient un murmure lointain. Les voix humaines passent davantage, comme sur la '
            "plupart des modèles concurrents, mais l'effet reste très convaincant. Le mode "
            'transparence, lui, est naturel et permet de tenir une conversation sans retirer le '
            'casque.',
            'Côté son, le Sonvia Q5 propose une signature chaleureuse, avec des basses généreuses '
            "mais maîtrisées et des aigus légèrement adoucis. C'est un choix agréable pour la pop, "
            "l'électro ou le rap, un peu moins pour la musique classique, où l'on aimerait parfois "
            "plus de détail. L'application permet d'ajuster un égaliseur à cinq bandes, et "
            'quelques réglages suffisent à obtenir un rendu plus neutre.',
            "L'autonomie est excellente. Nous avons mesuré près de quarante heures d'écoute avec "
            'la réduction de bruit activée, ce qui place le casque parmi les meilleurs de sa '
            "catégorie. Une charge rapide de dix minutes offre environ cinq heures d'utilisation, "
            'pratique avant un départ précipité. La connexion multipoint fonctionne sans accroc '
            'entre un ordinateur et un smartphone. Un vrai atout pour le télétravail.',
            'Quelques défauts viennent toutefois nuancer le tableau. Les commandes tactiles sur la '
            'coque droite sont parfois capricieuses, surtout avec des gants, et le micro peine à '
            "isoler la voix dans un environnement bruyant lors des appels. L'absence de prise jack "
            'dans la boîte est également regrettable à ce prix, même si le casque accepte un câble '
            'filaire. Rien de rédhibitoire, cependant.',
            'Au final, le Sonvia Q5 est une très belle surprise. Confortable, endurant et efficace '
            'pour couper le monde extérieur, il offre une alternative crédible aux références du '
            'marché pour un prix plus raisonnable. Les mélomanes exigeants lui préféreront '
            "peut-être un modèle plus neutre, mais pour le commun des voyageurs, c'est un "
            'excellent choix. On le recommande sans hésiter aux grands voyageurs.']},
 {'lang': 'fr',
  'kind': 'review',
  'title': "Critique : « Les Heures claires », un premier film lumineux sur l'enfance",
  'author': 'Hugo Marchand',
  'paras': ["Il y a des premiers films qui cherchent à tout dire et d'autres qui se contentent de "
            'regarder. Les Heures claires appartient clairement à la seconde catégorie. Pendant un '
            'été dans un village du Jura, la réalisatrice Anouk Bertrand suit deux frères de neuf '
            'et douze ans livrés à eux-mêmes pendant que leurs parents se séparent, et elle filme '
            'leurs journées avec une patience et une délicatesse rares.',
            'Le récit tient en peu de choses : des baignades dans la rivière, une cabane '
            'construite dans la forêt, une fête de village et quelques disputes. Pourtant, chaque '
            "scène semble chargée d'une tension sourde. Les adultes restent presque toujours à la "
            'lisière du cadre, silhouettes lointaines dont on devine les drames sans jamais les '
            'voir en entier. Ce choix de mise en scène donne au film une justesse bouleversante.',
            "Les deux jeunes acteurs, découverts lors d'un casting sauvage dans la région, sont "
            "d'un naturel stupéfiant. Le plus petit, en particulier, possède un regard à la fois "
            'espiègle et inquiet qui résume à lui seul tout le propos du film. Leur complicité, '
            'faite de chamailleries et de tendresse maladroite, sonne toujours vrai, au point que '
            "l'on oublie très vite la présence de la caméra.",
            'La photographie, tournée en pellicule, baigne le film dans une lumière dorée qui '
            "évoque les souvenirs d'enfance sans jamais tomber dans la carte postale. Les plans "
            'larges sur les prairies et les forêts alternent avec des gros plans très proches des '
            'visages, et le son, travaillé avec un soin remarquable, fait exister la nature comme '
            'un personnage à part entière.',
            'On pourra reprocher au film une certaine lenteur dans sa deuxième partie, et une fin '
            'un peu trop ouverte qui laissera certains spectateurs sur leur faim. La réalisatrice '
            "refuse délibérément les grandes scènes d'explication, ce qui est à la fois la force "
            'et la limite de son approche. Ceux qui attendent un drame familial classique risquent '
            "d'être déroutés. Les autres seront conquis.",
            'Mais pour qui accepte de se laisser porter, Les Heures claires est une expérience '
            'précieuse, un film qui retrouve avec une exactitude troublante la façon dont les '
            "enfants perçoivent les crises des adultes. La réalisatrice signe un film d'une grande "
            "maturité, qui ne force jamais l'émotion et qui fait confiance à l'intelligence de son "
            "public. On en sort ému, un peu sonné. C'est un début remarquable, et un nom à "
            'retenir.']},
 {'lang': 'fr',
  'kind': 'review',
  'title': "« Brigade de nuit » : la série policière qui prend le temps d'écouter",
  'author': 'Élise Fontaine',
  'paras': ['Les séries policières françaises ont longtemps souffert de la comparaison avec leurs '
            'cousines britanniques ou scandinaves. Brigade de nuit, diffusée à partir de ce jeudi, '
            'pourrait bien changer la donne. En huit épisodes, elle suit une petite équipe '
            "d'enquêteurs marseillais qui ne travaille qu'entre minuit et six heures du matin, et "
            "elle le fait avec une intelligence et une retenue qui forcent l'admiration.",
            "Au centre de l'intrigue se trouve la commandante Nadia Benali, incarnée par une Leïla "
            'Amrani impressionnante de sobriété. Mutée dans cette brigade de nuit après une '
            'affaire qui a mal tourné, elle découvre une équipe de policiers fatigués, un peu '
            'cabossés, mais profondément attachés à leur quartier. La série prend le temps de les '
            'présenter un par un, sans jamais céder aux clichés.',
            "Chaque épisode s'articule autour d'une enquête principale, souvent modeste en "
            'apparence : un vol dans une pharmacie, une disparition signalée par un voisin, un '
            'accident sur le port. Mais ces affaires ouvrent des portes sur la vie nocturne de la '
            "ville, ses travailleurs de l'ombre, ses solitudes et ses petites économies "
            'parallèles. La série écoute ses personnages avant de les juger.',
            'La mise en scène est superbe. Marseille la nuit, avec ses lumières orangées, ses '
            'ruelles vides et ses quais déserts, devient un décor envoûtant. Les réalisateurs '
            'privilégient les plans longs et les silences, et la musique, discrète, laisse souvent '
            'la place aux bruits de la ville. Le résultat est une ambiance feutrée, presque '
            'mélancolique, qui donne à la série une identité forte.',
            "Tout n'est pas parfait. Un fil rouge concernant une affaire de corruption au sein de "
            'la police met du temps à décoller et se résout de façon un peu précipitée dans le '
            'dernier épisode. Certains dialogues, notamment dans les scènes de bureau, paraissent '
            "un peu trop écrits. Mais ces réserves pèsent peu face à la qualité d'ensemble. La "
            'série reste passionnante de bout en bout.',
            "Brigade de nuit est une série rare, qui préfère l'humain au spectaculaire et la "
            'nuance aux rebondissements. Portée par une actrice principale remarquable et une mise '
            "en scène d'une grande élégance, elle prouve que la fiction policière française peut "
            'rivaliser avec les meilleures productions européennes, à condition de faire confiance '
            "au temps long. On en ressort avec l'envie de retrouver ces personnages, et l'espoir "
            "qu'une deuxième saison soit déjà en préparation."]},
 {'lang': 'fr',
  'kind': 'review',
  'title': "Test de Cendres d'Orion : un jeu de rôle spatial ambitieux mais inégal",
  'author': 'Thomas Girard',
  'paras': ["Cendres d'Orion est le genre de jeu qui promet l'univers et qui, parfois, le tient. "
            "Développé par un studio lyonnais d'une quarantaine de personnes, ce jeu de rôle "
            "spatial nous place aux commandes d'un vaisseau de contrebandiers dans une galaxie "
            "ravagée par une guerre ancienne. Pendant une cinquantaine d'heures, on explore, on "
            'négocie, on combat et on fait des choix qui pèsent lourd sur la suite.',
            'Le point fort du jeu réside dans son écriture. Les dialogues sont nombreux, bien '
            "construits et souvent drôles, et les membres de l'équipage possèdent chacun une "
            'histoire personnelle riche. Une ingénieure désabusée, un ancien prêtre devenu pilote '
            'ou un androïde qui collectionne les recettes de cuisine forment une troupe '
            'attachante. Les missions de compagnons sont parmi les meilleurs moments de '
            "l'aventure.",
            "L'exploration est plus inégale. La galaxie compte une vingtaine de systèmes, mais "
            'beaucoup de planètes se ressemblent et les activités secondaires deviennent vite '
            "répétitives. On finit par survoler certaines zones pour se concentrer sur l'histoire "
            'principale. Le voyage spatial, en revanche, est réussi, avec des séquences de '
            "navigation tendues au milieu de champs d'astéroïdes et de flottes ennemies. Ces "
            'moments sont les plus réussis.',
            'Les combats au sol, en temps réel avec pause tactique, sont corrects sans être '
            'mémorables. On peut donner des ordres à ses compagnons, utiliser le décor pour se '
            "couvrir et combiner des capacités, mais l'intelligence artificielle des ennemis reste "
            'limitée. Les affrontements spatiaux sont plus convaincants, grâce à une gestion fine '
            "de l'énergie entre les boucliers, les armes et les moteurs.",
            'Techniquement, le jeu souffle le chaud et le froid. Les vaisseaux et les stations '
            'spatiales sont magnifiques, avec une direction artistique inspirée de la '
            'science-fiction des années soixante-dix. Mais les animations faciales sont rigides et '
            'nous avons rencontré plusieurs bugs, dont une quête bloquée qui nous a obligés à '
            "recharger une sauvegarde ancienne. Un correctif est annoncé. Espérons qu'il arrive "
            'rapidement.',
            'La bande-son, composée par un musicien lyonnais, mérite une mention spéciale. Mélange '
            'de synthétiseurs et de chœurs, elle accompagne parfaitement les longues traversées et '
            'donne une ampleur épique aux moments clés. Le doublage français est de bonne qualité, '
            'même si quelques voix secondaires sonnent un peu faux. Le mixage sonore, en revanche, '
            'est irréprochable, et les effets donnent du poids à chaque tir et à chaque explosion.',
            "Cendres d'Orion est un jeu imparfait mais attachant, porté par une écriture de grande "
            'qualité et une vraie ambition. Le studio a visiblement mis tout son cœur dans ce '
            'projet, et cela se sent à chaque dialogue. Avec quelques mises à jour, il pourrait '
            'devenir une référence du genre. Les amateurs de jeux de rôle narratifs y trouveront '
            "leur compte, à condition d'accepter quelques longueurs et un contenu secondaire un "
            'peu creux.']},
 {'lang': 'de',
  'kind': 'review',
  'title': '„Die Fährfrau“: Eine Miniserie über eine Insel, die niemand verlassen will',
  'author': 'Katrin Wolff',
  'paras': ['Die Fährfrau beginnt mit einer Überfahrt im Nebel. Eine kleine Autofähre tuckert von '
            'der Küste zu einer Nordseeinsel, auf der kaum dreihundert Menschen leben, und am '
            'Steuer steht Hanna Petersen, die diese Strecke seit fünfundzwanzig Jahren fährt. Als '
            'die Reederei ankündigt, die Verbindung im Winter einzustellen, gerät das fragile '
            'Gleichgewicht der Inselgemeinschaft ins Wanken. Daraus entwickelt die Serie in sechs '
            'Folgen ein leises, aber packendes Drama.',
            'Birgit Lohmann spielt die Titelfigur mit einer spröden Wärme, die man so im deutschen '
            'Fernsehen selten sieht. Hanna ist keine Heldin, sondern eine müde, oft ungeduldige '
            'Frau, die ihre Fähre mehr liebt als die meisten Menschen. Lohmann verzichtet auf '
            'große Gesten und lässt die Kamera in ihrem Gesicht lesen. Gerade in den stillen '
            'Momenten auf der Brücke entfaltet sie eine enorme Präsenz.',
            'Um sie herum zeichnen die Drehbuchautorinnen ein genau beobachtetes Porträt der '
            'Inselbewohner. Da ist der Wirt, der heimlich Kredite aufgenommen hat, die junge '
            'Lehrerin, die nach einem Jahr schon wieder weg will, und der alte Fischer, der seit '
            'dem Tod seiner Frau kaum noch spricht. Jede Figur bekommt ihren Raum, und keine wird '
            'zur bloßen Funktion der Handlung degradiert. Das ist große Erzählkunst.',
            'Die Serie nimmt sich Zeit, manchmal vielleicht etwas zu viel. Die dritte Folge '
            'verliert sich in einem Nebenstrang um einen Grundstücksstreit, der zwar gut gespielt '
            'ist, aber die Erzählung kaum voranbringt. Wer temporeiche Unterhaltung erwartet, wird '
            'hier auf eine Geduldsprobe gestellt. Belohnt wird man dafür mit einem Finale, das die '
            'losen Fäden mit großer Sorgfalt zusammenführt. Die Geduld lohnt sich also.',
            'Optisch ist Die Fährfrau ein Genuss. Die Kamera fängt das wechselhafte Licht der '
            'Nordsee in allen Schattierungen ein, von bleigrauen Wintermorgen bis zu goldenen '
            'Abenden im Spätsommer. Die Musik, überwiegend mit Cello und Akkordeon eingespielt, '
            'bleibt zurückhaltend und überlässt oft dem Wind und den Möwen das Feld. Man meint, '
            'das Salz auf der Haut zu spüren. Selten wirkte die Nordsee so lebendig.',
            'Am Ende ist Die Fährfrau eine Serie über Zugehörigkeit und über die Frage, was eine '
            'Gemeinschaft zusammenhält, wenn die Verbindung zur Außenwelt abzureißen droht. Sie '
            'ist unspektakulär im besten Sinne, klug geschrieben und hervorragend gespielt. Die '
            'sechs Folgen sind in der Mediathek abrufbar und lassen sich gut an zwei Abenden '
            'schauen. Wer sich auf ihren ruhigen Rhythmus einlässt, wird die Insel nur ungern '
            'wieder verlassen.']},
 {'lang': 'de',
  'kind': 'review',
  'title': 'Balkonkraftwerk mit Speicher im Test: Lohnt sich der Solix Home 2?',
  'author': 'Stefan Brandl',
  'paras': ['Balkonkraftwerke gehören inzwischen zum Straßenbild vieler Städte. Zwei Solarmodule '
            'am Geländer, ein Wechselrichter, ein Stecker in die Steckdose, fertig. Das Problem: '
            'Die meiste Energie entsteht mittags, wenn niemand zu Hause ist. Speicher wie der '
            'Solix Home 2 sollen genau diese Lücke schließen und den Strom für den Abend '
            'aufbewahren. Wir haben das System zwei Monate lang an einem Südbalkon in München '
            'getestet.',
            'Der Speicher ist ein grauer Kasten von etwa der Größe eines Handgepäckkoffers und '
            'wiegt knapp dreißig Kilogramm. Er wird zwischen Solarmodule und Wechselrichter '
            'geschaltet und speichert bis zu zwei Kilowattstunden. Die Installation ist '
            'unkompliziert: Kabel einstecken, App einrichten, fertig. Ein Elektriker ist nicht '
            'nötig, solange man die Vorgaben zur maximalen Einspeiseleistung einhält, die sich in '
            'Deutschland zuletzt geändert haben. Das sollte man vorher prüfen.',
            'Im Alltag arbeitet das System weitgehend unauffällig. Tagsüber lädt der Speicher, '
            'sobald die Module mehr liefern als der Haushalt verbraucht, und abends gibt er die '
            'Energie gleichmäßig ab. In der App lässt sich festlegen, wie viel Grundlast dauerhaft '
            'gedeckt werden soll. Mit einem smarten Zähler an der Steckdose passt sich die Abgabe '
            'sogar automatisch dem aktuellen Verbrauch an. Das funktionierte im Test zuverlässig.',
            'Die Ausbeute hängt natürlich stark vom Wetter ab. An sonnigen Tagen im Mai deckte das '
            'System den Grundbedarf unseres Testhaushalts von Kühlschrank, Router und '
            'Standby-Geräten bis weit nach Mitternacht. An trüben Tagen reichte die Energie '
            'dagegen kaum über den frühen Abend hinaus. Im Schnitt stieg der Eigenverbrauch des '
            'Solarstroms von rund vierzig auf knapp achtzig Prozent. Das ist ein beachtlicher '
            'Wert.',
            'Die App ist übersichtlich, hat aber Schwächen. Die Verlaufsdiagramme laden mitunter '
            'sehr langsam, und einige Einstellungen sind in Untermenüs versteckt. Positiv: Der '
            'Speicher funktioniert auch ohne Cloud-Anbindung im lokalen Netz weiter, wenn auch mit '
            'eingeschränkten Funktionen. Updates wurden während des Tests zweimal automatisch '
            'eingespielt, ohne dass es zu Ausfällen kam. Eine Offline-Steuerung über Bluetooth ist '
            'ebenfalls möglich, etwa bei einem Ausfall des WLANs.',
            'Bleibt die Frage nach der Wirtschaftlichkeit. Der Speicher kostet allein rund '
            'achthundert Euro. Bei einem Strompreis von etwa fünfunddreißig Cent pro '
            'Kilowattstunde und einer realistischen Nutzung dürfte er sich nach sieben bis neun '
            'Jahren amortisieren. Das ist nicht schlecht, aber auch kein Selbstläufer. Wer viel '
            'tagsüber zu Hause ist, profitiert deutlich weniger. Bei steigenden Strompreisen '
            'verkürzt sich die Amortisationszeit allerdings entsprechend.',
            'Unser Fazit: Der Solix Home 2 ist ein solides, gut durchdachtes Produkt, das den '
            'Nutzen eines Balkonkraftwerks spürbar erhöht. Für Haushalte, die tagsüber kaum Strom '
            'verbrauchen, ist er eine sinnvolle Ergänzung. Verarbeitung, Installation und App '
            'überzeugen weitgehend, und der Speicher hat im Test zuverlässig seinen Dienst getan, '
            'auch an kalten Tagen. Reich wird man damit allerdings nicht, und wer rein rechnerisch '
            'denkt, sollte genau kalkulieren.']},
 {'lang': 'de',
  'kind': 'news',
  'title': 'Messenger Sprechblase führt Benutzernamen ein: Telefonnummer wird optional',
  'author': 'Miriam Kessler',
  'paras': ['Der Messenger Sprechblase, der vor allem in Deutschland, Österreich und der Schweiz '
            'verbreitet ist, will seinen Nutzerinnen und Nutzern mehr Privatsphäre bieten. Ab der '
            'kommenden Version lassen sich Kontakte über frei wählbare Benutzernamen finden, ohne '
            'dass die eigene Telefonnummer weitergegeben werden muss. Das kündigte das Unternehmen '
            'am Dienstag in einem Blogbeitrag an. Die Funktion soll zunächst in einer Testphase '
            'verfügbar sein.',
            'Bisher war die Telefonnummer bei Sprechblase, wie bei vielen anderen Diensten, der '
            'zentrale Schlüssel. Wer jemanden kontaktieren wollte, brauchte dessen Nummer, und '
            'umgekehrt sah jeder Gesprächspartner automatisch die eigene. Für viele Menschen ist '
            'das unproblematisch, für andere, etwa in Vereinen, Kleinanzeigen oder beruflichen '
            'Gruppen, aber ein echtes Hindernis. Manche Nutzer verzichteten deshalb bisher ganz '
            'auf den Dienst oder legten sich eine zweite Nummer zu.',
            'Künftig können Nutzer in den Einstellungen einen Benutzernamen festlegen, der aus '
            'mindestens fünf Zeichen und einer Ziffernfolge besteht. Dieser lässt sich jederzeit '
            'ändern oder löschen, ohne dass bestehende Unterhaltungen verloren gehen. Zusätzlich '
            'wird es möglich sein, die eigene Nummer vollständig zu verbergen, sodass sie selbst '
            'für gespeicherte Kontakte nicht mehr sichtbar ist. Beide Optionen sind in der ersten '
            'Version standardmäßig allerdings noch deaktiviert.',
            'Ganz verzichten kann der Dienst auf die Telefonnummer allerdings nicht. Für die '
            'Registrierung bleibt sie vorerst Pflicht, um Spam und automatisch erstellte Konten zu '
            'erschweren. Das Unternehmen betont jedoch, dass die Nummer nur verschlüsselt '
            'gespeichert und nicht mit Dritten geteilt werde. Langfristig prüfe man Alternativen, '
            'etwa eine Anmeldung per E-Mail-Adresse. Einen konkreten Zeitplan dafür nannte das '
            'Unternehmen auf Nachfrage jedoch nicht.',
            'Datenschützer begrüßen den Schritt grundsätzlich. Ein Sprecher eines '
            'Verbraucherverbands bezeichnete die Neuerung als überfällig und verwies darauf, dass '
            'Konkurrenten ähnliche Funktionen bereits seit einiger Zeit anbieten. Gleichzeitig '
            'mahnte er, die Voreinstellungen müssten datenschutzfreundlich sein. Wer sich nicht '
            'aktiv mit den Optionen beschäftige, dürfe nicht schlechter gestellt werden. Auch '
            'andere Verbände hatten in den vergangenen Monaten deutlich mehr Transparenz bei '
            'Messengern gefordert.',
            'Die Einführung erfolgt schrittweise. Zunächst erhalten Nutzer in einer Testphase '
            'Zugriff auf die neue Funktion, im Laufe des Sommers soll sie dann für alle '
            'freigeschaltet werden. Wer seinen Wunschnamen sichern möchte, kann ihn bereits jetzt '
            'reservieren. Das Unternehmen rechnet nach eigenen Angaben mit einem großen Andrang '
            'auf kurze und einprägsame Namen. Beleidigende oder irreführende Namen sollen dabei '
            'automatisch erkannt und blockiert werden.',
            'Mit der Neuerung reagiert Sprechblase auch auf wachsende Konkurrenz. Gerade jüngere '
            'Menschen nutzen zunehmend Dienste, bei denen die Telefonnummer keine Rolle spielt. Ob '
            'die Benutzernamen ausreichen, um diese Zielgruppe zu halten, wird sich zeigen. '
            'Fachleute rechnen damit, dass andere Anbieter nachziehen werden, sobald sich die '
            'Funktion im Alltag bewährt hat. Ein wichtiger Schritt in Richtung mehr Privatsphäre '
            'ist es allemal.']},
 {'lang': 'de',
  'kind': 'review',
  'title': '„Der lange Winter“: Ein Bergdrama, das unter die Haut geht',
  'author': 'Jonas Albrecht',
  'paras': ['Der lange Winter spielt in einem abgelegenen Bergdorf in den Dolomiten, das nach '
            'einem Lawinenabgang für mehrere Wochen von der Außenwelt abgeschnitten ist. '
            'Regisseurin Lena Hofstätter erzählt in ihrem zweiten Spielfilm von einer Handvoll '
            'Menschen, die in dieser Zeit mit Kälte, Hunger und vor allem miteinander '
            'zurechtkommen müssen. Was als Überlebensdrama beginnt, wird schnell zu einer '
            'vielschichtigen Studie über Schuld und Vergebung.',
            'Im Mittelpunkt steht die Wirtin Maria, gespielt von einer herausragenden Katharina '
            'Gruber. Ihr Gasthof wird zum Zufluchtsort für die Dorfbewohner, und sie übernimmt '
            'fast selbstverständlich die Rolle der Organisatorin. Gruber spielt sie als '
            'pragmatische, zupackende Frau, hinter deren Fassade tiefe Verletzungen lauern. Eine '
            'Szene, in der sie nachts allein in der Küche Brot bäckt, gehört zu den '
            'eindringlichsten des Kinojahres.',
            'Die Nebenfiguren sind mit großer Sorgfalt gezeichnet. Ein junger Skilehrer aus der '
            'Stadt, der eigentlich nur eine Saison bleiben wollte, ein alter Bauer, der seit '
            'Jahrzehnten mit seinem Bruder verfeindet ist, und ein Pfarrer, der an seinem Glauben '
            'zweifelt, bilden ein Ensemble, das nie ins Klischee abgleitet. Die Konflikte '
            'entstehen organisch aus ihren Geschichten. Jede von ihnen hat ihre eigene Würde.',
            'Visuell ist der Film schlicht atemberaubend. Kameramann Florian Eder fängt die '
            'verschneite Berglandschaft in majestätischen Totalen ein, wechselt aber immer wieder '
            'in beklemmende Nahaufnahmen in den engen Stuben. Das Licht der Petroleumlampen, das '
            'Knistern des Ofens und das Heulen des Windes erzeugen eine Atmosphäre, die man '
            'beinahe körperlich spürt. Man friert im Kinosessel mit, so eindringlich ist diese '
            'Welt gestaltet.',
            'Nicht alles gelingt. Im letzten Drittel häufen sich die Enthüllungen über die '
            'Vergangenheit der Figuren etwas zu sehr, und ein Handlungsstrang um ein '
            'verschwundenes Kind wird arg konstruiert aufgelöst. Auch die Filmmusik, ansonsten '
            'zurückhaltend, trägt in den dramatischen Momenten bisweilen zu dick auf. Das sind '
            'jedoch kleine Schwächen in einem insgesamt beeindruckenden Werk. Sie fallen am Ende '
            'kaum ins Gewicht.',
            'Der lange Winter ist großes, ernstes Kino, das seinem Publikum einiges abverlangt. '
            'Wer sich darauf einlässt, wird mit einem Film belohnt, der lange nachwirkt und die '
            'Frage stellt, was von uns bleibt, wenn alle Sicherheiten wegbrechen. Hofstätter '
            'erweist sich erneut als Regisseurin mit einer ganz eigenen, unverwechselbaren '
            'Handschrift, die keine Angst vor Stille hat. Ein Höhepunkt des deutschsprachigen '
            'Films in diesem Jahr.']},
 {'lang': 'pt',
  'kind': 'review',
  'title': 'Review Orbe X2: celular intermediário com bateria de sobra e câmera honesta',
  'author': 'Rafael Nogueira',
  'paras': ['O Orbe X2 chega ao mercado brasileiro com uma proposta clara: entregar o essencial '
            'bem feito por um preço que cabe no bolso de quem não quer gastar uma fortuna em um '
            'celular. Custando pouco menos de dois mil reais no lançamento, ele disputa espaço com '
            'modelos bem estabelecidos. Usamos o aparelho por três semanas como celular principal '
            'para descobrir se ele cumpre o que promete.',
            'O acabamento surpreende para a faixa de preço. A traseira é de plástico fosco com '
            'textura que imita vidro, e as laterais planas dão uma boa pegada. O aparelho pesa '
            'cerca de cento e noventa gramas e tem certificação contra respingos, o que já ajuda '
            'em dias de chuva. Na caixa vêm carregador, cabo e uma capinha transparente, algo cada '
            'vez mais raro no mercado.',
            'A tela de seis vírgula seis polegadas usa painel AMOLED com taxa de atualização de '
            'cento e vinte hertz. As cores são vivas, o brilho é suficiente para enxergar bem sob '
            'o sol e a rolagem é fluida no dia a dia. O leitor de digitais fica sob a tela e '
            'funciona rápido na maioria das vezes, embora tenha falhado algumas vezes com o dedo '
            'molhado.',
            'O desempenho é adequado para tarefas comuns. Redes sociais, mensagens, vídeos e '
            'navegação rodam sem engasgos, e a troca entre aplicativos é rápida graças aos oito '
            'gigabytes de memória. Em jogos mais pesados, porém, é preciso reduzir a qualidade '
            'gráfica para manter a taxa de quadros estável. O aparelho esquenta um pouco em '
            'sessões longas, mas nada preocupante. Para o uso cotidiano, sobra fôlego.',
            'A bateria é o grande destaque. Com seis mil miliampères-hora, o Orbe X2 chegou ao fim '
            'do segundo dia de uso moderado com folga, e em nosso teste de reprodução de vídeo '
            'passou das vinte horas. O carregamento de trinta e três watts não é dos mais rápidos, '
            'levando pouco mais de uma hora para a carga completa, mas a autonomia compensa com '
            'sobras.',
            'As câmeras são honestas. A principal, de cinquenta megapixels, tira boas fotos '
            'durante o dia, com cores naturais e bom nível de detalhes. À noite, o modo noturno '
            'ajuda, mas as imagens perdem nitidez. A ultrawide é fraca e a câmera macro tem pouca '
            'utilidade prática. Os vídeos em Full HD são estáveis, mas em 4K a estabilização deixa '
            'a desejar.',
            'No conjunto, o Orbe X2 é uma escolha sensata para quem prioriza bateria e tela em vez '
            'de desempenho extremo ou câmeras sofisticadas. A fabricante promete três anos de '
            'atualizações do sistema, o que reforça o bom custo-benefício. Não é um celular que '
            'impressiona à primeira vista, mas é daqueles que não decepcionam no dia a dia. Vale '
            'cada centavo investido.']},
 {'lang': 'pt',
  'kind': 'review',
  'title': "Crítica: 'Maré Alta' é o drama brasileiro que o streaming estava devendo",
  'author': 'Juliana Prado',
  'paras': ['Maré Alta se passa em uma pequena cidade do litoral paulista que vive da pesca e do '
            'turismo de verão. Quando uma construtora anuncia um resort de luxo na praia dos '
            'pescadores, a comunidade se divide entre quem vê a chance de prosperar e quem teme '
            'perder tudo. Em oito episódios, a série acompanha três gerações de uma mesma família '
            'no meio desse conflito, com um olhar sensível e sem maniqueísmos.',
            'O grande trunfo da série é o elenco. Regina Albuquerque interpreta a matriarca Dona '
            'Zefa com uma força serena que domina cada cena em que aparece. Seus embates com o '
            'filho mais velho, vivido por Caio Fernandes, que trabalha para a construtora, são '
            'intensos e dolorosos. A jovem Lara Monteiro, como a neta dividida entre a família e o '
            'sonho de estudar fora, é a grande revelação.',
            'O roteiro acerta ao não transformar ninguém em vilão. Os executivos da construtora '
            'têm suas razões, os pescadores têm suas contradições e a prefeitura parece sempre '
            'tentar agradar a todos ao mesmo tempo. A série se interessa menos por quem está certo '
            'e mais pelas feridas que o conflito abre em cada relação, e isso a torna muito mais '
            'rica do que um simples drama de denúncia.',
            'A fotografia aproveita muito bem a paisagem. As cenas no mar, gravadas em barcos '
            'reais ao amanhecer, são de uma beleza impressionante, e o contraste entre a luz '
            'dourada da praia e os escritórios frios da construtora é usado com inteligência. A '
            'trilha sonora mistura ciranda, violão e composições originais que ficam na cabeça '
            'muito depois do fim de cada episódio.',
            'Há tropeços. O quarto episódio se perde em uma subtrama romântica que pouco '
            'acrescenta, e alguns diálogos soam expositivos demais, explicando o que as imagens já '
            'mostravam. O desfecho, embora emocionante, resolve certas questões com uma pressa que '
            'destoa do ritmo cuidadoso do restante da temporada. Nada disso, porém, compromete a '
            'força da série, que se mantém envolvente do primeiro ao último episódio.',
            'Ainda assim, Maré Alta é uma das produções brasileiras mais bem acabadas dos últimos '
            'anos. É uma série sobre pertencimento, memória e o preço do progresso, contada com '
            'delicadeza e sem medo de deixar perguntas no ar. É também uma prova de que o '
            'audiovisual brasileiro pode produzir dramas sofisticados e populares ao mesmo tempo. '
            'Merece ser vista, e merece uma segunda temporada.']},
 {'lang': 'pt',
  'kind': 'review',
  'title': 'Análise: Sertão Sombrio transforma o folclore nordestino em terror de sobrevivência',
  'author': 'Bruno Teixeira',
  'paras': ['Sertão Sombrio é um jogo de terror de sobrevivência desenvolvido por um estúdio '
            'independente de Recife, e desde os primeiros minutos fica claro que ele não se parece '
            'com nada que você já jogou. Em vez de mansões assombradas ou cidades abandonadas, o '
            'cenário é o sertão nordestino dos anos trinta, com sua caatinga seca, suas vilas '
            'esquecidas e suas lendas que ganham vida quando o sol se põe.',
            'Você controla Dasdores, uma jovem rezadeira que parte em busca do irmão desaparecido '
            'depois que ele saiu para caçar e não voltou. A jornada leva a protagonista por '
            'fazendas em ruínas, cemitérios de beira de estrada e grutas escondidas, enquanto '
            'criaturas inspiradas no folclore regional a perseguem. A Comadre Fulozinha, o '
            'Papa-Figo e outras figuras aparecem com designs assustadores e respeitosos.',
            'A jogabilidade segue a tradição clássica do gênero. Os recursos são escassos, a '
            'munição é rara e muitas vezes a melhor escolha é fugir ou se esconder. Dasdores pode '
            'usar orações e objetos de fé para afastar algumas criaturas, em um sistema criativo '
            'que exige memorizar rezas e gestos específicos. Errar a sequência no momento de '
            'tensão costuma ter consequências graves.',
            'A ambientação é o ponto mais forte. O som do vento na caatinga, o canto distante de '
            'uma coruja e os passos na terra batida criam uma atmosfera opressiva, e a trilha '
            'sonora, com rabeca e zabumba distorcidas, é arrepiante. Visualmente, o jogo tem '
            'limitações técnicas evidentes, mas a direção de arte compensa com cenários cheios de '
            'personalidade e uma paleta de cores marcante.',
            'Os quebra-cabeças são bem integrados ao cenário e à cultura local, envolvendo '
            'cordéis, ex-votos e cantigas populares. Alguns, porém, são obscuros demais e podem '
            'travar o progresso por muito tempo. O mapa também poderia ser mais claro, já que é '
            'fácil se perder nas áreas abertas, especialmente à noite, quando a visibilidade cai '
            'bastante. Uma dica: anote os símbolos que encontrar.',
            'Com cerca de dez horas de duração, Sertão Sombrio é uma experiência curta, intensa e '
            'muito original. Tem problemas de acabamento e alguns momentos frustrantes, mas sobra '
            'coragem e identidade. É o tipo de jogo que mostra o quanto o Brasil tem histórias '
            'para contar, e merece ser jogado por qualquer fã de terror. Esperamos ansiosos pelo '
            'próximo projeto do estúdio.']},
 {'lang': 'it',
  'kind': 'news',
  'title': 'Arriva il 5G standalone sulle reti italiane: cosa cambia davvero per gli utenti',
  'author': 'Giulia Ferri',
  'paras': ["Due dei principali operatori italiani hanno annunciato questa settimana l'avvio "
            'commerciale del 5G standalone, la versione della rete di quinta generazione che non '
            "si appoggia più all'infrastruttura 4G esistente. Il servizio sarà disponibile "
            "inizialmente a Milano, Roma, Torino e Bologna, con un'estensione ad altre città "
            "prevista entro la fine dell'anno. Ma cosa significa, concretamente, per chi usa lo "
            'smartphone ogni giorno?',
            'Finora la maggior parte delle reti 5G in Italia funzionava in modalità non '
            'standalone. In pratica, il segnale 5G veniva usato per trasportare i dati, mentre il '
            'controllo della connessione restava affidato alla rete 4G. Questa soluzione ha '
            'permesso di lanciare il servizio rapidamente, ma ha limitato alcuni dei vantaggi '
            'promessi dalla nuova tecnologia, in particolare sulla latenza e sul consumo '
            'energetico.',
            "Con il 5G standalone, l'intera catena è gestita dalla nuova rete. Il primo beneficio "
            'percepibile dovrebbe essere una latenza più bassa, cioè un tempo di risposta più '
            'rapido, utile nei giochi online, nelle videochiamate e nelle applicazioni che '
            'richiedono reattività. Gli operatori parlano anche di una migliore durata della '
            'batteria, perché il telefono non deve più mantenere attive due connessioni '
            'contemporaneamente.',
            "C'è però un limite importante: non tutti gli smartphone sono compatibili. Servono "
            'modelli recenti con il supporto specifico e un aggiornamento software che alcuni '
            'produttori non hanno ancora rilasciato. Gli operatori hanno pubblicato elenchi dei '
            'dispositivi supportati, che per ora comprendono soprattutto modelli di fascia alta '
            'usciti negli ultimi due anni. Chi ha un telefono più vecchio continuerà a usare la '
            'rete tradizionale.',
            'Sul fronte delle tariffe, le novità sono ancora poche. Uno dei due operatori '
            'includerà il 5G standalone senza costi aggiuntivi nelle offerte già attive, mentre '
            "l'altro lo riserverà inizialmente ai piani più costosi. Le associazioni dei "
            'consumatori hanno chiesto maggiore chiarezza, sottolineando che molti utenti faticano '
            'già oggi a capire la differenza tra le varie sigle presenti nei contratti. Una '
            'richiesta legittima.',
            'A medio termine, il 5G standalone dovrebbe aprire la strada a servizi più avanzati, '
            'come il cosiddetto network slicing, che permette di riservare porzioni della rete a '
            'usi specifici, per esempio per le aziende, le ambulanze o gli eventi con grande '
            "affluenza. Per l'utente comune, tuttavia, il cambiamento sarà graduale e "
            'probabilmente poco visibile nei primi mesi. Le prime applicazioni concrete sono '
            'attese nel corso del prossimo anno.',
            'In sintesi, si tratta di un passo tecnico importante più che di una rivoluzione '
            'immediata. Chi possiede uno smartphone compatibile potrà notare una connessione più '
            'reattiva e qualche ora di autonomia in più, mentre tutti gli altri non dovranno fare '
            'nulla. Vale comunque la pena controllare le impostazioni del telefono e le condizioni '
            'della propria offerta. Le informazioni sono disponibili sui siti degli operatori.']},
 {'lang': 'it',
  'kind': 'review',
  'title': "Recensione de 'Il giardino d'inverno': un dramma familiare delicato e potente",
  'author': 'Marco Rinaldi',
  'paras': ["Il giardino d'inverno racconta il ritorno a casa di tre fratelli, ormai adulti e "
            'dispersi tra Milano, Berlino e Buenos Aires, nella villa di famiglia sul lago di '
            'Como, dove la madre sta trascorrendo gli ultimi mesi di vita. Il regista Paolo '
            'Ventura costruisce attorno a questa riunione forzata un dramma intimo, fatto di '
            'silenzi, rancori mai sopiti e piccoli gesti di tenerezza inattesi.',
            'Il cuore del film è la madre, interpretata da una straordinaria Anna Lisa Ferraro. '
            'Malata ma lucidissima, la donna osserva i figli con uno sguardo ironico e severo, e '
            'sembra voler chiudere i conti con il passato prima che sia troppo tardi. Ferraro '
            "regala un'interpretazione di grande misura, capace di passare dalla durezza alla "
            'fragilità con un semplice cambio di espressione.',
            'I tre fratelli sono ben caratterizzati e interpretati con convinzione. Il '
            'primogenito, avvocato di successo, nasconde un matrimonio in crisi; la sorella, '
            'artista inquieta, non ha mai perdonato alla madre certe scelte; il più giovane, '
            "tornato dall'Argentina, porta con sé un segreto che cambierà gli equilibri della "
            'famiglia. Le loro dinamiche sono credibili e mai forzate. Il cast è affiatato e '
            'generoso.',
            "La regia di Ventura è elegante e sobria. La villa, con il suo giardino d'inverno "
            'pieno di piante esotiche ormai trascurate, diventa una metafora visiva della famiglia '
            'stessa, un luogo un tempo splendido che ha bisogno di cure. La fotografia predilige '
            "toni freddi e luci basse, mentre la musica, affidata a un quartetto d'archi, "
            'accompagna le emozioni senza mai sovrastarle.',
            'Il film non è privo di difetti. La parte centrale rallenta parecchio, con alcune '
            'scene che ripetono conflitti già mostrati, e un flashback sulla giovinezza della '
            'madre risulta meno riuscito del resto. Anche il finale, pur toccante, scivola in '
            'qualche momento verso un sentimentalismo che il film aveva evitato con cura fino a '
            'quel punto. Peccato, perché il resto è di grande finezza.',
            "Nonostante queste riserve, Il giardino d'inverno è un'opera matura e sentita, che "
            'parla di perdono, eredità e del difficile mestiere di essere figli. Ventura conferma '
            'di essere uno dei registi italiani più sensibili della sua generazione, capace di '
            'raccontare i sentimenti senza mai alzare la voce. Un film che non cerca scorciatoie e '
            'che rimane addosso a lungo, come certe conversazioni che si rimandano per anni.']},
 {'lang': 'it',
  'kind': 'review',
  'title': 'Recensione del monitor Vista OLED 27: colori perfetti, ma attenzione al burn-in',
  'author': 'Luca Bellini',
  'paras': ['I monitor OLED sono stati a lungo un lusso riservato a pochi appassionati, ma i '
            'prezzi stanno finalmente scendendo. Il Vista OLED 27, proposto a circa settecento '
            'euro, è uno dei modelli più interessanti della nuova generazione: un pannello da '
            'ventisette pollici con risoluzione QHD, frequenza di aggiornamento di '
            'duecentoquaranta hertz e una resa cromatica che fa impallidire la maggior parte dei '
            'monitor tradizionali.',
            'Il design è minimalista e curato. Il pannello è sottilissimo, con cornici ridotte su '
            'tre lati, mentre la base in alluminio offre regolazioni in altezza, inclinazione e '
            'rotazione. Sul retro troviamo due ingressi HDMI, una DisplayPort e una porta USB-C '
            'con ricarica fino a sessantacinque watt, comoda per collegare un portatile con un '
            'solo cavo. Manca però un hub USB più completo.',
            "La qualità dell'immagine è eccezionale. Il nero assoluto tipico degli OLED rende i "
            'contenuti scuri straordinariamente profondi, e il contrasto è praticamente infinito. '
            'I colori sono vividi ma accurati, con una copertura dello spazio colore DCI-P3 vicina '
            "al cento per cento. Nei film e nelle serie in HDR l'effetto è impressionante, anche "
            'se la luminosità di picco resta inferiore a quella dei migliori televisori.',
            'Nel gaming il Vista OLED 27 dà il meglio di sé. Il tempo di risposta quasi istantaneo '
            'elimina ogni scia nei movimenti rapidi, e la frequenza elevata rende fluidi anche gli '
            'sparatutto più frenetici. Il supporto alle tecnologie di sincronizzazione adattiva '
            'funziona bene sia con schede grafiche AMD sia con NVIDIA, senza problemi di '
            'sfarfallio evidenti durante le nostre prove.',
            "Il tallone d'Achille resta il rischio di burn-in, cioè l'usura permanente dei pixel "
            "quando un'immagine statica rimane a lungo sullo schermo. Il produttore include "
            'diverse funzioni di protezione, come lo spostamento impercettibile dei pixel e un '
            'ciclo di pulizia automatico, e offre una garanzia di tre anni che copre anche questo '
            'difetto. Chi lavora tutto il giorno con barre e finestre fisse dovrebbe comunque '
            'pensarci bene.',
            'Anche il testo, in alcuni casi, appare leggermente meno nitido rispetto a un buon '
            'pannello IPS, a causa della particolare disposizione dei sottopixel. È un dettaglio '
            'che molti non noteranno, ma chi passa ore su fogli di calcolo e documenti potrebbe '
            "accorgersene. Aumentare leggermente la scala dell'interfaccia aiuta a ridurre il "
            'problema. Con i contenuti multimediali, invece, il problema semplicemente non si '
            'pone.',
            'In conclusione, il Vista OLED 27 è un monitor splendido, ideale per il gaming e per '
            'la visione di contenuti multimediali. Per un uso prevalentemente da ufficio ci sono '
            'alternative più economiche e meno delicate, ma chi cerca la migliore qualità '
            "d'immagine a questo prezzo difficilmente resterà deluso. È, a oggi, uno dei migliori "
            'acquisti nella sua fascia di prezzo per giocatori e appassionati di cinema.']}]
