"""Who asserted a figure."""

import pytest


def test_it_reads_the_speaker_before_said(only_claim):
    claim = only_claim("The defence ministry said 700 soldiers were sent to the frontier.")
    assert claim.actor == "defence ministry"


def test_it_reads_the_speaker_after_said(only_claim):
    claim = only_claim("Some 700 soldiers were sent to the frontier, said Colonel Anna Berg.")
    assert claim.actor == "Colonel Anna Berg"


def test_it_reads_a_speaker_with_title_before_said(only_claim):
    claim = only_claim(
        "Eight dockers were killed in the blast, regional police chief Ivo Lind said."
    )
    assert claim.actor == "regional police chief Ivo Lind"


def test_it_reads_according_to(only_claim):
    claim = only_claim("At least 40 civilians were killed, according to the regional governor.")
    assert claim.actor == "regional governor"


def test_it_reads_told_reporters(only_claim):
    claim = only_claim(
        "Deputy Press Secretary Mara Quist told reporters 2,000 troops would deploy."
    )
    assert claim.actor == "Deputy Press Secretary Mara Quist"


def test_it_resolves_he_said_to_last_named_speaker(extract):
    claims = extract(
        "Defence Minister Tomas Varga visited the base on Monday.\n\n"
        '"We have sent 1,200 engineers to the river," he said.'
    )
    assert claims[0].actor == "Defence Minister Tomas Varga"


def test_it_attributes_a_quotation_to_the_speaker_who_closes_it(extract):
    claims = extract(
        '"They moved 3,000 soldiers to the pass. More will come," General Ola Strand said.'
    )
    assert claims[0].actor == "General Ola Strand"


def test_it_resolves_the_agency_to_the_agency_named_before(extract):
    claims = extract(
        "The Ruritanian Intelligence Service briefed lawmakers on Tuesday.\n\n"
        "The agency estimated that 4,500 soldiers had crossed the border."
    )
    assert claims[0].actor == "Ruritanian Intelligence Service"


def test_it_reads_a_relay_through_citing(only_claim):
    claim = only_claim(
        "Senator Ada Holm said, citing the defence agency, that 900 troops were killed."
    )
    assert claim.actor == "defence agency"
    assert claim.relayed_by == "Senator Ada Holm"


def test_two_speakers_in_one_sentence_keep_their_own_figures(extract):
    claims = extract(
        "The army said 9,000 soldiers were in the valley, and the governor later said "
        "600 of them had been wounded."
    )
    assert [(c.value_low, c.actor) for c in claims] == [(9_000, "army"), (600, "governor")]


def test_the_speaker_carries_over_to_the_next_sentence_of_the_paragraph(extract):
    claims = extract(
        "The enemy launched 70 drones overnight, the air force said. Air defences downed 52."
    )
    assert [c.actor for c in claims] == ["air force", "air force"]


def test_a_figure_with_no_speaker_is_the_outlets_own(only_claim):
    claim = only_claim("About 2,000 troops are stationed near the border.")
    assert claim.actor is None


def test_a_possessive_estimate_names_its_author(extract):
    claims = extract("Valdoria's own estimate was 150 dead and 420 wounded.")
    assert [c.actor for c in claims] == ["Valdoria", "Valdoria"]


def test_the_group_is_the_last_body_named_that_is_no_state(extract):
    claims = extract(
        "The army said 4 soldiers died near the river. Doctors Without Borders, which runs a "
        "clinic nearby, said 30 people were wounded. The group said 12 of them were children."
    )
    assert [claim.actor for claim in claims] == [
        "army",
        "Doctors Without Borders",
        "Doctors Without Borders",
    ]


def test_the_army_is_the_last_military_named_not_the_last_speaker(extract):
    claims = extract(
        "The Northland Defence Forces said 300 rockets were fired at the border towns. "
        "The Northland health ministry said 14 people were killed. "
        "The army said it had struck 90 launch sites."
    )
    assert claims[-1].actor == "Northland Defence Forces"


def test_a_place_after_in_is_not_the_speaker(only_claim):
    claim = only_claim(
        "An official who briefed reporters in Lisbon, speaking on condition of anonymity, "
        "said 40 drones were shot down."
    )
    assert claim.actor == "official"


def test_authorities_in_a_named_city_are_the_speaker(only_claim):
    claim = only_claim("Authorities in occupied Dorin said they had repelled 17 drones.")
    assert claim.actor == "Authorities"


def test_a_titled_person_opening_a_sentence_gives_its_figure(extract):
    claims = extract(
        "Mayor Lena Roth said 14 people were wounded in the strike. "
        "Regional governor Piet Aal later raised the number of injured to 17."
    )
    assert claims[-1].actor == "Regional governor Piet Aal"


def test_a_reproduced_summary_is_credited_to_its_issuer(extract):
    claims = extract(
        "The Southland Defence Ministry issued the following summary on Monday.\n\n"
        "Over the past day the enemy lost up to 120 servicemen and 3 tanks."
    )
    assert {claim.actor for claim in claims} == {"Southland Defence Ministry"}


def test_a_speaker_goes_on_after_adding_that(only_claim):
    claim = only_claim(
        '"We pulled back," said the officer, Major Ilse Varga, adding that 9 soldiers had died.'
    )
    assert claim.actor == "Major Ilse Varga"


def test_a_body_that_gave_a_figure_and_said_another_gives_both(extract):
    claims = extract(
        "The ombudsman's office, which tracks abuses, gave a figure of 48 dead and said 12 "
        "people had been abducted."
    )
    assert [(c.value_low, c.actor) for c in claims] == [
        (48, "ombudsman's office"),
        (12, "ombudsman's office"),
    ]


def test_a_titled_name_between_commas_is_the_speaker(only_claim):
    claim = only_claim(
        "The army's spokesman, Lt. Col. Arno Tamm, said rockets had killed 14 civilians."
    )
    assert claim.actor == "Lt. Col. Arno Tamm"


def test_a_speaker_before_two_places_is_still_the_speaker(only_claim):
    claim = only_claim(
        "A nurse at the clinic in the town of Veldra said it had received 17 bodies."
    )
    assert claim.actor == "nurse"


def test_a_lower_case_body_opening_the_sentence_is_the_speaker(only_claim):
    claim = only_claim(
        "The coordination centre for the return of detained civilians said 320 people had come "
        "home."
    )
    assert claim.actor == "coordination centre for the return of detained civilians"


def test_his_office_is_the_person_named_before(extract):
    claims = extract(
        "An update from the rights ombudsman, Petra Lund: he said his office had documented "
        "1,100 cases of abuse of prisoners."
    )
    assert claims[0].actor == "Petra Lund"


def test_it_said_means_a_body_named_in_an_earlier_sentence_without_figures(extract):
    claims = extract(
        "For months the count has come from the territory's Health Ministry. On Monday it said "
        "the number of people killed had risen to 5,120."
    )
    assert claims[0].actor == "Health Ministry"


def test_the_military_is_not_a_rebel_army(extract):
    claims = extract(
        "Fighting with the Popular Liberation Army spread on Sunday. The military said it had "
        "captured 8 fighters."
    )
    assert claims[0].actor == "military"


def test_a_summary_published_by_a_ministry_is_credited_to_it(extract):
    claims = extract(
        "The following is our translation of the summary published by the Ruritanian Ministry "
        "of Defence.\n\nThe enemy lost up to 140 servicemen and 3 tanks."
    )
    assert {c.actor for c in claims} == {"Ruritanian Ministry of Defence"}


def test_figures_compiled_by_a_body_show_its_count(only_claim):
    claim = only_claim("Figures compiled by the Vardin Red Cross show 260 civilians were killed.")
    assert claim.actor == "Vardin Red Cross"


