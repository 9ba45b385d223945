"""What a figure counts and what happened to it."""

import pytest


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The army said 400 paratroopers were sent to the coast.", "deployed"),
        ("The mayor said 12 residents were killed in the shelling.", "killed"),
        ("The mayor said 30 residents were injured in the shelling.", "wounded"),
        ("The ministry said 900 soldiers were killed or wounded.", "casualties"),
        ("The ministry said 40 fighters surrendered and were taken prisoner.", "captured"),
        ("The agency said 75 sailors remain missing.", "missing"),
        ("The agency said 80,000 residents have fled their homes.", "displaced"),
        ("The navy said it destroyed 6 landing boats and 2 tanks.", "equipment"),
        ("The air force said the enemy launched 60 drones overnight.", "launched"),
        ("The air force said air defences shot down 48 drones.", "intercepted"),
        ("The general staff said its troops repelled 25 assaults.", "other"),
        ("The governor said 3,100 men signed contracts with the army this year.", "deployed"),
        ("The decree says 96,000 young men are to be called up in the spring.", "deployed"),
    ],
)
def test_it_names_what_happened_to_what_was_counted(extract, text, category):
    assert extract(text)[0].category == category


def test_it_keeps_the_counted_noun_as_subject(only_claim):
    claim = only_claim("The ministry said 3,000 Ruritanian troops had arrived.")
    assert claim.subject == "Ruritanian troops"


def test_a_count_that_refers_back_takes_the_earlier_noun(extract):
    claims = extract("The army sent 6,000 soldiers north, and 2,000 of them are now at the front.")
    assert [(c.value_low, c.category, c.subject) for c in claims] == [
        (6_000, "deployed", "soldiers"),
        (2_000, "deployed", "soldiers"),
    ]


def test_a_figure_with_no_noun_continues_the_count_before_it(extract):
    claims = extract(
        "About 5,000 volunteers have enlisted, up from 2,000 in spring, officials said. "
        "They expect the total to reach 8,000 by winter."
    )
    assert [(c.value_low, c.category) for c in claims] == [
        (5_000, "deployed"),
        (2_000, "deployed"),
        (8_000, "deployed"),
    ]


def test_it_reads_a_part_of_a_total(extract):
    claims = extract("Air defences downed 14 of 16 drones, the air force said.")
    assert [(c.value_low, c.category, c.subject) for c in claims] == [
        (14, "intercepted", "drones"),
        (16, "launched", "drones"),
    ]


def test_killed_and_wounded_figures_side_by_side_are_kept_apart(extract):
    claims = extract("The strike left 5 dead and 17 injured, the governor said.")
    assert [(c.value_low, c.category) for c in claims] == [(5, "killed"), (17, "wounded")]


def test_the_verb_right_before_a_bare_figure_decides(extract):
    claims = extract("The blast killed three and injured nine, the police said.")
    assert [(c.value_low, c.category) for c in claims] == [(3, "killed"), (9, "wounded")]


def test_a_population_is_not_a_claim(extract):
    assert extract("About 400,000 people live in the port city.") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a bare figure with a verb only people suffer, after a figure of something else
        (
            "The agency counted 40 burned villages. Some 9 million have been driven from their homes.",
            "displaced",
        ),
        ("The ministry said 1,200 residents of the valley had been moved out.", "displaced"),
        ("The ministry said 1,200 marines had been moved to the islands.", "deployed"),
        ("The agency said 2.1 million Ruritanians are registered as refugees abroad.", "displaced"),
        ("The mayor said 4,000 residents can return home next week.", "displaced"),
        ("The mayor said 3,500 people are staying in makeshift shelters.", "displaced"),
        ("The agency said 14 dockers are still held by the militia.", "captured"),
        ("The army said it destroyed 12 of the militia's armoured vehicles.", "equipment"),
        ("The governor said 6,000 people remained in the town after the evacuation.", "other"),
        ("The general said 9,000 soldiers remained deployed along the river.", "deployed"),
        ("The agency said 1,800 households had fled the district.", "displaced"),
        ("The utility said power was cut to about 90,000 households.", "other"),
        ("The prosecutor has recorded more than 900 attacks on hospitals.", "launched"),
        ("The governor said the army shelled the river port 37 times on Sunday.", "launched"),
    ],
)
def test_it_reads_what_happened_to_people_in_other_words(extract, text, category):
    assert extract(text)[-1].category == category


def test_how_often_is_no_count_without_an_attack(extract):
    assert extract("The minister said prices had risen 3 times since the winter.") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The monitor said it had documented 312 killings in the province.", "killed"),
        ("The agency said 1,400 people were forced from their homes last week.", "displaced"),
        ("The ombudsman said at least 15 people were kidnapped near the border.", "captured"),
        ("The rebels said they were still holding 9 crew members.", "captured"),
        ("Police said they seized 40 rifles and 3 trucks.", "equipment"),
        ("The group said it seized 12 aid workers at the checkpoint.", "captured"),
        ("The coastguard said it rescued 31 people from the sinking boat.", "other"),
        ("The agency said 90,000 people were facing famine in the valley.", "other"),
        ("The general staff said enemy forces conducted 61 assaults on the front.", "launched"),
        ("The ministry said its forces destroyed 2 Su-34 bombers at the airfield.", "equipment"),
        ("The navy said 20 aircraft took part in the operation.", "deployed"),
        (
            "Air defences shot down 120 fixed-wing unmanned aerial vehicles, the army said.",
            "intercepted",
        ),
    ],
)
def test_it_reads_counting_verbs_and_what_they_count(extract, text, category):
    assert extract(text)[0].category == category


