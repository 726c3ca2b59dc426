"""Speakers, round 10 (English): fresh items in the voices of outlets the quote sets rarely use (US local dailies and TV
sites, Indian, South African, Nigerian, Australian and New Zealand press, trade, sports, court and science copy)."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case, speaker_of

# (id, outlet, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]);
# None as the speaker: nothing in the item attributes the words.
ITEMS = [
    ("dp-01", "Denver Post", [
        "Aurora police are asking for the public's help after a 17-year-old was shot outside a convenience store"
        " on Sunday night. \"We need anyone who was in that parking lot to call us,\" Sgt. Maria Delgado, a"
        " department spokeswoman, said Monday.",
        "The teenager was taken to a hospital in critical condition, according to the Aurora Fire Department.",
        "Delgado said investigators believe the shooting was not random."],
     [("anyone who was in that parking lot", "Maria Delgado"), ("critical condition", "the Aurora Fire Department"),
      ("was not random", "Maria Delgado")]),
    ("ksl-02", "KSL-TV", [
        "Utah County commissioners voted 2-1 on Wednesday to raise property taxes for the first time in a decade.",
        "\"Nobody up here wanted to do this,\" said Commissioner Amelia Powers Gardner. \"But the jail is"
        " overcrowded and our deputies are leaving for better pay.\"",
        "Commissioner Tom Sakievich, who cast the only no vote, said residents were already struggling with"
        " inflation. \"This is the wrong year,\" he told KSL."],
     [("Nobody up here wanted", "Amelia Powers Gardner"), ("the jail is overcrowded", "Amelia Powers Gardner"),
      ("already struggling with inflation", "Tom Sakievich"), ("This is the wrong year", "Tom Sakievich")]),
    ("hindu-03", "The Hindu", [
        "Chief Minister M.K. Stalin on Tuesday said the State would release ₹1,200 crore for flood relief in the"
        " southern districts.",
        "Speaking to reporters at the Secretariat, Mr. Stalin said the Centre had not yet responded to the"
        " State's request for assistance. \"We have written three letters,\" he said.",
        "Opposition leader Edappadi K. Palaniswami alleged that the relief was \"too little, too late\"."],
     [("release ₹1,200 crore", "M.K. Stalin"), ("had not yet responded", "M.K. Stalin"),
      ("written three letters", "M.K. Stalin"), ("too little, too late", "Edappadi K. Palaniswami")]),
    ("toi-04", "Times of India", [
        "A 32-year-old software engineer was arrested on Friday for allegedly cheating over 40 job seekers, police"
        " said.",
        "\"The accused collected ₹50,000 from each victim promising jobs in a multinational firm,\" said"
        " Deputy Commissioner of Police (South) Priya Raghavan.",
        "The DCP added that more victims were likely to come forward. Police told reporters the accused had"
        " been running the racket for two years."],
     [("cheating over 40 job seekers", "police"), ("collected ₹50,000", "Priya Raghavan"),
      ("more victims were likely", "Priya Raghavan"), ("running the racket", "Police")]),
    ("news24-05", "News24", [
        "Eskom has warned that load shedding could return this winter if unplanned breakdowns stay above"
        " 15,000 megawatts.",
        "\"The system remains vulnerable,\" the power utility's chief operating officer, Dan Marokane, told"
        " journalists in Johannesburg on Thursday.",
        "Energy analyst Chris Yelland said the warning was \"a reality check\". He said the utility's fleet was"
        " \"old and tired\"."],
     [("load shedding could return", "Eskom"), ("remains vulnerable", "Dan Marokane"),
      ("a reality check", "Chris Yelland"), ("old and tired", "Chris Yelland")]),
    ("punch-06", "Punch", [
        "The Lagos State Government has begun the demolition of illegal structures along the Lekki-Epe"
        " corridor.",
        "The Commissioner for the Environment, Tokunbo Wahab, said on Monday that the exercise would continue"
        " \"until every drainage channel is free\".",
        "A trader, Mrs Ngozi Eze, who lost her shop, said, \"They gave us only two days' notice. Where do they"
        " want us to go?\""],
     [("exercise would continue", "Tokunbo Wahab"), ("every drainage channel", "Tokunbo Wahab"),
      ("only two days' notice", "Ngozi Eze")]),
    ("nzh-07", "NZ Herald", [
        "Whanganui District Council will spend $4.5 million on upgrading the city's stormwater network after"
        " last year's floods.",
        "Mayor Andrew Tripe said the work was overdue. \"We can't keep asking people in Castlecliff to sandbag"
        " their homes every winter.\"",
        "Cr Rob Vinsen was less convinced. The councillor said ratepayers had \"not been told the full cost\"."],
     [("work was overdue", "Andrew Tripe"), ("sandbag their homes", "Andrew Tripe"),
      ("not been told the full cost", "Rob Vinsen")]),
    ("abc-08", "ABC Rural", [
        "Grain growers in the Wimmera say a dry spring has wiped out up to half of their expected harvest.",
        "Horsham farmer Jenny Kealy, 52, said she had never seen crops \"give up so quickly\".",
        "\"We had a beautiful start to the season,\" Ms Kealy said. \"Then it just stopped raining.\"",
        "Grain Producers Australia chair Barry Large said the federal government should bring forward drought"
        " support."],
     [("give up so quickly", "Jenny Kealy"), ("beautiful start", "Jenny Kealy"), ("stopped raining", "Jenny Kealy"),
      ("bring forward drought support", "Barry Large")]),
    ("reut-09", "Reuters (earnings)", [
        "Shares of Halvorsen Logistics fell 9% on Thursday after the freight company cut its full-year forecast,"
        " citing weak demand from retailers.",
        "\"Volumes in the fourth quarter came in well below our expectations,\" Chief Executive Karen Lindqvist"
        " said on a call with analysts.",
        "Jefferies analyst Omar Haddad wrote in a note that the guidance cut was \"bigger than feared\". The"
        " company said it would cut about 600 jobs."],
     [("well below our expectations", "Karen Lindqvist"), ("bigger than feared", "Omar Haddad"),
      ("cut about 600 jobs", "The company")]),
    ("ft-10", "Trade press", [
        "Brightwater Foods, the maker of Crunchee snacks, said on Tuesday it had agreed to buy rival Oakfield"
        " Bakeries for $1.2 billion.",
        "The deal \"creates a national platform for growth\", the company said in a statement.",
        "Oakfield's founder, Dennis Moore, will stay on as an adviser. \"It's the right home for our"
        " people,\" he said.",
        "The transaction is expected to close in the second quarter, according to the filing."],
     [("agreed to buy rival", "Brightwater Foods"), ("national platform for growth", "the company"),
      ("right home for our people", "Dennis Moore"), ("close in the second quarter", "the filing")]),
    ("bbc-11", "BBC Sport", [
        "Hartlepool United manager Darren Sarll said his side \"deserved nothing\" after a 3-0 home defeat by"
        " Barnet.",
        "\"We were second to every ball,\" said Sarll. \"I've told the players that isn't acceptable.\"",
        "Barnet's two-goal striker Nicke Kabamba said: \"The gaffer told us to be brave and we were.\""],
     [("deserved nothing", "Darren Sarll"), ("second to every ball", "Darren Sarll"),
      ("isn't acceptable", "Darren Sarll"), ("The gaffer told us", "Nicke Kabamba")]),
    ("guard-12", "Guardian (court)", [
        "A former care home worker stole more than £40,000 from elderly residents over three years, a court has"
        " heard.",
        "Prosecutors said Leanne Whitfield, 41, used residents' bank cards to pay for holidays and a car.",
        "Defence counsel Martin Ashby argued that his client had been \"in the grip of a gambling addiction\".",
        "Sentencing her to three years, Judge Sarah Munro told Whitfield: \"You betrayed people who trusted you"
        " completely.\""],
     [("used residents' bank cards", "Prosecutors"), ("grip of a gambling addiction", "Martin Ashby"),
      ("betrayed people who trusted", "Sarah Munro")]),
    ("sci-13", "Science news", [
        "Octopuses appear to dream, according to a study published on Wednesday in the journal Nature.",
        "\"We saw patterns of activity very similar to what happens in human sleep,\" said lead author Dr. Hana"
        " Okafor, a neurobiologist at the University of Bristol.",
        "Co-author Luis Prieto cautioned that the findings did not prove the animals experienced anything like"
        " human dreams. \"We just don't know what it feels like to be an octopus,\" he said."],
     [("Octopuses appear to dream", "a study"), ("patterns of activity", "Hana Okafor"),
      ("did not prove the animals", "Luis Prieto"), ("feels like to be an octopus", "Luis Prieto")]),
    ("pol-14", "Police appeal (regional)", [
        "Detectives investigating a serious assault in Bolton town centre have released CCTV images of a man they"
        " want to speak to.",
        "Det Insp Claire Hughes, of Greater Manchester Police, said: \"The victim suffered a fractured skull and"
        " remains in hospital.",
        "\"I would urge the man in these images, or anyone who recognises him, to get in touch.\""],
     [("fractured skull", "Claire Hughes"), ("urge the man in these images", "Claire Hughes")]),
    ("ap-15", "AP (local)", [
        "The Fresno Unified school board has voted to close two elementary schools at the end of the year, citing"
        " falling enrollment.",
        "Superintendent Misty Her told the board that the district had lost 4,000 students since 2019. \"These"
        " are painful choices,\" she said.",
        "Parents at Jefferson Elementary said they had learned of the plan from a Facebook post. \"Nobody"
        " asked us,\" said Rosa Martinez, whose two children attend the school."],
     [("lost 4,000 students", "Misty Her"), ("painful choices", "Misty Her"),
      ("learned of the plan", "Parents at Jefferson Elementary"), ("Nobody asked us", "Rosa Martinez")]),
    ("sabc-16", "SABC", [
        "The Democratic Alliance says it will take the Electoral Commission to court over the delayed"
        " by-elections in Tshwane.",
        "DA federal chairperson Helen Zille told the SABC the delay was \"unconstitutional\".",
        "In a statement, the IEC said the by-elections had been postponed \"to ensure the voters' roll is"
        " accurate\"."],
     [("take the Electoral Commission to court", "The Democratic Alliance"), ("unconstitutional", "Helen Zille"),
      ("voters' roll is accurate", "the IEC")]),
    ("ie-17", "Indian Express", [
        "Former India captain Sunil Gavaskar has backed the selectors' decision to drop the opener.",
        "\"Form is temporary, but you cannot keep waiting,\" Gavaskar told this newspaper. \"He needs to go back"
        " to first-class cricket.\"",
        "The BCCI secretary, Jay Shah, declined to comment on the selection, saying only that the board"
        " \"respects the selectors' independence\"."],
     [("Form is temporary", "Sunil Gavaskar"), ("back to first-class cricket", "Sunil Gavaskar"),
      ("respects the selectors' independence", "Jay Shah")]),
    ("smh-18", "Sydney Morning Herald", [
        "NSW Premier Chris Minns has ruled out lifting the cap on poker machines in pubs.",
        "\"It's not happening on my watch,\" Mr Minns said on Friday.",
        "But Clubs NSW chief executive Josh Landis said venues were struggling. According to Mr Landis, 40 clubs"
        " had closed in the past year.",
        "The Premier's office said it would release the gambling reform report next month."],
     [("not happening on my watch", "Chris Minns"),
      ("venues were struggling", "Josh Landis"), ("40 clubs had closed", "Josh Landis"),
      ("release the gambling reform report", "The Premier's office")]),
    ("wral-19", "WRAL", [
        "A Raleigh woman says she waited six hours in an emergency room before anyone saw her.",
        "\"I was bleeding and nobody came,\" said Tasha Greene, 29.",
        "WakeMed spokesperson Kevin Ross said the hospital could not discuss individual cases but that"
        " emergency visits were up 20% this fall."],
     [("bleeding and nobody came", "Tasha Greene"), ("could not discuss individual", "Kevin Ross"),
      ("emergency visits were up", "Kevin Ross")]),
    ("vang-20", "Vanguard", [
        "The Nigeria Labour Congress, NLC, has warned that it will call a nationwide strike if the Federal Government fails to"
        " implement the new minimum wage.",
        "Addressing journalists in Abuja, NLC President, Comrade Joe Ajaero, said workers \"can no longer"
        " survive on promises\".",
        "He added that the union had given the government 14 days."],
     [("call a nationwide strike", "The Nigeria Labour Congress"), ("survive on promises", "Joe Ajaero"),
      ("given the government 14 days", "Joe Ajaero")]),
]
ITEMS += [
    ("odt-21", "Otago Daily Times", [
        "A Dunedin coroner has found that a 19-year-old student died after taking a drug he believed was MDMA.",
        "In her findings, Coroner Heidi Wrigley said the pills had in fact contained a synthetic cathinone.",
        "\"Young people need to understand that what they buy is rarely what they are told it is,\" the coroner"
        " wrote.",
        "The student's mother, Anne Tait, said the family hoped the findings would save lives."],
     [("pills had in fact contained", "Heidi Wrigley"), ("rarely what they are told", "Heidi Wrigley"),
      ("save lives", "Anne Tait")]),
    ("courier-22", "Courier-Mail (court)", [
        "A Gold Coast man who ran down a cyclist while three times over the limit has been jailed for four years.",
        "Judge Catherine Muir said Bradley Kerr, 34, had shown \"a complete disregard for human life\".",
        "The 34-year-old's barrister, Simon Reid, told the court his client was \"deeply ashamed\".",
        "Outside court, the cyclist's sister said the sentence was \"an insult\"."],
     [("complete disregard for human life", "Catherine Muir"), ("deeply ashamed", "Simon Reid"),
      ("an insult", "the cyclist's sister")]),
    ("nyt-23", "Metro desk", [
        "The owner of a Brooklyn building where a ceiling collapsed on Tuesday had been cited 14 times for"
        " structural problems, city records show.",
        "\"This was a disaster waiting to happen,\" said Councilwoman Alexa Avilés, who represents the area.",
        "A lawyer for the landlord, Peter Sanford, said in an email that his client had \"complied with every"
        " order\"."],
     [("cited 14 times", "city records"), ("disaster waiting to happen", "Alexa Avilés"),
      ("complied with every order", "Peter Sanford")]),
    ("ht-24", "Hindustan Times", [
        "The Delhi high court on Monday pulled up the civic body for failing to clear garbage from the"
        " Ghazipur landfill.",
        "\"How long will residents live next to a mountain of waste?\" the bench of Justice Manmohan and"
        " Justice Tushar Rao Gedela asked.",
        "Appearing for the Municipal Corporation of Delhi, senior advocate Sanjay Poddar submitted that"
        " bio-mining would be completed by December 2026."],
     [("mountain of waste", "Justice Manmohan and Justice Tushar Rao Gedela"),
      ("bio-mining would be completed", "Sanjay Poddar")]),
    ("sport-25", "Sky Sports", [
        "Emma Hayes praised her side's resilience after Chelsea came from behind to beat Arsenal 2-1.",
        "\"We showed real character,\" the Chelsea manager said. \"At half-time I told them to keep"
        " believing.\"",
        "Arsenal boss Jonas Eidevall was left to rue missed chances. \"We should have been three up,\" the"
        " Swede said."],
     [("real character", "Emma Hayes"), ("keep believing", "Emma Hayes"),
      ("three up", "Jonas Eidevall")]),
    ("iol-26", "IOL", [
        "KwaZulu-Natal police have launched a manhunt for three suspects after a cash-in-transit heist on the N2"
        " near Stanger.",
        "Provincial police spokesperson Colonel Robert Netshiunda said the suspects fled in a white Toyota"
        " Fortuner.",
        "\"We are appealing to anyone with information to contact Crime Stop,\" Netshiunda said."],
     [("fled in a white Toyota", "Robert Netshiunda"), ("appealing to anyone with information", "Robert Netshiunda")]),
    ("guard-27", "The Guardian Nigeria", [
        "The Central Bank of Nigeria (CBN) has raised its benchmark interest rate to 27.5 per cent.",
        "Governor Olayemi Cardoso told reporters after the Monetary Policy Committee meeting that inflation"
        " remained \"the biggest threat to the economy\".",
        "An economist at Lagos Business School, Dr Bongo Adi, said the hike would hurt small businesses."],
     [("biggest threat to the economy", "Olayemi Cardoso"), ("hurt small businesses", "Bongo Adi")]),
    ("stuff-28", "Stuff", [
        "Christchurch City Council has apologised after a contractor cut down 30 protected trees in Hagley"
        " Park.",
        "Council head of parks Andrew Rutledge said it was \"a serious breach\" of the contract.",
        "\"We are deeply disappointed,\" he said. \"The contractor has been stood down.\"",
        "Friends of Hagley Park spokeswoman Jill Sandford said the trees were more than a century old."],
     [("a serious breach", "Andrew Rutledge"), ("deeply disappointed", "Andrew Rutledge"),
      ("stood down", "Andrew Rutledge"), ("more than a century old", "Jill Sandford")]),
    ("bloom-29", "Bloomberg (analyst)", [
        "Moody's downgraded the debt of Carver Regional Bank to junk on Friday, citing losses on commercial"
        " property loans.",
        "\"The bank's exposure to office buildings is unusually high,\" Moody's analyst Priya Natarajan wrote.",
        "Carver's chief financial officer, Greg Lyle, said on an earnings call last month that the lender had"
        " \"ample capital\"."],
     [("exposure to office buildings", "Priya Natarajan"), ("ample capital", "Greg Lyle")]),
    ("wsb-30", "WSB-TV", [
        "A DeKalb County teacher is being hailed as a hero after she pulled a student out of a burning car.",
        "\"I didn't think, I just ran,\" said Keisha Barnes, who teaches third grade at Rockbridge Elementary.",
        "Fire officials said the car was fully engulfed within minutes. The school district said in a"
        " statement that it was \"incredibly proud\" of Barnes."],
     [("I just ran", "Keisha Barnes"), ("fully engulfed", "Fire officials"),
      ("incredibly proud", "The school district")]),
    ("thehindu-31", "The Hindu (science)", [
        "Researchers at the Indian Institute of Science have developed a low-cost sensor that detects arsenic"
        " in drinking water within minutes.",
        "The team, led by Prof. Kavitha Raman, said the device could cost less than ₹200.",
        "\"Millions of people in the Gangetic plain drink contaminated water without knowing it,\" Prof. Raman"
        " said. She added that field trials would begin in Bihar next year."],
     [("cost less than ₹200", "The team"), ("Millions of people", "Kavitha Raman"),
      ("field trials would begin", "Kavitha Raman")]),
    ("mail-32", "Mail & Guardian", [
        "Former president Jacob Zuma has accused the ANC of \"betraying the people\" in a speech to supporters in"
        " Durban.",
        "ANC spokesperson Mahlengi Bhengu-Motsiri dismissed the remarks. \"We will not dignify that with a"
        " response,\" she said.",
        "Political analyst Sanusha Naidu said Zuma's party was eating into the ANC's support in the province."],
     [("betraying the people", "Jacob Zuma"), ("dignify that", "Mahlengi Bhengu-Motsiri"),
      ("eating into the ANC", "Sanusha Naidu")]),
    ("local-33", "Regional UK", [
        "Plans for 250 homes on the edge of Thirsk have been rejected by councillors.",
        "Cllr Caroline Goodrick said the site was \"totally unsuitable\". \"The roads simply cannot take it,\""
        " she told the meeting.",
        "A spokesman for the developer, Barratt Homes, said the company would consider an appeal."],
     [("totally unsuitable", "Caroline Goodrick"), ("roads simply cannot take it", "Caroline Goodrick"),
      ("consider an appeal", "A spokesman for the developer")]),
    ("press-34", "Press release quoted", [
        "Northwind Airlines will add daily flights between Boise and Chicago from March, the carrier announced"
        " on Tuesday.",
        "\"Boise is one of our fastest-growing markets,\" Northwind's vice president of network planning, Dana"
        " Whitlock, said in a news release.",
        "Boise Airport director Rebecca Hupp called the route \"a huge win for the Treasure Valley\"."],
     [("add daily flights", "the carrier"), ("fastest-growing markets", "Dana Whitlock"),
      ("a huge win", "Rebecca Hupp")]),
    ("x-35", "Social media quoted", [
        "The mayor of Cork, Cllr Dan Boyle, has apologised for a post about Traveller families.",
        "\"I got it wrong and I am sorry,\" he wrote on X on Sunday evening.",
        "The Irish Traveller Movement said the apology was welcome but \"should never have been needed\"."],
     [("I got it wrong", "Dan Boyle"), ("apology was welcome", "The Irish Traveller Movement"),
      ("should never have been needed", "The Irish Traveller Movement")]),
    ("cricket-36", "Cricinfo", [
        "Pat Cummins said Australia's bowlers had \"done their job\" after India were bowled out for 180 in"
        " Adelaide.",
        "\"The wicket did a bit early, and Mitch bowled beautifully,\" the captain said at the post-match press"
        " conference.",
        "India coach Gautam Gambhir conceded his batters had been \"too tentative\"."],
     [("done their job", "Pat Cummins"), ("Mitch bowled beautifully", "Pat Cummins"),
      ("too tentative", "Gautam Gambhir")]),
    ("inq-37", "Inquest (UK)", [
        "A pensioner died after waiting more than nine hours for an ambulance, an inquest heard.",
        "Assistant coroner Leslie Hamilton said the delay had \"more than minimally contributed\" to the death of"
        " Edith Rowe, 87.",
        "Her son, David Rowe, said: \"Mum was lying on the kitchen floor all night. Nobody should die like"
        " that.\""],
     [("more than minimally contributed", "Leslie Hamilton"), ("lying on the kitchen floor", "David Rowe")]),
    ("biz-38", "Business Day", [
        "Sasol expects headline earnings per share to fall by up to 40% for the year to June, the petrochemicals"
        " group said in a trading statement on Monday.",
        "The company blamed lower oil prices and a weaker performance at its Secunda plant.",
        "Anchor Capital analyst Casey Sprake said the numbers were \"worse than the market had priced in\"."],
     [("fall by up to 40%", "the petrochemicals group"), ("worse than the market", "Casey Sprake")]),
    ("kgw-39", "KGW", [
        "Portland Public Schools says it will cut 80 teaching positions to close a $35 million budget gap.",
        "Teachers union president Angela Bonilla called the cuts \"devastating\".",
        "\"Our classes are already too big,\" Bonilla said. \"This will make them bigger.\"",
        "District spokesperson Valerie Feder said the cuts were a last resort."],
     [("cut 80 teaching positions", "Portland Public Schools"), ("devastating", "Angela Bonilla"),
      ("already too big", "Angela Bonilla"), ("make them bigger", "Angela Bonilla"),
      ("a last resort", "Valerie Feder")]),
    ("sci-40", "Science news (study)", [
        "People who walk at least 7,000 steps a day have a 47% lower risk of early death, a new study has found.",
        "The research, published in The Lancet Public Health, pooled data from 160,000 adults.",
        "\"You don't need to hit 10,000 to see a benefit,\" said the study's co-author, Melody Ding, of the"
        " University of Sydney. She said the benefits levelled off at around 9,000 steps."],
     [("47% lower risk", "a new study"), ("need to hit 10,000", "Melody Ding"), ("levelled off", "Melody Ding")]),
]

# Twelve more items, written after the fixes above and scored once before any change for them (35 quotes): the
# start-of-round model and the model with the fixes above both found 32 speakers of 35 (0.914; 32 of 36, 0.889,
# with "warned against complacency", dropped since as no reported speech by the conventions). Fixed after that
# count: "the district announced" (a school district as a body's noun) and "Keith Spencer BL" (an Irish
# postnominal); 34 of 35 since.
FRESH_ITEMS = [
    ("new-41", "Tampa Bay Times", [
        "Pinellas County deputies arrested a 22-year-old man Tuesday after a chase that ended in a crash on US 19,"
        " the Sheriff's Office said.",
        "\"He was going over 100 miles an hour in a 45 zone,\" Sheriff Bob Gualtieri said at a news conference."
        " \"It's a miracle nobody was killed.\"",
        "The man's mother, reached by phone, said her son had been \"struggling for months\"."],
     [("arrested a 22-year-old man", "the Sheriff's Office"), ("over 100 miles an hour", "Bob Gualtieri"),
      ("miracle nobody was killed", "Bob Gualtieri"), ("struggling for months", "The man's mother")]),
    ("new-42", "Deccan Herald", [
        "Bengaluru Police Commissioner B. Dayananda on Sunday said traffic restrictions would be in place near the"
        " stadium for the IPL final.",
        "\"Fans should use the Metro,\" Mr. Dayananda told reporters. He added that 2,000 personnel would be"
        " deployed."],
     [("traffic restrictions would be", "B. Dayananda"), ("should use the Metro", "B. Dayananda"),
      ("2,000 personnel", "B. Dayananda")]),
    ("new-43", "Daily Maverick", [
        "The City of Cape Town says water restrictions will not return this summer despite below-average"
        " rainfall.",
        "Mayoral committee member for water Zahid Badroodien said dam levels stood at 78%. \"We are in a far"
        " better position than in 2018,\" he said.",
        "But hydrologist Kevin Winter of the University of Cape Town warned against complacency."],
     [("water restrictions will not return", "The City of Cape Town"), ("dam levels stood", "Zahid Badroodien"),
      ("far better position", "Zahid Badroodien")]),
    ("new-44", "Premium Times", [
        "The Independent National Electoral Commission (INEC) has fixed November 16 for the governorship election"
        " in Ondo State.",
        "INEC National Commissioner Sam Olumekun said in a statement on Friday that party primaries must hold"
        " between April 6 and 27.",
        "\"No extension will be granted,\" the commission said."],
     [("party primaries must hold", "Sam Olumekun"), ("No extension will be granted", "the commission")]),
    ("new-45", "Brisbane Times", [
        "A Logan man has been charged with dangerous driving after a crash that left a teenage cyclist with"
        " serious injuries.",
        "Senior Sergeant Ben Carroll said the 19-year-old had been riding home from work. \"He did everything"
        " right,\" Senior Sergeant Carroll said.",
        "The driver, 46, is due to appear in Beenleigh Magistrates Court next month."],
     [("riding home from work", "Ben Carroll"), ("He did everything right", "Ben Carroll")]),
    ("new-46", "The Press (Christchurch)", [
        "Canterbury farmers are being urged to check stock water supplies as the region heads into another"
        " dry summer.",
        "Federated Farmers North Canterbury president Karl Dean said many farmers were already carting water."
        " \"It's going to be a long, hard season,\" Dean said.",
        "Environment Canterbury said it would review water take consents in the new year."],
     [("already carting water", "Karl Dean"), ("long, hard season", "Karl Dean"),
      ("review water take consents", "Environment Canterbury")]),
    ("new-47", "Insurance Journal", [
        "Hartwell Mutual posted a third-quarter loss of $212 million, hit by claims from Hurricane Milton.",
        "\"Catastrophe losses were the highest in our history,\" Chief Financial Officer Dana Kowalski told"
        " analysts on a conference call.",
        "KBW analyst Meyer Shields said in a note that the results were \"messy but not alarming\"."],
     [("highest in our history", "Dana Kowalski"), ("messy but not alarming", "Meyer Shields")]),
    ("new-48", "The Athletic", [
        "Ange Postecoglou refused to blame the referee after Tottenham's 2-1 defeat at Villa Park.",
        "\"We didn't do enough with the ball,\" the Australian said. \"That's on us.\"",
        "Villa manager Unai Emery praised his side's \"maturity\" in the second half."],
     [("didn't do enough with the ball", "Ange Postecoglou"), ("That's on us", "Ange Postecoglou"),
      ("maturity", "Unai Emery")]),
    ("new-49", "Irish Times (court)", [
        "A Dublin man who threatened staff at a pharmacy with a syringe has been jailed for 18 months.",
        "Judge Martin Nolan said it was \"a frightening experience\" for the workers.",
        "Counsel for the accused, Keith Spencer BL, said his client had been using heroin at the time. Garda"
        " Sinead Moran told the court the man had 31 previous convictions."],
     [("a frightening experience", "Martin Nolan"), ("using heroin at the time", "Keith Spencer"),
      ("31 previous convictions", "Sinead Moran")]),
    ("new-50", "New Scientist", [
        "Bumblebees can learn to solve puzzles by watching other bees, according to researchers at Queen Mary"
        " University of London.",
        "\"This is social learning of a kind we thought was unique to primates,\" said Alice Bridges, who led the"
        " study. Her colleague Lars Chittka said the results were \"quite astonishing\"."],
     [("learn to solve puzzles", "researchers at Queen Mary University of London"),
      ("unique to primates", "Alice Bridges"), ("quite astonishing", "Lars Chittka")]),
    ("new-51", "KARE 11", [
        "Minneapolis Public Schools will start classes two hours late on Wednesday because of extreme cold, the"
        " district announced.",
        "\"Student safety is our top priority,\" Superintendent Lisa Sayles-Adams said in a message to families.",
        "The National Weather Service said wind chills could reach 35 below zero."],
     [("two hours late", "the district"), ("Student safety is our top priority", "Lisa Sayles-Adams"),
      ("wind chills could reach", "The National Weather Service")]),
    ("new-52", "Times of India (Mumbai)", [
        "The Brihanmumbai Municipal Corporation (BMC) will demolish 12 dangerous buildings before the monsoon,"
        " officials said on Monday.",
        "Additional municipal commissioner Abhijit Bangar said tenants had been served notices. \"We cannot"
        " wait for another collapse,\" he said.",
        "Residents of one building in Dadar said they had nowhere to go."],
     [("demolish 12 dangerous buildings", "officials"), ("tenants had been served", "Abhijit Bangar"),
      ("another collapse", "Abhijit Bangar"), ("nowhere to go", "Residents of one building in Dadar")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("dp-01", "was not random"): "a reported clause inside another (\"Delgado said investigators believe …\"): the"
    " inner cue's subject is taken, where the item's outer speaker made the statement",
    ("nyt-23", "cited 14 times"): "\"…, city records show.\": \"show\" is no cue (as a cue word it would cut"
    " descriptions such as \"a spokesman for the annual horse show\")",
    ("local-33", "consider an appeal"): "a body apposed inside a spokesperson's complement (\"A spokesman for the"
    " developer, Barratt Homes,\") is taken for the speaker",
    ("new-50", "learn to solve puzzles"): "an honorific opening a body's name (\"Queen Mary University of London\")"
    " is split off as a person's title",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, _outlet, paragraphs, quotes in ITEMS + FRESH_ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_of_an_english_outlet(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


# The mechanisms the items above exposed, each with its trap.
def speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def test_a_title_with_its_full_stop_before_an_apposed_name():
    text = ("Aurora police are asking for help. \"Call us,\" Sgt. Maria Delgado, a department spokeswoman, said"
            " Monday.")
    assert speaker(text, "Call us") == "Maria Delgado"


def test_local_titles_are_no_part_of_the_name():
    assert speaker("\"This was a disaster,\" said Councilwoman Alexa Avilés.", "disaster") == "Alexa Avilés"
    assert speaker("NLC President, Comrade Joe Ajaero, said workers \"can no longer survive\".",
                   "no longer survive") == "Joe Ajaero"
    assert speaker("Det Insp Claire Hughes said: \"The victim remains in hospital.\"", "remains") == "Claire Hughes"


def test_an_abbreviated_title_is_taken_up_by_its_role_noun():
    text = ("Mayor Andrew Tripe said the work was overdue.\n\nCr Rob Vinsen was less convinced. The councillor said"
            " ratepayers had \"not been told the full cost\".")
    assert speaker(text, "full cost") == "Rob Vinsen"


def test_piege_the_role_noun_of_another_title_stays_with_its_holder():
    text = "Mayor Andrew Tripe spoke first. Cr Rob Vinsen was less convinced. \"It is overdue,\" the mayor said."
    assert speaker(text, "overdue") == "Andrew Tripe"


def test_an_origin_epithet_is_the_person_just_named():
    text = ("Emma Hayes praised her side. \"We showed real character,\" the Chelsea manager said.\n\nArsenal boss Jonas"
            " Eidevall was left to rue missed chances at Villa Park. \"We should have been three up,\" the Swede said.")
    assert speaker(text, "three up") == "Jonas Eidevall"
    assert speaker(text, "real character") == "Emma Hayes"


def test_a_document_after_the_clause_it_reports():
    assert speaker("Walkers live longer, a new study has found.", "live longer") == "a new study"
    assert speaker("The river is polluted, a council survey found.", "polluted") == "a council survey"


def test_piege_found_without_a_document_or_that_reports_nothing():
    assert quotes_in("Police found the car on Monday.", "en") == []
    assert quotes_in("The car was burnt out, police found.", "en") == []
    assert quotes_in("The car was burnt out, the photos found.", "en") == []


def test_piege_a_term_in_marks_before_an_inverted_document_is_nobody_s():
    text = "Levels of so-called “forever chemicals” were higher than in any other lake, the survey found."
    assert all(q.resolved_speaker is None and q.speaker is None for q in quotes_in(text, "en"))


def test_a_source_with_a_participle_after_it():
    text = "Octopuses appear to dream, according to a study published on Wednesday in the journal Nature."
    assert speaker(text, "appear to dream") == "a study"


def test_counsel_submits_that():
    text = "Senior advocate Sanjay Poddar submitted that bio-mining would be completed by December."
    assert speaker(text, "bio-mining") == "Sanjay Poddar"
    assert quotes_in("Sanjay Poddar submitted the report on Monday.", "en") == []


def test_a_title_whose_post_a_bracket_gives_then_its_acronym():
    text = ("\"The accused collected money,\" said Deputy Commissioner of Police (South) Priya Raghavan.\n\nThe DCP"
            " added that more victims were likely to come forward.")
    assert speaker(text, "collected money") == "Priya Raghavan"
    assert speaker(text, "more victims") == "Priya Raghavan"


def test_piege_an_acronym_no_title_spells_is_its_own_name():
    text = ("The IEC postponed the vote. Deputy Chief Electoral Officer Sy Mamabolo spoke. The IEC said the roll"
            " \"must be accurate\".")
    assert speaker(text, "must be accurate") == "IEC"


def test_a_movement_is_a_body_whose_first_word_is_a_role_noun():
    text = "The Irish Traveller Movement said the apology was welcome."
    assert speaker(text, "apology was welcome") == "Irish Traveller Movement"


def test_a_school_district_speaks():
    text = "Schools will start two hours late on Wednesday because of extreme cold, the district announced."
    assert speaker(text, "two hours late") == "the district"