def test_its_mission_said_names_the_mission_when_no_body_came_before(only_claim):
    claim = only_claim("Some 4,100 civilians have been killed, its mission said.")
    assert claim.actor == "mission"


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole(only_claim):
    claim = only_claim("Troops detained 31 people overnight, the Vardin Prisoners' Society said.")
    assert claim.actor == "Vardin Prisoners' Society"


def test_a_speaker_after_said_keeps_the_full_stops_of_a_title(only_claim):
    claim = only_claim(
        '"At least 60 of our men were taken prisoner," said Lt. Col. Ivo Marek, a deputy commander.'
    )
    assert claim.actor == "Lt. Col. Ivo Marek"


def test_a_denied_claim_is_credited_to_whoever_made_it(only_claim):
    claim = only_claim("The rebels denied the army's claim that they had lost 300 fighters.")
    assert claim.actor == "army"


def test_his_group_said_is_the_person_named_before(extract):
    claims = extract(
        '"We buried 45 people yesterday," said Adam Varo, a spokesman for the camp committee. '
        "His group said the camp had been shelled 11 times in a week."
    )
    assert [(c.value_low, c.category, c.actor) for c in claims] == [
        (45, "killed", "Adam Varo"),
        (11, "launched", "Adam Varo"),
    ]


def test_a_statement_under_a_capitalised_heading_is_its_issuers(extract):
    claims = extract(
        "Below are the statements both sides issued on Tuesday.\n\n"
        "1. COAST GUARD OF NORVIA\n\n"
        "Overnight, patrol boats intercepted 14 drones over the bay.\n\n"
        "2. MINISTRY OF DEFENCE OF ESTRAVIA (unofficial translation)\n\n"
        "Our forces launched 9 missiles at military targets.\n\n"
        "Editor's note: Satellite pictures showed 3 damaged piers."
    )
    assert [claim.actor for claim in claims] == [
        "Coast Guard of Norvia",
        "Ministry of Defence of Estravia",
        None,
    ]


def test_a_transcript_label_names_who_speaks_until_the_next_one(extract):
    claims = extract(
        "Briefing by navy spokesman Captain Oles Marenko.\n\n"
        "MODERATOR: Welcome. Questions after the statement.\n\n"
        "MARENKO: This week our crews sank 2 landing ships.\n\n"
        "We also count 40 sailors rescued from the water.\n\n"
        "QUESTION (Radio Nord): Reports say 300 marines drowned. Is that right?"
    )
    assert [(claim.value_low, claim.actor) for claim in claims] == [
        (2, "Oles Marenko"),
        (40, "Oles Marenko"),
        (300, None),
    ]


def test_an_interviews_answers_are_the_interviewees(extract):
    claims = extract(
        "Ilse Varga runs a network of volunteer medics near the front. She spoke to us by phone.\n\n"
        "How many people have your teams treated?\n\n"
        "Since June we have treated 1,400 wounded people, most of them civilians.\n\n"
        "Are you afraid?\n\n"
        "Every day. Two of our drivers were killed in August."
    )
    assert [claim.actor for claim in claims] == ["Ilse Varga", "Ilse Varga"]


def test_a_surname_alone_is_the_person_named_before(extract):
    claims = extract(
        "President Arno Kessel said 50 soldiers were captured. Mayor Ida Holm said 7 were hurt.\n\n"
        'Kessel said the attacks must stop. "It cannot go on," he said, adding that 300 drones had '
        "been fired at the capital this week."
    )
    assert claims[-1].actor == "Kessel"


def test_it_credits_the_body_a_live_blog_entry_opens_with(extract):
    claims = extract(
        "10.15 GMT - The border guard service has published its morning figures. It says 120 "
        "people crossed the frontier overnight."
    )
    assert claims[0].actor == "border guard service"


def test_told_by_names_who_told(only_claim):
    claim = only_claim(
        "Inspectors were told by local officials that 60 families had fled the valley."
    )
    assert claim.actor == "local officials"


def test_a_document_issued_by_someone_is_theirs(extract):
    claims = extract(
        "Figures published by the regional health office on Friday show 19 people died.\n\n"
        "Government figures shared with aid groups indicate about 5,000 people fled the town."
    )
    assert [claim.actor for claim in claims] == ["regional health office", "Government"]


def test_the_same_study_is_the_one_named_before(extract):
    claims = extract(
        "A report from the Baltic Security Institute put enemy losses at 12,000 troops. "
        "The same study estimated that 40 tanks were destroyed."
    )
    assert {claim.actor for claim in claims} == {"Baltic Security Institute"}


def test_an_aside_in_a_relative_clause_does_not_speak_for_the_sentence(only_claim):
    claim = only_claim(
        'The raids, which the army said hit "command posts", killed 3 people, according to '
        "the regional health department."
    )
    assert claim.actor == "regional health department"


def test_a_speaker_described_by_what_they_did(only_claim):
    claim = only_claim(
        "A woman who helped run the shelter said that 80 people had been evacuated on Sunday."
    )
    assert claim.actor == "woman who helped run the shelter"


def test_its_last_update_speaks_for_the_body_named_before(extract):
    claims = extract(
        "The health ministry published daily totals.\n\n"
        "Its last update, on Friday, put the toll at 212 killed."
    )
    assert claims[0].actor == "health ministry"


def test_a_speaker_named_with_a_particle_between_commas(only_claim):
    claim = only_claim(
        "The director of the airport, Samir al-Harbi, said the strikes destroyed six aircraft."
    )
    assert claim.actor == "Samir al-Harbi"


def test_media_are_reporting_names_the_media(only_claim):
    claim = only_claim("Local media are reporting that 1,500 more troops could be sent.")
    assert claim.actor == "Local media"


def test_name_labels_in_an_interview_credit_the_answers(extract):
    claims = extract(
        "We spoke to a battalion commander known by his call sign, Borsuk.\n\n"
        "Radio Nord: How many assaults do you face?\n\n"
        "Borsuk: Last week we counted 27 assaults on our sector.\n\n"
        "Radio Nord: And your losses?\n\n"
        "Borsuk: We lost 3 armoured vehicles in one day."
    )
    assert [claim.actor for claim in claims] == ["Borsuk", "Borsuk"]


def test_a_live_blog_headline_names_its_source(extract):
    claims = extract(
        "11:40 GMT - Rescue service: strikes on the port kill seven\n\n"
        "The rescue service says crews are still searching the rubble."
    )
    assert claims[0].actor == "Rescue service"


def test_a_document_seen_by_an_outlet_is_the_source(extract):
    claims = extract(
        "An internal army document seen by our reporters put the number of dead at 41."
    )
    assert claims[0].actor == "internal army document"
    assert claims[0].category == "killed"


def test_in_what_someone_called_credits_the_figures_before(extract):
    claims = extract(
        "The enemy fired 60 missiles at the capital on Monday in what the air force called the "
        "largest attack of the year."
    )
    assert claims[0].actor == "air force"


def test_states_after_place_names_is_no_reporting_verb(extract):
    claims = extract(
        "MAJ. GEN. OKORO: Good morning.\n\n"
        "Troops operated in Kano and Kaduna states. They neutralised 31 fighters.\n\n"
        "MAJ. GEN. OKORO: In addition, 12 suspects were arrested."
    )
    assert {claim.actor for claim in claims} == {"Maj Gen Okoro"}


def test_where_a_body_is_based_is_not_part_of_its_name(only_claim):
    claim = only_claim(
        "More than 900 people were killed last year, according to the Geneva-based Centre for "
        "Conflict Records."
    )
    assert claim.actor == "Centre for Conflict Records"