def test_a_list_after_a_colon_takes_the_verb_before_it(extract):
    claims = extract(
        "Since the war began, the following have been destroyed: 410 aircraft, 190 helicopters "
        "and 9,800 tanks."
    )
    assert [(c.value_low, c.category) for c in claims] == [
        (410, "equipment"),
        (190, "equipment"),
        (9_800, "equipment"),
    ]


def test_a_tally_that_includes_a_part_keeps_its_category(extract):
    claims = extract(
        "The monitor said 640 civilians had been killed in the offensive. Its tally also "
        "included 85 members of the police and 60 militiamen, bringing the total to 785."
    )
    assert [(c.value_low, c.category) for c in claims] == [
        (640, "killed"),
        (85, "killed"),
        (60, "killed"),
        (785, "killed"),
    ]


def test_the_whole_and_the_part_each_keep_their_own_verb(extract):
    claims = extract(
        "The agency said about 2,100 of the roughly 9,000 soldiers sent to the front had been "
        "killed or wounded."
    )
    assert [(c.value_low, c.category) for c in claims] == [
        (2_100, "casualties"),
        (9_000, "deployed"),
    ]


def test_a_part_after_including_takes_the_whole_verb(extract):
    claims = extract(
        "The army said it had rescued 44 people, including 6 children, from the villages, and "
        "had captured 7 gunmen."
    )
    assert [(c.value_low, c.category) for c in claims] == [
        (44, "other"),
        (6, "other"),
        (7, "captured"),
    ]


def test_a_bare_figure_before_a_verb_is_no_noun(extract):
    claims = extract("The clinic said it received 30 wounded people and that two died later.")
    assert [(c.value_low, c.category) for c in claims] == [(30, "wounded"), (2, "killed")]


def test_a_measure_that_ends_a_sentence_is_no_count(extract):
    claims = extract("The mission said 90 civilians were killed in June, the most in two years.")
    assert [c.value_low for c in claims] == [90]


def test_a_toll_with_an_aside_before_its_verb_is_still_a_toll(only_claim):
    claim = only_claim("The toll, which officials said could rise, stood at 27 on Monday.")
    assert (claim.value_low, claim.category) == (27, "killed")


def test_among_the_dead_says_what_happened(only_claim):
    claim = only_claim("The agency said 6 of its staff were among the dead.")
    assert (claim.value_low, claim.category) == (6, "killed")


def test_one_family_is_no_count(extract):
    claims = extract("The strike killed 12 members of one family, the civil defence agency said.")
    assert [c.value_low for c in claims] == [12]


def test_people_held_for_months_are_captured(only_claim):
    claim = only_claim("The rebels have held the 25 crew of the tanker since November.")
    assert claim.category == "captured"


def test_drones_lost_to_jamming_did_not_arrive(extract):
    claims = extract("The air force said 58 drones were shot down and 37 drones were lost.")
    assert [(c.value_low, c.category) for c in claims] == [(58, "intercepted"), (37, "intercepted")]


def test_a_bare_casualty_figure_after_equipment_counts_people(extract):
    claims = extract(
        "The army said it destroyed 9 tanks. Its casualties averaged about 950 a day, it said."
    )
    assert [(c.value_low, c.category) for c in claims] == [(9, "equipment"), (950, "casualties")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The blast left 9 dead and dozens injured, the governor said.", "killed"),
        ("The ministry said 300 injured were evacuated to the capital.", "wounded"),
        ("Officials said 251 people were taken hostage in the raid.", "captured"),
    ],
)
def test_a_noun_that_names_its_category_keeps_it(extract, text, category):
    assert extract(text)[0].category == category


def test_a_part_among_a_whole_shares_what_the_whole_went_through(extract):
    claims = extract("Two children were among 11 people killed, the governor said.")
    assert [(c.value_low, c.category) for c in claims] == [(2, "killed"), (11, "killed")]


def test_killed_or_wounded_is_casualties(only_claim):
    claim = only_claim("The general staff said its troops had killed or wounded 1,150 soldiers.")
    assert claim.category == "casualties"


def test_neutralised_targets_were_intercepted(only_claim):
    claim = only_claim("Air defence neutralised 310 aerial targets overnight, the air force said.")
    assert claim.category == "intercepted"


def test_drones_intercepted_and_destroyed_were_intercepted(extract):
    claims = extract(
        "Air defence systems intercepted and destroyed 95 unmanned aerial vehicles, of which "
        "40 were over the border region."
    )
    assert [claim.category for claim in claims] == ["intercepted", "intercepted"]


