"""Word lists of news copy about conflicts, shared by the rules modules.

General vocabularies (reporting verbs, military nouns, units, months), never phrases from particular
articles. Everything is lower case; multi-word entries are tuples of tokens.
"""


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set: keeps long lists readable."""
    return frozenset(text.split())


MONTHS = words("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """)
WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

# A number followed by one of these measures something other than a count of people or things.
UNIT_WORDS = words("""
    percent per cent percentage pct % mm cm km m kilometres kilometers kilometre kilometer miles mile
    metres meters metre meter feet foot ft kg kilograms kilos tons tonnes ton tonne lbs acres hectares
    square sq degrees calibre caliber knots mph kmh litres liters gallons barrels mw gw kw kwh
    seconds second minutes minute hours hour hrs days day weeks week months month years year
    decades decade centuries century nights night storeys storey stories floors floor times fold
    am pm gmt utc bst cet edt est pst points votes
    dollars dollar usd euros euro eur pounds gbp hryvnias hryvnia uah rubles roubles ruble rouble rub
    yuan won shekels shekel yen rupees
    quarters quarter thirds third half halves fifths fifth tenths tenth
    """)
CURRENCY_SYMBOLS = frozenset("$€£¥₴₽₪₩")
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

REPORTING_VERBS = words("""
    said says say told tells tell added adds stated states claimed claims claim estimated estimates
    estimate assessed assesses assess confirmed confirms confirm reported reports announced announces
    wrote writes posted posts noted notes warned warns insisted insists alleged alleges acknowledged
    acknowledges admitted admits believes believe believed expects expect expected counted counts
    put puts cited indicated indicates suggested suggests declared declares disclosed discloses
    revealed reveals recorded records documented documents tallied calculated calculates briefed
    testified thinks think explained explains stressed stresses report denied denies deny
    denying accused accuses verified verifies shows showed show identified registered logged
    indicate suggest reporting written lists listed list
    raised revised lowered pledged promised vowed found finds reckons reckoned clarified
    tracked detected spotted gave raises
    """)