def test_q_and_a_marks_credit_the_answers_to_the_person_introduced(extract):
    claims = extract(
        "We spoke to Colonel Amir Hassan, who commands the coastal brigade.\n\n"
        "Q: How many fighters remain?\n\n"
        "A: Fewer than 200 remain in the hills.\n\n"
        "Q: And your losses?\n\n"
        "A: We have lost 22 men since March."
    )
    assert {claim.actor for claim in claims} == {"Colonel Amir Hassan"}


def test_a_transcript_label_may_carry_an_affiliation(extract):
    claims = extract(
        "MODERATOR: We start with the north.\n\n"
        "LENA VOSS, spokesperson for the UN refugee agency (UNHCR): Some 8,000 people fled "
        "last week.\n\n"
        "MODERATOR: Thank you."
    )
    assert claims[0].actor == "Lena Voss"


def test_by_the_count_of_names_the_counter(only_claim):
    claim = only_claim(
        "By the count of the regional prosecutor's office, 45 missiles hit the city this year."
    )
    assert claim.actor == "regional prosecutor's office"


def test_a_two_word_rank_before_a_name_is_a_person_for_a_later_he(extract):
    claims = extract(
        "The figure comes from Brigadier General Ostap Lenko, who commands the sector. On "
        "Sunday he said the enemy had lost 900 troops."
    )
    assert claims[0].actor == "Ostap Lenko"


def test_each_is_no_speakers_name(extract):
    claims = extract(
        "The army spokesman Ivan Dorn said 40 soldiers were captured.\n\n"
        "Each side insists the other lost more. He said 12 tanks were destroyed."
    )
    assert claims[-1].actor == "Ivan Dorn"


def test_an_agencys_own_update_carries_its_figures(extractor_with_title):
    claims = extractor_with_title(
        "UNHCR Chad: Emergency Update #4",
        "Since Monday, 12,400 refugees have crossed the border into the camps.",
    )
    assert claims[0].actor == "UNHCR"


def test_we_spoke_to_names_the_interviewee(extract):
    claims = extract(
        "We spoke to Marta Kovalenko, a spokeswoman for the border guard, about the crossings.\n\n"
        "Q: How many people crossed last week?\n\n"
        "A: About 4,000 people crossed at the two checkpoints."
    )
    assert claims[0].actor == "Marta Kovalenko"


def test_a_nationality_is_no_persons_name():
    from claims.extraction.attribution import is_person

    assert not is_person("North Korean")
    assert is_person("Andriy Yusov")


def test_a_statement_below_is_credited_to_the_person_who_issued_it(extract):
    claims = extract(
        "Below is our translation of a statement published on Friday by the commander of the "
        "Southland border guard, Ilse Varn, on her official channel.\n\n"
        '"Over the past month our units detained 212 smugglers.\n\n'
        "What changed\n\n"
        '"The enemy lost about 40 armoured vehicles on the northern crossings."'
    )
    assert [claim.actor for claim in claims] == ["Ilse Varn", "Ilse Varn"]


def test_quoted_as_saying_credits_the_one_quoted_and_the_outlet_relays(only_claim):
    claim = only_claim(
        "State television quoted a regional police official as saying 61 insurgents were killed."
    )
    assert (claim.actor, claim.relayed_by) == ("a regional police official", "State television")


def test_was_quoted_as_saying_credits_the_subject(only_claim):
    claim = only_claim("A senior commander was quoted as saying 40 soldiers were killed.")
    assert claim.actor == "senior commander"


def test_saying_after_another_verb_goes_back_to_its_subject(only_claim):
    claim = only_claim(
        "The blast came a day after President Mira Tov asked allies for more air defences, "
        "saying the enemy had fired more than 900 drones over the week."
    )
    assert claim.actor == "President Mira Tov"


def test_told_takes_its_speaker_from_before_never_from_its_object(only_claim):
    claim = only_claim(
        "A nurse at the district hospital, one of the few still open in the valley, told AFP "
        "that it had received 31 bodies."
    )
    assert claim.actor == "nurse"


def test_an_acronym_between_commas_is_the_speaker(only_claim):
    claim = only_claim(
        "The UN mission in the border zone, UNMOB, says it has logged more than 2,300 violations."
    )
    assert claim.actor == "UNMOB"


def test_the_head_of_the_region_is_the_person_named_before(extract):
    claims = extract(
        "Shelling hit 14 villages, Governor Petra Lind said at her briefing.\n\n"
        '"Two civilians were killed and 9 wounded," the head of the region said.'
    )
    assert [claim.actor for claim in claims] == [
        "Governor Petra Lind",
        "Petra Lind",
        "Petra Lind",
    ]


def test_he_after_a_name_in_apposition_is_that_person(extract):
    claims = extract(
        "Neighbours and volunteers say the camp is full.\n\n"
        "The chair of the camp's residents committee, Amon Tesfay, keeps a register. "
        '"There are 6,400 displaced people here," he said.'
    )
    assert claims[0].actor == "Amon Tesfay"


def test_a_live_blog_entry_opening_with_a_name_is_who_he_means(extract):
    claims = extract(
        "10:05 GMT - The regional governor, Ivo Marr, said the night was quiet.\n\n"
        "10:40 GMT - President Mira Tov has summed up the week in her evening address.\n\n"
        '"This week the enemy launched more than 700 drones at our towns," she said.'
    )
    assert claims[-1].actor == "President Mira Tov"


def test_statements_under_numbered_headings_in_title_case_are_their_issuers(extract):
    claims = extract(
        "Editor's note: below are the statements issued after the strike, lightly edited.\n\n"
        "1. Southland Ministry of Health, Emergency Centre (Sunday, 18:40)\n\n"
        '"The strike on the market killed 7 people and wounded 31."\n\n'
        "2. Northland Defence Forces (Sunday, 21:00)\n\n"
        '"Our forces struck 12 launch sites used in the attack."'
    )
    assert [claim.actor for claim in claims] == [
        "Southland Ministry of Health",
        "Southland Ministry of Health",
        "Northland Defence Forces",
    ]