def test_sent_attack_drones_were_launched_but_sent_missiles_may_be_aid(extract):
    claims = extract(
        "The air force said the enemy sent 410 Shahed drones overnight. Allies sent 200 "
        "anti-aircraft missiles to the army last year."
    )
    assert [claim.category for claim in claims] == ["launched", "other"]


def test_a_part_inside_the_wording_of_the_whole_shares_its_category(extract):
    claims = extract(
        "Officials said one guard was killed and that 38 people, including 9 soldiers, had been "
        "wounded."
    )
    assert [(claim.value_low, claim.category) for claim in claims] == [
        (1, "killed"),
        (38, "wounded"),
        (9, "wounded"),
    ]


def test_people_displaced_by_fighting_are_displaced(only_claim):
    claim = only_claim("The camp hosts more than 90,000 people displaced by earlier fighting.")
    assert claim.category == "displaced"


def test_families_who_left_their_homes_are_displaced(only_claim):
    claim = only_claim("Some 1,200 families had left their homes near the river, officials said.")
    assert claim.category == "displaced"


def test_others_arrested_were_captured(extract):
    claims = extract('"Nine attackers were killed and 12 others arrested," the army said.')
    assert [claim.category for claim in claims] == ["killed", "captured"]


def test_of_those_counts_a_part_of_the_figure_before(extract):
    claims = extract("The agency counted 640 dead. Of those, it said, 410 were soldiers.")
    assert [(claim.value_low, claim.category) for claim in claims] == [
        (640, "killed"),
        (410, "killed"),
    ]


def test_that_figure_included_counts_parts_of_the_figure_before(extract):
    claims = extract(
        "The mission said 210 civilians were killed. That figure included 31 women and 12 "
        "children, it said."
    )
    assert [claim.category for claim in claims] == ["killed", "killed", "killed"]


def test_people_taken_to_hospital_were_wounded(only_claim):
    claim = only_claim("The ministry said 64 people had been taken to hospital after the strike.")
    assert claim.category == "wounded"


def test_missiles_knocked_down_were_intercepted(extract):
    claims = extract('The army said the enemy fired 12 missiles, 11 of which were "knocked down".')
    assert [claim.category for claim in claims] == ["launched", "intercepted"]


def test_people_who_left_the_border_districts_are_displaced(only_claim):
    claim = only_claim("More than 90,000 people left the border districts, the governor said.")
    assert claim.category == "displaced"


def test_the_two_sides_are_not_a_figure(only_claim):
    claim = only_claim("The two sides agreed to swap 300 prisoners each, officials said.")
    assert claim.value_low == 300


def test_soldiers_who_paid_the_supreme_price_were_killed(only_claim):
    claim = only_claim("Two of our soldiers paid the supreme price in the ambush, the army said.")
    assert claim.category == "killed"


def test_recovered_ammunition_was_taken_not_fired(only_claim):
    claim = only_claim("Troops recovered 900 rounds of ammunition from the camp.")
    assert claim.category == "other"


def test_hostages_killed_are_dead(only_claim):
    claim = only_claim("The army said the attackers had killed 12 hostages.")
    assert claim.category == "killed"


def test_the_bodies_of_people_abducted_are_the_dead(only_claim):
    claim = only_claim("Police said the bodies of six people abducted last week were found.")
    assert claim.category == "killed"


def test_people_who_drowned_were_killed(only_claim):
    claim = only_claim("Three people drowned while crossing the river, local officials said.")
    assert claim.category == "killed"


def test_we_lost_our_soldiers_means_they_died(only_claim):
    claim = only_claim('"We lost five of our soldiers," the commander said.')
    assert claim.category == "killed"


def test_targets_destroyed_by_air_defence_were_intercepted(extract):
    claims = extract(
        "The air force said air defences had destroyed 90 targets, 30 of them missiles."
    )
    assert [claim.category for claim in claims] == ["intercepted", "intercepted"]


def test_a_list_takes_the_verb_after_as(extract):
    claims = extract("The general staff listed 3 tanks and 7 armoured vehicles as destroyed.")
    assert [claim.category for claim in claims] == ["equipment", "equipment"]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "The ministry now puts the number of people killed since 7 October 2023 at 68,159.",
            68159,
            "killed",
        ),
        (
            "Two more died, taking the overall death toll since October 2023 to 62,192.",
            62192,
            "killed",
        ),
        ("The total number of aid workers killed since 7 October 2023 is 284.", 284, "killed"),
    ],
)
def test_a_running_total_since_a_date_keeps_what_it_counts(extract, text, value, category):
    claims = {claim.value_low: claim.category for claim in extract(text)}
    assert claims[value] == category


def test_a_span_of_years_is_no_figure(extract):
    claims = extract("Fighting between 2014 and 2022 killed 14,000 people.")
    assert [(claim.value_low, claim.category) for claim in claims] == [(14000, "killed")]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        (
            "The ministry says it detected 76 Chinese military aircraft, 15 navy ships and four "
            "official ships around the island.",
            ["deployed", "deployed", "deployed"],
        ),
        ("The coast guard counted 27 militia vessels around the reef.", ["deployed"]),
        ("Air defence units detected 40 drones over the region.", ["launched"]),
        ("Eleven personnel of the armed forces embraced shahadat.", ["killed"]),
        ('The spokesman said "eleven of our soldiers fell with honour".', ["killed"]),
    ],
)
def test_ships_and_aircraft_seen_are_deployed_and_idioms_of_death_are_deaths(
    extract, text, categories
):
    assert [claim.category for claim in extract(text)] == categories