# A reporting phrase of two words; the first word alone is not reporting.
REPORTING_PHRASES = {
    ("point", "to"),
    ("points", "to"),
    ("pointed", "to"),
    ("spoke", "of"),
    ("speaks", "of"),
    ("spoken", "of"),
    ("speak", "of"),
    ("put", "at"),
    # "put the toll at", "gave a figure of", "gave a lower figure"
    ("put", "the"),
    ("put", "its"),
    ("put", "their"),
    ("gave", "a"),
    ("gave", "an"),
    ("gave", "the"),
    ("gave", "figures"),
    ("given", "a"),
    ("given", "an"),
    ("given", "the"),
    ("gives", "a"),
    ("give", "a"),
    # "Partners have received reports that …"
    ("received", "reports"),
    ("received", "credible"),
    ("receive", "reports"),
    ("receiving", "reports"),
    # "MDA has updated its figure", "released a list of 145 people"
    ("updated", "its"),
    ("updated", "their"),
    ("updated", "the"),
    ("released", "a"),
    ("published", "a"),
    # "the Institute for the Study of War … arrived at about 4,168 sq km"
    ("arrived", "at"),
}
AUXILIARIES = words(
    "has have had will would could may might also later previously earlier repeatedly last alone "
    "consistently separately then now again reportedly has since only just further can must "
    "should does do did first initially originally there"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

# Nouns that name the bodies and people who assert figures ("the ministry", "an official").
SPEAKER_NOUNS = words("""
    official officials ministry ministries agency agencies service services mission office
    spokesman spokeswoman spokesperson spokespeople president minister secretary governor mayor
    commander commanders chief head director staff forces force military army navy command
    department government authorities authority intelligence envoy ambassador diplomat diplomats
    lawmakers lawmaker legislators legislator activists activist witnesses witness residents medics
    doctors sources source analysts analyst observers monitors council committee headquarters police
    guard administration watchdog group groups organisation organization institute officers
    prosecutors prosecutor investigators correspondent media outlet newspaper broadcaster channel
    bloggers blogger report statement data figures estimates estimate assessment tally count
    spokesmen ministers leader leaders rescuers workers representative representatives aide aides
    adviser advisers advisor parliament cabinet kremlin pentagon coalition operator hospital
    partners project tracker researchers monitor commissioner ombudsman experts expert
    operators bureau teams team spokesperson's survivors survivor movement division network
    cluster charity alliance association observatory programme commission union centre center
    panel firms judiciary opposition junta municipality municipalities
    television tv radio nurse nurses doctor medic administrator administrators resident officer
    guards coordinators organisers organizers founders volunteers study survey update bulletin
    member members outlets collective body presidency company society peacekeepers rebels militants insurgents separatists coastguard committees
    paramedics wing infographic screenshot caption zones councillor councillors councilor
    councilors elder elders worker unit units collectives side sides room rooms consultancy
    volunteer chiefdom hall
    """)
# Lower-case words that may sit inside such a name ("the UN human rights monitoring mission").
SPEAKER_MODIFIERS = words("""
    senior top unnamed anonymous western spy human rights monitoring press deputy prime defence
    defense foreign interior health energy emergency emergencies state local regional military armed
    air naval border security national presidential humanitarian civil general public federal
    district city provincial coordination own relief medical aid news war independent intelligence
    civilian emergencies affairs internal justice central main general's chiefs joint special
    situation crisis investigative prosecutor's civil-military de facto interim acting conflict
    northern southern eastern western shadow opposition exiled transitional tracking coast response
    maritime
    """)
PERSON_ROLES = words("""
    president minister secretary governor mayor commander chief head director spokesman spokeswoman
    spokesperson envoy ambassador general lieutenant colonel major captain sergeant admiral leader
    adviser advisor aide official representative lawmaker senator prosecutor correspondent analyst
    commissioner ombudsman brigadier marshal commodore chair chairman chairwoman chairperson
    founder coordinator
    """)
ORGANISATION_NOUNS = words("""
    ministry agency service services mission office forces force military army navy command
    department government authorities authority council committee headquarters police guard
    administration watchdog group organisation organization institute parliament cabinet staff
    movement division network cluster charity alliance association observatory programme
    commission union centre center project monitor tracker coalition bureau presidency company
    panel judiciary
    """)

# What a figure counts, by the noun that follows it. Classes, not categories: what happened to the
# counted thing (killed, sent, shot down) decides the category.
MILITARY_PEOPLE = words("""
    troops troop soldiers soldier servicemen servicemembers personnel fighters militants forces
    combatants mercenaries recruits conscripts reservists marines paratroopers sailors officers
    commandos insurgents gunmen militiamen infantrymen guards contingent reinforcements men
    volunteers operatives jihadists rebels militia engineers sappers specialists instructors
    guardsmen snipers gunners crew crews pilots servicewomen members defenders colonels generals
    majors captains lieutenants sergeants corporals privates draftees cadets partisans
    peacekeepers troopers riflemen helmets builders terrorists extremists bandits deminers
    companies battalions brigades platoons regiments khwarij kharijis auxiliaries police
    policemen
    """)
CIVILIAN_PEOPLE = words("""
    civilians civilian people persons children kids women residents inhabitants villagers patients
    journalists medics doctors nurses workers staff students babies infants minors adults
    passengers pilgrims protesters citizens nationals families relatives teenagers boys girls
    individuals victims migrants asylum-seekers returnees newcomers arrivals survivors detainees
    hostages farmers fishermen shepherds herders teachers volunteers employees contractors
    males females suspects persons
    aid-workers humanitarians mourners worshippers shoppers pedestrians motorists drivers
    tourists visitors inmates prisoners labourers laborers staffers firefighters rescuers
    """)
# Nouns that carry their own category: "100 dead", "2,000 refugees".
CATEGORY_NOUNS = {
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "bodies": "killed",
    "remains": "killed",
    "martyrs": "killed",
    "killed": "killed",
    "killings": "killed",
    "homicides": "killed",
    "murders": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "injuries": "wounded",
    "casualties": "casualties",
    "losses": "casualties",
    "refugees": "displaced",
    "evacuees": "displaced",
    "displaced": "displaced",
    "arrivals": "displaced",
    "idps": "displaced",
    "prisoners": "captured",
    "pows": "captured",
    "hostages": "captured",
    "detainees": "captured",
    "captives": "captured",
    "missing": "missing",
}
MUNITIONS = words("""
    missiles missile drones drone uavs uav rockets rocket shells projectiles bombs munitions
    shaheds shahed warheads mortars rounds strikes airstrikes kinzhals kinzhal iskanders iskander
    kalibrs kalibr gerans geran bomblets atacms tomahawks fpvs raids interceptors
    """)
EQUIPMENT = words("""
    tanks tank vehicles apcs ifvs howitzers guns systems launchers aircraft planes jets helicopters
    ships vessels boats warships submarines radars trucks bombers artillery pieces
    firearms rifles weapons depots frigates motorcycles buggies pickups carriers himars system
    shotguns pistols excavators pumps ambulances ambulance arms locomotives carriages wagons
    """)
OTHER_COUNTED = words("""
    assaults attacks attack households homes buildings houses settlements villages towns localities
    clashes engagements sorties hospitals schools facilities substations positions strongholds
    targets sites exchanges communities camps locations events incidents checkpoints violations
    containers caches tankers lorries trees saplings townships churches mosques shelters
    square sq times customers consumers subscribers apartments flats posts outposts
    """)
COUNT_NOUNS = (
    MILITARY_PEOPLE
    | CIVILIAN_PEOPLE
    | frozenset(CATEGORY_NOUNS)
    | MUNITIONS
    | EQUIPMENT
    | OTHER_COUNTED
)