def test_an_update_says_who_produced_it_and_its_figures_are_theirs(extract):
    claims = extract(
        "This update is produced by the humanitarian coordination office in Eastland with its "
        "partners.\n\n"
        "HIGHLIGHTS\n\n"
        "- An estimated 6,200 people have fled villages near the border since 3 June."
    )
    assert [claim.actor for claim in claims] == ["humanitarian coordination office in Eastland"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Officials in Dorn region said 12 people were wounded.", "Officials"),
        (
            "Border officials in Upper Vale province say about 1,200 people crossed.",
            "Border officials",
        ),
        (
            "A local official in the southern Marsh region said 9 soldiers were killed.",
            "local official",
        ),
    ],
)
def test_a_region_after_the_speaker_is_where_it_speaks_from(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_a_clause_with_its_own_source_is_that_sources(only_claim):
    claim = only_claim(
        "The raids mark a turn in a campaign the rebels say targets only soldiers, in the valley, "
        "where more than 2,000 civilians have been killed, according to the province's health "
        "ministry."
    )
    assert claim.actor == "province's health ministry"


def test_a_month_between_speaker_and_verb_is_no_speaker(only_claim):
    claim = only_claim(
        "Western officials quoted by the Daily Ledger last August put the dead at close to 9,000."
    )
    assert (claim.actor, claim.relayed_by) == ("Western officials", "Daily Ledger")


def test_a_time_after_said_is_no_speaker(extract):
    claims = extract(
        "The group's founder, Ivo Drach, said in May 2023 that about 2,000 of his fighters had "
        "been killed."
    )
    assert claims[0].actor == "Ivo Drach"


def test_it_is_a_body_named_after_its_country(extract):
    claims = extract(
        "Each morning the General Staff of the Armed Forces of Ukraine publishes its tally. "
        "This morning it lists more than 930 enemy tanks destroyed."
    )
    assert claims[0].actor == "General Staff of the Armed Forces of Ukraine"


def test_a_numbered_heading_with_a_date_names_its_issuer(extract):
    claims = extract(
        "Below are the statements issued on Saturday, in our translation.\n\n"
        "2. Border Guard Service of Ukraine, 21 December (extract)\n\n"
        '"Over the past day 14 drones crossed the border and 3 were shot down."'
    )
    assert {claim.actor for claim in claims} == {"Border Guard Service of Ukraine"}


def test_a_surname_opening_a_sentence_is_the_person_named_before(extract):
    claims = extract(
        "President Mira Tov thanked the air force on Monday.\n\n"
        "Governor Ivo Marr said the city was without power.\n\n"
        "10:50 GMT - Tov has been speaking about the attack. The president says 81 missiles were "
        "shot down."
    )
    assert claims[-1].actor == "President Mira Tov"


def test_according_to_earlier_assessments_of_a_body_is_that_body(only_claim):
    claim = only_claim(
        "According to earlier NIS assessments, the North sent about 11,000 troops to Kursk."
    )
    assert claim.actor == "NIS"


def test_a_name_between_commas_after_a_possessive_is_the_speaker(only_claim):
    claim = only_claim("Eastland's state railway, Railco, said two of its employees were killed.")
    assert claim.actor == "Railco"


def test_said_a_spokesman_then_his_name_is_that_person(extract):
    claims = extract(
        "The rebels' spokesman, Ivo Drach, said the group had killed 17 soldiers.\n\n"
        '"They were civilians," said a military spokesman for the region, Col Anna Berg. '
        "She said 1 soldier had been wounded."
    )
    assert [claim.actor for claim in claims] == ["Ivo Drach", "Col Anna Berg"]


def test_a_first_name_with_an_age_or_a_description_is_who_she_means(extract):
    claims = extract(
        "Governor Ivo Marr said the town was shelled again.\n\n"
        "Mara, 58, who sells bread at the market, no longer walks the same way twice. "
        '"Last month they killed 4 of my neighbours," she said.'
    )
    assert claims[-1].actor == "Mara"


def test_a_titled_person_named_after_a_long_role_is_still_a_person(extract):
    claims = extract(
        "The head of the regional military administration Petro Sands reported 12 strikes.\n\n"
        "Sands urged residents to leave. Since May 2,800 people have been evacuated, he said."
    )
    assert claims[-1].actor == "head of the regional military administration Petro Sands"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The health ministry later raised the death toll to 17.", "health ministry"),
        ("State media has revised the figure to four soldiers killed.", "State media"),
        ("Eastland's president, Ada Holm, has pledged to send 600 more officers.", "Ada Holm"),
    ],
)
def test_raising_revising_or_pledging_a_figure_asserts_it(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Eastland's defence ministry's latest report says it detected 27 aircraft.",
            "Eastland's defence ministry",
        ),
        (
            "Rebels attacked a base, killing about 30 soldiers, according to two security sources.",
            "security sources",
        ),
        (
            "- Health authorities report at least 82 people killed since 6 February.",
            "Health authorities",
        ),
        (
            "The Dorn sultanate, in exile abroad, has said more than 15,000 people were killed.",
            "Dorn sultanate",
        ),
    ],
)
def test_owners_of_reports_counted_sources_bullets_and_named_bodies(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_it_after_a_body_working_in_a_country_is_that_body(extract):
    claims = extract(
        "Eastland's defence ministry said it downed 40 drones.\n\n"
        "The UN human rights monitoring mission in Ukraine has published figures for the "
        "anniversary. It says at least 12,162 civilians have been killed."
    )
    assert claims[-1].actor == "UN human rights monitoring mission in Ukraine"


def test_fact_check_labels_are_no_speakers(extract):
    claims = extract(
        "CLAIM 1: More than 1,500 dead\n\n"
        "The emergency service said 28 people had been killed.\n\n"
        "VERDICT: False. Official figures put the toll at 28."
    )
    assert "VERDICT" not in {claim.actor for claim in claims}
    assert "CLAIM 1" not in {claim.actor for claim in claims}


def test_a_body_named_in_lower_case_after_an_acronym_is_whole(only_claim):
    claim = only_claim(
        "The U.N. peacekeeping mission in Congo, which has about 14,000 troops in the country, "
        "said it was sending more."
    )
    assert claim.actor == "U.N. peacekeeping mission in Congo"


def test_a_statement_the_following_text_was_released_by_is_theirs(extract):
    claims = extract(
        "The text of the following joint statement was released by the Participating States of "
        "the Border Monitoring Group (BMG).\n\n"
        "Begin text:\n\n"
        "The report finds that the North has sent at least 9,000 soldiers across the border."
    )
    assert claims[0].actor == "Participating States of the Border Monitoring Group (BMG)"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The rescue service has updated its figure: 86 people have been taken to hospital.",
            "rescue service",
        ),
        (
            "The health ministry has released a list of 145 people who were injured.",
            "health ministry",
        ),
        (
            "A war monitor, the Britain-based Observatory for Human Rights, put the toll at 14.",
            "Observatory for Human Rights",
        ),
        (
            "Russia launched 88 missiles in what the energy minister, Ivo Marr, called the "
            "largest attack yet.",
            "Ivo Marr",
        ),
    ],
)
def test_updating_a_figure_a_body_in_apposition_and_what_a_named_person_called(
    only_claim, text, actor
):
    assert only_claim(text).actor == actor


def test_a_long_name_label_opens_a_press_conference_and_surnames_answer(extract):
    claims = extract(
        "Press conference by the Secretary General, Brussels\n\n"
        "NATO Secretary General Ada Holm: Good afternoon. Our estimate is that the enemy has "
        "suffered more than 700,000 casualties.\n\n"
        "Moderator: We'll start with Reuters.\n\n"
        "Question (Reuters): How many troops are there now?\n\n"
        "Holm: More than 10,000 North Korean troops have been deployed.\n\n"
        "Question (Yonhap): And the losses?\n\n"
        "Holm: Over the past month 2,300 drones were launched."
    )
    assert {claim.actor for claim in claims} <= {
        "NATO Secretary General Ada Holm",
        "Ada Holm",
        "Holm",
    }


def test_an_outlet_asking_in_an_interview_is_not_the_one_answering(extract):
    claims = extract(
        "We spoke to the researcher Ana Sow about the attacks.\n\n"
        "AFP: How many people were killed?\n\n"
        "Sow: Our working estimate is that between 100 and 130 people were killed.\n\n"
        "AFP: And this year?\n\n"
        "Sow: Our dataset records more than 3,500 people killed in Burkina Faso."
    )
    assert {claim.actor for claim in claims} == {"Sow"}