def test_a_nationality_before_a_noun_describes_it(only_claim):
    claim = only_claim("The army said 76 Chinese military aircraft were destroyed.")
    assert claim.category == "equipment"


@pytest.mark.parametrize(
    "text",
    [
        "The number of people forced from their homes has reached a record 1.3 million.",
        "The agency recorded more than 60,000 arrivals last year.",
        "Border points are registering between 400 and 600 new arrivals a day.",
    ],
)
def test_arrivals_and_record_totals_of_people_forced_out_are_displaced(only_claim, text):
    assert only_claim(text).category == "displaced"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Analysts said the army seized roughly 4,000 square kilometres of land this year.", 4000),
        ("The mapping group counted about 580 sq km of advances.", 580),
        ("The army says its convoys were blocked by crowds more than 90 times this year.", 90),
    ],
)
def test_areas_of_territory_and_how_often_something_was_done_are_figures(only_claim, text, value):
    claim = only_claim(text)
    assert (claim.value_low, claim.category) == (value, "other")


@pytest.mark.parametrize(
    "text",
    [
        "The town lies 60 kilometres from the front line.",
        "The toll is three times higher than last year.",
        "Prices rose four times as fast as wages.",
    ],
)
def test_distances_and_multiples_are_no_figures(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mission, whose peacekeepers number around 10,000, said it was concerned.",
        "The army recruits around 30,000 to 35,000 men a month on contracts.",
        "The decree calls up 5,000 young men a month.",
    ],
)
def test_the_size_of_a_force_and_its_recruitment_are_deployed(only_claim, text):
    assert only_claim(text).category == "deployed"


def test_defenders_who_came_home_in_exchanges_were_captives(only_claim):
    claim = only_claim(
        "Thanks to the exchanges, more than 1,100 defenders have come home this year."
    )
    assert claim.category == "captured"


def test_parts_of_the_dead_named_by_a_participle_are_dead(extract):
    claims = extract(
        "Eleven soldiers were killed. Of those martyred, six belonged to the army and five to "
        "the air force."
    )
    assert [(claim.value_low, claim.category) for claim in claims] == [
        (11, "killed"),
        (6, "killed"),
        (5, "killed"),
    ]


def test_murdered_people_are_dead_and_a_figure_includes_its_parts(extract):
    claims = extract(
        "More than 450 former combatants have been murdered since 2016, the mission said. "
        "That figure included 48 women."
    )
    assert [(claim.value_low, claim.category) for claim in claims] == [
        (450, "killed"),
        (48, "killed"),
    ]


def test_hostages_believed_alive_are_still_hostages(extract):
    claims = extract(
        "Officials believe 48 hostages are still held, about 20 of whom are thought to be alive."
    )
    assert [(claim.value_low, claim.category) for claim in claims] == [
        (48, "captured"),
        (20, "captured"),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The rebels fired 18 ballistic and cruise missiles at the port.", "launched", 18),
        ("Air defences downed 21 of the Kh-101s over the sea.", "intercepted", 21),
        ("The army fired three KN-23s at the capital.", "launched", 3),
        ("The rebels launched 27 uncrewed surface vessels at tankers.", "launched", 27),
        ("The navy destroyed two uncrewed surface vessels.", "equipment", 2),
        (
            "Air defence forces detected and destroyed 27 unmanned aerial vehicles overnight.",
            "intercepted",
            27,
        ),
        ("In the operation that followed, 13 khwarij were sent to hell.", "killed", 13),
    ],
)
def test_two_modifiers_of_one_noun_missiles_by_model_and_drone_boats(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_a_part_set_off_by_among_them_leaves_the_whole_its_verb(extract):
    claims = extract("Eleven people, among them three children, died of their wounds.")
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 11),
        ("killed", 3),
    ]


def test_a_plural_before_and_is_a_noun_of_its_own(extract):
    claims = extract("Sappers removed 187 mines and roadside bombs from the road.")
    assert all(claim.category != "launched" for claim in claims)


def test_a_tally_of_losses_line_by_line_with_the_days_increase(extract):
    claims = extract(
        "Total combat losses of the enemy from 24.02.22 to 02.03.25\n\n"
        "The total combat losses of the enemy were approximately:\n\n"
        "personnel ‒ about 880,410 (+1,150) persons\n\n"
        "tanks ‒ 10,120 (+6) units\n\n"
        "operational-tactical level UAVs ‒ 31,700 (+88)"
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("casualties", 880_410),
        ("casualties", 1_150),
        ("equipment", 10_120),
        ("equipment", 6),
        ("equipment", 31_700),
        ("equipment", 88),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The rebels joined a force of about 40,000 near the city.", "deployed", 40_000),
        ("The country now has about 700,000 people under arms.", "deployed", 700_000),
        ("Gunmen stormed the village, abducting 94.", "captured", 94),
        ("The enemy sends up to 400 FPVs against our positions.", "launched", 400),
        ("Our gunners shot down two Orlan-10s.", "intercepted", 2),
        (
            "She offered to exchange the two Eastland soldiers captured by her troops.",
            "captured",
            2,
        ),
    ],
)
def test_a_force_of_people_under_arms_abductions_and_drones_by_model(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low or claim.value_high) == (category, value)


