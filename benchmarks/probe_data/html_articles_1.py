"""HTML probe suite 1: 40 distinct review articles (fictional titles), 6-7 paragraphs each.

Written from what real review sites publish (no benchmark page, site or sentence).  Data only:
ARTICLES is a list of dicts with title, author and paras; benchmarks/probe_pages.py puts each
one on the page of one block of html_blocks_1.
"""

ARTICLES = [{'title': "'The Quiet Harbour' Review: A Fishing Town Drama That Earns Every Silence",
  'author': 'Dana Whitfield',
  'paras': ['The first episode of The Quiet Harbour spends nearly ten minutes on a single trawler '
            'crossing grey water before anyone speaks, and that patience turns out to be the whole '
            'thesis. This is a show about people who have run out of things to say to one another, '
            'and the writers let the wind, the gulls and the groan of the winch fill the gaps that '
            'dialogue would normally paper over.',
            'Maeve Collins plays Nora Kearney, the widow of a skipper lost at sea, with a '
            'stillness that never tips into blankness. She runs the harbour office now, logging '
            'catches and fending off a developer who wants the quay for holiday flats. Collins '
            'gives Nora a dry, sideways humour that surfaces at odd moments, and those moments '
            'land harder because the show rations them so carefully across its eight hours.',
            "The supporting cast is uniformly strong, but Tomas Reilly as the harbourmaster's "
            'feckless son is the surprise. He begins the season as comic relief, a man forever '
            'borrowing vans and forgetting to return them, and ends it as the most quietly tragic '
            'figure on screen. The fourth episode, which follows him through a single night shift '
            'at the fish market, is the best hour of television I have seen this year.',
            'Not everything works. A subplot about a missing teenager feels imported from a '
            'louder, more conventional crime series, and the show seems unsure what to do with it '
            'once the mystery is solved halfway through. The developer, too, is drawn in broad '
            'strokes, a man in a gilet who might as well twirl a moustache, and his scenes '
            'puncture the carefully built atmosphere every time he arrives.',
            'Visually, the series is extraordinary. Cinematographer Aoife Brennan shoots the town '
            'in low winter light, so that every interior glows amber against the slate outside. '
            'The camera rarely moves quickly, and when it finally does, during a storm sequence in '
            'the penultimate episode, the effect is genuinely frightening. You feel the cold in '
            'your teeth, and you understand why nobody in this town ever quite relaxes.',
            'The score, mostly solo cello with the occasional accordion, is used sparingly and '
            'well. Several scenes play out with no music at all, which is rarer than it should be '
            "in prestige drama, and the silence makes the final episode's one big swell of strings "
            'feel earned rather than manipulative. It is a show that trusts its audience to sit '
            'with discomfort, and rewards them for doing so.',
            'The Quiet Harbour will not be for everyone. Viewers looking for cliffhangers and '
            'twists will find it maddeningly slow, and the pace never really picks up. But for '
            'anyone willing to slow down with it, this is a rich, humane and beautifully made '
            'portrait of a community holding on by its fingernails, and it lingers long after the '
            'last boat comes home.']},
 {'title': "'Static Bloom' Season 2 Review: The Sci-Fi Puzzle Box Finally Opens",
  'author': 'Marcus Hale',
  'paras': ['The first season of Static Bloom ended with its heroine waking up in a version of her '
            'apartment where every clock ran backwards, and for two years fans have argued about '
            'what it meant. Season two wastes no time answering, which is both a relief and a '
            'risk. Once the central mystery is explained, a show like this has to find a new '
            'reason to exist, and it mostly succeeds.',
            'Priya Raman returns as Juno Vale, the radio engineer who discovered that certain '
            'frequencies let her glimpse neighbouring timelines. Raman is better here than she was '
            'in season one, looser and angrier, as Juno realises that every glimpse costs her '
            'something she cannot get back. The show smartly turns its gimmick into a question '
            'about grief and the temptation to live in the world that might have been.',
            'The new episodes expand the cast considerably, introducing a government agency that '
            'has been monitoring the same frequencies for decades. This is where the season '
            'wobbles. The agency scenes are full of exposition delivered in dim rooms by actors in '
            "good coats, and they lack the handmade, intimate texture of Juno's experiments in her "
            'cramped workshop. I found myself checking the runtime whenever they came on.',
            'When the show returns to its core, though, it is thrilling. A sequence in the third '
            'episode, in which Juno tunes through a dozen versions of her own kitchen in under a '
            'minute, is a small masterpiece of editing and sound design. Each timeline is '
            'distinguished by tiny details, a different mug or a missing photograph, and the '
            'audience is trusted to spot them without any help.',
            "The production design deserves particular praise. Juno's workshop is crammed with "
            'vintage receivers, oscilloscopes and hand-labelled cassette tapes, and it feels like '
            'a place someone has actually lived and worked in for years. The effects budget has '
            'clearly grown since the first season, but the best moments still rely on practical '
            'tricks, such as mirrored sets and actors doubling themselves with simple split '
            'screens.',
            'The finale is ambitious and divisive. Without spoiling anything, it closes several '
            'doors and opens a much bigger one, and whether you find that exciting or exhausting '
            'will depend on how much more of this world you want. I admired its nerve, even if a '
            'couple of the emotional beats felt rushed after eight episodes of careful build.',
            'Static Bloom remains one of the more inventive genre shows on television, and this '
            'season proves that it has more on its mind than puzzles. It is uneven, occasionally '
            'overstuffed, and sometimes too pleased with itself, but when it connects, it connects '
            'hard. Fans of the first season will find plenty to chew on here.']},
 {'title': "'Northbound' Review: A Road Movie That Knows When to Pull Over",
  'author': 'Elena Ruiz',
  'paras': ['Northbound opens with two estranged sisters arguing in a rental car outside a '
            'hospital in Phoenix, and for the next hundred minutes it barely lets them out of that '
            'car. The premise is simple. Their father has asked to be buried in the Montana town '
            'where he grew up, and neither sister trusts the other to make the drive alone, so '
            'they go together.',
            'Director Hannah Osei has a gift for the small, unglamorous details of long drives: '
            'the gas station coffee, the arguments over the radio, the hours when nobody speaks '
            'because there is nothing left to say. She shoots the landscape with real affection '
            'but never lets it overwhelm the people in the foreground, which is where a lot of '
            'road movies lose their way.',
            'As the older sister, Claire, Rebecca Lyle is brittle and funny, a woman who has spent '
            'her life being the responsible one and has started to resent it. Jess Moreno plays '
            'the younger sister, Tess, with a restless charm that gradually curdles into something '
            'sadder. Their chemistry is excellent, and the film is at its best when it simply lets '
            'them bicker in real time.',
            'The middle section introduces a hitchhiker, a retired schoolteacher heading to a '
            'funeral of her own, and for a while the film threatens to become a sentimental fable '
            'about strangers healing old wounds. Happily, Osei resists the temptation. The '
            'hitchhiker is prickly and specific, and she leaves the film as abruptly as she enters '
            'it, which feels exactly right.',
            "There are a few missteps. A late revelation about the father's past is handled "
            'clumsily, delivered in a single monologue that feels more written than spoken, and '
            'the film takes a little too long to wind down once the sisters reach their '
            'destination. Some viewers will also find the ending too tidy, although I thought it '
            'earned its warmth.',
            'The soundtrack, built around country and folk songs from the seventies, is well '
            'chosen without being obvious. One scene, in which the sisters sing along badly to an '
            'old Emmylou Harris record and then stop halfway through because they both remember '
            'their father singing it, is the emotional peak of the film and a perfect example of '
            'how much can be said without dialogue.',
            'Northbound is a modest film, and it knows it. It does not reinvent the road movie or '
            'try to say anything grand about America. Instead it tells a small story about two '
            'people learning to be in the same room again, and it tells that story with honesty, '
            'humour and a great deal of care.']},
 {'title': 'Arcwave Studio 3 Headphones Review: Comfortable, Clear and Almost Great',
  'author': 'Raj Menon',
  'paras': ['The Arcwave Studio 3 arrives in a surprisingly modest box, which feels like a '
            'statement of intent. This is a pair of over-ear wireless headphones that wants to '
            'compete with the big names on sound and comfort rather than packaging, and at its '
            'launch price it undercuts most of them by a healthy margin. After three weeks of '
            'daily use, I think it mostly justifies the claim.',
            'Comfort is the standout. The headband is wide and padded with a soft memory foam that '
            'never pinched, even during a six hour flight, and the ear cups are deep enough that '
            'my ears never touched the drivers. At just under 260 grams, they are among the '
            'lightest headphones in this class, and the clamping force is firm without being '
            'tiring over long listening sessions.',
            'The sound signature leans slightly warm, with a rich low end that stops short of '
            'boominess and a pleasantly smooth treble. Acoustic recordings sound natural and '
            'spacious, and vocals sit comfortably in the middle of the mix. Bass-heavy electronic '
            'music is punchy and controlled. The only real weakness is in the upper mids, where '
            'some busy rock tracks can sound a little congested at higher volumes.',
            'Active noise cancellation is good rather than class leading. It handles the low drone '
            'of aircraft engines and air conditioning very well, but higher pitched sounds like '
            'chatter and keyboard clatter leak through more than they do on the best rivals. The '
            'transparency mode is natural and useful, and I appreciated that it can be toggled '
            'with a long press on the right cup.',
            'Battery life is excellent. Arcwave quotes forty hours with noise cancellation '
            'switched on, and in my testing I got a little over thirty-eight, which is still more '
            'than enough for a week of commuting. A ten minute charge over USB-C gives around five '
            'hours of playback, and there is a wired mode for anyone who wants to plug into an '
            'older in-flight entertainment system.',
            'The companion app is the weakest part of the package. It works, and offers a '
            'five-band equaliser plus a handful of presets, but it is slow to connect and '
            'occasionally forgets the headphones altogether. Firmware updates took several '
            'attempts to install. None of this affects day-to-day listening, but it does make the '
            'Studio 3 feel a little less polished than its pricier competition.']},
 {'title': "'The Lantern Keepers' Review: Fantasy Television With Its Feet on the Ground",
  'author': 'Tom Becker',
  'paras': ['There is a dragon in The Lantern Keepers, but you will wait five episodes to see it, '
            'and when it finally appears, it is framed so that you only glimpse its tail '
            'disappearing behind a hill. That restraint tells you most of what you need to know '
            'about this series, which is far more interested in the people living in the shadow of '
            'magic than in the magic itself.',
            'The story follows a guild of lamplighters in a walled city where the lanterns keep '
            'something unnamed at bay after dark. Our heroine, a young apprentice called Isolde, '
            'discovers that some of the lanterns have been deliberately left unlit, and that the '
            "guild's elders know why. It is a familiar setup, but the show fills it with texture, "
            "from the guild's rituals to the slang the apprentices use among themselves.",
            'Nell Harrow is terrific as Isolde, capturing the particular mix of arrogance and '
            'terror that comes with being seventeen and suddenly important. She is surrounded by a '
            'strong ensemble, especially Gideon Frayne as the guild master, a man whose kindness '
            'hides decades of compromise. Their scenes together crackle, and the show wisely '
            'builds its second half around the slow unravelling of their trust.',
            'The world building is generous without being exhausting. There are no long prologues '
            'or maps, and the history of the city emerges gradually through overheard '
            'conversations and old songs. Occasionally this approach leaves the audience a little '
            'lost, particularly in the political scenes involving the city council, but on balance '
            'I preferred being confused to being lectured at.',
            "The production values are high, although the show's visual effects are noticeably "
            'stronger in daylight than at night, which is unfortunate for a series so concerned '
            'with darkness. Some of the night scenes are so murky that it is hard to tell who is '
            'speaking, a problem that seems to afflict every expensive fantasy series now. Turning '
            'the brightness up helps, but only a little.',
            'The Lantern Keepers is not trying to be the next sprawling epic with twenty main '
            'characters and a war in every episode. It is smaller, stranger and more personal than '
            'that, and it is all the better for it. If the second season can keep this balance '
            'while finally letting the dragon out of the shadows, the show could become something '
            'special.']},
 {'title': "'Paper Crowns' Review: A Royal Satire That Forgets to Bite",
  'author': 'Sophie Laurent',
  'paras': ['Paper Crowns has the best opening scene of any comedy this year. A minor European '
            'royal, forced to open a car park, delivers a speech so pompous and so '
            'catastrophically misjudged that the ribbon catches fire behind him. It is perfectly '
            'timed and genuinely funny, and unfortunately, nothing in the following seven episodes '
            'comes close to matching it.',
            'The premise has promise. Prince Albrecht of a tiny principality, deep in debt, agrees '
            'to star in a reality series in exchange for enough money to fix the palace roof. The '
            'camera crew follows him through state dinners, family feuds and a disastrous attempt '
            'to launch a line of artisanal mustard. In theory, this is rich material for a satire '
            'of celebrity, monarchy and the attention economy.',
            'In practice, the show never decides who it is laughing at. Albrecht is written as a '
            'buffoon in one scene and a misunderstood romantic in the next, and the tonal shifts '
            'are so abrupt that it becomes hard to care about either version. Oliver Stanton plays '
            'him with great commitment, and he is often funny, but he cannot make the character '
            'cohere on his own.',
            "The supporting cast fares better. Margot Kessler steals every scene as the prince's "
            'icy mother, a dowager who treats the film crew as an invading army, and the reality '
            "show's harried producer, played by Daniel Osei, gets the best lines. A running gag "
            "about the palace's one working bathroom is silly, but it made me laugh every time it "
            'came back.',
            'The mockumentary format, meanwhile, feels dated. The talking-head interviews and '
            'nervous glances at the camera were fresh twenty years ago, and Paper Crowns does '
            'nothing new with them. Several jokes are set up and then explained in an interview, '
            'as if the writers did not trust the audience to get them the first time round, and '
            'the cumulative effect is exhausting.',
            'There is a better show buried somewhere inside Paper Crowns, one with a sharper point '
            'of view and the courage to be genuinely unkind to the people it is satirising. As it '
            'stands, it is a pleasant enough way to pass a few evenings, with some good '
            'performances and a handful of big laughs, but it is hard to imagine anyone '
            'remembering it in a year.']},
 {'title': 'Lumen Glow Pro Smart Lamp Review: Finally, a Smart Light Worth Living With',
  'author': 'Raj Menon',
  'paras': ['I have tested a lot of smart lights over the years, and most of them end up in a '
            'drawer after a few weeks. The Lumen Glow Pro is the first one that I have kept using '
            'after the review period ended, and the reasons are surprisingly mundane. It looks '
            'good, it is easy to control without a phone, and the light it produces is pleasant to '
            'sit under.',
            'The lamp itself is a simple cylinder of frosted glass on a weighted aluminium base, '
            'available in three finishes. It is heavier than it looks, which means it does not '
            'topple over when you brush it with a sleeve. A touch-sensitive ring around the top '
            'lets you adjust brightness by sliding a finger, and a double tap cycles through your '
            'saved scenes.',
            'Light quality is excellent. The Glow Pro can produce everything from a very warm '
            'candlelight glow to a bright daylight white, and colour rendering is noticeably '
            'better than cheaper smart bulbs, so skin tones and wooden furniture look natural '
            'rather than slightly sickly. The coloured modes are vivid, although I rarely used '
            'them outside of testing and a single birthday party.',
            'Setup took under five minutes. The lamp connects over Wi-Fi and also supports the '
            'Matter standard, so it appeared in my existing home app without needing a separate '
            'account. Schedules, sunrise alarms and automations all worked reliably during my '
            'month of testing, and the lamp never dropped off the network, which is more than I '
            'can say for several of its competitors.',
            'My complaints are minor. The power cable is permanently attached and a little short, '
            'which limits where you can put the lamp without an extension. There is also no '
            'battery, so it cannot be carried out to a balcony or garden the way some rivals can. '
            'And at its current price it is a real investment for something that is, after all, '
            'still a lamp.',
            'Even so, the Lumen Glow Pro is the smart light I would recommend to someone who does '
            'not care about smart lights. It disappears into a room, works every time, and makes '
            'evenings at home noticeably more pleasant. That is a higher bar than it sounds, and '
            'very few products in this category clear it.']},
 {'title': "'Kingfisher' Review: A Spy Thriller Too Clever by Half",
  'author': 'Marcus Hale',
  'paras': ['Kingfisher begins in a Lisbon hotel room with a dead diplomat, a missing briefcase '
            'and a woman calmly washing blood from her hands, and it keeps up that breathless pace '
            'for almost two hours. It is a handsome, well-acted and frequently gripping spy '
            'thriller that unfortunately cannot resist one twist too many, and by the final reel I '
            'had stopped caring who was betraying whom.',
            'Ava Lindqvist plays Eva Marsh, a British intelligence officer who may or may not have '
            'defected, and she is magnetic in the role. Lindqvist has a way of listening that '
            'makes every conversation feel like a chess match, and she is especially good in the '
            'long interrogation scenes that form the backbone of the film. You are never quite '
            'sure whether Eva is lying, and neither, it seems, is she.',
            'The supporting cast is packed with familiar faces, and most of them are underused. '
            "Rupert Vance has a few good moments as Eva's weary handler, but the script keeps "
            'pulling him away to deliver exposition. An American agent, played with a broad smirk '
            'by Cole Davidson, seems to have wandered in from a much sillier film, and his scenes '
            'are the weakest in the picture.',
            'Director Simon Okafor stages the action with clarity and economy. A foot chase '
            'through the tiled alleys of the Alfama district is a highlight, shot with long, fluid '
            'takes that make geography easy to follow, and a tense sequence on a night train to '
            'Madrid is a masterclass in building suspense from small gestures and exchanged looks.',
            'The problem is the script, which stacks reversal upon reversal until the plot '
            'collapses under its own weight. By the third act, characters are explaining the '
            'previous twist while setting up the next one, and the emotional stakes evaporate. It '
            'is possible to admire the ingenuity of the construction while feeling nothing at all '
            'about the people caught in it.',
            "Kingfisher is still worth seeing for Lindqvist's performance and for Okafor's stylish "
            'direction. It looks terrific on a big screen and moves quickly enough that its flaws '
            'only become obvious afterwards. Fans of the genre will still find a great deal to '
            'enjoy in its elegant surfaces. But the best spy stories understand that secrets '
            'matter because people matter, and this one forgets that somewhere around the hour '
            'mark.']},
 {'title': "'Bellwether Academy' Review: Teen Drama With Real Teeth",
  'author': 'Priya Shah',
  'paras': ['Bellwether Academy looks, from its glossy trailers, like another teen drama about '
            'beautiful rich kids behaving badly at a boarding school. It is that, in part, but it '
            'is also one of the sharpest shows about class and ambition that I have seen in years, '
            'and it treats its young characters with a seriousness that most adult dramas would '
            'envy.',
            'The series centres on Maya Okonkwo, a scholarship student from Leeds who wins a place '
            'at an elite school in the Cotswolds and immediately discovers that the real '
            'curriculum has nothing to do with lessons. Newcomer Adaeze Nwosu is superb in the '
            "role, capturing Maya's fierce intelligence and her growing, uneasy realisation that "
            'she is better at this game than she would like to be.',
            'The writing is consistently smart. The show understands how teenagers actually talk, '
            'with the private jokes, the cruelty and the sudden lurches into sincerity, and it '
            'never treats them as miniature adults. The adults, meanwhile, are far from perfect. '
            'The headmaster, played by Julian Ashby with reptilian charm, is a fascinating '
            'portrait of someone who believes entirely in a system he knows to be rotten.',
            'Several episodes take risks with structure that pay off handsomely. The fifth episode '
            'follows a single school dance from four different points of view, and each retelling '
            'adds a new layer to what we thought we understood. It is a familiar device, but it is '
            'executed with such precision that it feels fresh, and it reshapes the rest of the '
            'season in surprising ways.',
            'Not every storyline lands. A romance between Maya and the head boy is predictable '
            'from the first glance, and it takes up far more screen time than it deserves. A '
            "subplot about a teacher's gambling debts also feels like filler, and it is dropped "
            'without much resolution in the final episode. These are minor quibbles in an '
            'otherwise tightly constructed season.',
            'Bellwether Academy is smart, funny, and angry in all the right ways. It works as a '
            'guilty pleasure and as something more substantial, and it has the confidence to leave '
            'some of its most difficult questions unanswered. It is the rare teen show that feels '
            'written for teenagers and adults at the same time, without talking down to either. I '
            'cannot wait to see what it does with a second year.']},
 {'title': 'Pulsar X2 Robot Vacuum Review: Great at Floors, Bad at Thinking',
  'author': 'Owen Carter',
  'paras': ['The Pulsar X2 is the kind of robot vacuum that looks brilliant on paper. It has '
            'strong suction, a self-emptying dock, a mopping pad that lifts automatically on '
            'carpet, and a laser navigation system that promises to map your home in a single run. '
            'In practice, it is a very good cleaner attached to a frustratingly unreliable brain.',
            'Cleaning performance is genuinely impressive. On hard floors, the X2 picked up '
            'cereal, coffee grounds and pet hair with ease, and its side brush handles corners '
            'better than most rivals. On medium-pile carpets, it removed nearly all of the sand I '
            'scattered during testing, and the rubber roller did not tangle once, even with my '
            "partner's long hair wrapped around the furniture legs.",
            'The mopping function is more modest. It does a decent job of removing light dust and '
            'footprints, but it cannot tackle dried spills, and the water tank is small enough '
            'that it needs refilling every other run in a medium-sized flat. The automatic pad '
            'lift works well, though, and I never found damp patches on the living room rug.',
            'Navigation is where things fall apart. The initial map was accurate, but the X2 '
            'repeatedly forgot it, forcing a fresh mapping run every few days. It also developed a '
            'puzzling fear of one particular doorway, which it refused to cross despite there '
            'being no threshold, and it twice got stuck under the same armchair even after I '
            'marked it as a no-go zone in the app.',
            'The app itself is cluttered and slow. Basic tasks, like starting a clean in a single '
            'room, require too many taps, and the settings menus are buried several layers deep. '
            'Firmware updates promised to fix the mapping issues, and one did improve things '
            'slightly, but I never reached the point of trusting the robot to run unsupervised '
            'while I was out of the house.',
            'If you have a simple, open-plan home, the Pulsar X2 will keep your floors cleaner '
            'than most of its competitors. If your home has multiple rooms, rugs and awkward '
            'furniture, you may spend more time rescuing it than it saves you. For now, it is a '
            'qualified recommendation at best, and only for the right kind of home. I hope future '
            'updates fix the software, because the hardware deserves better.']},
 {'title': "'Under the Orchard' Review: A Gentle Period Piece With Hidden Thorns",
  'author': 'Elena Ruiz',
  'paras': ['Under the Orchard is set in a Kentish village during the summer of 1947, and for its '
            'first forty minutes it seems content to be a pleasant, sun-dappled period drama about '
            'fruit pickers and their gossip. Then, quietly, it turns into something much darker, '
            'and the gentle surface becomes a kind of trap for anyone who settled in expecting a '
            'cosy afternoon.',
            "The story centres on Ruth Ellery, a young war widow who returns to her family's "
            'orchard to help with the harvest. Florence Mayhew plays her with a lovely reticence, '
            'a woman who has learned to keep her feelings tucked away where nobody can use them '
            'against her. Her relationship with a German former prisoner of war, who has stayed on '
            'to work the farm, forms the uneasy heart of the film.',
            'Director Imogen Hart has a painterly eye, and almost every frame could hang in a '
            'gallery. But she also knows when to let the beauty curdle. Long, golden shots of the '
            "orchard at dusk begin to feel sinister as the village's suspicion of the German "
            'worker hardens into something uglier, and the final act plays out almost entirely in '
            'the dark.',
            "The supporting cast is excellent, particularly Harriet Vale as Ruth's mother, whose "
            'brittle cheerfulness hides a grief she cannot name. The men of the village are less '
            'well drawn, and a couple of them tip over into melodrama, especially in a pub '
            'confrontation that feels staged rather than lived. But these are small blemishes in a '
            'carefully made film.',
            "What lingers most is the film's refusal to offer easy comfort. It is a story about "
            'how communities heal after war, but also about how they look for someone to blame, '
            'and it does not pretend that the two impulses can be neatly separated. The final '
            'scene is quietly devastating, and it left the audience at my screening in complete '
            'silence.',
            'Under the Orchard is not a thriller, and those expecting twists will be disappointed. '
            'It is a patient, humane and beautifully acted drama about the cost of peace, and it '
            'deserves a much larger audience than its modest release is likely to find. It is the '
            'sort of film that word of mouth was invented for. Seek it out if you can.']},
 {'title': "'Midnight Ledger' Season 3 Review: The Accountant Noir Runs Out of Numbers",
  'author': 'Tom Becker',
  'paras': ['Midnight Ledger began as an unlikely delight: a noir about a forensic accountant who '
            'solves murders by reading balance sheets. Its first season was tight, witty and '
            'genuinely surprising, and its second was nearly as good. The third, sadly, feels like '
            'the work of a show that has run out of ideas and is relying on the goodwill it built '
            'up in earlier years.',
            'The central problem is structural. Instead of a single case unfolding across the '
            'season, the writers have opted for a new mystery every two episodes, and none of them '
            'has room to breathe. The clever financial detail that made the show distinctive is '
            'reduced to a few hurried scenes of spreadsheets, and the rest of each episode is '
            'filled with chases and stand-offs that any procedural could deliver.',
            'Leo Hartmann remains excellent as Gabriel Shaw, the accountant whose meticulous '
            'habits hide a chaotic personal life. Hartmann has a lovely, dry delivery, and he can '
            'make a line about depreciation schedules sound like a threat. But the show keeps '
            'giving him less to do, sidelining him for long stretches while new characters are '
            'introduced and then forgotten.',
            'The new arrivals include a flashy private investigator and a prosecutor with a '
            'mysterious past, and neither makes much impression. Their scenes together feel like a '
            'pilot for a different series, and there is a persistent sense that the producers are '
            'preparing for a future without their lead. That is understandable, but it makes for '
            'frustrating viewing in the present.',
            'There are still flashes of the old magic. An episode set during a company audit, in '
            'which Gabriel slowly realises that the missing money was never missing at all, is as '
            'clever and satisfying as anything from the first season. It is a reminder of how good '
            'this show can be when it trusts its premise and its star.',
            'Midnight Ledger season three is watchable, thanks largely to Hartmann, but it is a '
            'clear step down. If there is a fourth season, I hope the writers return to the '
            'slower, stranger rhythms that made the show special in the first place. Hartmann, at '
            'least, deserves a better send-off than this. Otherwise, this may be the moment to '
            'close the books.']},
 {'title': "'Ashfall' Review: Disaster Movie Spectacle With a Surprisingly Human Core",
  'author': 'Jordan Price',
  'paras': ['Ashfall is a big, loud, expensive disaster movie about a supervolcano erupting '
            'beneath a small town in Oregon, and it delivers exactly the kind of destruction that '
            'its trailers promise. What I did not expect was how much I would care about the '
            'people running away from it, or how much the film would find time for quiet moments '
            'between the explosions.',
            'The story follows a family of four separated on the morning of the eruption: a '
            'geologist mother trapped at the research station, a father driving a school bus full '
            'of children, and two teenagers stranded at a mall on the edge of town. It is a '
            'familiar setup, and the film does not pretend otherwise, but it uses each storyline '
            'to show a different face of the catastrophe.',
            'Naomi Carr brings real intelligence to the geologist, a woman who saw this coming and '
            'was ignored, and her scenes with her colleagues have the crackle of people who know '
            'exactly what they are looking at. Derek Blaine, as the father, is a warm and grounded '
            'presence, and the children on his bus are mercifully written as actual kids rather '
            'than plot devices.',
            'The effects are spectacular. The first eruption, seen from a hillside as the horizon '
            'turns black, is genuinely awe-inspiring, and a later sequence in which ash buries a '
            'motorway in minutes is terrifying. Director Luis Ferrer has a talent for scale, '
            "showing us the big picture before cutting to the small details, such as a child's "
            'shoe in the grey drift, that make it hurt.',
            'The film does stumble in its final act, where the survival storylines converge too '
            'neatly and a few characters survive situations that stretch credibility well past '
            'breaking point. A late speech about community, delivered to a crowd of refugees in a '
            'school gym, is also heavy handed. But by then the film has earned enough goodwill '
            'that these flaws feel forgivable.',
            'Ashfall will not win awards for subtlety, but it is one of the best disaster movies '
            'in years, precisely because it remembers that spectacle means nothing without people '
            'to root for. See it on the biggest screen you can find, with the loudest sound system '
            'available, and try not to check the nearest volcano map on the way home.']},
 {'title': 'Terrace Cast Pizza Oven Review: Restaurant Crusts in the Back Garden',
  'author': 'Owen Carter',
  'paras': ['The Terrace Cast is a gas-fired outdoor pizza oven that promises to reach 500 degrees '
            'Celsius in under twenty minutes, and it does. Within a week of unboxing it, I had '
            'cooked more than thirty pizzas, burned four, and produced at least a dozen that would '
            'not have looked out of place in a decent Neapolitan restaurant. It is a very good '
            'oven with a couple of quirks.',
            'Assembly is simple. The legs fold out, the stone slides in, and the gas regulator '
            'screws onto a standard propane bottle. The whole thing weighs around fourteen kilos, '
            'which is light enough to move around the garden but heavy enough to feel solid on a '
            'table. A cordierite stone sits inside the insulated steel shell, and a removable '
            'chimney keeps smoke away from your face.',
            'Heat-up time is excellent. From a cold start on a mild evening, the stone reached 450 '
            'degrees in seventeen minutes, and the air above it was hotter still. A twelve inch '
            'pizza cooks in about ninety seconds, and the L-shaped burner along the back and one '
            'side gives a more even bake than the rear-only burners on some cheaper rivals. You '
            'still need to turn the pizza, but less often.',
            'The oven is less forgiving in wind. On blustery evenings, the flame struggled to stay '
            'lit at its lowest setting, and the temperature fluctuated enough to leave one side of '
            'the crust pale. A windbreak solved the problem, but it is worth bearing in mind if '
            'your garden is exposed. The ignition button also failed twice during testing, '
            'although it worked on the second press.',
            'Beyond pizza, the Terrace Cast is surprisingly versatile. I roasted vegetables in a '
            'cast iron pan, seared steaks on the stone, and even baked a small loaf of bread after '
            'the flame was turned down. The oven retains heat impressively well, so you can keep '
            'cooking for a long time after the main event without wasting much gas.',
            'At its price, the Terrace Cast sits in the middle of the market, and it justifies '
            'every penny. It is not the cheapest way to make pizza at home, nor the most portable, '
            'but it is one of the most consistent and enjoyable to use. If you have the space and '
            'the appetite, it is very easy to recommend.']},
 {'title': "'The Understudy' Review: A Backstage Thriller Full of Misdirection",
  'author': 'Sophie Laurent',
  'paras': ['The Understudy is set almost entirely within the walls of a crumbling West End '
            'theatre during the final week of rehearsals for a revival of Macbeth. When the '
            'leading actress disappears three days before opening night, her understudy, a woman '
            'who has spent ten years waiting for her break, is suddenly thrust into the spotlight, '
            'and into the middle of a mystery she may have caused.',
            'Clara Finch is excellent as the understudy, Harriet, a role that requires her to be '
            'sympathetic and suspicious at once. She plays the part with a nervous, watchful '
            'energy, always slightly too eager to please, and the film cleverly uses our '
            'instinctive sympathy for the underdog to keep us off balance. I changed my mind about '
            'her several times before the credits rolled.',
            'The theatre itself is a wonderful setting, all peeling gold leaf and narrow '
            'corridors, and the production designers have clearly had a wonderful time filling it '
            'with trapdoors, ropes and forgotten props. Director Ben Haddad uses the space '
            'brilliantly, staging a tense chase sequence through the fly tower that had me '
            'gripping the armrest in a way I had not expected from a chamber thriller.',
            'The supporting performances are more variable. The director of the play, a bombastic '
            'figure with a taste for cruelty, is played so broadly that he becomes a caricature, '
            'and a subplot involving a journalist snooping around the stage door is thin. But the '
            "theatre's elderly stage manager, played with quiet authority by Patricia Dunne, is a "
            'treasure, and she gets the best scene in the film.',
            'The script is full of Shakespearean echoes, some of them sly and some of them '
            'painfully obvious. A line about washing hands is repeated one too many times, and the '
            'final twist relies on a piece of misdirection that feels more like a cheat than a '
            'revelation. Still, the journey there is so enjoyable that I was happy to be fooled.',
            'The Understudy is a stylish, entertaining thriller that makes the most of its setting '
            'and its star. It is the most fun I have had in a cinema this spring, twist and all. '
            "It is not quite as clever as it thinks it is, but it is clever enough, and Finch's "
            'performance suggests that she will not be an understudy for long.']},
 {'title': "'Frontier Medical' Review: A Hospital Drama on the Edge of the Map",
  'author': 'Priya Shah',
  'paras': ['Frontier Medical follows a team of doctors and nurses at the only hospital serving a '
            'vast, thinly populated region of northern Canada, and it quickly establishes itself '
            'as something more interesting than a standard medical procedural. Yes, there are '
            'emergencies every week, but the real drama comes from distance, weather and the '
            'impossible choices that come with being the last line of defence for hundreds of '
            'miles.',
            'Hana Sato stars as Dr. Meredith Lang, a surgeon who moved north after a scandal in '
            'Toronto and has no intention of staying longer than her contract requires. Sato is '
            'excellent at playing competence under pressure, and the show is smart enough to make '
            "Meredith's expertise part of her problem. She knows exactly what a city hospital "
            'could do for her patients, and she cannot do most of it.',
            'The ensemble is warm and well drawn. A veteran nurse who has been at the hospital for '
            "thirty years serves as the show's moral compass, and a young paramedic who flies a "
            'battered bush plane provides much of its adventure. The relationships between staff '
            'and the local Indigenous communities are handled with more nuance than I expected, '
            'with several characters written by and played by members of those communities.',
            'Individual episodes are strong, particularly one in which a blizzard grounds all '
            'flights and the team must perform an emergency surgery by video call with a '
            'specialist two thousand kilometres away. The tension is almost unbearable, and the '
            'episode does not end the way you expect. It is the kind of hour that makes you '
            "forgive the show's occasional soapier moments.",
            'Those moments are real, though. A love triangle involving Meredith, the pilot and a '
            'visiting doctor is tired and predictable, and it drags on long after it has stopped '
            'being interesting. The show also leans too heavily on last-minute rescues, and by the '
            'end of the season, the formula has begun to show through the drama.',
            'Frontier Medical is a solid, often moving drama with a distinctive setting and a '
            'strong lead performance. It will not change the medical genre, but it expands it in '
            'welcome ways, and its best episodes rank alongside anything on network television. '
            'The northern setting alone gives it an identity that most of its rivals lack '
            'entirely. It deserves a long run.']},
 {'title': 'Vantage Fold 5 Review: The Folding Phone Grows Up',
  'author': 'Raj Menon',
  'paras': ['Folding phones have spent years being impressive in demonstrations and irritating in '
            'daily life. The Vantage Fold 5 is the first one I have used that feels like a normal '
            'phone first and a party trick second, and that is a bigger achievement than it '
            'sounds. It is lighter, thinner and more durable than its predecessor, and the crease '
            'down the middle of the inner screen is almost gone.',
            'Folded, the Fold 5 is only slightly thicker than a conventional phone, and the outer '
            'screen now uses a standard aspect ratio rather than the narrow strip of earlier '
            'models. That matters, because it means I could reply to messages, check maps and take '
            'photos without ever opening the device. In the past, I felt obliged to unfold the '
            'phone for almost everything.',
            'Unfolded, the inner display is bright, smooth and genuinely useful. Reading long '
            'articles, editing documents and watching films on it is a pleasure, and the software '
            'now handles split-screen multitasking far more gracefully. Apps resize correctly when '
            'you open and close the phone, and only a couple of third-party apps refused to '
            'cooperate during my testing period.',
            'The cameras are good but not class leading. The main sensor produces sharp, natural '
            'images in daylight, and low-light performance is much improved, but the telephoto '
            'lens is a step behind the best slab phones. Video stabilisation is excellent, and the '
            'ability to prop the phone half-open like a tiny laptop makes it surprisingly useful '
            'for recording time-lapses or video calls.',
            'Battery life is adequate rather than exceptional. On a typical day of messaging, '
            'browsing and a little navigation, I ended with around twenty per cent remaining, but '
            'heavy use of the inner screen drains it quickly. Charging speeds are disappointing '
            'for the price, and the phone lacks the very fast wired charging that some rivals now '
            'offer as standard.',
            'The Vantage Fold 5 is still expensive, and it is still a compromise in a few areas. '
            'But for the first time, I can recommend a folding phone to someone who simply wants a '
            'great phone with a bigger screen, not just to enthusiasts. The price will put many '
            'people off, and that is fair enough for now. That feels like a turning point.']},
 {'title': "'Saltwater Saints' Review: A Surf Documentary That Finds Its Wave",
  'author': 'Jordan Price',
  'paras': ['Saltwater Saints begins as a fairly conventional surf documentary, with slow-motion '
            'shots of barrels and interviews with sunburnt veterans about the good old days. Then, '
            'about twenty minutes in, it takes a sharp turn into a story about faith, addiction '
            'and a small Cornish fishing village that adopted a group of drifters in the early '
            'seventies. It is a far more interesting film for the detour.',
            'The drifters, a loose collective of American and Australian surfers who arrived in '
            'the village with nothing but their boards, set up a commune in an abandoned chapel '
            'and spent most of the decade chasing waves and dodging the local police. Director '
            'Callum Rowe tracks down most of the survivors, and their memories are funny, sad and '
            'often wildly contradictory.',
            'The archive footage is extraordinary. Much of it was shot on Super 8 by one member of '
            'the group, and it captures a lost world of long hair, cheap wetsuits and freezing '
            'water with a vividness that no recreation could match. Rowe edits it brilliantly, '
            'letting the grainy images breathe and using contemporary interviews to fill in the '
            'gaps rather than overwhelm them.',
            'The film does not shy away from the darker side of the story. Several members of the '
            'group struggled with drugs, and the commune eventually collapsed amid accusations, '
            'lawsuits and at least one death. Rowe handles this material with care, giving space '
            'to former members and villagers who remain angry, while refusing to turn the story '
            'into a simple morality tale.',
            'If there is a weakness, it is the final section, which attempts to tie the story to '
            "the modern surf industry and feels rushed. A few talking heads from today's big "
            'brands add little, and their slick presentation jars against the ragged charm of the '
            'rest of the film. It is a small misstep in an otherwise thoughtful documentary.',
            'Saltwater Saints is a moving, funny and surprising portrait of a strange chapter in '
            'surfing history. The archive footage alone is worth the price of a ticket, and the '
            'people are even better company. You do not need to care about waves to enjoy it, '
            'although it may leave you wanting to buy a wetsuit and head for the coast, whatever '
            'the weather forecast says.']},
 {'title': "'Iron Meridian' Season 1 Review: A Space Opera With Working-Class Heroes",
  'author': 'Marcus Hale',
  'paras': ['Iron Meridian is a space opera about the people who do the boring jobs. Its heroes '
            'are the crew of a battered ore freighter hauling minerals between asteroid mines, and '
            'its conflicts have more to do with union contracts and broken air filters than '
            'galactic empires. That approach gives the show a grounded, lived-in texture that sets '
            'it apart from the many shinier series in the genre.',
            'The ensemble is led by Teodora Voss as Captain Ilse Marr, a former navy pilot who '
            'lost her commission and now ferries rocks for a company that would happily replace '
            'her with a robot. Voss has a wonderful weariness, and her deadpan exchanges with the '
            "ship's engineer, played by Kwame Asante, are the show's comic highlight. They bicker "
            'like an old married couple, and the show understands why that is reassuring.',
            'The plot kicks in when the crew discovers something unexpected in one of their cargo '
            'containers, and the season gradually expands into a larger story about corporate '
            'power, labour rights and a colonial government that is far more fragile than it '
            'looks. The show handles the political material with intelligence, although it '
            'sometimes leans on speeches where scenes would work better.',
            'The visual effects are impressive for a series of this size. The freighter itself is '
            'a triumph of design, all exposed pipes and mismatched panels, and the exterior shots '
            'have a heavy, physical quality that makes the ship feel like a real object in space. '
            'Zero-gravity sequences are staged convincingly, and the sound design makes every '
            'clank and hiss feel dangerous.',
            'The pace is uneven. The first three episodes are slow and heavy on world building, '
            'and some viewers may drop off before the story really gets going. The middle of the '
            'season, by contrast, is thrilling, and a two-part episode set during a mine collapse '
            'is as tense as anything I have seen this year. The finale is strong but leaves many '
            'threads hanging.',
            'Iron Meridian has a distinctive voice and a cast of characters worth spending time '
            'with. If it can tighten its pace in a second season, it could become a genre classic. '
            'The freighter crew, in particular, have earned a longer voyage than one season. Even '
            'in its current form, it is a welcome reminder that space stories can be about '
            'ordinary people, too.']},
 {'title': "'The Dinner Party' Review: An Ensemble Comedy That Overstays Its Welcome",
  'author': 'Sophie Laurent',
  'paras': ['The Dinner Party has a premise that sounds like a sure thing. Eight old university '
            'friends gather in a rented farmhouse to celebrate the twentieth anniversary of their '
            'graduation, and over the course of one long evening, secrets spill, marriages crack '
            'and someone sets fire to the tablecloth. The cast is terrific, the setting is '
            'gorgeous, and for the first hour, it is very funny indeed.',
            "The film's best asset is its ensemble. Fiona Blake is a highlight as the host, a "
            'lifestyle influencer whose perfect dinner is falling apart in real time, and Ravi '
            'Kapoor is hilarious as her husband, a man who has clearly been drinking since '
            'breakfast. The chemistry among the group feels genuine, and there is a lovely, '
            'lived-in shorthand to their arguments that makes their shared history believable.',
            'Director Mia Thornton handles the early scenes with a light touch, keeping several '
            'conversations going at once and letting the camera drift between them. The dialogue '
            'is quick and often very sharp, particularly in a running argument about who paid for '
            'what on a holiday in 2006. It feels loose and improvised, although the credits '
            'suggest a carefully worked script.',
            'The problems begin around the midpoint, when the film starts to pile on revelations. '
            'An affair, a secret pregnancy, a bankruptcy and a stolen novel manuscript all emerge '
            'within half an hour, and the rapid escalation drains the comedy of its bite. By the '
            'time the fire starts, the film has turned into a melodrama, and the tonal shift is '
            'too abrupt to work.',
            'At two hours and ten minutes, The Dinner Party is also at least thirty minutes too '
            'long. Several characters get a tearful monologue in the final act, and while each is '
            'well performed, the cumulative effect is exhausting. A tighter edit would have made '
            'this a much better film, with the emotional beats landing harder for being rarer.',
            'There is still plenty to enjoy here, especially if you like ensemble comedies and '
            'have a soft spot for stories about friendship in middle age. But The Dinner Party is '
            'a reminder that a great guest list is only half of a successful evening. You also '
            'need to know when it is time to go home.']},
 {'title': 'Brisa Air 400 Air Purifier Review: Quiet, Effective and a Little Plain',
  'author': 'Owen Carter',
  'paras': ['The Brisa Air 400 is a mid-sized air purifier aimed at living rooms and bedrooms of '
            'up to around forty square metres. It is not the most striking device on the market, '
            'nor the most feature-packed, but during a month of testing in a flat beside a busy '
            'road, it quietly did exactly what it promised, and I noticed the difference within a '
            'couple of days.',
            'The design is a plain white cylinder with a fabric-covered intake around the base and '
            'an outlet grille on top. It will not win design awards, but it blends into a room '
            'well, and at just under six kilos, it is easy to move between rooms. A simple touch '
            'panel on top controls the fan speed, a timer and an auto mode that adjusts based on '
            'the built-in air quality sensor.',
            'Purification performance is impressive. Using an independent particle counter, I '
            'measured a drop in fine particulates of more than eighty per cent within half an hour '
            'on the highest setting, and the auto mode kept levels consistently low after that. '
            'The combination of a true HEPA filter and an activated carbon layer also helped with '
            'cooking smells, although it took longer to clear strong odours.',
            'Noise is where the Brisa shines. On its lowest setting, it is practically silent, and '
            'even on its medium setting, it is quieter than most rivals. The highest setting is '
            'loud enough to be noticeable, but I only used it after cooking or on particularly bad '
            'pollution days. A sleep mode dims all the lights on the panel, which is a thoughtful '
            'touch for bedrooms.',
            'The main drawback is the lack of smart features. There is no app, no Wi-Fi connection '
            'and no way to schedule the purifier remotely. For many people, that will be a relief, '
            'but it does mean you cannot check air quality while you are away from home. '
            'Replacement filters are also fairly expensive, and Brisa recommends changing them '
            'every nine months.',
            'The Brisa Air 400 is a solid, unflashy air purifier that does its job quietly and '
            'well. If you want something you can set and forget, it is an excellent choice. For a '
            'bedroom or a study, I would happily buy one with my own money. If you want data, '
            'graphs and remote control, look elsewhere, but be prepared to pay more for the '
            'privilege.']},
 {'title': "'Ghost Light District' Review: A Horror Anthology With Uneven Scares",
  'author': 'Tom Becker',
  'paras': ['Anthologies are always a gamble, and Ghost Light District, a six-episode horror '
            'series set in the same neglected theatre quarter of an unnamed city, is no exception. '
            'Two of its episodes are among the scariest things I have seen on television in years. '
            'Two are forgettable. The remaining pair fall somewhere in between, which is roughly '
            'the ratio you would expect from a format this unpredictable.',
            'The best episode, directed by Lina Varga, follows a night watchman who begins to hear '
            'applause from an empty auditorium. It is a simple premise executed with chilling '
            'precision, relying on sound design and long, still shots rather than jump scares. By '
            'the time we finally see what is sitting in the stalls, the tension has become almost '
            'physical, and the reveal does not disappoint.',
            'Another highlight is an episode about a dance troupe rehearsing a piece that none of '
            'them remember choreographing. It is eerie, stylish and unexpectedly moving, with a '
            'twist that recontextualises everything that came before. The movement work is '
            "gorgeous, and the episode's final image, a single dancer spinning on a darkened "
            'stage, is one that will stay with me for a long time.',
            'The weaker episodes rely on more familiar material. A story about a cursed mirror in '
            'a dressing room is competent but predictable, and an episode about a film crew '
            'shooting in an abandoned music hall is let down by underwritten characters and a '
            'finale that feels rushed. Neither is bad exactly, but both feel like filler alongside '
            'the stronger instalments.',
            'What unites the series is its atmosphere. The production designers have created a '
            'wonderfully decrepit world of faded posters, broken seats and flickering neon, and '
            'the show makes good use of it. Recurring details, such as a single ghost light left '
            'burning on every stage, tie the episodes together in subtle ways that reward '
            'attentive viewers.',
            'Ghost Light District is worth watching for its two standout episodes alone, which are '
            'genuinely frightening and beautifully made. The rest is a mixed bag, but even at its '
            'weakest, the series is never dull. The dance episode and the night watchman episode '
            'can be watched on their own, and I would start there. Just make sure you watch it '
            'with the lights on.']},
 {'title': "'The Long Quiet' Review: A Submarine Thriller Starved of Air",
  'author': 'Jordan Price',
  'paras': ['Submarine movies have a built-in advantage: the claustrophobia is already there, '
            'waiting to be used. The Long Quiet, a Cold War thriller set aboard a British diesel '
            'submarine in 1962, understands this better than most. For much of its running time, '
            'the film barely leaves the control room, and the effect is suffocating in the best '
            'way, with every creak of the hull tightening the screws.',
            'The plot is straightforward. The submarine is ordered to shadow a Soviet vessel '
            'through the North Atlantic during the Cuban Missile Crisis, and when its radio fails, '
            'the crew must decide whether the war has already started. It is a familiar scenario, '
            'but the film keeps the tension high by focusing on the small, technical decisions '
            'that could change everything.',
            'The cast is excellent, with Alistair Grey giving a commanding performance as the '
            'captain, a man whose calm exterior hides a growing fear that he is no longer fit to '
            'command. Grey is superbly matched by Sam Oduya as his first officer, whose loyalty is '
            'tested as the situation deteriorates. Their scenes together are full of unspoken '
            'tension, and the film wisely lets silences do much of the work.',
            'Director Helena Marsh has a gift for detail. The submarine set is painstakingly '
            'recreated, down to the hand-painted dials and the tangle of pipes overhead, and the '
            'sound design is extraordinary. The pings of sonar, the hiss of ballast tanks and the '
            'distant thrum of the Soviet propellers create a soundscape that had the audience '
            'holding its breath.',
            'The film falters slightly in its final act, which introduces a mutiny subplot that '
            'feels unnecessary given the tension already in place. The ending is also a little '
            'neat, resolving the crisis in a way that slightly undercuts the dread built up '
            'earlier. But these are minor complaints about a film that is otherwise tightly '
            'constructed and superbly performed.',
            'The Long Quiet is a gripping, old-fashioned thriller that makes excellent use of its '
            'setting and its cast. It is the kind of film that reminds you how much can be '
            'achieved with a single location, a handful of actors and a clear sense of purpose. '
            'See it in a cinema, with the sound turned up.']},
 {'title': 'Trailhead 65 Hiking Backpack Review: Built for the Long Haul',
  'author': 'Owen Carter',
  'paras': ['The Trailhead 65 is a sixty-five litre trekking backpack designed for multi-day '
            'hikes, and over the past two months, I have carried it across moorland, up Scottish '
            'munros and along a wet week on the West Highland Way. It has taken everything I have '
            'thrown at it, including a night left out in a downpour, and it has come out looking '
            'almost new.',
            "The fit system is the pack's biggest strength. The back panel adjusts over a range of "
            'about ten centimetres, and the hip belt is generously padded, with pockets large '
            'enough for a phone and a couple of snack bars. With around sixteen kilos loaded, the '
            'pack carried comfortably, transferring most of the weight to my hips rather than my '
            'shoulders, even on steep descents.',
            'Organisation is thoughtful. There is a large main compartment with a separate '
            'sleeping bag section at the bottom, a zipped front panel for quick access, two '
            'stretchy side pockets for water bottles and a removable lid that doubles as a small '
            'day bag. I particularly liked the front stash pocket, which is perfect for a wet '
            'waterproof jacket you do not want inside with your dry kit.',
            'Weather resistance is good but not perfect. The fabric is treated with a '
            'water-repellent coating, and a rain cover is tucked into a pocket at the base, which '
            'I needed several times in Scotland. Without the cover, the pack kept most of the rain '
            'out, but water eventually soaked through the seams around the lid after a few hours '
            'of heavy downpour.',
            'The main drawback is weight. At just over two kilos empty, the Trailhead is heavier '
            'than many ultralight rivals, and those counting every gram may want to look '
            'elsewhere. The frame is rigid enough to handle heavy loads, but it also makes the '
            'pack less flexible when scrambling, and I found it a little clumsy on rocky sections.',
            'For most hikers, though, the Trailhead 65 strikes an excellent balance between '
            'comfort, durability and organisation. Just remember to pack the rain cover, and keep '
            'an eye on those seams if the forecast looks grim. It is not the lightest pack '
            'available, but it is one of the most comfortable and well made I have tested at this '
            'price, and it should last for many seasons of hard use.']},
 {'title': "'Second Chair' Review: A Legal Drama That Finally Trusts the Juniors",
  'author': 'Priya Shah',
  'paras': ['Most legal dramas are about star litigators delivering thunderous closing arguments. '
            'Second Chair is about the people sitting next to them, the junior associates who do '
            'the research, draft the motions and take the blame when things go wrong. It is an '
            'inspired angle for a familiar genre, and the show makes the most of it with sharp '
            'writing and an appealing young cast.',
            'The series follows three first-year associates at a mid-sized Chicago firm, each '
            'assigned to a different partner and each struggling in different ways. Lucia Mendez '
            'is the standout as Rosa, an ambitious public school graduate who discovers that '
            'talent matters less than knowing which partner to flatter. Mendez gives Rosa a '
            'restless intelligence that makes her both admirable and occasionally hard to like.',
            'The cases themselves are well chosen, ranging from a wrongful termination suit to a '
            'high-profile fraud trial, and the show gives them enough detail to feel real without '
            'drowning in jargon. More importantly, it shows how the law actually works for junior '
            'lawyers: endless document review, late nights and the constant anxiety of making a '
            'mistake that someone else will have to explain to a client.',
            'The partners are a mixed bunch. Graham Holt is terrific as a brilliant, volatile '
            'litigator whose approval is worth more than a bonus, but another partner, a kindly '
            "mentor figure, is written so blandly that she barely registers. The firm's internal "
            'politics are entertaining, though the show sometimes spends too long on backstabbing '
            'at the expense of its more interesting courtroom material.',
            "The season's best episode takes place almost entirely in a windowless conference "
            'room, as the three associates race to find a single missing email before a deadline. '
            'It is tense, funny and surprisingly moving, and it captures the strange camaraderie '
            'of people thrown together under pressure. It is the kind of episode that makes a show '
            'feel essential.',
            'Second Chair is not reinventing the legal drama, but it is refreshing it in welcome '
            'ways. With a strong cast, a smart premise and a clear sense of its world, it has all '
            'the makings of a long-running hit. Lucia Mendez, in particular, looks like a star in '
            'the making. I will certainly be back for season two.']},
 {'title': "'Clockwork Orchard' Review: Animated Fantasy for Kids and Their Parents",
  'author': 'Elena Ruiz',
  'paras': ['Clockwork Orchard is an animated feature about a young girl who discovers that the '
            "apple trees in her grandfather's orchard are secretly mechanical, wound up each "
            'spring by a hidden family of tiny inventors. It is a charming, inventive and visually '
            'stunning film that will delight children, and it has enough emotional depth to keep '
            'adults engaged, too.',
            'The animation is gorgeous. The studio has blended hand-drawn backgrounds with '
            'computer-generated characters in a way that gives every frame a warm, storybook '
            'quality. The orchard itself is a marvel, full of gears hidden among the leaves, brass '
            'blossoms and glowing fruit, and the sequences where the trees come to life are among '
            'the most beautiful I have seen in recent animation.',
            'The story is simple but effective. Our heroine, Poppy, must help the inventors repair '
            'the orchard before a greedy developer buys the land, and along the way she learns '
            'about loss, responsibility and the importance of listening to older generations. It '
            'is familiar material, but the film handles it with a lightness that never feels '
            'preachy or overly sentimental.',
            'The voice cast is excellent, with young newcomer Ivy Chen bringing genuine warmth and '
            'humour to Poppy. The supporting characters are also well drawn, particularly a grumpy '
            'old inventor who speaks only in riddles and a nervous young cog who dreams of being a '
            "spring. The film's humour is gentle and clever, with jokes that work on different "
            'levels for children and adults.',
            'The film does suffer from a slightly saggy middle section, where the pace slows and '
            'the story loses some of its momentum. A musical number in the second act also feels '
            'unnecessary, adding little to the plot or characters. But these are minor quibbles in '
            'a film that is otherwise a joy from start to finish.',
            'Clockwork Orchard is a delightful family film that combines stunning animation, a '
            'heartfelt story and plenty of humour. It is the kind of film that children will want '
            'to watch again and again, and that parents will be happy to watch with them. It is '
            'also, refreshingly, under ninety minutes long, which younger viewers will appreciate. '
            'Highly recommended for a rainy weekend afternoon.']},
 {'title': "'The Cartographers' Review: A Mystery Series Mapping Small-Town Secrets",
  'author': 'Dana Whitfield',
  'paras': ['The Cartographers begins with the discovery of a hand-drawn map in the wall of a '
            'demolished cottage, a map that shows a village in rural Wales in astonishing detail '
            'but includes a street that has never existed. It is a beguiling hook, and the series '
            'spins it into an intricate, slow-burning mystery about memory, ownership and the '
            'stories places tell about themselves.',
            'Siân Pryce plays Bethan Rees, a surveyor who returns to the village to assess the '
            'cottage site and becomes obsessed with the map and its missing street. Pryce is a '
            'compelling lead, bringing intelligence and a quiet stubbornness to a character who '
            "refuses to accept easy answers. Her scenes with the village's elderly historian, "
            "played by Gareth Lloyd, are among the show's best.",
            'The series is in no hurry, and some viewers may find its pace frustrating. Clues '
            'emerge slowly, often buried in conversations about local history or disputes over '
            'property boundaries. But the patience pays off. By the fourth episode, the mystery '
            'has deepened in unexpected directions, touching on a flood, a forgotten land dispute '
            'and a family feud that has simmered for nearly a century.',
            'The Welsh landscape is beautifully shot, all mist-covered hills and rain-soaked '
            'slate, and the show makes excellent use of its locations. Even the pub landlord gets '
            'a storyline of his own. The village feels real and lived in, with its own rhythms and '
            'tensions, and the show is careful to give its residents depth and dignity rather than '
            'treating them as quirky background characters.',
            'Not every element works. A romantic subplot involving Bethan and a local farmer feels '
            'underdeveloped, and the final episode resolves some threads too quickly. A couple of '
            'supporting characters vanish for whole episodes at a time and return without '
            "explanation. There are also moments when the show's fondness for ambiguity tips into "
            'vagueness, leaving certain questions so open that they feel unresolved rather than '
            'deliberately mysterious.',
            'The Cartographers is a thoughtful, atmospheric mystery that rewards patient viewers. '
            'It is not a twist-a-minute thriller, but a carefully constructed puzzle about how '
            'communities remember and forget. Pryce, in particular, carries the series with a '
            'performance of real precision. The landscape, meanwhile, is almost reason enough to '
            'watch on its own, and the final image of the map, laid over the drowned valley, is '
            'haunting. Fans of slow-burn drama will find plenty to savour here.']},
 {'title': "Corvid Mechanical Keyboard Review: A Typist's Dream With a Gamer's Budget",
  'author': 'Raj Menon',
  'paras': ['The Corvid is a seventy-five per cent mechanical keyboard with hot-swappable '
            'switches, a gasket-mounted aluminium case and a price that would have been '
            'unthinkable for this kind of build a few years ago. I have been typing on it for a '
            'month, writing reviews, answering emails and playing the occasional game, and it has '
            'quickly become my favourite keyboard on the desk.',
            'The build quality is excellent. The aluminium case is heavy and solid, with no flex '
            'or creaking, and the gasket mount gives each keystroke a soft, cushioned feel. The '
            'default switches are linear and smooth, with a satisfying, muted sound that is '
            'pleasant without being loud enough to annoy colleagues on video calls. The doubleshot '
            'PBT keycaps feel great and should resist shine for years.',
            'The layout is compact but practical. It keeps the function row and arrow keys while '
            'dropping the number pad, which frees up desk space for a mouse. A rotary knob in the '
            'top right corner controls volume by default but can be remapped to anything you like, '
            'and I found myself using it constantly for scrolling through long documents and '
            'timelines.',
            'Connectivity is flexible. The Corvid works over USB-C, Bluetooth and a low-latency '
            'wireless dongle, and switching between them is quick and reliable. I used it with a '
            'laptop, a tablet and a desktop during testing, and it never dropped a connection. '
            'Battery life is solid, lasting around three weeks with the backlighting off and a '
            'little over a week with it on.',
            'The software is the only real weak point. The companion app is functional but clunky, '
            'with confusing menus and occasional crashes when saving custom layouts. Thankfully, '
            'the keyboard supports open firmware, so enthusiasts can bypass the app entirely. The '
            "knob's software settings, in particular, took me far longer to find than they should "
            'have. Casual users may find the initial setup frustrating, though.',
            'The Corvid offers an exceptional typing experience for the money. It feels more '
            'premium than many keyboards costing twice as much, and its hot-swappable design means '
            "you can customise it to your heart's content. Swapping in a set of tactile switches "
            'took me less than ten minutes with the included puller. If you spend your day at a '
            'keyboard, it is a very easy upgrade to recommend.']},
 {'title': "'Neon Parish' Review: A Rain-Soaked Noir That Looks Better Than It Thinks",
  'author': 'Marcus Hale',
  'paras': ['Neon Parish is set in a rain-soaked future New Orleans where the old French Quarter '
            'has been flooded and rebuilt on stilts, and it is one of the most visually striking '
            'films of the year. Every frame is drenched in pink and teal light, steam rises from '
            'every grate, and the camera glides through the flooded streets like a dreamer. It is '
            'a shame the story cannot keep pace with the visuals.',
            'The plot follows a disgraced detective, played by Marcus Delacroix, who is hired to '
            'find a missing jazz singer and quickly discovers a conspiracy involving a powerful '
            'water company. It is classic noir territory, and the film leans into its influences '
            'with gusto, from the hard-boiled voiceover to the femme fatale in a sequinned dress. '
            'The problem is that it rarely adds anything new.',
            'Delacroix is a charismatic lead, bringing a weary gravitas to the detective that '
            'makes him easy to follow even when the plot becomes muddled. He has good chemistry '
            "with Celeste Moreau, who plays the singer's sister with a smoky mix of vulnerability "
            "and menace. Their scenes together are the film's strongest, full of tension and "
            'unspoken history.',
            'The supporting cast is less well served. The villain, a water company executive with '
            'a taste for opera, is a cartoon, and several minor characters are introduced only to '
            'deliver exposition before disappearing. The script is also overly fond of hard-boiled '
            'one-liners, many of which land with a thud, and the voiceover narration becomes '
            'tiresome after the first half hour.',
            'What keeps the film watchable is its extraordinary world. The production design is '
            'breathtaking, blending Southern Gothic architecture with futuristic technology in '
            'ways that feel both familiar and strange. The score, a mix of moody synths and smoky '
            'jazz, is also superb, and it lends the film an atmosphere that the story alone cannot '
            'sustain.',
            'Neon Parish is a feast for the eyes and ears, but a thin meal for the mind. Fans of '
            'stylish noir will find plenty to enjoy, but those hoping for a story to match the '
            'visuals will leave disappointed. Delacroix and Moreau deserve a sharper script next '
            'time. It is worth seeing once, preferably on the biggest screen possible.']},
 {'title': "'Hearth and Home' Review: A Cosy Baking Competition With a Big Heart",
  'author': 'Priya Shah',
  'paras': ['Hearth and Home is a baking competition series in which amateur bakers from across '
            'the country compete in a converted barn in the Yorkshire Dales, and it is exactly as '
            'cosy as it sounds. There are no villains, no shouting and very little drama beyond '
            'the occasional collapsed sponge. What there is, instead, is warmth, humour and a '
            'great deal of very impressive baking.',
            'The format is familiar. Each week, twelve contestants face three challenges, judged '
            'by a pair of experienced bakers and hosted by a cheerful comedian. What sets the show '
            'apart is its emphasis on regional traditions. Each episode focuses on a different '
            'part of the country, and the bakers are encouraged to draw on local recipes, '
            'ingredients and family history.',
            'The contestants are a wonderfully varied bunch, ranging from a retired coal miner '
            'with a passion for pastry to a teenage student who bakes elaborate cakes inspired by '
            'video games. The show takes care to give each of them a backstory, and their personal '
            'stories are often genuinely moving. By the end of the series, I found myself rooting '
            'for almost all of them.',
            'The judges are kind but honest, offering constructive criticism without cruelty. '
            'Their chemistry is delightful, particularly in a running joke about their differing '
            'opinions on the correct amount of jam in a Victoria sponge. The host, comedian Tilly '
            'Barnes, is a natural, with a gift for putting nervous contestants at ease and a ready '
            'supply of terrible puns.',
            'If there is a criticism, it is that the show can feel a little too gentle at times. '
            'The lack of tension means that some episodes drift, and the final lacks the '
            'nail-biting excitement of some competitors. But for many viewers, that will be '
            'exactly the point. This is television to relax with, not to be stressed by.',
            'Hearth and Home is a warm, charming and utterly delightful series that celebrates the '
            'joy of baking and the diversity of British culinary traditions. It is also the only '
            'competition I know of where the losers are sent home with a hug and a tin of '
            'biscuits. It is the perfect show for a cold winter evening, preferably with a cup of '
            'tea and a slice of something sweet close at hand.']},
 {'title': 'Aurora 65 OLED TV Review: Stunning Picture, Frustrating Software',
  'author': 'Owen Carter',
  'paras': ['The Aurora 65 is a sixty-five inch OLED television with a bright new panel, a slim '
            'aluminium stand and a price that undercuts the established brands by a significant '
            'margin. After a month of watching films, sport and far too much reality television on '
            'it, I can say that the picture quality is genuinely exceptional. The software, '
            'unfortunately, is a different story.',
            'Out of the box, the picture is superb. Blacks are deep and inky, colours are rich '
            'without being oversaturated, and the new panel is noticeably brighter than previous '
            'generations of OLED, making it a much better fit for bright living rooms. HDR content '
            'looks spectacular, with highlights that genuinely dazzle, and motion handling is '
            'smooth enough for fast-moving sport and games.',
            'Gaming performance is excellent. The Aurora supports high refresh rates, variable '
            'refresh and auto low latency mode on all four HDMI ports, and input lag in game mode '
            'is impressively low. I spent several evenings with the latest racing games, and the '
            'combination of fast response times and vibrant colours made for a thrilling '
            'experience that rivalled far more expensive sets.',
            'Sound quality is decent for a thin television. The built-in speakers produce clear '
            'dialogue and a surprising amount of bass, although they lack the depth and width of a '
            'good soundbar. Most people spending this much on a screen will probably want to add '
            'external speakers, but the built-in sound is perfectly adequate for casual viewing '
            'and news.',
            "The software is the Aurora's biggest weakness. The interface is slow and cluttered, "
            'with ads for streaming services on the home screen and menus that are difficult to '
            'navigate. Several popular apps are missing, and the ones that are available '
            'occasionally crashed during testing. A firmware update improved things slightly, but '
            'the experience still lags behind the competition.',
            'If you are willing to plug in an external streaming box, the Aurora 65 offers '
            'outstanding picture quality for the price. It is one of the best value OLED '
            'televisions available right now. The panel deserves better, and a firmware update may '
            'yet deliver it. Just be prepared to spend as little time as possible in its own '
            'menus.']},
 {'title': "'Wildcard' Review: A Poker Drama Where Nobody Folds",
  'author': 'Jordan Price',
  'paras': ['Wildcard is a drama about a family of professional poker players in Las Vegas, and it '
            'is at its best when it stays at the table. The card games are thrilling, tense and '
            'brilliantly staged, with every raise and bluff carrying real weight. Away from the '
            'felt, the show is less sure-footed, but it has enough charisma and style to keep you '
            'coming back for another hand.',
            'The family is led by matriarch Vera Castellano, a legendary player now running a '
            'high-stakes private game in the back room of a fading casino. She is played by Rosa '
            'Delgado with a steely charm that makes her instantly compelling. Her three adult '
            'children all play, too, each with their own style and their own reasons for resenting '
            'her, and the show spends much of its time on their rivalries.',
            'The poker scenes are expertly handled. The show employs professional players as '
            'consultants, and it shows, with realistic hands, believable strategy and a genuine '
            'sense of how the game feels from the inside. Crucially, it explains just enough for '
            'newcomers to follow along without boring experienced players, and some of the tensest '
            'scenes in the series involve nothing more than two people staring at each other '
            'across a table.',
            "The family drama is more uneven. Some storylines, such as the youngest son's struggle "
            'with gambling addiction, are handled with care and nuance. Others, such as a romantic '
            'subplot involving the daughter and a rival player, feel soapy and predictable. The '
            'show also has a tendency to introduce new conflicts before resolving old ones, and by '
            'the end of the season, the plot feels overstuffed.',
            'Visually, Wildcard is a treat. Las Vegas is shot with a mix of glamour and grime, '
            'from the glittering casino floors to the shabby motels on the edge of town, and the '
            "show captures the city's strange, restless energy. Several scenes are set in the "
            'early hours of the morning, when the city looks at its most exhausted. The '
            'soundtrack, heavy on vintage soul and desert rock, adds to the atmosphere.',
            'Wildcard is a stylish, entertaining drama that excels when it focuses on the game and '
            'stumbles when it strays too far from the table. Delgado, at least, is already holding '
            'all the aces. It is not a perfect hand, but it is a strong one, and it has enough '
            'potential to become something special if the writers tighten their focus in season '
            'two.']},
 {'title': "'The Glass Menagerie Hotel' Review: A Whimsical Comedy That Checks In and Out",
  'author': 'Sophie Laurent',
  'paras': ['The Glass Menagerie Hotel is a whimsical comedy about an eccentric family running a '
            'crumbling hotel on the Amalfi Coast, and it wears its influences proudly. There are '
            'echoes of Wes Anderson in its symmetrical compositions, of classic Italian farce in '
            'its slapstick, and of Chekhov in its melancholy undertow. It does not always blend '
            'them successfully, but it is rarely less than charming.',
            'The story follows the Moretti family as they struggle to keep their hotel afloat '
            'during a sweltering summer, with a series of unusual guests testing their patience '
            'and their finances. Luca Bianchi plays the harried father with a lovely comic touch, '
            'and Giulia Ferri is a delight as his daughter, who dreams of escaping to Milan but '
            'cannot bring herself to leave.',
            'The hotel itself is a character, a glorious wreck of faded frescoes, creaking lifts '
            'and a collection of glass animals that gives the film its title. The production '
            'design is gorgeous, and the cinematography captures the Amalfi light in all its '
            'golden splendour. Every frame looks like a postcard, although sometimes the film '
            'seems more interested in how things look than in what they mean.',
            'The comedy is hit and miss. Some of the set pieces, such as a disastrous wedding '
            'reception and a farcical police investigation into a missing parrot, are genuinely '
            'hilarious. Others fall flat, relying on tired stereotypes about tourists and Italians '
            "that feel dated. The film is at its funniest when it focuses on the family's quirks "
            'rather than on its guests.',
            'Beneath the whimsy, there is a touching story about change, loss and the difficulty '
            "of letting go. The film's final act, which focuses on the family's decision about the "
            'future of the hotel, is surprisingly moving, and it adds an emotional weight that the '
            'lighter early scenes lack. It is a shame the film takes so long to get there.',
            'The Glass Menagerie Hotel is a lovely, if uneven, comedy that will appeal to fans of '
            'quirky ensemble films and sun-soaked European settings. The parrot, for the record, '
            'steals every scene it appears in. It may not linger long in the memory, but it makes '
            'for a delightful escape on a grey afternoon, and it might just make you want to book '
            'a holiday.']},
 {'title': "'Ironwood' Season 4 Review: The Western Saga Rides Toward the Sunset",
  'author': 'Tom Becker',
  'paras': ['Ironwood has never been a subtle show. Its first three seasons were full of '
            'gunfights, land grabs and family betrayals, all delivered with a grim seriousness '
            'that occasionally tipped into self-parody. Season four, which the network has '
            'confirmed will be its last, doubles down on everything that made the show popular, '
            'and the result is messy, overheated and frequently thrilling.',
            'The season picks up a year after the events of the last finale, with the Calloway '
            'family struggling to hold onto their ranch in the face of a railway company '
            'determined to cut through their land. Patriarch Josiah Calloway, played by Frank '
            'Holloway with his usual gravel-voiced menace, is ageing and increasingly paranoid, '
            'and his children are circling like vultures.',
            'Holloway is magnificent, as always, and the show gives him some of his best material '
            'yet, including a remarkable monologue in the sixth episode about the men he has '
            'killed and the ones he should have. The rest of the cast is solid, although some of '
            "the younger characters remain thinly drawn, and the show's treatment of its female "
            'characters still leaves much to be desired.',
            'The action is bigger than ever. A train robbery in the third episode is a spectacular '
            "set piece, staged with real skill and a genuine sense of danger, and the season's "
            'climactic battle is as bloody and chaotic as fans would expect. The show has always '
            'been good at action, and it saves its best for last.',
            'The storytelling, however, is frustratingly uneven. Several plot threads from '
            'previous seasons are resolved hastily or abandoned altogether, and a late twist '
            'involving a long-lost relative feels like a desperate attempt to inject drama. The '
            "final episode is satisfying in some ways, but it leaves several characters' fates "
            'unclear in a way that feels more like indecision than ambiguity.',
            'Ironwood season four is a fitting, if imperfect, end to a show that has always been '
            "more about spectacle than substance. Fans will find plenty to enjoy, and Holloway's "
            'performance alone makes it worth watching. I will miss it more than I expected to, '
            'flaws and all. It goes out with guns blazing, which is probably the only way it could '
            'have gone.']},
 {'title': 'Pebble Go Smartwatch Review: The Fitness Tracker That Wants to Be Everything',
  'author': 'Raj Menon',
  'paras': ['The Pebble Go is a mid-priced smartwatch that promises to do almost everything: track '
            'your workouts, monitor your sleep, handle notifications, make contactless payments '
            'and even take calls from your wrist. After a month of wearing it day and night, I can '
            'report that it does most of these things well, a couple of them brilliantly, and one '
            'of them not very well at all.',
            'The design is understated and comfortable. The round aluminium case is light, the '
            'silicone strap is soft, and the bright, sharp display is easy to read in sunlight. At '
            'forty-two millimetres, it is small enough to wear to bed without discomfort, and the '
            'watch is water resistant to fifty metres, so I had no worries about wearing it in the '
            'shower or at the swimming pool.',
            "Fitness tracking is the Pebble Go's strongest feature. It supports more than a "
            'hundred workout types, and the built-in GPS locked on quickly and tracked my runs '
            'accurately. Heart rate monitoring was consistent with a chest strap during steady '
            'exercise, although it lagged slightly during interval training. Sleep tracking was '
            'detailed and surprisingly insightful, and the recovery score became part of my '
            'morning routine.',
            'Battery life is excellent, lasting around nine days with moderate use and around five '
            'days with GPS workouts every other day. The watch charges quickly on its magnetic '
            'puck, reaching full in under an hour, which means you rarely have to take it off for '
            'long. It is a significant advantage over rivals that need charging every night.',
            'The software is where things get patchy. Notifications work well, but replying to '
            'messages is fiddly, and the app store is sparse compared with larger platforms. The '
            'voice assistant, meanwhile, is practically useless, misunderstanding simple commands '
            'and taking several seconds to respond. Calls through the built-in speaker are clear, '
            'but the microphone struggles in noisy environments.',
            'The Pebble Go is an excellent fitness tracker with some useful smart features, rather '
            'than a true smartwatch. If your priority is health and exercise, it is one of the '
            'best options at this price. For runners and swimmers, it is a comfortable, '
            'long-lasting companion that rarely needs charging. If you want a wrist computer, '
            'there are better, if more expensive, choices.']},
 {'title': "'Borrowed Light' Review: A Quiet Indie Drama That Shines",
  'author': 'Elena Ruiz',
  'paras': ['Borrowed Light is a small, quiet film about a retired photographer who agrees to '
            'teach a troubled teenager how to develop film in his cluttered darkroom. It is the '
            'kind of premise that could easily slide into cliche, with the grumpy old man and the '
            'angry young woman learning to understand each other, but the film avoids easy '
            'sentiment at almost every turn.',
            'Walter Dunmore plays the photographer, Arthur, with a gruff tenderness that reveals '
            'itself slowly. Arthur is not a lovable curmudgeon but a genuinely difficult man, '
            'estranged from his family and haunted by a career he feels he wasted. Dunmore never '
            'asks for sympathy, and the performance is all the more affecting for it, particularly '
            "in the film's final scenes.",
            "Newcomer Kezia Bright is a revelation as the teenager, Dee. She plays Dee's anger and "
            'vulnerability with remarkable precision, never overplaying the emotional beats, and '
            'her chemistry with Dunmore is natural and unforced. The scenes in the darkroom, lit '
            'only by the red safelight as images slowly appear on paper, are among the most '
            'beautiful in any film this year.',
            'Director Nadia Kowalski has a patient, observational style that suits the material '
            'perfectly. She lets scenes play out in long takes, trusting her actors and her '
            'audience, and she resists the urge to underline every emotion with music. The score '
            'is minimal and used sparingly, and several key moments play out in complete silence, '
            'which makes them all the more powerful.',
            "The film is not without flaws. A subplot involving Dee's mother feels underdeveloped, "
            'and a late confrontation between Arthur and his estranged son is a little too neatly '
            'resolved. A little more trust in the audience in the opening half hour would have '
            "helped. The pace, too, will test some viewers' patience, particularly in the first "
            'half, where very little seems to happen beyond the gradual development of trust.',
            'Borrowed Light is a gentle, beautifully crafted film about art, ageing and the '
            'unexpected connections that can change our lives. It will not set the box office '
            'alight, but it deserves to find an audience. Dunmore and Bright give two of the best '
            'performances of the year, and they deserve to be seen on a big screen. Seek it out at '
            'your local independent cinema.']},
 {'title': "'Terminal Velocity' Review: An Airport Thriller That Never Takes Off",
  'author': 'Marcus Hale',
  'paras': ['Terminal Velocity is an action thriller set during a single night at a major '
            'international airport, where a group of mercenaries takes control of the air traffic '
            'control tower and threatens to bring down planes unless their demands are met. It is '
            'a promising premise, but the film never quite gets off the ground, hampered by a '
            'muddled script and a surprising lack of tension.',
            'The hero is an off-duty baggage handler, played by Jake Morrow, who happens to be a '
            'former special forces soldier. It is the kind of setup that action fans will '
            'recognise instantly, and Morrow does his best with it, bringing a likeable, everyman '
            'charm to the role. But the character is so thinly written that he barely registers as '
            'a person, and the film gives him little to do besides run and shoot.',
            'The villains are equally underdeveloped. Their leader, played by a menacing but '
            'underused Viktor Ivanov, has motives that are vague at best, and his henchmen are '
            'interchangeable. The film tries to add complexity with a late twist about a corrupt '
            'airline executive, but it feels tacked on and does little to raise the stakes or '
            'deepen the story.',
            'The action scenes are competent but forgettable. A fight on a moving baggage carousel '
            'is inventive, and a chase across the runway has some impressive stunts, but most of '
            'the sequences are shot in a shaky, over-edited style that makes them hard to follow. '
            'The climax, set atop the control tower, is spectacular in theory but confusing in '
            'practice.',
            'The film also struggles with its tone. Some scenes aim for gritty realism, while '
            'others lean into campy humour, and the shifts between them are jarring. A subplot '
            'involving a group of stranded passengers, including a bickering couple and a '
            'precocious child, is meant to provide comic relief, but it mostly just slows the film '
            'down.',
            'Terminal Velocity has a few moments of fun, but it is ultimately a forgettable entry '
            'in a crowded genre. Fans of airport thrillers would be better off revisiting the '
            'classics. Morrow, to his credit, deserves a better vehicle for his easy charm. This '
            'one is best left circling the runway until it runs out of fuel.']},
 {'title': "'Little Fires Across the Valley' Review: Family Saga Burns Slow and Bright",
  'author': 'Dana Whitfield',
  'paras': ["Little Fires Across the Valley is a sprawling family saga set in California's Central "
            'Valley across three generations of a Mexican American farming family. It is '
            'ambitious, deeply felt and occasionally overwhelming, packing decades of history into '
            'eight episodes. Not every thread is woven as tightly as it might be, but the overall '
            'tapestry is rich and rewarding.',
            'The series moves between three timelines: the 1960s, when the family patriarch '
            'arrives in the valley as a migrant worker; the 1990s, when his daughter fights to '
            'save the family farm from drought and debt; and the present day, when his '
            'granddaughter returns home after a long estrangement. The show handles the shifts '
            'gracefully, using visual cues and recurring motifs to keep the audience oriented.',
            'The performances are uniformly excellent. Alejandro Cruz is powerful as the young '
            'patriarch, capturing his determination and his quiet despair, while Marisol Vega '
            'brings a fierce intelligence to the daughter. In the present-day scenes, Isabel Ortiz '
            'is compelling as the granddaughter, a lawyer who has spent years running from her '
            'roots and is forced to confront them when her mother falls ill.',
            'The show is particularly strong in its depiction of labour and land. It captures the '
            'back-breaking reality of farm work, the precariousness of ownership and the complex '
            'relationships between workers, landowners and the wider community. These themes are '
            "woven into the characters' personal stories rather than delivered as lectures, which "
            'makes them all the more powerful.',
            'Where the series falters is in its pacing. Some episodes feel rushed, cramming too '
            'many events into too little time, while others drift. The present-day storyline, in '
            'particular, is weaker than the historical ones, and a romantic subplot feels like an '
            'unnecessary distraction from the central family drama. The final episode also tries '
            'to tie up too many threads at once.',
            'Little Fires Across the Valley is an ambitious, moving and beautifully acted drama '
            'that tells an important story with care and passion. Its flaws are the flaws of a '
            'show that is trying to do a great deal, and its successes far outweigh them. The '
            '1960s episodes, in particular, are as good as anything on television this year. It is '
            'well worth your time.']},
 {'title': 'Stratus Pro Espresso Machine Review: Cafe Quality, Kitchen Counter Size',
  'author': 'Owen Carter',
  'paras': ['The Stratus Pro is a semi-automatic espresso machine with a built-in grinder, a steam '
            'wand and a compact footprint that promises to bring cafe-quality coffee to home '
            'kitchens. After a month of daily use, I have pulled hundreds of shots, steamed '
            'gallons of milk and learned a great deal about my own coffee habits. It is an '
            'excellent machine, with a few caveats.',
            'The build quality is impressive. The brushed stainless steel body is sturdy and easy '
            'to clean, and the machine feels solid and well made throughout. The built-in conical '
            'burr grinder offers thirty settings, which is enough to dial in most beans, and the '
            'dose is adjustable so that you can grind directly into the portafilter without '
            'needing a separate scale.',
            "Espresso quality is excellent once you have dialled in the grind. The machine's "
            'thermocoil heating system reaches brewing temperature in under a minute, and it '
            'maintains a stable temperature throughout the shot. I was able to pull rich, balanced '
            'espressos with good crema from a range of beans, from bright Ethiopian roasts to '
            'darker Brazilian blends.',
            'The steam wand is powerful and responsive, producing silky microfoam for lattes and '
            'cappuccinos with a little practice. It takes a few seconds to switch from brewing to '
            'steaming, which is a minor inconvenience compared with dual-boiler machines, but it '
            'is more than fast enough for a couple of drinks at a time. The wand also rotates '
            'freely, making it easy to position the jug.',
            'The main drawback is the learning curve. The Stratus Pro rewards experimentation, but '
            'beginners may find the number of variables overwhelming at first, and the included '
            'instructions are not especially helpful. The drip tray is also small and needs '
            'emptying frequently, and the machine is fairly noisy during grinding, which may be an '
            'issue in open-plan homes early in the morning.',
            'The Stratus Pro is an excellent choice for anyone who wants to make cafe-quality '
            'espresso at home and is willing to put in a little effort to learn. It offers '
            'outstanding performance for the price and takes up surprisingly little counter space. '
            'The milk jug and tamper included in the box are also of surprisingly good quality. It '
            'has transformed my morning routine for the better.']},
 {'title': "'Tidewater' Review: A Coastal Horror Film That Drowns in Its Own Ideas",
  'author': 'Jordan Price',
  'paras': ['Tidewater is set on a tiny tidal island off the coast of Maine, cut off from the '
            'mainland twice a day when the causeway floods, and for its first half hour it builds '
            'a genuinely unsettling atmosphere. A young marine biologist arrives to study an '
            'unusual algae bloom, the locals are polite but guarded, and something is clearly '
            'wrong with the way the tide keeps coming in early.',
            'Ellie Marsh is very good as the biologist, Grace, a practical woman whose scepticism '
            'erodes slowly and believably. She spends much of the film alone, wading through '
            'mudflats and peering into rock pools, and Marsh keeps those solitary scenes '
            'compelling through small, precise reactions. When she finally starts to panic, the '
            'shift is all the more frightening because she has been so calm for so long.',
            'The island community is drawn with real care in the early going. The harbour master, '
            'the woman who runs the only shop and the elderly couple who rent Grace a room all '
            'seem to be hiding something, but the film lets them be warm and funny as well as '
            'suspicious. That warmth makes the later revelations land harder, even when the script '
            'stops making much sense.',
            'The trouble begins in the second half, when the film abandons its slow-burn approach '
            'for a rapid series of revelations involving a drowned village, an ancient pact and a '
            'creature that is never satisfactorily explained. Each new idea is interesting on its '
            'own, but together they crowd each other out, and the film never settles on what its '
            'horror is actually about.',
            'Technically, Tidewater is impressive. The sound of water is everywhere, dripping, '
            'lapping and roaring, and the sound design does more to create dread than any of the '
            'creature effects. Cinematographer Paul Arden shoots the island in a cold, washed-out '
            'palette that makes even daylight feel threatening, and a sequence in which the '
            "causeway floods around Grace's car is superbly staged.",
            'The final twenty minutes, however, are a muddle of half-glimpsed monsters, shouted '
            'exposition and a finale that seems to have been reshot several times. The last image '
            'is striking, but it raises more questions than it answers, and not in a good way. I '
            'left the cinema more confused than haunted, which is the wrong way round for a film '
            'like this.',
            'Tidewater has a strong lead, a wonderful setting and a first act that promises '
            'something special. It is a shame that the film loses its nerve and its focus when it '
            'matters most, because somewhere inside it is a small, frightening folk horror film '
            'waiting to get out. Marsh, at least, is a name to watch for the future.']}]