def test_a_numbered_heading_with_a_time_names_its_issuer(extract):
    claims = extract(
        "Below are the statements, in our translation.\n\n"
        "2. Air Force of the Armed Forces of Ukraine (09:15)\n\n"
        '"138 attack drones were shot down over 13 regions."'
    )
    assert claims[0].actor == "Air Force of the Armed Forces of Ukraine"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The EU's naval mission in the Red Sea, Aspides, said it had escorted 370 ships.",
            "Aspides",
        ),
        (
            "Eastland's coordination headquarters for prisoners of war said 5,857 people had "
            "been freed.",
            "coordination headquarters for prisoners of war",
        ),
        (
            "The general staff does not publish its own losses, but said the enemy had lost "
            "1,250 troops.",
            "general staff",
        ),
        (
            "It killed 13 people, according to a final toll issued by the Emergency Centre of the "
            "health ministry.",
            "Emergency Centre of the health ministry",
        ),
    ],
)
def test_bodies_named_late_or_in_lower_case_and_speakers_who_go_on(only_claim, text, actor):
    assert only_claim(text).actor.endswith(actor)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ada Holm, coordinator of civil society in Komanda, said 43 bodies had been recovered.",
            "Ada Holm",
        ),
        (
            "The Institute for the Study of Wars, which maps the front, arrived at about 4,168 sq km.",
            "Institute for the Study of Wars",
        ),
        (
            "Eastland's judiciary on Sunday raised the death toll from the strike to 79.",
            "Eastland's judiciary",
        ),
        ("Investigators found that some 1,500 people had been killed.", "Investigators"),
    ],
)
def test_coordinators_arriving_at_figures_weekdays_and_findings(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_our_unofficial_translation_of_a_statement_names_its_issuer(extract):
    claims = extract(
        "Below is our unofficial translation of the statement for February, issued in Burmese "
        "by the Karen Union's Central Committee on Wednesday.\n\n"
        "1. During the month the military carried out 97 air strikes on villages."
    )
    assert claims[0].actor == "Karen Union's Central Committee"


def test_a_body_that_issued_the_following_statement_speaks_for_it(extract):
    claims = extract(
        "Médecins Sans Frontières (MSF) issued the following statement on Friday after a clinic "
        "it runs was shelled. It is reproduced in full.\n\n"
        "The shelling killed at least four patients in the ward."
    )
    assert claims[0].actor.startswith("Médecins Sans Frontières")


def test_a_transcript_of_a_briefing_by_a_spokesperson_is_theirs(extract):
    claims = extract(
        "The following is a near-verbatim transcript of today's briefing by Ines Falk, "
        "Spokesperson for the Mission.\n\n"
        "Currently, 31 of our colleagues are being held by the authorities."
    )
    assert claims[0].actor == "Ines Falk"


def test_a_person_who_opens_a_sentence_is_the_owner_of_his_estimate(extract):
    claims = extract(
        "President Arvo Linde says 12,300 of his soldiers have been killed.\n\n"
        "He was replying to Prime Minister Odile Barre, who had suggested far higher losses.\n\n"
        "Linde used the broadcast to set out his own estimate. The enemy, he said, had lost "
        "about 90,000 soldiers killed."
    )
    assert claims[-1].actor == "Arvo Linde"


def test_a_surname_after_a_short_opening_phrase_is_who_he_means(extract):
    claims = extract(
        "President Arvo Linde says 12,300 of his soldiers have been killed.\n\n"
        "Asked about it, spokesman Piet Varo told reporters the figure was invented.\n\n"
        "In the interview, Linde also addressed the size of the army. It now has about "
        "600,000 people under arms, he said."
    )
    assert claims[-1].actor.endswith("Arvo Linde")


def test_our_operators_in_an_answer_are_the_one_answering(extract):
    claims = extract(
        "Q: How many did your brigade hit last month?\n\n"
        "Varga: In May our drone operators confirmed 312 enemy soldiers killed.\n\n"
        "Q: And equipment?\n\n"
        "Varga: We also destroyed 14 tanks."
    )
    assert [claim.actor for claim in claims] == ["Varga", "Varga"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A widely shared infographic claims that the navy lost 40 ships in one night.",
            "infographic",
        ),
        (
            "In Tamra, in the north, Red Crescent paramedics said three men were killed.",
            "Red Crescent paramedics",
        ),
        (
            "Nine soldiers were martyred in the ambush, the military's media wing said on Sunday.",
            "military's media wing",
        ),
        (
            "At least 41 civilians have been killed, according to reports from the health zones "
            "concerned.",
            "health zones",
        ),
        (
            "The foreign ministry described the handover as the ninth it had mediated, bringing "
            "to 2,104 the number of captives released.",
            "foreign ministry",
        ),
        (
            "The country now counts some 6 million displaced people, according to IOM.",
            "IOM",
        ),
    ],
)
def test_posts_paramedics_media_wings_and_bodies_that_describe_or_count(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_a_list_published_by_a_ministry_does_not_speak(extract):
    claims = extract(
        "In its update the health ministry said 4,210 people had been killed.\n\n"
        "The ministry publishes periodic lists of the dead with names and ages. A study published "
        "in The Medical Journal, using a method that compares lists, estimated 5,300 deaths, "
        "against the ministry's figure of about 3,900 for the same period."
    )
    assert [claim.actor for claim in claims[1:]] == ["Medical Journal", "health ministry"]


def test_a_body_that_published_statements_below_issued_them(extract):
    claims = extract(
        "Eastland's General Staff published the two statements below on Monday morning.\n\n"
        "Total combat losses of the enemy\n\n"
        "tanks ‒ 9,410 (+5) units"
    )
    assert {claim.actor for claim in claims} == {"Eastland's General Staff"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Delta Strike Watch, a volunteer network that compiles reports from local media, "
            "rescue groups and residents, said it had recorded 1,020 civilian deaths.",
            "Delta Strike Watch",
        ),
        (
            "A municipal councillor in Gao, who asked not to be named, told our correspondent "
            "that 52 people had been killed.",
            "councillor in Gao",
        ),
        (
            "Lindland's health ministry has published an updated toll: nine people killed.",
            "Lindland's health ministry",
        ),
        (
            "The International Organization for Migration's tracking teams have counted close to "
            "70,000 people displaced.",
            "International Organization for Migration's tracking teams",
        ),
    ],
)
def test_long_appositions_councillors_published_tolls_and_tracking_teams(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_one_of_them_said_carries_to_the_quotation_after_it(extract):
    claims = extract(
        "Fighters went from house to house, according to two residents.\n\n"
        '"We could not run anywhere," said one of them, a mother of three. '
        '"We buried 17 people from our street before dark."'
    )
    assert claims[-1].actor == "residents"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "In December Ilse Varga told commanders that 43,000 enemy troops had been lost.",
            "Ilse Varga",
        ),
        (
            "Ivo Brandt, the head of the agency, reckons the army recruits roughly 25,000 men a "
            "month.",
            "Ivo Brandt",
        ),
        (
            "Its spokesman, Lena Dahl, told our site that peacekeepers had recorded more than "
            "2,500 violations.",
            "Lena Dahl",
        ),
        (
            "A health worker at the district hospital said 23 wounded soldiers had arrived.",
            "health worker",
        ),
    ],
)
def test_months_are_no_names_and_speakers_who_reckon_or_relay_a_count(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_the_deaths_reported_are_what_was_reported_not_who(extract):
    claims = extract("The figures include the eight deaths reported this morning.")
    assert claims[0].actor is None


def test_a_group_with_an_acronym_is_an_organisation_that_it_refers_to(extract):
    claims = extract(
        "The daily L'Écho reported that funerals were held for 30 gendarmes.\n\n"
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility in a statement. It "
        "said its fighters had destroyed six aircraft."
    )
    assert claims[-1].actor == "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


def test_the_following_statement_of_a_group_with_an_apostrophe_in_its_name(extract):
    claims = extract(
        "The Ta'ang Liberation Front (TLF) released the following statement on Friday.\n\n"
        "1. Our forces fought the enemy in 143 battles and captured 226 soldiers."
    )
    assert {claim.actor for claim in claims} == {"Ta'ang Liberation Front (TLF)"}


def test_our_assessment_in_a_briefing_is_the_one_answering(extract):
    claims = extract(
        "MR HOLM: Good afternoon.\n\n"
        "QUESTION: What is your estimate?\n\n"
        "MR HOLM: I can't speak to Eastland's figures. What I can tell you is that our "
        "assessment was that its forces had suffered more than 1,000 casualties in a week."
    )
    assert claims[-1].actor == "Holm"


def test_the_text_of_a_ministrys_report_is_the_ministrys(extract):
    claims = extract(
        "The following is the text of the ministry's daily report, as published in English:\n\n"
        "34 sorties of PLA aircraft and 16 PLAN vessels operating around Taiwan were detected."
    )
    assert {claim.actor for claim in claims} == {"ministry"}


def test_by_a_bodys_account(extract):
    claims = extract("By the ministry's account, 1,497 of the volunteers were killed.")
    assert claims[0].actor == "ministry"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The following statement was issued by Save the Children on Wednesday.\n\n"
            "At least 97 children were killed in the first half of the year.",
            "Save the Children",
        ),
        (
            "The full text of the Central Command statement follows.\n\n"
            "CENTCOM forces carried out a strike, killing nine militants.",
            "Central Command",
        ),
        (
            "We spoke by video link with a battalion commander who goes by the nom de guerre Bo "
            "Lwin.\n\nHow many have you lost?\n\nMy battalion alone lost 19 men.\n\n"
            "And the enemy?\n\nWe recovered more than 300 bodies.",
            "Bo Lwin",
        ),
    ],
)
def test_issuers_named_with_the_and_interviewees_who_go_by_a_nom_de_guerre(extract, text, actor):
    assert {claim.actor for claim in extract(text)} == {actor}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The army's statement, issued by its official spokesman, Brigadier General Ali Omar, "
            "is reproduced below in full.\n\nOur forces killed more than 300 of the attackers.",
            "Brigadier General Ali Omar",
        ),
        (
            "The anti-kidnapping unit says the rebels have abducted at least 27 people.",
            "anti-kidnapping unit",
        ),
        (
            "By the Israel Defense Forces' count, the rebels launched three ballistic missiles.",
            "Israel Defense Forces",
        ),
    ],
)
def test_statements_reproduced_below_units_and_a_plurals_count(extract, text, actor):
    assert {claim.actor for claim in extract(text)} == {actor}