def test_parts_of_a_total_and_what_was_lost_along_with_people(extract):
    claims = extract(
        "The staff put enemy losses at 61,200 personnel killed and wounded, including 1,040 over "
        "the past day. The ministry said the enemy had lost up to 900 servicemen, along with "
        "three tanks and 11 artillery pieces. Strikes have injured 48 people, two of them fatally."
    )
    assert [(claim.category, claim.value_low or claim.value_high) for claim in claims] == [
        ("casualties", 61_200),
        ("casualties", 1_040),
        ("casualties", 900),
        ("equipment", 3),
        ("equipment", 11),
        ("wounded", 48),
        ("killed", 2),
    ]


def test_one_of_several_things_and_the_two_already_counted_are_no_figures(extract):
    assert extract("One is the running toll kept by the ministry.") == []
    assert extract("The two men were detained by border guards in May.") == []


def test_prisoners_serving_sentences_and_patients_transferred_are_not_troops(extract):
    assert extract("About 2,100 of the inmates were serving sentences for theft.") == []
    claims = extract(
        "Eastland freed 1,020 prisoners in the exchange. Of those, 190 were serving long "
        "sentences. Some 40 critically ill patients had been transferred to other hospitals. "
        "The army transferred 1,500 troops to the border."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("captured", 1_020),
        ("captured", 190),
        ("other", 40),
        ("deployed", 1_500),
    ]


def test_wounded_moved_to_another_hospital_are_still_the_wounded(extract):
    claims = extract(
        "A doctor said at least 30 wounded people had been brought in overnight. Nine were "
        "later transferred to the capital in critical condition, he said."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("wounded", 30),
        ("wounded", 9),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The strike damaged two Su-34 fighter-bombers.", "equipment", 2),
        ("Two F/A-18 fighters were lost.", "equipment", 2),
        ("Two residents were reported missing.", "missing", 2),
        ("Attacks have taken the lives of 212 people.", "killed", 212),
        ("The army said 18 of the assailants' motorcycles had been destroyed.", "equipment", 18),
        ("During the mission the pilot destroyed three air targets.", "intercepted", 3),
        ("At least six raids had hit the area.", "launched", 6),
        ("Officials mourned the two residents who died of heart attacks.", "killed", 2),
    ],
)
def test_jets_by_model_people_reported_missing_and_lives_taken(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The army said it had killed more than 100 M23 fighters.", "killed", 100),
        ("About 360,000 customers were without power in the region.", "other", 360_000),
        (
            "The exchange brought the number of bodies returned since June 11 to 6,057.",
            "killed",
            6_057,
        ),
    ],
)
def test_rebels_named_by_a_code_customers_cut_off_and_a_number_brought_to(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low or claim.value_high) == (category, value)


def test_the_killing_of_some_and_the_maiming_of_others(extract):
    claims = extract("It documented the killing of 1,259 children and the maiming of 941 others.")
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 1_259),
        ("wounded", 941),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "The army said two drones launched from the coast had been shot down.",
            "intercepted",
            2,
        ),
        ("The mission said 13 soldiers serving with its forces were killed.", "killed", 13),
        (
            "The shelling destroyed homes, forcing more than 9,000 people to leave.",
            "displaced",
            9_000,
        ),
        (
            "The governor said the number of people unaccounted for had fallen to 13.",
            "missing",
            13,
        ),
    ],
)
def test_what_the_clause_says_after_a_describing_participle(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_two_things_said_of_the_same_rockets_keep_the_first(only_claim):
    claim = only_claim("About 40 rockets crossed from the north and several were intercepted.")
    assert claim.category == "launched"


def test_clock_times_are_no_figures(extract):
    claims = extract("By 9 p.m., the governor put the number of wounded at 97.")
    assert [claim.value_low for claim in claims] == [97]


def test_a_tally_of_lost_equipment_with_carriers_launchers_and_a_part(extract):
    claims = extract(
        "In total the enemy has lost more than 12,300 servicemen, 84 tanks, 51 armoured "
        "personnel carriers, 97 field artillery guns and 14 multiple launch rocket system "
        "launchers, among them 3 HIMARS."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("casualties", 12_300),
        ("equipment", 84),
        ("equipment", 51),
        ("equipment", 97),
        ("equipment", 14),
        ("equipment", 3),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "Air defences destroyed 32 Eastland fixed-wing unmanned aerial vehicles.",
            "intercepted",
            32,
        ),
        ("The ministry counted 3,070 aircraft entering the air defence zone.", "deployed", 3_070),
        ("More than 4,500 aid trucks had entered the territory.", "other", 4_500),
        ("The ministry confirmed the deaths of 47 citizens fighting abroad.", "killed", 47),
        ("The attackers set fire to four military trucks.", "equipment", 4),
        ("The attackers drove off with two armoured personnel carriers.", "equipment", 2),
    ],
)
def test_war_craft_entering_deaths_of_and_vehicles_burned_or_taken(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Two of our medics from the evacuation crews were killed.", "killed", 2),
        ("The company has lost four armoured evacuation vehicles.", "equipment", 4),
        ("Police said 198 homicides were recorded in the first half.", "killed", 198),
    ],
)
def test_evacuation_as_a_describing_noun_and_homicides(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_an_air_force_statement_with_lists_under_lines_that_end_with_a_colon(extract):
    claims = extract(
        "The enemy attacked using 412 means of air attack, namely:\n\n"
        "– 4 Kalibr cruise missiles from the Black Sea;\n\n"
        "– 408 strike UAVs of the Shahed type.\n\n"
        "The attack was repelled by the Defence Forces.\n\n"
        "Air defence shot down or suppressed 380 enemy air attack means:\n\n"
        "– all 4 Kalibr cruise missiles;\n\n"
        "– 376 enemy UAVs of the Shahed type."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("launched", 412),
        ("launched", 4),
        ("launched", 408),
        ("intercepted", 380),
        ("intercepted", 4),
        ("intercepted", 376),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Every day the enemy loses more than 1,000 servicemen.", "casualties", 1_000),
        ("The government has recorded 19,546 children deported.", "captured", 19_546),
        (
            "Troops seized 27 firearms, among them 12 pistols, as well as 3,400 rounds of "
            "ammunition.",
            "other",
            3_400,
        ),
    ],
)
def test_losing_people_deportations_and_seized_ammunition(extract, text, category, value):
    claim = extract(text)[-1]
    assert (claim.category, claim.value_low) == (category, value)


def test_nobody_is_no_name(extract):
    claims = extract("Nobody counted them. Our company had 112 men when we arrived, he said.")
    assert claims[0].actor != "Nobody"


def test_equipment_a_loss_figure_also_includes(extract):
    claims = extract(
        "The enemy has lost 1,057,120 troops, the staff said. The figure also includes 11,094 "
        "tanks and 31,470 artillery systems."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("casualties", 1_057_120),
        ("equipment", 11_094),
        ("equipment", 31_470),
    ]


def test_air_and_drone_attacks_share_their_noun(only_claim):
    claim = only_claim("The army carried out more than 70 air and drone attacks on the camp.")
    assert (claim.category, claim.value_low) == ("launched", 70)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("They have sunk two ships.", "equipment", 2),
        ("Troops apprehended over 240 fighters.", "captured", 240),
        ("More than 2,000 people have vanished.", "missing", 2_000),
        ("At least 322 children have been reported killed.", "killed", 322),
        ("Two ambulances belonging to the hospital were destroyed.", "equipment", 2),
        ("Rebels seized more than 300 small arms.", "equipment", 300),
    ],
)
def test_sunk_apprehended_vanished_reported_killed_and_small_arms(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_remains_handed_over_in_an_exchange_are_the_dead(extract):
    claims = extract(
        "The two sides swapped 95 prisoners each. Of the 501 remains handed over today, 346 "
        "were recovered in the east."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("captured", 95),
        ("killed", 501),
        ("killed", 346),
    ]


def test_equipment_in_a_tally_of_losses_was_lost(extract):
    claims = extract(
        "Since the war began, the army's tally stands at 3,120 tanks and 410 helicopters.\n\n"
        "The ministry listed 7 tanks and 12 artillery systems among the weapons it said the "
        "invaders lost on Sunday."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("equipment", 3_120),
        ("equipment", 410),
        ("equipment", 7),
        ("equipment", 12),
    ]


def test_the_verb_of_a_figure_is_not_looked_for_past_according_to(extract):
    claims = extract(
        "The clashes have killed 30 soldiers and 12 civilians, according to a count based on "
        "hospital records."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 30),
        ("killed", 12),
    ]