def test_according_to_him_is_the_one_just_named(extract):
    claims = extract(
        "Governor Ivo Lind gave an update on Monday. According to him, the enemy fired 94 "
        "artillery shells."
    )
    assert claims[-1].actor == "Governor Ivo Lind"


def test_a_place_heading_a_list_is_no_speaker(extract):
    claims = extract(
        "The regional administration listed the day's attacks.\n\n"
        "Kherson region:\n\n"
        "The occupiers fired 94 artillery shells at the city."
    )
    assert claims[-1].actor != "Kherson region"


def test_an_interviewee_introduced_by_first_name_answers(extract):
    claims = extract(
        "Marta, who goes by the call sign Lynx, runs a stabilisation point near the front.\n\n"
        "How many wounded come through?\n\n"
        "In February we took in 412 wounded.\n\n"
        "And the dead?\n\n"
        "Thirty-seven people died."
    )
    assert {claim.actor for claim in claims} == {"Marta"}


def test_a_body_known_by_its_acronym_is_the_group_based_somewhere(extract):
    claims = extract(
        "Reporters Without Borders, or RSF, works differently. The Paris-based group says more "
        "than 210 journalists have been killed."
    )
    assert claims[0].actor == "Reporters Without Borders"


def test_who_says_a_country_has_recorded_a_count(only_claim):
    claim = only_claim(
        "The World Health Organization says the country has recorded more than 1,700 deaths."
    )
    assert claim.actor == "World Health Organization"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Gaza's Health Ministry said the toll had risen to 61,499. The ministry does not say "
            "how many were fighters but says around 900 were women.",
            "Gaza's Health Ministry",
        ),
        (
            "Governor Ivo Lind gave new figures. His first update, late on Tuesday, had put the "
            "figures at three dead and 21 wounded.",
            "Ivo Lind",
        ),
        (
            "Delta Watch, an outlet which combs obituaries, social media posts and court records, "
            "says it has identified 9,400 dead.",
            "Delta Watch",
        ),
    ],
)
def test_negations_first_updates_and_social_media_posts(extract, text, actor):
    assert extract(text)[-1].actor == actor


def test_a_letterhead_issues_the_document_under_it(extract):
    claims = extract(
        "Ministry of National Defense, Republic of Eastland\n\n"
        "Released: October 15, 2024\n\n"
        "1. A total of 153 sorties of aircraft were detected operating around the island."
    )
    assert claims[0].actor == "Ministry of National Defense"


def test_a_body_that_has_not_published_a_list_says_nothing(extract):
    claims = extract(
        "The health ministry said 53 people were killed. The department has not published a "
        "list. According to the ministry, 98 were wounded."
    )
    assert claims[-1].actor == "health ministry"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The only counts based on names are compiled by the outlet Delta Watch, which combs "
            "obituaries. By mid-May they had identified 23,361 dead.",
            "outlet Delta Watch",
        ),
        (
            "A more rigorous figure comes from the outlet Delta Watch. Its list passed 11,000 "
            "deaths in July.",
            "outlet Delta Watch",
        ),
        (
            "Delta Watch, a project that compiles obituaries and court records, had by the end "
            "of February listed about 66,000 soldiers.",
            "Delta Watch",
        ),
    ],
)
def test_counts_compiled_by_or_coming_from_a_body_and_a_time_before_the_verb(extract, text, actor):
    assert extract(text)[-1].actor == actor


def test_a_figure_coming_from_a_side_names_no_one(extract):
    claims = extract(
        "The highest figure comes from the army's side. Ivo Lind, the regional governor, said "
        "more than 2,000 civilians had been killed."
    )
    assert claims[-1].actor == "Ivo Lind"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "As reservists are summoned, we spoke to Lt. Col. (res.) Amir, 46, who commands a "
            "battalion.\n\nQ: How many men came?\n\nA: More than 700 showed up.\n\n"
            "Q: And losses?\n\nA: We have buried six of our soldiers.",
            "Lt. Col. Amir",
        ),
        (
            "We met Pavel (not his real name) in a detention centre.\n\n"
            "How many were in your company?\n\nOur company had 112 men in August.\n\n"
            "And how many are left?\n\nIn the first assault we lost 23 men killed.",
            "Pavel",
        ),
    ],
)
def test_the_person_we_spoke_to_or_met_answers_the_questions(extract, text, actor):
    assert {claim.actor for claim in extract(text)} == {actor}


def test_a_list_of_describing_words_inside_an_apposition(only_claim):
    claim = only_claim(
        "Tracker, a project that logs every destroyed, damaged, abandoned or captured vehicle "
        "for which it finds a photograph, lists more than 4,000 tanks."
    )
    assert claim.actor == "Tracker"


def test_the_administrator_is_the_one_named_as_one(extract):
    claims = extract(
        "Residents said the fighting began at dawn. A local administrator, who asked not to be "
        "named, said 27 people were killed. The administrator said four of the dead were traders."
    )
    assert [claim.actor for claim in claims] == ["local administrator", "local administrator"]


def test_a_verb_before_an_infinitive_is_no_part_of_the_name(extract):
    claims = extract(
        "Ngwa: The government prefers to say the crisis is over. Our centre alone has files on "
        "260 people who disappeared after arrest."
    )
    assert "prefers" not in (claims[0].actor or "")


def test_an_interviewee_by_call_sign_with_questions_in_bold(extract):
    claims = extract(
        "He is 31, a former logistics manager, and goes by the call sign Sych. We spoke in a "
        "basement workshop.\n\n"
        "**How big is your unit?**\n\n"
        "We have around 70 people, of whom 26 are pilots.\n\n"
        "**And losses?**\n\n"
        "Our company lost two men killed and 14 wounded."
    )
    assert {claim.actor for claim in claims} == {"Sych"}


def test_a_statement_reproduced_below_is_the_body_the_introduction_names(extract):
    claims = extract(
        "The Syrian Observatory for Human Rights published its monthly toll on Saturday. The "
        "Observatory's figures cannot be verified. The statement is reproduced below as issued.\n\n"
        "---\n\n"
        "- 43 former members of the previous regime's forces were killed."
    )
    assert claims[-1].actor == "Syrian Observatory for Human Rights"


def test_statements_we_reproduce_below_are_the_body_that_spoke_first(extract):
    claims = extract(
        "Russia's defence ministry said on Wednesday that its air defences had destroyed 105 "
        "drones. We reproduce the three statements below, in our translation.\n\n"
        "Last night, air defence systems intercepted and destroyed 33 fixed-wing unmanned aerial "
        "vehicles:\n\n"
        "19 UAVs over the territory of the Bryansk region,\n14 UAVs over the Kursk region."
    )
    assert {claim.actor for claim in claims} == {"Russia's defence ministry"}
    assert [claim.category for claim in claims[-2:]] == ["intercepted", "intercepted"]


def test_said_the_man_after_a_quotation_is_the_resident_named_before(extract):
    claims = extract(
        "A resident of the village, reached by phone, said the attackers came at dawn.\n\n"
        '"We buried 19 people on Thursday," said the man, who asked not to be named.'
    )
    assert claims[0].actor == "resident of the village"


def test_the_opposition_and_the_junta_speak(extract):
    claims = extract(
        "An air strike on a market killed at least 40 people, the opposition said. The junta "
        "said 12 rebels were captured."
    )
    assert [claim.actor for claim in claims] == ["opposition", "junta"]


def test_a_hyphenated_name_between_commas_is_the_speaker(only_claim):
    claim = only_claim(
        "The country's unification minister, Kim Yong-ho, said last week that 1,200 "
        "defectors had arrived this year."
    )
    assert claim.actor == "Kim Yong-ho"


def test_a_speaker_with_two_appositions_is_the_name_before_them(only_claim):
    claim = only_claim(
        "Ali Hassan, the governor of the province, whose militia fought beside the army, said "
        "on Monday that more than 300 civilians had been killed."
    )
    assert claim.actor == "Ali Hassan"


def test_a_place_before_an_apposition_is_not_the_speaker(only_claim):
    claim = only_claim(
        "In the northern province, the Delta Brigade, one of the largest rebel groups, said it "
        "had captured 150 soldiers."
    )
    assert claim.actor == "Delta Brigade"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A nurse at the district hospital in Tessit, about 40km to the east, said 19 "
            "wounded soldiers had been brought in.",
            "nurse",
        ),
        (
            "A volunteer who helped dig the graves outside the village said 27 bodies had been "
            "buried.",
            "volunteer who helped dig the graves outside the village",
        ),
        (
            "A Gao-based rights group that documents abuses said at least 64 people had been "
            "abducted.",
            "rights group",
        ),
    ],
)
def test_a_speaker_described_at_length_before_the_verb(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Three people died in Rivne, in the west of the country, after the strike, said the "
            "regional governor, Oleh Marchuk.",
            "Oleh Marchuk",
        ),
        (
            "The Institute for Peace Research, a Stockholm think tank, went further in May, "
            "estimating that 40,000 fighters had been killed.",
            "Institute for Peace Research",
        ),
        (
            "European officials speaking on condition of anonymity estimated that 9,000 troops "
            "had been sent.",
            "European officials",
        ),
        (
            "Officials in the province first put the toll at 14.",
            "Officials",
        ),
        (
            "Western diplomats who follow the talks estimate that 2,500 prisoners are held.",
            "Western diplomats",
        ),
        (
            "Analysts at the Oslo-based Centre for Conflict Studies estimated that 300 tanks "
            "were lost.",
            "Centre for Conflict Studies",
        ),
    ],
)
def test_speakers_behind_asides_places_and_clauses(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_the_agency_is_not_a_lawmaker_known_by_his_family_name(extract):
    claims = extract(
        "The National Intelligence Service briefed lawmakers, according to Park Ji-hoon, a "
        "member of the committee.\n\n"
        "The troops were moved east, Mr. Park said. About 4,000 soldiers remain there, the agency told "
        "the committee."
    )
    assert claims[-1].actor == "National Intelligence Service"


def test_it_said_is_the_body_a_sentence_without_figures_opened_with(extract):
    claims = extract(
        "The agency says the recruits come from the Thunder Corps, an elite unit, Kim told "
        "reporters.\n\n"
        "The NIS did not give a new figure on Friday. It said last week that 2,400 troops had "
        "been shipped east."
    )
    assert claims[0].actor == "NIS"


def test_it_said_after_a_body_known_by_an_acronym(extract):
    claims = extract(
        "Ukraine's military intelligence agency, known as HUR, gives higher numbers. It said "
        "this month that 12,000 soldiers were being trained."
    )
    assert claims[0].actor == "Ukraine's military intelligence agency"


def test_the_agency_is_no_newspaper_and_the_rebels_no_un_body(extract):
    claims = extract(
        "The United Nations said the rebels had taken the airport. A blast at a rally killed at "
        "least 9 people, according to the rebels.\n\n"
        "The spy agency briefed The Times on Monday. In a written reply to questions from The "
        "Times, the agency said 3 million shells had been shipped."
    )
    assert [claim.actor for claim in claims] == ["rebels", "spy agency"]


def test_adding_to_a_force_is_no_speaker_going_on(only_claim):
    claim = only_claim(
        "LONDON, May 2 (Reuters) - Britain is sending more jets to the region, adding to a "
        "force of roughly 2,000 British troops already there, officials said on Friday."
    )
    assert claim.actor == "officials"


def test_the_municipality_speaks_for_itself(extract):
    claims = extract(
        "UNRWA said its schools were closed. In Jenin, the municipality said about 1,200 "
        "families had fled the camp."
    )
    assert claims[0].actor == "municipality"


def test_who_tracked_the_ships_speaks_unless_someone_else_says_so(extract):
    claims = extract(
        "During the drills the ministry tracked 66 aircraft. On Tuesday, the coast guard said, "
        "its crews tracked 12 navy vessels."
    )
    assert [claim.actor for claim in claims] == ["ministry", "coast guard"]


def test_a_number_of_speakers_described_at_length_is_no_figure(extract):
    claims = extract(
        "Two nurses at the district hospital in the east told reporters they had received the "
        "bodies of 19 people."
    )
    assert [(claim.value_low, claim.actor) for claim in claims] == [(19, "nurses")]


def test_a_lower_case_compound_before_a_name_is_not_part_of_it(only_claim):
    claim = only_claim(
        "The decree calls up 150,000 men, the largest seasonal call-up Ruritania has announced."
    )
    assert claim.actor == "Ruritania"


def test_people_who_remain_in_care_do_not_speak(extract):
    claims = extract(
        "Three soldiers remain in care at the base and are listed in stable condition."
    )
    assert all(claim.actor is None for claim in claims)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A study by the Institute of Health & Population Research published in May estimated "
            "that more than 9,000 people died in the province.",
            "Institute of Health & Population Research",
        ),
        ("The Border Police list another 140 people as missing.", "Border Police"),
    ],
)
def test_a_study_by_a_body_and_a_body_that_lists(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_a_list_of_the_dead_is_no_speaker(only_claim):
    claim = only_claim("Relatives keep a list of 310 soldiers killed in the war.")
    assert claim.actor is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The army mobilised some 40,000 reservists in a week.", "army"),
        ("Ruritania has captured three enemy soldiers.", "Ruritania"),
        ("The navy also lost two fighter jets over the sea.", "navy"),
        ("LISBON (AFP) - Portugal sent 300 troops to the mission.", "Portugal"),
    ],
)
def test_a_body_that_did_what_it_would_announce_is_the_source(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched 120 drones at the capital overnight.",
        "Air defences shot down 40 drones.",
        "Troops captured 12 fighters.",
    ],
)
def test_harm_done_to_others_and_nameless_subjects_credit_no_one(only_claim, text):
    assert only_claim(text).actor is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Ruritania's military media wing, Joint Public Affairs (JPA), said 23 soldiers "
            "were killed.",
            "Joint Public Affairs (JPA)",
        ),
        (
            "In the north, the Health Office in the rebel-held province said on Monday that 310 "
            "people had been killed.",
            "Health Office",
        ),
        (
            "The Refugee Council (NRC) said its field teams counted 2,000 families who had fled.",
            "Refugee Council (NRC)",
        ),
    ],
)
def test_acronyms_places_in_lower_case_and_a_bodys_field_teams(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_a_group_named_in_apposition_and_a_side_that_speaks(extract):
    claims = extract(
        "A second group, Free Voices, estimates that some 9,000 soldiers have defected. The "
        "Ruritanian side said it would hand over 40 bodies. Neither side has published a full "
        "count."
    )
    assert [claim.actor for claim in claims] == ["Free Voices", "Ruritanian side"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "According to an initial UNIFIL probe, three drones were launched from the coast.",
            "UNIFIL",
        ),
        (
            "Saint Luke Hospital in nearby Orava said it had received 31 of the wounded.",
            "Saint Luke Hospital",
        ),
        (
            "Two outlets, which track obituaries, posts and court records, have identified more "
            "than 9,000 soldiers killed.",
            "outlets",
        ),
        (
            "A Reuters investigation published last month found that 800 villagers were killed.",
            "Reuters",
        ),
    ],
)
def test_probes_nearby_places_listing_clauses_and_investigations(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The ministry said 900 had died, while the London-based rights group Watchline "
            "counted 1,190 dead.",
            "rights group Watchline",
        ),
        (
            "The Prosecutor General's Office said 600 children were killed. The east accounts "
            "for 595 of them, according to the office's regional breakdown.",
            "Prosecutor General's Office",
        ),
        (
            "The local emergency response room, a volunteer network that runs kitchens in the "
            "camp, said at least 56 people had been killed.",
            "local emergency response room",
        ),
        (
            "The sleep clinic, a charity that runs shelters in the camp, said 30 people had been "
            "wounded.",
            "sleep clinic",
        ),
    ],
)
def test_rival_counters_breakdowns_and_bodies_described_after_their_name(extract, text, actor):
    assert extract(text)[-1].actor == actor