def test_items_under_a_line_that_names_deaths_are_the_dead(extract):
    claims = extract(
        "The monitor published its monthly count.\n\n"
        "Deaths among armed men recorded in March break down as follows:\n\n"
        "- 40 members of the border militia, most of them near the river\n"
        "- 17 fighters of the northern brigades"
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 40),
        ("killed", 17),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The navy said one of its sailors had been killed in the blast.", "killed", 1),
        ("The agency said one of their drivers was wounded at the crossing.", "wounded", 1),
        ("The landslide of shelling claimed at least 35 lives in the valley.", "killed", 35),
        ("Prosecutors are investigating the execution of 14 captured soldiers.", "killed", 14),
        ("The ministry reported the destruction of more than 90 enemy servicemen.", "killed", 90),
    ],
)
def test_one_of_its_soldiers_lives_claimed_executions_and_destruction_of_men(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_one_of_a_kind_is_still_no_figure(extract):
    assert extract("One of the reasons the talks failed was the question of the border.") == []


def test_air_and_drone_strikes_were_launched(only_claim):
    claim = only_claim("The monitor logged 845 air and drone strikes on villages in the north.")
    assert (claim.category, claim.value_low, claim.subject) == (
        "launched",
        845,
        "air and drone strikes",
    )


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("About 900 soldiers laid down their weapons, the rebels said.", "captured", 900),
        ("Some 12,000 people have left border villages since May.", "displaced", 12_000),
        ("Officials said two fighter jets had crashed.", "equipment", 2),
        ("The crews returned fire, sinking three boats.", "equipment", 3),
    ],
)
def test_surrender_flight_crashes_and_sinking(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "London put total casualties at more than 700,000, a count that includes the "
            "lightly wounded.",
            "casualties",
            700_000,
        ),
        ("The ombudsman said the country took in more than 9,000 children.", "displaced", 9_000),
        ("The transit centre is now hosting about 6,000 people.", "displaced", 6_000),
        ("The base hosts around 3,500 U.S. troops.", "deployed", 3_500),
    ],
)
def test_a_count_in_apposition_and_people_taken_in_or_hosted(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_and_that_starts_another_thing_said(extract):
    claims = extract(
        "The spokesman said 9,000 troops were in the border region and that dozens had been killed."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [("deployed", 9_000)]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Beijing sent a record 71 military aircraft toward the island.", "deployed", 71),
        ("The army said its troops sent 12 terrorists to hell in the raid.", "killed", 12),
    ],
)
def test_war_craft_sent_are_deployed_and_men_sent_to_hell_killed(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "The ombudsman said 640 children had been brought back from occupied areas.",
            "displaced",
            640,
        ),
        ("More than 300,000 people have returned to the city since March.", "displaced", 300_000),
        ("During the truce, 42 Thai workers were released.", "captured", 42),
        ("A rights group said 900 people were released from the prison.", "captured", 900),
    ],
)
def test_people_who_came_home_and_people_released(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_names_on_a_list_of_the_dead_are_the_dead(extract):
    claims = extract(
        "Volunteers have confirmed the deaths of 40,000 soldiers by name. The capital accounts "
        "for 1,150 names."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 40_000),
        ("killed", 1_150),
    ]


def test_names_of_the_disappeared_are_the_missing(only_claim):
    claim = only_claim("We still have 35 names on our list of people who disappeared.")
    assert (claim.category, claim.value_low) == ("missing", 35)


def test_names_on_a_petition_are_no_claim(extract):
    assert extract("The petition gathered 40,000 names in a week.") == []


def test_weapons_produced_are_no_attack_until_launched(extract):
    claims = extract(
        "Its factories now produce about 2,500 attack drones a month. In May the army launched "
        "more than 3,000 of them."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("other", 2_500),
        ("launched", 3_000),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clinic admitted 280 children with severe acute malnutrition in May.", 280),
        ("Some 41,000 pregnant women would need nutritional treatment.", 41_000),
    ],
)
def test_malnutrition_figures_are_other_figures(only_claim, text, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == ("other", value)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("More than 90,000 Rohingya fled across the border.", "displaced", 90_000),
        ("About 60,000 Sudanese are living as refugees in Chad.", "displaced", 60_000),
        ("Pyongyang sent more than 6,000 labourers to the region.", "deployed", 6_000),
        ("The junta plans to recruit 20,000 auxiliaries.", "deployed", 20_000),
        ("Kyiv plans to mobilise an additional 90,000 people.", "deployed", 90_000),
        ("The destroyer fired about a dozen interceptors.", "launched", 12),
    ],
)
def test_refugees_named_by_people_recruits_and_interceptors(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_infantry_fighting_vehicles_are_equipment(extract):
    claims = extract("The enemy lost 3 tanks and 7 infantry fighting vehicles.")
    assert [claim.category for claim in claims] == ["equipment", "equipment"]


def test_refugees_moved_elsewhere_are_still_displaced(extract):
    claims = extract(
        "The camps shelter 900,000 refugees. About 24,000 have been moved to an island, and the "
        "transit centre is hosting about 5,000."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("displaced", 900_000),
        ("displaced", 24_000),
        ("displaced", 5_000),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The group was thought to have about 90,000 rockets before the war.", "other", 90_000),
        ("The militia has fired 90 rockets this week.", "launched", 90),
        ("The unit has 46 drone pilots.", "deployed", 46),
    ],
)
def test_arsenals_are_no_barrages_and_drone_pilots_are_people(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_drone_control_points_and_no_one_hurt_are_no_claims(extract):
    assert (
        extract("Its forces destroyed 11 drone control points. None of the 21 crew was hurt.") == []
    )


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The army said 210 hostages had been rescued alive.", "captured", 210),
        ("Chile has sent about 90 military police.", "deployed", 90),
        ("More than 60 firefighters were deployed to the site.", "deployed", 60),
        ("Since May, 14 locomotives have been damaged or destroyed.", "equipment", 14),
        ("The blast destroyed 48 apartments in the block.", "other", 48),
        ("Police found the wreckage of 9 drones in the fields.", "intercepted", 9),
    ],
)
def test_fates_of_a_whole_rescued_captives_police_and_rail(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_people_pulled_from_wreckage_are_not_wreckage(extract):
    claims = extract("Crews pulled 45 people out of the wreckage alive.")
    assert [claim.category for claim in claims] == ["other"]


def test_parts_of_hostages_who_died_are_the_dead(extract):
    claims = extract("Of the 31 hostages who died, he said, 20 were soldiers.")
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 31),
        ("killed", 20),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The gunmen killed all 60 hostages, the army said.", "killed", 60),
        ("A military court sentenced 17 people to death.", "other", 17),
        ("About 50,000 former fighters have been demobilised.", "other", 50_000),
        ("The service said it had hit 41 aircraft at two bases.", "equipment", 41),
        ("Around 30 missiles hit populated areas.", "launched", 30),
    ],
)
def test_all_of_them_sentences_demobilisation_and_hits(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_people_taken_captive_and_a_list_before_its_verb(extract):
    claims = extract(
        "The militants took 251 people captive. Overall, 73 soldiers and reservists and 45 "
        "civilians have been killed."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("captured", 251),
        ("killed", 73),
        ("killed", 45),
    ]


def test_ships_attacked_are_attacks_and_ships_sunk_are_lost(extract):
    claims = extract("The rebels have attacked more than 90 merchant ships, sinking three.")
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("launched", 90),
        ("equipment", 3),
    ]