def test_according_to_the_two_groups(only_claim):
    claim = only_claim("Police have detained more than 900 people, according to the two groups.")
    assert claim.actor == "groups"


def test_the_speaker_after_a_comma_and_an_article_reports_what_came_before(only_claim):
    claim = only_claim(
        "In July, the army received 600 bodies that the enemy said were of its soldiers, the "
        "headquarters said at the time."
    )
    assert claim.actor == "headquarters"


def test_the_west_bank_is_no_group(extract):
    claims = extract(
        "UNRWA said raids continued across the West Bank. The agency said at least 60 "
        "Palestinians had been killed there this year."
    )
    assert claims[0].actor == "UNRWA"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A military source with knowledge of the operation told reporters that the strike "
            "had killed at least six soldiers.",
            "military source",
        ),
        (
            "Gangs seized more than 3,600 people last year, according to one security consultancy.",
            "security consultancy",
        ),
    ],
)
def test_sources_with_knowledge_and_one_consultancy(only_claim, text, actor):
    assert only_claim(text).actor == actor


def test_a_minister_is_no_observatory(extract):
    claims = extract(
        "The Syrian Observatory for Human Rights reported the strikes. Defence Minister Amos "
        "Katz said the raids would go on. The observatory says 60 people have been killed."
    )
    assert claims[-1].actor == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A militia spokesman there said 12 civilians had been killed, while the army said "
            "it had killed 15 fighters.",
            "militia spokesman",
        ),
        (
            "On Tuesday, Defense Minister Ivan P. Orlov went further, saying that the enemy had "
            "lost more than 6,000 servicemen.",
            "Defense Minister Ivan P. Orlov",
        ),
    ],
)
def test_officials_there_and_a_minister_with_an_initial(extract, text, actor):
    assert extract(text)[0].actor == actor


def test_its_running_tally_of_losses_is_the_body_that_keeps_it(extract):
    claims = extract(
        "The General Staff keeps count. Its running tally of Russian losses now lists 28 warships."
    )
    assert claims[0].actor == "General Staff"


def test_a_body_based_in_a_two_word_city_is_the_one_named_before(extract):
    claims = extract(
        "The Committee to Protect Journalists published its report. The New York-based "
        "organisation said 124 journalists were killed."
    )
    assert claims[0].actor == "Committee to Protect Journalists"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "At its height, the grouping was put by western analysts at between 10,000 and "
            "12,000 troops.",
            "western analysts",
        ),
        (
            "The UN figure dwarfs the count of 773 dead that the government gave last Friday.",
            "government",
        ),
        ("One volunteer said about 120 bodies had been buried there.", "volunteer"),
        (
            "Dr Ana Lopes said 14 wounded had been admitted by Tuesday morning.",
            "Dr Ana Lopes",
        ),
    ],
)
def test_agents_after_by_figures_a_body_gave_and_one_volunteer(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "They have attacked more than 100 ships, according to figures compiled by maritime "
            "security firms.",
            "maritime security firms",
        ),
        (
            "The rebels have launched more than 50 attacks, according to a count kept by The "
            "Associated Press.",
            "Associated Press",
        ),
        ("Both armies freed 230 prisoners, according to the two sides.", "sides"),
    ],
)
def test_counts_kept_by_a_body_and_the_two_sides(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Institute for Conflict Studies (ICS) reached a similar conclusion, recording 856 "
            "militant attacks.",
            "Institute for Conflict Studies (ICS)",
        ),
        ("Ruritania raises death toll from strike on prison to 79", "Ruritania"),
    ],
)
def test_a_body_recording_figures_and_a_headline_that_raises_a_toll(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Moscow paid large bonuses, and city hall said in July that the capital had sent more "
            "than 40,000 volunteers.",
            "city hall",
        ),
        ("Officials also point to orders for 212 self-propelled howitzers.", "Officials"),
        ("The government's target is an army of 300,000 soldiers.", "government"),
    ],
)
def test_city_hall_officials_pointing_to_figures_and_a_bodys_target(only_claim, text, actor):
    assert only_claim(text).actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "UNRWA runs the schools. The agency's latest situation report says its premises have "
            "been hit in more than 650 incidents.",
            "UNRWA",
        ),
        ("The group has published death notices for at least 20 of its fighters.", "group"),
        (
            "The foundation runs the sites. Another 46 people were brought in wounded, the "
            "hospital said.",
            "hospital",
        ),
    ],
)
def test_a_bodys_situation_report_death_notices_and_the_hospital(extract, text, actor):
    assert extract(text)[-1].actor == actor