def test_crews_held_and_the_nationals_among_them(extract):
    claims = extract(
        "The rebels seized the ship and held its 25 crew members for a year. The crew includes "
        "17 Filipinos and two Bulgarians."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("captured", 25),
        ("captured", 17),
        ("captured", 2),
    ]


def test_officers_who_held_a_rank_were_not_held(extract):
    claims = extract(
        "The count confirms the deaths of 5,000 officers. Of those, about 640 held the rank of "
        "colonel."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 5_000),
        ("killed", 640),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Up to 10 more people were thought to be buried under the rubble.", "missing", 10),
        ("Crews searched for at least two others believed to be trapped.", "missing", 2),
        ("Rescuers pulled 12 bodies from under the rubble.", "killed", 12),
        ("Crews brought 25 people out from under the rubble alive.", "other", 25),
        ("Fighters took away eight young men at the checkpoint.", "captured", 8),
    ],
)
def test_people_under_rubble_are_missing_and_people_taken_away_captives(
    only_claim, text, category, value
):
    claim = only_claim(text)
    assert (claim.category, claim.value_low or claim.value_high) == (category, value)


@pytest.mark.parametrize(
    ("text", "category", "low"),
    [
        ("Its plants are now turning out 60 to 70 ballistic missiles a month.", "other", 60),
        ("The country makes some 20 to 30 cruise missiles a month.", "other", 20),
        ("The stockpile estimate includes about 600 ballistic missiles.", "other", 600),
        ("More than 10,000 people had left Pokrovsk since August.", "displaced", 10_000),
        ("Two soldiers were mortally wounded in the blast.", "killed", 2),
        (
            "The spokesman said three captives, one of them a foreign citizen, were killed.",
            "killed",
            3,
        ),
    ],
)
def test_production_people_leaving_a_town_and_fatal_wounds(only_claim, text, category, low):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, low)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("About 250 others were taken back to the strip as hostages.", "captured", 250),
        ("Its forces captured two wounded soldiers near the border.", "captured", 2),
        ("Police managed to arrest 31 others.", "captured", 31),
    ],
)
def test_hostages_taken_back_wounded_captives_and_arrests(only_claim, text, category, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low) == (category, value)


def test_people_received_in_a_swap_are_prisoners_but_not_patients(extract):
    claims = extract(
        "The two sides swapped 390 prisoners each. The ministry reported receiving 307 of its "
        "servicemen. The hospital received 23 injured people."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("captured", 390),
        ("captured", 307),
        ("wounded", 23),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said 2,300 residents had registered for evacuation.", 2_300),
        ("This month we have taken out almost 15-hundred people.", 1_500),
    ],
)
def test_evacuees_registered_and_taken_out(only_claim, text, value):
    claim = only_claim(text)
    assert (claim.category, claim.value_low or claim.value_high) == ("displaced", value)


def test_killings_of_prisoners_and_men_captured_as_others_were_killed(extract):
    claims = extract(
        "Prosecutors are investigating the killings of at least 245 prisoners of war. Government "
        "forces killed 30 rebels, capturing six others."
    )
    assert [(claim.category, claim.value_low) for claim in claims] == [
        ("killed", 245),
        ("killed", 30),
        ("captured", 6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Troops had captured 19 border posts, the army said.",
        "The rebels seized 25 army outposts overnight.",
    ],
)
def test_posts_seized_are_other_figures(only_claim, text):
    assert only_claim(text).category == "other"


def test_we_lost_so_many_killed_or_wounded_are_casualties(only_claim):
    claim = only_claim("In three weeks we lost 80, killed or wounded.")
    assert (claim.category, claim.value_low) == ("casualties", 80)
