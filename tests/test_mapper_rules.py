"""The mapper's rules: what the seed articles say, and the mentions that are not events."""

from __future__ import annotations

from datetime import date

import pytest

from negotiation.mapper import map_article
from negotiation.mapper.dates import resolve

SAT = date(2023, 11, 25)  # a Saturday


def events(text: str, published: date = SAT, type_: str | None = None):
    found = map_article(text, published)
    return [e for e in found if type_ is None or e.type == type_]


def only(text: str, type_: str, published: date = SAT):
    found = events(text, published, type_)
    assert len(found) == 1, [e.as_dict() for e in map_article(text, published)]
    return found[0]


# What the seeds say.

def test_seed_000_two_us_nationals_released_by_hamas_on_friday(root):
    text = (root / "seeds/000_f78f8f02b75fab51.txt").read_text(encoding="utf-8")
    releases = events(text, date(2023, 10, 21), "release")
    first = releases[0]
    assert (first.date, first.fields["by"], first.fields["hostages"]) == (date(2023, 10, 20), "Hamas", 2)
    assert first.date_text == "on Friday"
    # "foreigners would be released when circumstances allow" is a promise, not a release.
    assert not [e for e in releases if "circumstances allow" in e.quote]


def test_seed_000_hamas_claims_about_200_held_not_the_20_killed(root):
    text = (root / "seeds/000_f78f8f02b75fab51.txt").read_text(encoding="utf-8")
    claims = events(text, date(2023, 10, 21), "claim")
    assert [(c.fields["according_to"], c.fields["held"]) for c in claims] == [("Hamas", 200)]


def test_seed_002_the_reported_deal_is_a_denial_not_an_agreement(root):
    text = (root / "seeds/002_7b94fe607b2e3940.txt").read_text(encoding="utf-8")
    found = map_article(text, date(2023, 11, 19))
    assert not [e for e in found if e.type == "agreement"]
    denials = [e for e in found if e.type == "denial"]
    assert {e.fields.get("by") for e in denials} == {"United States"}
    assert any("no such deal" in e.quote for e in denials)
    fuel = [e for e in found if e.type == "breakdown"]
    assert [(e.date, e.date_precision, e.date_text) for e in fuel] == [(date(2023, 10, 25), "month", "late October")]


def test_seed_003_israel_recalls_its_negotiators_and_the_truce_collapsed_on_friday(root):
    text = (root / "seeds/003_d0a4de32e8b5d7a0.txt").read_text(encoding="utf-8")
    found = map_article(text, date(2023, 12, 2))
    recalls = [e for e in found if e.type == "recall"]
    assert recalls and all(e.fields["by"] == "Israel" and e.date == date(2023, 12, 2) for e in recalls)
    collapse = [e for e in found if e.type == "breakdown" and "on Friday" in e.quote]
    assert [e.date for e in collapse] == [date(2023, 12, 1)]
    # "after just seven days", counted back from the collapse: the truce began on 2023-11-24.
    assert [e.date for e in found if e.type == "truce_start"] == [date(2023, 11, 24)]
    # The extension *term* ("for every 10 hostages") is not an extension.
    assert not [e for e in found if e.type == "truce_extension"]
    assert [(e.fields["according_to"], e.fields["held"]) for e in found if e.type == "claim"] == [("Israel", 136)]


# Mentions that are not events.

@pytest.mark.parametrize("sentence", [
    "Under the deal, 50 hostages are to be released over four days.",
    "Three more hostages are expected to be freed on Sunday, officials said.",
    "Hamas will release 13 hostages on Saturday in exchange for 39 prisoners.",
    "Hamas did not release any hostages on Saturday, the army said.",
    "Israel said it would free 150 Palestinian prisoners if all 50 hostages were released.",
])
def test_a_scheduled_promised_or_negated_release_is_not_a_release(sentence):
    assert events(sentence, type_="release") == []


def test_a_running_total_is_not_a_new_batch():
    e = only("Hamas freed 17 more hostages on Sunday, bringing the total to 58.", "release")
    assert e.fields["hostages"] == 17 and e.date == date(2023, 11, 19)  # the Sunday on or before publication
    e = only("Hamas released 11 hostages on Monday, taking the number freed since the truce began to 69.", "release", date(2023, 11, 28))
    assert e.fields["hostages"] == 11


def test_a_truce_that_ended_and_was_extended_is_an_extension_not_a_breakdown():
    text = ("The initial four-day truce ended on Monday morning. "
            "Qatar announced that the truce had been extended by two days.")
    found = map_article(text, date(2023, 11, 27))
    assert [e.type for e in found] == ["truce_extension"]
    assert found[0].fields["days"] == 2


def test_the_extension_term_is_not_an_extension():
    assert events("Israel will extend the truce by one day for every 10 additional hostages released.", type_="truce_extension") == []
    assert events("Under the deal the pause can be extended by a day for each 10 hostages freed.", type_="truce_extension") == []


def test_a_denied_report_is_a_denial_not_an_agreement():
    found = map_article("The White House denied a report that a deal had been reached.", SAT)
    assert [e.type for e in found] == ["denial"]
    assert found[0].fields["by"] == "United States"


def test_a_plain_no_deal_yet_answers_no_report_and_denies_nothing():
    found = map_article("A source stated that no agreement has been reached on the mechanism.", SAT)
    assert [e.type for e in found] == []


def test_a_feared_collapse_is_not_a_breakdown_and_a_real_one_is():
    assert events("Mediators fear the talks could collapse over the fuel issue.", type_="breakdown") == []
    e = only("Talks collapsed on Friday after Hamas refused to free more women.", "breakdown")
    assert e.date == date(2023, 11, 24)


def test_an_exchange_done_is_a_release_not_an_offer():
    found = map_article("Hamas freed 13 Israelis on Friday in exchange for 39 Palestinian prisoners.", SAT)
    assert [e.type for e in found] == ["release"]
    assert found[0].fields == {"by": "Hamas", "hostages": 13, "prisoners": 39}


def test_an_exchange_put_forward_is_an_offer():
    e = only("Hamas said it was ready to exchange all civilian hostages for 6,000 Palestinian prisoners.", "offer")
    assert e.fields["by"] == "Hamas" and e.fields["wants"] == {"prisoners": 6000}


def test_protesters_demands_are_not_a_partys_precondition():
    assert events("Demonstrations demanding a ceasefire have taken place worldwide.", type_="precondition") == []
    e = only("Hamas demanded that Israel allow fuel into Gaza before any further releases.", "precondition")
    assert e.fields["by"] == "Hamas"


def test_counts_of_the_dead_are_not_claims_of_the_held():
    assert events("Hamas said 60 hostages had been killed in Israeli strikes.", type_="claim") == []
    e = only("Israel says 137 hostages remain in Gaza.", "claim")
    assert (e.fields["according_to"], e.fields["held"]) == ("Israel", 137)


# Numbers as words, and who is who.

@pytest.mark.parametrize(("sentence", "counts"), [
    ("Hamas released thirteen Israelis and ten Thais on Friday.", {"hostages": 23}),
    ("Hamas freed 13 Israelis, 10 Thais and a Filipino on Friday.", {"hostages": 24}),
    ("A dozen Thai workers were freed on Friday.", {"hostages": 12}),
    ("Israel released thirty-nine Palestinian women and children on Friday.", {"prisoners": 39}),
    ("Israel freed 1,027 Palestinian prisoners on Tuesday.", {"prisoners": 1027}),
])
def test_counts_written_in_words_or_digits(sentence, counts):
    e = only(sentence, "release")
    assert {k: v for k, v in e.fields.items() if k in ("hostages", "prisoners")} == counts


@pytest.mark.parametrize(("sentence", "days"), [
    ("The truce was extended by two days, Qatar said.", 2),
    ("Israel and Hamas agreed to extend the pause for another day.", 1),
    ("The ceasefire was prolonged by 48 hours on Monday.", 2),
])
def test_extension_days_in_any_wording(sentence, days):
    assert only(sentence, "truce_extension").fields["days"] == days


def test_actors_come_from_the_editable_dictionary(tmp_path):
    from negotiation.mapper.actors import load_actors, mentions

    names = {a.name for a in load_actors()}
    assert {"Israel", "Hamas", "Qatar", "Egypt", "United States", "Red Cross"} <= names
    custom = tmp_path / "actors.yaml"
    custom.write_text("- {name: Freedonia, role: party, aliases: [Freedonia, Freedonian]}\n", encoding="utf-8")
    assert [a.name for _, a in mentions("The Freedonian envoy left.", load_actors(str(custom)))] == ["Freedonia"]


# Counts as wire copy words them (round 2's lessons, in other words).

@pytest.mark.parametrize(("sentence", "counts"), [
    # describing words the list of adjectives does not know
    ("Militants freed four frail elderly captives on Tuesday.", {"hostages": 4}),
    ("Iran released three wrongfully detained Americans on Monday.", {"hostages": 3}),
    # a bare number continuing the count before it
    ("Nine hostages were handed to the Red Cross at noon and the remaining 11 were freed at dusk.", {"hostages": 20}),
    # a breakdown of the count just given is not counted twice
    ("Israel freed 50 Palestinian prisoners, 20 women and 30 teenagers, on Tuesday.", {"prisoners": 50}),
    # each side of a swap: the same noun on both sides is still two sides
    ("On Tuesday 95 Ukrainian troops were returned in exchange for 95 Russian troops.", {"hostages": 95, "prisoners": 95}),
    ("Moscow and Kyiv swapped 75 prisoners of war each on Tuesday.", {"hostages": 75, "prisoners": 75}),
    ("Both countries each released 150 servicemen on Tuesday.", {"hostages": 150, "prisoners": 150}),
])
def test_counts_read_in_wire_idiom(sentence, counts):
    e = only(sentence, "release")
    assert {k: v for k, v in e.fields.items() if k in ("hostages", "prisoners")} == counts


def test_numbers_that_count_something_else_are_not_people():
    for e in events("5 days after the hostages were taken, none had been freed."):
        assert e.fields.get("hostages") != 5, e.as_dict()


def test_some_of_the_hostages_held_are_the_batch_freed_not_a_count_held():
    # "13 of the hostages" counts the people freed (round 15: "freed 300 of the Lebanese prisoners")
    found = events("Hamas freed 13 of the hostages it holds on Tuesday.")
    assert [e.fields.get("hostages") for e in found if e.type == "release"] == [13], [e.as_dict() for e in found]
    assert all(e.fields.get("held") != 13 for e in found if e.type == "claim"), [e.as_dict() for e in found]


@pytest.mark.parametrize("sentence", [
    "By Thursday evening, 64 captives had been freed since the pause took effect.",
    "As of Sunday morning, 39 hostages had been released under the deal.",
    "In all, 81 hostages have been freed, the army said.",
    "Some 240 prisoners have been released since the exchanges started.",
])
def test_a_tally_at_a_point_in_time_is_not_a_new_batch(sentence):
    assert events(sentence, type_="release") == []


@pytest.mark.parametrize("sentence", [
    "The remains of four captives are also to be handed over this week.",
    "A further 60 prisoners were still due to be released on Wednesday.",
])
def test_a_modal_a_word_away_from_its_verb_is_still_a_future(sentence):
    assert events(sentence, type_="release") == []


def test_may_the_month_is_not_may_the_modal():
    e = only("KYIV, May 14 - Russia released 120 Ukrainian soldiers on Tuesday.", "release", date(2025, 5, 14))
    assert e.date == date(2025, 5, 13) and e.fields["hostages"] == 120
    assert only("On May 2 the two sides exchanged 60 prisoners each.", "release", date(2025, 5, 14)).date == date(2025, 5, 2)
    assert events("Hamas may release more captives on Tuesday.", type_="release") == []


# Dates that belong to another clause, to the dateline, or to the night.

def test_a_date_in_a_clause_about_the_truce_start_dates_the_start_not_the_expiry():
    text = ("The ceasefire, which began on March 3 and was extended once, expired at dawn with no deal to extend it. "
            "Fighting resumed on Tuesday, the army said.")
    found = map_article(text, date(2025, 3, 12))  # a Wednesday
    expiry = [e for e in found if e.type == "breakdown" and "expired" in e.quote]
    assert [e.date for e in expiry] == [date(2025, 3, 11)]  # not March 3: from the other mention of the collapse
    start = [e for e in found if e.type == "truce_start"]
    assert [e.date for e in start] == [date(2025, 3, 3)]


def test_a_date_attached_to_an_earlier_agreement_does_not_date_a_release():
    e = only("Both sides each freed 150 people on Thursday under the swap agreed in Riyadh last week.", "release", date(2025, 6, 7))
    assert e.date == date(2025, 6, 5)


def test_a_dateline_is_a_weaker_date_than_a_sentence_that_tells_the_day():
    text = ("CAIRO, March 9 - The two sides have reached an agreement to swap 40 captives for 400 prisoners. "
            "The cabinet approved the agreement late on Saturday.")
    found = [e for e in map_article(text, date(2025, 3, 9)) if e.type == "agreement"]  # a Sunday
    assert [e.date for e in found] == [date(2025, 3, 8), date(2025, 3, 8)]


def test_after_midnight_after_a_late_evening_is_the_next_day():
    text = ("Hamas freed 12 hostages late on Saturday. "
            "Israel released 36 Palestinian prisoners shortly after midnight.")
    found = events(text, date(2023, 11, 26), "release")
    assert [e.date for e in found] == [date(2023, 11, 25), date(2023, 11, 26)]


# Denials in other words.

@pytest.mark.parametrize("sentence", [
    "Hamas called the reports of an imminent swap false.",
    "Kyiv dismissed media reports of a prisoner deal as speculation.",
    "\"These are fabricated stories,\" an Israeli official said of the accounts of a truce.",
    "The Kremlin played down reports that an exchange had been agreed.",
    "Qatar said there was no truth to claims that a deal had been signed.",
])
def test_a_report_called_wrong_is_a_denial(sentence):
    assert events(sentence, type_="denial")


@pytest.mark.parametrize("sentence", [
    "Netanyahu dismissed his defence minister on Tuesday.",
    "The families said the stories of the freed hostages were harrowing.",
    "Hamas denied the Red Cross access to the captives.",
    "Reports of shelling near the crossing were false alarms, the army said.",
])
def test_lookalikes_of_a_denial_are_not_denials(sentence):
    assert events(sentence, type_="denial") == []


def test_a_partys_no_deal_yet_is_a_denial_when_the_article_reports_a_deal():
    text = ("Israel says there is no agreement yet\n"
            "An Israeli newspaper reported on Sunday that a deal to free 30 hostages had been struck. "
            "Netanyahu told reporters on Monday that no deal had been reached so far. "
            "\"There is no deal yet,\" Netanyahu added.")
    found = events(text, date(2023, 11, 21), "denial")  # a Tuesday
    assert len(found) == 3 and {e.fields["by"] for e in found} == {"Israel"}
    # the headline and the undated quote take the day the party spoke
    assert [e.date for e in found] == [date(2023, 11, 20)] * 3


def test_a_partys_no_deal_yet_without_any_report_denies_nothing():
    text = "Netanyahu said on Monday that there was no deal yet on the hostages, and talks would go on."
    assert events(text, date(2023, 11, 21), "denial") == []


def test_the_speaker_of_a_no_deal_is_the_one_named_before_it():
    text = ("Qatar hopes for a breakthrough; Hamas says no deal yet\n"
            "Media reported a deal had been reached.")
    found = events(text, date(2023, 11, 21), "denial")
    assert [e.fields["by"] for e in found] == ["Hamas"]


# Offers not called offers.

@pytest.mark.parametrize(("sentence", "by"), [
    ("Russia has proposed a 30-day ceasefire along the front line.", "Russia"),
    ("Egypt tabled a three-phase plan on Monday, officials said.", "Egypt"),  # a mediator's plan is its offer (dev gold: the envoy's plan)
    ("The council tabled a three-phase plan on Monday, officials said.", None),  # nobody in the talks named
    ("Hamas gave the mediators a fresh list of captives it could free.", "Hamas"),
    ("Israel rejected a list from Hamas naming 12 hostages.", "Hamas"),
    ("Kyiv signalled readiness to swap all prisoners of war.", "Ukraine"),
    ("Tehran said it was ready to release the detained Americans.", "Iran"),
])
def test_terms_put_forward_in_other_words_are_offers(sentence, by):
    found = events(sentence, type_="offer")
    if by is None:
        assert found == []  # "tabled a plan" needs a party putting it forward
    else:
        assert len(found) == 1 and found[0].fields.get("by") == by


@pytest.mark.parametrize("sentence", [
    "The proposed ceasefire would last six weeks.",  # the adjective, not a party proposing
    "The released hostages will be freed under a plan put forward by Egypt.",
    "The army released a list of the dead on Monday.",
    "Hamas presented a list of demands to the mediators.",
    "The draft plan would see 40 hostages freed in return for a six-week pause.",  # a plan's terms, no party
    "Qatar offered its condolences to the families of the hostages.",
])
def test_lookalikes_of_an_offer_are_not_offers(sentence):
    assert events(sentence, type_="offer") == []


# Talks named as meetings, rounds and delegations.

@pytest.mark.parametrize("sentence", [
    "The envoys met for three hours in Riyadh on Tuesday.",
    "Oman, which has brokered the indirect negotiations, said progress was slow.",
    "The session, chaired by the Saudi foreign minister, ended after midnight.",  # 'session' is no talks word ...
    "Both sides held a second round of talks in Geneva.",
    "Iran and the US spoke at their first direct talks in five years.",
    "Officials described the mood during the latest high-level talks as calm.",
])
def test_talks_in_other_words(sentence):
    found = events(sentence, type_="talks")
    if "session" in sentence:
        assert found == []  # ... so it stays unread: a guard against reading any noun as talks
    else:
        assert len(found) == 1


@pytest.mark.parametrize("sentence", [
    "The delegations will meet in Istanbul next week.",
    "Kyiv has proposed direct talks between the two presidents.",
    "Mediators are pushing for a new round of talks in Cairo.",
    "The families met the prime minister on Tuesday.",
    "Qatar hopes to host the first direct talks in Doha.",
])
def test_talks_only_planned_or_meetings_of_others_are_not_talks(sentence):
    assert events(sentence, type_="talks") == []


def test_talks_held_then_collapsed_are_both_talks_and_a_breakdown():
    text = "Earlier rounds of talks, mediated by Oman, collapsed over the list of names."
    assert {e.type for e in map_article(text, SAT)} >= {"talks", "breakdown"}
    assert events("The talks collapsed on Friday.", type_="talks") == []


def test_a_belief_is_not_a_future():
    e = only("Militants are thought to be holding about 90 captives.", "claim")
    assert e.fields["held"] == 90


# Agreements in subordinate clauses and with the day before the object.

@pytest.mark.parametrize("sentence", [
    "Moscow and Kyiv agreed on Tuesday to swap 500 prisoners of war each.",
    "Israel agreed late on Tuesday to release 300 Palestinian prisoners.",
    "The first phase of the truce, which both sides signed in Cairo last week, ended on Tuesday.",
    "The swap that Washington and Tehran agreed on in August went ahead on Tuesday.",
])
def test_agreements_told_in_other_clauses(sentence):
    assert events(sentence, type_="agreement")


@pytest.mark.parametrize("sentence", [
    "Hamas has not agreed on Tuesday to free any more hostages.",
    "The deal, which both sides are expected to sign on Friday, would free 40 hostages.",
    "Israel said it agreed with the mediators that the talks should go on.",
])
def test_agreements_negated_expected_or_about_something_else_are_not_agreements(sentence):
    assert events(sentence, type_="agreement") == []


def test_the_terms_of_a_deal_are_not_a_count_of_the_held():
    text = "The cabinet approved a deal on Tuesday under which 30 children held hostage will be freed."
    assert events(text, type_="claim") == []
    assert only(text, "agreement").fields["terms"]["hostages"] == 30


@pytest.mark.parametrize("sentence", [
    "The security cabinet voted to approve the truce deal on Tuesday.",
    "Parliament ratified the prisoner exchange agreement on Tuesday.",
])
def test_a_deal_voted_through_or_ratified_is_an_agreement(sentence):
    assert only(sentence, "agreement").date == date(2023, 11, 21)


@pytest.mark.parametrize("sentence", [
    "The cabinet will vote to approve the deal on Sunday.",
    "Parliament is expected to ratify the agreement next week.",
])
def test_a_vote_to_come_is_not_an_agreement(sentence):
    assert events(sentence, type_="agreement") == []


def test_nationals_of_other_wars_are_counted():
    assert only("Officials said 84 Ukrainians returned home on Tuesday.", "release").fields["hostages"] == 84


# Round-3 development: which other mention may date a release.

def test_a_lead_release_dated_only_by_its_dateline_takes_the_day_the_next_paragraph_tells():
    text = ("ODESA, 14 March — Ukraine has brought home 90 soldiers from Russian captivity.\n\n"
            "The swap was carried out on Wednesday near the border, officials said.")
    lead, body = events(text, date(2024, 3, 14), "release")
    assert body.date == date(2024, 3, 13)
    assert lead.date == date(2024, 3, 13) and "another sentence" in lead.date_text


def test_a_lead_release_keeps_its_dateline_when_no_nearby_mention_tells_a_day():
    text = "ODESA, 14 March — Ukraine has brought home 90 soldiers from Russian captivity."
    assert only(text, "release", date(2024, 3, 14)).date == date(2024, 3, 14)


def test_a_release_dated_only_by_a_month_does_not_date_the_releases_told_after_it():
    text = ("In May, Hamas freed 12 hostages in an earlier exchange.\n\n"
            "Hamas freed 12 more hostages, the mediators said.")
    first, second = events(text, SAT, "release")
    assert first.date_precision == "month"
    assert second.date is None


# Round-3 development: talks told as mediation, contacts, meetings or diplomacy.

@pytest.mark.parametrize("sentence", [
    "The prisoners were freed after mediation by the Emir of Qatar, officials said.",
    "Kyiv thanked Ankara for its tireless mediation.",
    "Oman's mediation had kept the channel open for months.",
    "Egypt said it had played a central mediation role in the handover.",
    "He praised the Swiss for mediating the swap.",
    "The detainees came home in an exchange mediated by Oman.",
    "The handover took place under the auspices of the Red Cross.",
    "Channels of communication between the two governments were set up by Qatar.",
    "The breakthrough follows months of quiet diplomacy between Washington and Tehran.",
    "The contacts with the mediators are continuing day and night, the minister said.",
    "He said meetings with the Qatari side had gone on late into the night.",
    "Officials said the remaining details of the handover were being ironed out.",
    "Negotiations over the detainees remain ongoing, a spokesman said.",
    "The release came after three years of negotiations.",
    "It took months of what officials called grinding negotiations.",
    "Following negotiations, 40 soldiers were returned.",
    "She thanked the allies who stood by us throughout long and difficult talks.",
    "Only Washington and Moscow negotiated the arrangement, the White House said.",
])
def test_talks_told_in_other_words_are_talks(sentence):
    assert events(sentence, SAT, "talks"), sentence


@pytest.mark.parametrize("sentence", [
    "Officials are in contact with the families of the hostages.",
    "Qatar has previously played a mediating role in truces between the two.",
    "The deal was struck on Tuesday, ending more than four years of negotiations.",
    "A total of 900 captives have now been exchanged through its mediation efforts.",
    "The number of people released through its mediation has reached 2,000.",
    "Ukraine asked Turkey for mediation in the dispute.",
    "Oman will host talks next week, diplomats said.",
])
def test_contacts_tallies_and_mediation_sought_are_not_talks(sentence):
    assert not events(sentence, SAT, "talks"), sentence


def test_a_separate_negotiation_that_failed_is_no_breakdown_of_this_one():
    text = "The progress follows secret diplomacy between the rivals, whose separate talks on a trade pact broke down."
    assert events(text, SAT, "talks")
    assert not events(text, SAT, "breakdown")


# Round-3 development: a truce ended by a party, resolve that sets no term, an exchange completed, tallies.

@pytest.mark.parametrize("sentence", [
    "Airstrikes hit the city overnight, bringing an end to a truce that had lasted six weeks.",
    "The group accused the army of unilaterally ending the ceasefire.",
    "The government has decided to scrap the ceasefire agreement, the militants said.",
    "The cabinet voted to tear up the truce on Monday.",
])
def test_a_truce_ended_or_overturned_by_a_party_is_a_breakdown(sentence):
    assert events(sentence, SAT, "breakdown"), sentence


@pytest.mark.parametrize("sentence", [
    "Both sides hope to put an end to the war soon.",
    "The minister threatened to scrap the ceasefire if attacks continued.",
    "The first phase ended, and the truce was extended by two days.",
])
def test_an_end_hoped_for_or_threatened_is_no_breakdown(sentence):
    assert not events(sentence, SAT, "breakdown"), sentence


@pytest.mark.parametrize("sentence", [
    "We will not rest until every one of them is home, the minister said.",
    "The army will not stop fighting until the hostages are back, he said.",
])
def test_a_vow_of_resolve_is_no_precondition(sentence):
    assert not events(sentence, SAT, "precondition"), sentence


@pytest.mark.parametrize("sentence", [
    "Israel will not end the war until the group has been disarmed, he said.",
    "Moscow made clear that it was an all-for-all exchange or nothing.",
])
def test_a_term_set_in_the_until_or_ultimatum_form_is_a_precondition(sentence):
    assert events(sentence, SAT, "precondition"), sentence


def test_an_exchange_completed_in_a_participle_or_perfect_is_a_conclusion():
    assert events("Egypt frees 40 detainees, completing the prisoner swap", SAT, "conclusion")
    assert events("Officials said Friday's handover had completed the exchange.", SAT, "conclusion")
    assert not events("Officials said Friday's handover completed the first exchange of the week.", SAT, "conclusion")


@pytest.mark.parametrize("sentence", [
    "It was the 12th prisoner exchange of the war, and 2,400 people had now been brought home, the ombudsman said.",
    "Tuesday's release completed the deal, under which Israel has freed a total of 600 prisoners.",
    "The mediator said the number of detainees released through its efforts had reached 900.",
    "During its six-week first phase, the group handed over 25 hostages.",
    "Among those handed back was a journalist arrested in 2021.",
    "It was a hard choice on which prisoner to bring home.",
])
def test_tallies_sums_descriptions_and_choices_are_no_release(sentence):
    assert not events(sentence, SAT, "release"), sentence


@pytest.mark.parametrize("sentence", [
    "Officials said the two were exchanged on the runway at dawn.",
    "The foreign ministry confirmed the swap in a statement.",
    "The swap was delayed for hours but had eventually taken place at two border crossings.",
    "Four Canadian nationals held by the militia had been safely returned, the premier said.",
    "In March, Ukraine recovered 90 soldiers in an earlier exchange.",
])
def test_releases_in_wire_idiom(sentence):
    assert events(sentence, SAT, "release"), sentence


# Round-3 development: agreements in other words, and what is not one.

@pytest.mark.parametrize("sentence", [
    "After a year of talks the two governments had settled on an arrangement under which the four would be freed.",
    "The agreement was finally sealed late on Monday, an official said.",
    "The deal was secured only this week, a senior official said.",
    "Kyiv had agreed with Turkish officials that the freed officers would stay in Turkey until the war ends.",
    "Israel and Hamas agreed to release the remaining women on Sunday.",
    "Hamas agreed to free 10 hostages in exchange for 30 prisoners.",
    "Norway agreed to release the two agents in exchange for the journalist.",
])
def test_agreements_in_other_words(sentence):
    assert events(sentence, SAT, "agreement"), sentence


@pytest.mark.parametrize("sentence", [
    "Later that day, Egypt announced that the truce would begin at 6 a.m. on Sunday.",
    "The talks dragged on, and Germany agreed to release the agent only reluctantly.",
    "The minister agreed with the assessment that the talks were difficult.",
])
def test_a_start_time_a_one_sided_consent_or_agreeing_with_a_view_is_no_agreement(sentence):
    assert not events(sentence, SAT, "agreement"), sentence


# Round-3 development: counts of people named, broken down, or freed from a mediating state's jails.

@pytest.mark.parametrize(("sentence", "counts"), [
    ("Iran frees British aid worker Nazanin Zaghari in deal with London", {"hostages": 1}),
    ("Moscow released jailed teacher Marc Fogel on Tuesday in exchange for Alexander Vinnik.", {"hostages": 1, "prisoners": 1}),
    ("Last year, Russia freed former Marine Trevor Reed.", {"hostages": 1}),
    ("Moscow released 20 people, among them four U.S. citizens and a dual national, six Germans and eight Russians.", {"hostages": 20}),
    ("The United States freed four Russians, who flew home with three children.", {"prisoners": 4}),
])
def test_release_counts_of_named_and_broken_down_people(sentence, counts):
    e = only(sentence, "release")
    assert {k: v for k, v in e.fields.items() if k in ("hostages", "prisoners")} == counts


@pytest.mark.parametrize("sentence", [
    "Russia released Ukrainian Navy sailors on Friday, Kyiv said.",
    "Rebels freed Red Cross workers held since the spring, the committee said.",
])
def test_a_capitalised_people_or_body_is_no_named_person(sentence):
    e = only(sentence, "release")
    assert "hostages" not in e.fields and "prisoners" not in e.fields


def test_a_hostage_freed_while_a_mediator_speaks_is_still_a_hostage():
    e = only("Qatar said Hamas released 12 Israelis on Friday.", "release")
    assert e.fields.get("hostages") == 12 and "prisoners" not in e.fields


def test_a_name_that_begins_like_deny_is_no_denial():
    assert not events("Those freed included the commander Denys Ivanenko and his deputy.", SAT, "denial")


# Round-3 development: extensions proposed, proposals refused, proposals to free named people.

def test_an_extension_proposed_is_an_offer_not_an_extension():
    text = "Israel backed a plan from the US envoy to extend the truce by two weeks, under which 10 hostages would be freed."
    assert not events(text, SAT, "truce_extension")
    assert events("The truce was extended by two days, Qatar said.", SAT, "truce_extension")


def test_proposals_refused_without_their_content_are_no_offer():
    text = "The army said the decision followed the group's refusal to release our hostages and its rejection of all the proposals it received."
    assert not events(text, SAT, "offer")


def test_a_proposal_to_free_named_people_is_an_offer():
    e = only("In May, the State Department said it had made a serious proposal to Moscow to free Ana Ortiz and Tom Hale.", "offer")
    assert e.fields.get("by") in (None, "United States", "Russia")


# Round-3 development: another mention's day is not inherited when the sentence itself says otherwise.

def test_a_quoted_today_refuses_a_day_far_from_publication():
    text = ("Kyiv said on March 2 that Russia freed 50 soldiers in an earlier exchange.\n\n"
            '"Another 50 of our soldiers have returned home today," the president wrote.')
    first, second = events(text, date(2024, 3, 30), "release")
    assert first.date == date(2024, 3, 2)
    assert second.date is None


def test_a_quoted_today_accepts_the_day_before_publication():
    text = ("Kyiv said Russia freed 50 soldiers on Friday.\n\n"
            '"Another 50 of our soldiers have returned home today," the president wrote.')
    first, second = events(text, SAT, "release")
    assert first.date == second.date == date(2023, 11, 24)


def test_a_present_tense_headline_does_not_take_a_day_weeks_before_publication():
    text = ("Russia and Ukraine swap 90 prisoners each\n\n"
            "Russia and Ukraine exchanged 90 prisoners each on Nov. 2, the ministries said.")
    headline, body = events(text, SAT, "release")
    assert body.date == date(2023, 11, 2)
    assert headline.date is None


# Round-3 development: guards for the broader wording (found by trying sentences of my own).

@pytest.mark.parametrize("sentence", [
    "Hamas rejected Egypt's mediation, officials said.",
    "The aid convoy entered Gaza under the coordination of the United Nations.",
    "Qatar's mediation could secure the release of more hostages.",
])
def test_mediation_refused_hoped_for_or_unrelated_is_no_talks(sentence):
    assert not events(sentence, SAT, "talks"), sentence


@pytest.mark.parametrize("sentence", [
    "Ending the ceasefire would be a mistake, the UN said.",
    "Israel will resume fighting once the truce ends, Netanyahu said.",
])
def test_an_end_of_the_truce_forecast_or_weighed_is_no_breakdown(sentence):
    assert not events(sentence, SAT, "breakdown"), sentence


def test_would_not_until_sets_a_condition():
    assert events("Hamas said it would not release the hostages until Israel halts its strikes.", SAT, "precondition")


@pytest.mark.parametrize("sentence", [
    "The exchange was facilitated by the UAE, Kyiv said.",
    "The swap, brokered by Saudi Arabia, took place at the border.",
    "The talks, held under Qatari auspices, resumed on Monday.",
    "Negotiators worked through the night in Doha.",
])
def test_more_talks_in_wire_idiom(sentence):
    assert events(sentence, SAT, "talks"), sentence


def test_talks_named_as_a_subject_with_an_adjective_continued_are_not_talks_resuming():
    assert not events("The role of Oman in these negotiations shows its continued efforts to matter.", SAT, "talks")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Israel resumed airstrikes on Gaza on Tuesday.", "breakdown"),
    ("Hamas pulled out of the ceasefire deal on Monday.", "breakdown"),
])
def test_more_breakdowns(sentence, kind):
    assert events(sentence, SAT, kind), sentence


def test_a_first_phase_concluded_is_no_conclusion_of_the_exchange():
    assert not events("The exchange concluded the deal's first phase.", SAT, "conclusion")
    assert events("The handover concluded the swap's final stage.", SAT, "conclusion")


def test_a_named_person_given_for_a_counted_batch_is_one_of_the_other_kind():
    e = only("Caracas released 10 Americans in a swap for Alex Saab, an ally of the president.", "release")
    assert (e.fields.get("hostages"), e.fields.get("prisoners")) == (10, 1)
    e = only("Hamas freed 24 hostages in exchange for 39 Palestinian prisoners.", "release")
    assert (e.fields.get("hostages"), e.fields.get("prisoners")) == (24, 39)


@pytest.mark.parametrize("sentence", [
    "A delegation from Hamas arrived in Cairo for ceasefire talks.",
    "Israeli negotiators travelled to Doha on Monday for talks on the second phase.",
    "The US envoy met Hamas officials in Doha.",
])
def test_delegations_and_envoys_who_travel_for_talks_or_meet_are_talks(sentence):
    assert events(sentence, SAT, "talks"), sentence


def test_a_delegation_due_to_travel_for_talks_is_no_talks():
    assert not events("A Hamas delegation will travel to Cairo for talks next week.", SAT, "talks")


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Israel began releasing 90 Palestinian prisoners from Ofer prison late on Sunday.", {"prisoners": 90}),
    ("Moscow said it had returned 150 Ukrainian prisoners of war in exchange for 150 Russian soldiers.", {"prisoners": 150, "hostages": 150}),
    ("Hamas handed over Arbel Yehud to the Red Cross in Khan Younis.", {"hostages": 1}),
    ("Kyiv has brought home 90 soldiers in the largest exchange since the summer.", {"hostages": 90}),
])
def test_more_release_verbs(sentence, counts):
    e = only(sentence, "release")
    assert {k: v for k, v in e.fields.items() if k in ("hostages", "prisoners")} == counts


def test_an_active_perfect_with_since_is_a_running_total():
    assert not events("Hamas has freed 25 hostages since Friday.", SAT, "release")


# The release family: a freeing verb with people as object or subject, in any tense, guarded generically.

@pytest.mark.parametrize("sentence", [
    "Serbia and Kosovo exchanged detainees at the Jarinje crossing on Thursday.",
    "Colombia and the ELN swapped captives near the Venezuelan frontier.",
    "Belarus released four Lithuanian activists late on Friday.",
    "Tehran liberated two French nationals after four years.",
    "Mali handed back three Algerian pilots to their government.",
    "We are handing over the three Thai farm workers now.",
    "Seven Georgian students jailed in Baku were flown to Tbilisi on Tuesday.",
    "Two Nepali nurses, both seized in the raid, were brought back to Kathmandu.",
    "Dmitri Orlov was released from custody on Monday and flown to Berlin.",
    "Four Pakistani reporters home as Kabul frees them after talks.",
    "The mediators welcomed the return of the five Kenyan sailors.",
    "India and Pakistan traded 60 fishermen at the Wagah border.",
    "Ten Filipino sailors held by pirates arrived home in Manila on Friday.",
    "The operation to bring back the two Estonian reporters has been accomplished.",
])
def test_releases_told_in_any_voice_and_tense(sentence):
    assert events(sentence, SAT, "release"), sentence


@pytest.mark.parametrize("sentence", [
    "Twelve captured Azerbaijani soldiers crossed the border into Azerbaijan on Friday.",
    "A bus carrying 40 Palestinian detainees left Ofer prison before dawn.",
])
def test_people_in_captivity_carried_across_a_border_are_released(sentence):
    assert events(sentence, SAT, "release"), sentence


@pytest.mark.parametrize("sentence", [
    "Russian troops crossed the border near Sumy on Friday.",            # war, nobody in captivity
    "A plane carrying 200 tourists landed in Antalya on Friday.",        # a flight, nobody freed
    "Serbia and Kosovo plan to exchange detainees next week.",           # a plan
    "Belarus is expected to release four Lithuanian activists.",         # expected
    "Mali has not handed back the three Algerian pilots.",               # negated
    "Previous attempts to free the Georgian students had failed.",       # an attempt, not an act
    "The returned Kenyan sailors were given medical checks.",            # people already freed, described
    "Tehran has liberated 40 French nationals so far.",                  # a tally
    "The law requires notice 30 days before any detainee is transferred.",   # a condition timed by a release
    "The agents were transferred to a maximum-security prison.",          # into custody, not out of it
    "Thousands of civilians were flown out of Khartoum by evacuation flights.",  # moved, nobody held
    "The hostages are back in the news after the video.",                # back in the news, not back home
    "Officials are working to bring home the two Britons.",              # an aim, not an act
])
def test_the_release_family_guards_future_negation_attempts_descriptions_and_tallies(sentence):
    assert events(sentence, SAT, "release") == [], sentence


# The talks family: a negotiation noun and words asserting the talks took or are taking place, guarded generically.

@pytest.mark.parametrize("sentence", [
    "Direct negotiations between Colombia and the ELN resumed quietly in Caracas.",
    "Four rounds of consultations were held in Geneva over the winter.",
    "The first face-to-face meeting took place in Oslo in March.",
    "Norway hosted two sessions in its embassy in Kabul.",
    "Kuwait co-chaired the discussions with the African Union.",
    "The Philippines recovered its sailors in a swap facilitated by Oman.",
    "Another batch came home, again with Saudi mediation.",
    "Switzerland acted as go-between for the two governments.",
    "Belgrade and Pristina have been negotiating the handover for months.",
    "The president spoke by phone twice with his Iranian counterpart about the detainees.",
    "The Emir of Kuwait hosted the two delegations on Sunday.",
    "The Red Crescent facilitated the exchange between the two sides.",
    "Negotiators from both sides have been meeting in Muscat since March.",
])
def test_talks_told_by_a_negotiation_noun_and_its_taking_place(sentence):
    assert events(sentence, SAT, "talks"), sentence


@pytest.mark.parametrize("sentence", [
    "Oslo hopes direct negotiations between Colombia and the ELN will resume.",   # a hope
    "Norway has offered to host sessions between the two sides.",                 # offered to mediate
    "Consultations were expected to be held in Geneva next month.",               # planned
    "The envoy spoke with reporters outside the hotel.",                          # the press
    "The families spoke by phone with the minister.",                             # families' contacts, not talks
    "A meeting between the two delegations is planned for next week.",            # planned, told after the noun
    "Negotiations between the two sides failed in 2019.",                         # failed, told after the noun
    "He spoke with the minister of health about hospitals.",                      # a call about something else
    "Meetings between the families and officials took place weekly.",             # families' meetings
])
def test_the_talks_family_guards_hopes_offers_plans_and_the_press(sentence):
    assert events(sentence, SAT, "talks") == [], sentence


# The agreement family: a deal noun with a verb of conclusion in any voice, or an approving body.

@pytest.mark.parametrize("sentence", [
    "This time, Oman managed to clinch an accord between the two sides.",
    "The Kenyan parliament gave its final approval on Thursday.",
    "The Lithuanian cabinet voted 11 to 2 on Monday to approve the swap.",
    "Negotiators in Geneva finalised the terms for the handover.",
    "The two presidents signed off on it in a video call late on Friday.",
    "The month of contacts had ended in an accord between Belgrade and Pristina.",
    "Minsk and Vilnius have struck a pact on the detainees.",
])
def test_agreements_told_by_a_deal_noun_and_a_verb_of_conclusion(sentence):
    assert events(sentence, SAT, "agreement"), sentence


@pytest.mark.parametrize("sentence", [
    "Oman hopes to clinch an accord between the two sides.",           # a hope
    "The Kenyan parliament is expected to give its final approval.",   # expected
    "The cabinet will vote on Monday to approve the swap.",            # a vote to come
    "Negotiators in Geneva failed to finalise the terms.",             # failure
    "The two sides are close to sealing a pact, diplomats said.",      # close to
    "The minister announced the plan for new hospitals.",              # a plan about something else
    "Officials finalised the terms of the loan.",                      # terms of something else
    "The council gave its approval to a new stadium.",                 # approval of something else
    "Parliament voted to approve the budget.",                         # a vote on something else
])
def test_the_agreement_family_guards_hopes_expectations_votes_to_come_and_failures(sentence):
    assert events(sentence, SAT, "agreement") == [], sentence


@pytest.mark.parametrize("sentence", [
    "Serbia and Kosovo complete swap at Jarinje.",
    "The negotiations had concluded on Sunday, with a signed accord.",
    "The consultations in Muscat were completed late on Monday.",
])
def test_a_negotiation_or_exchange_done_is_a_conclusion(sentence):
    assert events(sentence, SAT, "conclusion"), sentence


@pytest.mark.parametrize("sentence", [
    "The talks concluded on Sunday without an agreement.",            # nothing agreed
    "The two sides hope to complete the swap next week.",             # to come
])
def test_a_negotiation_that_ended_empty_or_a_swap_to_come_is_no_conclusion(sentence):
    assert events(sentence, SAT, "conclusion") == [], sentence


@pytest.mark.parametrize(("sentence", "type_"), [
    ("A Turkish-brokered ceasefire ended the fighting in Idlib in March 2020.", "breakdown"),          # the truce ended a war
    ("The two-month truce formally expired in June but has largely held since.", "breakdown"),         # ended only on paper
    ("Border talks, handled separately by the OSCE, have since stalled.", "breakdown"),               # another negotiation
    ("The accused pilot has denied all charges.", "denial"),                                          # a plea, not a report called wrong
    ("The statute requires the minister to inform parliament before any prisoner is moved.", "precondition"),  # a law
    ("Planes took 80 rebels to the army-held port of Hodeidah.", "claim"),                            # a place, not people held
    ("Relatives of the hostages wept in Tbilisi as they were released.", "release"),                                     # timed by a release told elsewhere
    ("The exchanges are the only tangible results so far of the talks between Minsk and Vilnius.", "talks"),  # a tally of outcomes
])
def test_lookalikes_the_broader_families_must_not_read_as_events(sentence, type_):
    assert events(sentence, SAT, type_) == [], sentence


@pytest.mark.parametrize("sentence", [
    "The ELN handed over the names of the six soldiers to be freed on Sunday.",
    "Minsk submitted the names of 20 Lithuanian detainees it is ready to release.",
])
def test_names_handed_over_are_an_offer_like_a_list(sentence):
    assert events(sentence, SAT, "offer"), sentence


def test_names_of_the_dead_are_no_offer():
    assert events("The army released the names of the soldiers killed in the raid.", SAT, "offer") == []


# Round-5 precision guards for the broad release family, probed with wording outside the corpus.

@pytest.mark.parametrize("sentence", [
    "Footage released by the army showed the convoy at the border crossing.",
    "In pictures released by the ministry on Monday, the freed fishermen looked thin.",
    "The rebels released a statement saying the two engineers were in good health.",
    "The government released details of the prisoners it wants in return.",
    '"We are overjoyed," said the Free Our Sons Now campaign, which has lobbied for the captives.',
    "The militia has been freeing detainees in small groups since 2019.",
    "Before Tuesday, the cartel had already released some 12 migrants under a separate deal.",
    "It was the biggest release of soldiers from enemy jails since the war began.",
    "The sailors released on Sunday included two cooks and a ship's engineer.",
    "Also released were the 11 fishermen seized off the coast last spring.",
    "Freeing the captives was not enough for the government to resume talks, he said.",
    '"Our boys are home," the mayor wrote.',
    "The minister returned with no news about 14 other citizens believed abducted.",
    "With Monday's releases, 60 hostages have left the country since the pause began, and the army has so far freed 150 prisoners.",
    "The colonel said the pilot was handed over only after he had signed a statement.",
])
def test_things_names_histories_and_descriptions_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The rebels released 12 soldiers on Friday, officials said in a statement.",
    "Before the announcement, the militants had freed six fishermen.",
    "Bring Back Our Sailors: the navy freed 14 sailors on Friday.",
])
def test_a_release_beside_those_words_is_still_read(sentence):
    assert events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The fishermen come home after nine months in a Libyan jail.",
    "The minister returns from Tripoli with three aid workers held by the militia.",
    "The premier won their release at a brief summit with the junta leader.",
    "The junta allowed the two pilots to return to France on Sunday.",
    "The reporter walked out of the capital's central prison on Tuesday.",
    "The rebels had said they would free the men in two batches, but in the end released them all on Friday.",
    "The lawyer said the court released them on bail on Thursday.",
])
def test_releases_told_as_outcomes_homecomings_and_leave_to_go(sentence):
    assert events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


def test_a_deal_announcement_that_secured_the_release_of_prisoners_is_no_release():
    assert not events("The group's leader said it had secured the release of prisoners in the deal.", type_="release")


@pytest.mark.parametrize("sentence, type_", [
    ("Both reporters have denied being agents of a foreign government.", "denial"),
    ("He staged a 90-day hunger strike demanding the release of all political prisoners.", "precondition"),
    ("The envoy is expected in Cairo on Monday to urge both sides to agree to a longer ceasefire.", "agreement"),
    ("The president announced a ceasefire for the holiday on humanitarian grounds.", "agreement"),
    ("It was the first negotiated release of hostages since the rebels began kidnapping.", "talks"),
])
def test_pleas_protests_aims_declarations_and_adjectives_are_not_what_they_look_like(sentence, type_):
    assert not events(sentence, type_=type_), [e.as_dict() for e in events(sentence)]


def test_readiness_to_accept_an_extension_is_an_offer_not_an_extension():
    sentence = "The militants said they were ready to accept an extension of the pause for another three days."
    assert not events(sentence, type_="truce_extension")
    assert events(sentence, type_="offer")


def test_an_agreement_secured_by_those_able_to_is_still_an_agreement():
    assert events("This time, Egypt was able to secure an agreement between Israel and Hamas.", type_="agreement")


@pytest.mark.parametrize("sentence", [
    "The minister insisted the loan was \"not a reward\" for the handover of the pilots.",
    "He said the pledge had been made on humanitarian grounds and not in exchange for the detained sailors.",
    "The spokesman told reporters that the army had not swapped rebel fighters for the hostages.",
    "The court publicly ruled out any early release of the two journalists.",
    "\"They are still in the prison,\" the lawyer told Reuters, denying that the two had been freed.",
])
def test_denials_of_a_trade_or_a_report_in_other_words(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_a_pause_in_swaps_for_months_is_no_denial():
    assert not events("The two sides had not exchanged prisoners for almost six months before Friday.", type_="denial")


@pytest.mark.parametrize("sentence", [
    "Ukraine floated the idea of an all-for-all exchange of prisoners last year.",
    "Hamas said Israel's proposals to prolong the ceasefire were unsatisfactory.",
    "Hamas has signalled that it is willing to consider an extension of the pause by two days.",
])
def test_offers_as_ideas_proposals_to_extend_and_readiness_for_terms(sentence):
    assert events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence, type_", [
    ("The army says the rebels must free all their hostages before any peace talks can begin.", "precondition"),
    ("The group said the pilots would be released only if the government freed its jailed commanders.", "precondition"),
    ("The pilots were moved to the capital amid talks with the rebels.", "talks"),
    ("The premier won their release at a brief summit with the junta leader.", "talks"),
    ("The minister confirmed that the government was in negotiations to free the remaining sailors.", "talks"),
    ("He thanked the mediators, who had been consulted at every stage of the negotiations.", "talks"),
    ("The ceasefire was initially agreed for five days.", "agreement"),
])
def test_preconditions_talks_and_agreements_in_passing(sentence, type_):
    assert events(sentence, type_=type_), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The general admitted the abductions at his first summit with the premier, in 2002.",
    "The president announced the pause at a meeting with the chief of his general staff.",
])
def test_an_earlier_summit_or_a_partys_own_meeting_is_no_talks(sentence):
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Kyiv said on Monday it had received the bodies of 500 dead servicemen from Russia.",
    "The remains of 40 killed soldiers were returned to Armenia on Tuesday.",
    "Alongside the swap, Moscow also handed over the bodies of 61 fallen defenders.",
])
def test_the_war_dead_handed_back_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


def test_the_bodies_of_captives_handed_over_are_a_release():
    found = events("The militia handed over the bodies of the three captured pilots on Friday.", type_="release")
    assert found and found[0].fields.get("hostages") == 3, [e.as_dict() for e in found]


# Round 6's families, written for the general case and probed with paraphrases (not the corpus's sentences).
@pytest.mark.parametrize("sentence", [
    "The rebels frees father of a famous boxer after ten days in captivity.",
    "A rebel commander handed Ortega over to a church delegation near the border.",
    "Officials said the militia was also freeing a Canadian engineer on Sunday.",
    "The interior ministry announced on Friday the release of Maria Lopez.",
    "The state prosecutor announced the release, calling it a humanitarian act.",
    "The army said Mrs Gómez was returning to her family after the handover.",
])
def test_a_person_freed_by_role_kin_or_name(sentence):
    assert events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Before Friday, 250 prisoners had been released under the agreement.",
    "\"Noa is home.",
    "Our dear Avi is home at last.",
    "They seemed stronger than the four women released a week earlier.",
    "Freed with her were two aid workers from Norway.",
    "Rights groups criticised the army for making some released prisoners sign pledges.",
    "The returning hostages crossed into Israel shortly after noon.",
    "Sunday's handovers were calmer than the scenes at Thursday's releases.",
    "The government announced the release of a statement on the talks.",
    "Authorities denied that they had swapped militants for the students.",
])
def test_descriptions_comparisons_joy_and_things_released_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The government and the rebels sign off on first phase of the peace plan; captives could be freed soon",
    "Both sides have agreed to the second phase of the Egyptian plan, the mediators announced late on Monday, a step that would free the remaining captives.",
    "A senior official in Doha confirmed the deal on Tuesday.",
])
def test_a_phase_signed_off_on_or_a_deal_confirmed_is_an_agreement(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "An aide said that once parliament approves the deal, the troops will withdraw.",
    "The ministry confirmed the exchange, saying all 50 men were home.",
])
def test_a_deal_approved_in_a_condition_or_an_exchange_confirmed_is_no_agreement(sentence):
    assert not events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


def test_a_weekday_after_a_plan_in_another_clause_is_the_past_one():
    # published on a Thursday: "announced late on Wednesday" is the day before, though "plan to end" came earlier
    assert resolve("The deal, part of a plan to end the war, was announced late on Wednesday.", date(2025, 10, 9)).day == date(2025, 10, 8)
    assert resolve("The talks will resume on Wednesday.", date(2025, 10, 9)).day == date(2025, 10, 15)


@pytest.mark.parametrize("sentence", [
    "Kyiv has disputed Moscow's account of the crash.",
    "The army said it had seen no evidence that 40 of its soldiers were on the plane.",
])
def test_an_account_disputed_or_no_evidence_of_a_claim_is_a_denial(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_charges_a_defendant_denied_are_no_denial():
    assert not events("She was convicted of espionage charges she denied.", type_="denial")


@pytest.mark.parametrize("sentence", [
    "The prisoners were freed after Turkish and Saudi mediation.",
    "Hamas freed three captives after mediators stepped in to save the ceasefire.",
    "The crown prince was instrumental in the negotiations, officials said.",
    "The contacts ran through a channel set up by Oman.",
    "The release was agreed at the dialogue table between the government and the rebels.",
    "The kidnapping disrupted peace talks with the rebels, which resumed last year.",
    "The swap freed 100 soldiers on each side, again mediated by the UAE.",
])
def test_talks_told_as_mediation_a_part_a_channel_or_a_table(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Under the deal, mediated by Egypt, Israel will free 500 prisoners.",
    "The senator, who has been involved in earlier negotiations, spoke to reporters.",
])
def test_a_deals_terms_or_a_past_involvement_is_no_talks(sentence):
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


# Round 7's families, written for the general case and probed with paraphrases (not the corpus's sentences).
@pytest.mark.parametrize("sentence", [
    "Rebels free Italian priest held for two years",
    "\"Today we are bringing home Anna Kowalski and Peter Novak,\" the president said.",
    "The detainees changed hands on a bridge at dawn.",
    "Qatar's foreign ministry announced the swap on Sunday.",
    "The handover was then carried out at the border crossing.",
])
def test_releases_in_headlines_by_name_or_as_an_exchange_done(sentence):
    assert events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The cabinet approves deal to free 40 hostages in return for a truce",
    "Protesters demand government free jailed journalists",
    "Earlier exchanges had freed 60 soldiers and 90 civilians.",
    "Journalists and students were among those released, the minister said.",
])
def test_aims_demands_earlier_rounds_and_descriptions_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The two sides had agreed to the reciprocal release of detainees.",
    "The accord was announced on Monday.",
])
def test_a_mutual_release_agreed_or_a_deal_announced_is_an_agreement(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The ministry announced the exchange in a short statement.",
    "Turkey brokered the swap, officials said.",
    "Hamas agreed to free 12 hostages in the third round of exchanges under the truce deal.",
])
def test_an_exchange_announced_or_brokered_or_a_running_deals_step_is_no_agreement(sentence):
    assert not events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


def test_ready_to_organise_an_exchange_is_an_offer():
    assert events("Moscow said it was ready to organise a prisoner exchange with Kyiv.", type_="offer")


@pytest.mark.parametrize("sentence", [
    "In the course of the negotiations the envoys met twice in Geneva.",
    "The mediator called the talks in Doha between the two delegations constructive.",
    "Their release had been negotiated by a Swiss delegation.",
    "The two presidents spoke by phone last week about the release of the sailors.",
    "The leaders discussed the exchange of prisoners at length.",
    "The handover was overseen by a Norwegian mediator.",
    "The truce, brokered by Egypt, has held for a week.",
])
def test_talks_in_the_course_of_judged_negotiated_by_a_call_or_overseen_by_a_mediator(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Oman has long served as a channel between Tehran and the West.",
    "A one-year truce brokered by the UN formally lapsed in March but has largely held.",
])
def test_a_mediators_record_or_a_truce_named_by_its_broker_is_no_talks(sentence):
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence, held", [
    ("The state holds more than 4,500 Palestinian security prisoners.", 4500),
    ("Nearly 1,100 political prisoners remain behind bars, a rights group says.", 1100),
])
def test_claims_with_thousands_and_describing_words(sentence, held):
    found = events(sentence, type_="claim")
    assert found and found[0].fields["held"] == held, [e.as_dict() for e in events(sentence)]


def test_a_demand_for_an_inquiry_is_no_precondition():
    assert not events("The minister said the government would demand an independent investigation into the crash.", type_="precondition")


def test_captives_let_go_are_released():
    found = events("The militants let the two nurses go on Monday.", type_="release")
    assert found and found[0].fields.get("hostages") == 2, [e.as_dict() for e in found]
    assert not events("The guards let the Red Cross go in.", type_="release")


def test_people_already_freed_flown_on_are_no_new_release():
    assert not events("The former hostages were flown by helicopter to a hospital in Tel Aviv.", type_="release")


def test_a_deal_conditioned_on_a_term_is_a_precondition():
    assert events("The group conditions any deal on a full withdrawal of troops.", type_="precondition")


# Round 8's families, written for the general case and probed with paraphrases (not the corpus's sentences).
@pytest.mark.parametrize("sentence", [
    "Sudan truce lapses after the army and the militia fail to agree an extension",
    "The ceasefire expired at midnight after the two sides failed to agree on renewing it.",
    "Peace talks in Jeddah ended without a deal on Friday.",
    "KHARTOUM, May 12 — Army and militia negotiators left Jeddah on Friday without reaching an agreement.",
    "The rebels blamed the government for the failure of the talks.",
])
def test_a_truce_lapsed_without_renewal_or_talks_ended_without_a_deal_is_a_breakdown(sentence):
    assert events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Sudan truce lapses after the army and the militia fail to agree an extension",
    "Army and militia negotiators left Jeddah on Friday without reaching an agreement.",
])
def test_a_failed_extension_is_no_extension_and_envoys_leaving_without_a_deal_no_talks(sentence):
    assert not events(sentence, type_="truce_extension") and not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


def test_a_truce_renewed_is_an_extension():
    assert events("The warring parties renewed the truce for another two months on Tuesday.", type_="truce_extension")


@pytest.mark.parametrize("sentence", [
    "Both delegations were engaging constructively in the talks, the envoy said.",
    "The negotiations that enabled us to bring Sarah home took many months.",
    "It was a long, hard negotiation, the minister said.",
    "The latest round opened on Monday in Geneva.",
    "Mediators were working to narrow the two sides' differences.",
])
def test_talks_taken_part_in_that_led_somewhere_long_or_a_round_opened(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence, count", [
    ("Nine passengers were freed on June 3 on health grounds.", None),
    ("Four more were let go on July 1.", None),
    ("\"The last 9 captives are FREE!\" the charity wrote.", 9),
])
def test_releases_told_of_passengers_of_more_or_as_free(sentence, count):
    found = events(sentence, type_="release")
    assert found, [e.as_dict() for e in events(sentence)]
    assert count is None or found[0].fields.get("hostages") == count


@pytest.mark.parametrize("sentence", [
    "The ministry said no ransom was paid for the nine freed in May.",
    "Officials did not say where the men were traded.",
    "The delegation returned home on Friday evening.",
    "Under the truce, the group is to free 20 captives and the state is to free 300 prisoners.",
])
def test_an_earlier_batch_an_indirect_question_envoys_home_or_a_plan_is_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


def test_a_person_who_denied_the_allegations_makes_a_plea_not_a_denial():
    assert not events("He has denied the allegations.", type_="denial")


@pytest.mark.parametrize("sentence", [
    "The group insisted it must first see all troops withdrawn.",
    "The government rejected the rebels' insistence that they choose the prisoners.",
    "The kidnappers were asking for $500,000 a person.",
])
def test_preconditions_as_insistence_or_a_ransom_asked(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The Red Cross welcomed the completion of the release and transfer of 900 former detainees.",
    "The operation has concluded with success, the mediator said.",
])
def test_an_operation_completed_is_a_conclusion(sentence):
    assert events(sentence, type_="conclusion"), [e.as_dict() for e in events(sentence)]


def test_an_agreement_with_a_parenthesis_before_its_infinitive():
    assert events("The sides agreed last week, after days of talks in Geneva, to exchange 900 prisoners.", type_="agreement")


def test_may_in_a_dateline_is_a_month_not_a_modal():
    assert events("MOSCOW, May 3 — The truce collapsed on Friday as shelling resumed.", date(2024, 5, 3), "breakdown")


# Round 9's families, written for the general case and probed with paraphrases (not the corpus's sentences).
@pytest.mark.parametrize("sentence", [
    "The army will end the truce unless the rebels free the pilots by Friday.",
    "If the group does not return the soldiers by noon, the ceasefire will end.",
    "The exchange would go ahead only once the other side complied with the terms.",
    "We remain committed to the deal as long as the other side abides by it.",
    "The minister said the navy must apologise for the incursion.",
])
def test_ultimatums_and_conditions_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "It was unclear whether the army was demanding all the captives.",
    "Asked about the demand, the envoy declined to comment.",
    "The rebels said they would not resume attacks until September 10.",
])
def test_a_demand_asked_about_or_a_pledge_to_a_day_is_no_precondition(sentence):
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The two countries began a swap of wounded prisoners agreed in Geneva",
    "Under the agreements reached on May 3 in Doha, the sides exchanged lists.",
    "They also agreed that each side would return the bodies of the dead.",
    "\"We have a deal for the sailors,\" the president wrote.",
])
def test_agreements_told_as_participles_or_in_a_partys_words(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Officials say the team managed to bring 40 soldiers home on Sunday.",
    "The authorities had obtained the freedom of the three engineers.",
    "The prisoners were turned over at the border crossing.",
    "Today an exchange of prisoners began at the border.",
])
def test_releases_brought_home_obtained_turned_over_or_begun(sentence):
    assert events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Neither side said how many men had been freed.",
    "She waited for her father, Omar Haddad, one of those freed.",
    "The rebels also handed over the remains of a French teacher who died in captivity.",
])
def test_questions_appositives_and_remains_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The premier mediated the arrangement between the two leaders.",
    "He won praise for negotiating with President Aliyev.",
    "The envoys thanked Qatar for its role in the negotiations.",
    "The council president helped broker the handover.",
    "Both governments named Oman as the mediator.",
    "Negotiations continue almost every day, the minister said.",
    "The swap was agreed at talks in Geneva last week.",
])
def test_talks_by_negotiating_roles_help_or_continuing(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The rebels let the truce run out on Saturday.",
    "The group blamed the expiry on the government's failure to honour the deal.",
    "In April the rebels froze the negotiations.",
])
def test_a_truce_let_run_out_or_talks_frozen_are_a_breakdown(sentence):
    assert events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


def test_talks_frozen_are_no_talks_and_a_declared_impasse_no_breakdown():
    assert not events("In April the rebels froze the negotiations.", type_="talks")
    assert not events("The rebels said the talks had reached an impasse.", type_="breakdown")


def test_zero_truth_to_rumours_is_a_denial():
    assert events("The spokesman said there was absolutely zero truth to rumours of an apology.", type_="denial")


@pytest.mark.parametrize("sentence", [
    "The talks have stalled since.",
    "There have been 48 swaps since the war began, and a total of 3,100 soldiers and civilians have been brought back.",
])
def test_stalled_talks_and_a_tally_of_swaps_are_no_breakdown_or_release(sentence):
    assert not events(sentence, type_="breakdown") and not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "held"), [
    ("The Houthis have said they hold 14 of them.", 14),
    ("Manila puts the number of its citizens held by the group at 9.", 9),
    ("The minister hoped the rebels would now free the 300 other captives they hold.", 300),
    ("His wife said she would keep campaigning for all those, some 80 aid workers, who remain hostages in the region.", 80),
    ("Rights groups point to about 40 soldiers in Azerbaijani captivity.", 40),
])
def test_a_count_held_in_other_words_is_a_claim(sentence, held):
    found = events(sentence, type_="claim")
    assert found and found[0].fields["held"] == held, [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The committee secured the release and took custody of all the 23 remaining passengers held hostage.",
    "Hamas could hold up to 50 hostages, officials said.",
])
def test_those_freed_or_a_possible_count_are_no_claim(sentence):
    assert not events(sentence, type_="claim"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The rebels have made the handover of the two engineers conditional on the army leaving the valley.",
    "The government said no aid convoy would move unless every captive is released.",
    "A spokesman said the group would not release any prisoners without guarantees of safe passage.",
    "The minister said Kyiv would never accept a deal that required it to cede territory.",
    "The cabinet has cleared most names but balks at releasing those convicted of murder.",
    "The president refuses to demilitarise the two districts.",
    "Officials in Moscow said Washington must listen and make a decision that suits the Russian side.",
    "Nationalist lawmakers insisted that the commanders should not be exchanged at all.",
    "The group promised the sailors would be freed once the navy halts its blockade.",
])
def test_terms_set_in_other_words_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The minister must make a decision on the budget by Friday.",
    "The hostages were freed once the convoy reached the crossing.",
])
def test_a_decision_outside_any_negotiation_or_a_freeing_timed_is_no_precondition(sentence):
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Kyiv-Moscow talks on more prisoners stall over lists",
    "The two governments were in indirect negotiations through Oman, a diplomat said.",
    "Omani officials helped arrange the meeting in Muscat.",
    "Hezbollah sent its answer through German intermediaries on Monday.",
    "The response had been passed by the Egyptian mediator to the Israeli team.",
    "Norwegian and Swiss mediators have been ferrying proposals between the two sides.",
    "\"We have contacts with our American partners on this,\" the spokesman said.",
    "He said the negotiations over the wounded soldiers were the hardest.",
    "The handover was a goodwill step within the indirect talks.",
])
def test_talks_told_by_what_passes_through_them(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The families delivered a letter to the prime minister.",
    "The courier delivered the message to the wrong address.",
    "Talks on a new budget stalled.",
])
def test_messages_outside_a_negotiation_and_other_talks_are_not_talks(sentence):
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Kyiv gets back 90 soldiers in the latest swap", {"hostages": 90}),
    ("Moscow got back 40 servicemen on Saturday.", {"hostages": 40}),
])
def test_people_got_back_are_a_release(sentence, counts):
    found = events(sentence, type_="release")
    assert found and all(found[0].fields.get(k) == v for k, v in counts.items()), [e.as_dict() for e in events(sentence)]


def test_the_pair_freed_is_a_release():
    assert events("The militants said they had freed the pair on humanitarian grounds.", type_="release")


@pytest.mark.parametrize("sentence", [
    "Sunday's handover brings to six the number of captives the group has let go this year.",
    "Former hostages freed in March spoke to the cabinet on Tuesday.",
    "Neither government said where the exchange took place.",
    "The two countries have swapped prisoners several times since the war began.",
    "The cabinet balks at releasing those convicted of murder.",
    "Officials said an exchange of all prisoners had been agreed with Baku.",
])
def test_mentions_that_free_no_batch_here_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The Houthis promised to free the sailors once the talks end.",
    "The envoys were promised that the fishermen would be released soon.",
    "Moscow had offered to free her along with two others.",
    "Baku had proposed swapping the pair for two of its soldiers.",
    "The ELN wants to trade 20 captives for jailed commanders.",
])
def test_pledges_and_proposals_to_free_people_are_offers(sentence):
    assert events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "He promised to free the economy from red tape.",
    "The minister promised that taxes would fall.",
])
def test_pledges_about_other_things_are_no_offers(sentence):
    assert not events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


def test_a_deal_of_something_agreed_in_the_passive_is_an_agreement():
    assert events("Officials said an exchange of all prisoners had been agreed with Baku.", type_="agreement")


@pytest.mark.parametrize("sentence", [
    "The army suspended military operations in the valley to allow the handover.",
    "A Turkish-brokered ceasefire ended three months of fighting on May 2.",
])
def test_fighting_paused_or_a_war_ended_by_a_ceasefire_is_a_truce_start(sentence):
    assert events(sentence, type_="truce_start"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The prisoners were seized weeks after a Russian-brokered ceasefire ended the war.",
    "The army will not suspend military operations until the hostages are free.",
])
def test_a_ceasefire_in_passing_or_a_pause_refused_is_no_truce_start(sentence):
    assert not events(sentence, type_="truce_start"), [e.as_dict() for e in events(sentence)]


def test_the_day_of_saying_does_not_date_what_was_said_to_have_happened_on_another_day():
    found = events("The group said on Saturday that it had offered to free the two women on Friday.", type_="offer", published=date(2023, 10, 24))
    assert found and found[0].date == date(2023, 10, 20), [e.as_dict() for e in found]
    alone = events("The group said on Saturday that it had offered to free the two women.", type_="offer", published=date(2023, 10, 24))
    assert alone and alone[0].date == date(2023, 10, 21), [e.as_dict() for e in alone]


# Round 11: families probed with paraphrases, not the round's own sentences.

@pytest.mark.parametrize(("sentence", "counts"), [
    ("The ICRC said it had collected the 12 from the militants near the border.", {}),
    ("Prison officials confirmed they had let the 25 go from three jails.", {}),
    ("The gunmen later handed the four to the International Committee of the Red Cross.", {}),
    ("Kyiv brought 95 of its soldiers home from captivity on Friday.", {"hostages": 95}),
    ("The swap ended with Minsk releasing Kovalenko and Washington freeing two Belarusians.", {}),
    ("The government said it had paid a heavy price by releasing the sailors.", {}),
])
def test_people_taken_in_let_go_or_freed_in_a_gerund_are_a_release(sentence, counts):
    found = events(sentence, type_="release")
    assert found and all(found[0].fields.get(k) == v for k, v in counts.items()), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "One of those freed, a 79-year-old man, was taken to hospital by helicopter.",
    "The group wants more Palestinian detainees released in return, its statement said.",
    "Hamas wants to raise the number of prisoners released for each hostage.",
    "The officer listed the units of the men among those who came home.",
    "With Friday's swap, 3,900 people have been returned from captivity, the ministry said.",
    "Before it, the group had freed 20 hostages and Israel 60 prisoners.",
    "Kyiv would respond by releasing the prisoners.",
    "The agency received the list from the mediators.",
])
def test_those_freed_before_tallies_and_quantities_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The group said it was ready for a longer pause on condition that more prisoners were freed.",
    "The movement had insisted for months that its commanders be included.",
    "The rebels say they will not free the remaining captives unless the army withdraws.",
    "The exchange could be completed, the minister said, if Washington showed goodwill.",
])
def test_conditions_in_other_words_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "An official, who spoke on condition of anonymity, said the talks went on.",
    "A diplomat speaking on condition that he not be named said the deal was close.",
    "He insisted he was not worried.",
])
def test_anonymity_and_plain_insistence_are_no_precondition(sentence):
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The government wanted the truce prolonged by a week.",
    "The ceasefire is meant to be extended beyond March.",
])
def test_an_extension_wanted_or_meant_is_no_extension(sentence):
    assert not events(sentence, type_="truce_extension"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "A 90-day ceasefire between the government and the Gulf Clan rebels in the north took effect on Monday.",
    "The envoy congratulated both sides on the entry into force of the truce.",
    "Since May 2, the army and the rebels have observed a suspension of offensive operations.",
])
def test_a_truce_taking_effect_told_at_length_or_as_a_noun_is_a_truce_start(sentence):
    assert events(sentence, type_="truce_start"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Washington calls Tehran's claim of a prisoner deal a 'cruel lie'",
    "The spokesman called the minister's remarks another cruel lie.",
    "She said claims by officials in Moscow that a swap had been agreed for the two journalists were false.",
])
def test_a_claim_called_a_lie_or_false_at_length_is_a_denial(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_a_claim_called_false_is_no_agreement():
    sentence = "She said claims by officials in Moscow that a swap had been agreed for the two journalists were false."
    assert not events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Under the deal, brokered by Egypt, Hamas freed 13 hostages.",
    "The agreement was brokered in Doha by Qatari officials.",
])
def test_a_deal_brokered_by_a_mediator_is_an_agreement_and_talks(sentence):
    assert events(sentence, type_="agreement") and events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The handovers were delayed for hours until Egyptian mediators got them back on track.",
    "The cabinet approved sending a team to Cairo to go over final details with the mediators.",
    "The negotiator flew to Doha last week to settle remaining issues with Qatari officials.",
])
def test_mediators_at_work_and_teams_sent_to_settle_details_are_talks(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


def test_a_team_that_will_be_sent_is_no_talks_yet():
    sentence = "Israel will send a team to Cairo next week to discuss the details."
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


def test_a_count_remaining_after_a_modal_in_another_clause_is_a_claim():
    assert only("The families asked how the ministers could wait while 59 hostages remained in Gaza.", "claim").fields["held"] == 59


@pytest.mark.parametrize("sentence", [
    "Seven hostages remained unaccounted for after the raid.",
    "Some 40 soldiers remained at the base overnight.",
])
def test_people_missing_or_posted_somewhere_are_no_claim(sentence):
    assert not events(sentence, type_="claim"), [e.as_dict() for e in events(sentence)]


def test_welcoming_an_extension_for_more_hostages_is_an_offer():
    assert events("The minister said he would welcome an extension of one day for every ten more hostages freed.", type_="offer")


def test_a_newspaper_report_of_a_possible_swap_is_no_offer():
    sentence = "A Tehran newspaper reported in May that detained dual nationals would be freed in return for access to frozen funds."
    assert not events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


def test_last_weekday_in_that_weekday_s_paper_is_the_week_before():
    tuesday = date(2011, 10, 18)
    assert resolve("Ministers approved the agreement late last Tuesday.", tuesday).day == date(2011, 10, 11)
    assert resolve("Ministers approved the agreement on Tuesday.", tuesday).day == tuesday


def test_a_day_that_names_an_earlier_event_or_a_truce_s_end_does_not_date_the_event():
    found = events("Hamas freed 13 hostages on Sunday, including a girl whose parents were killed in the October 7 attack.",
                   type_="release", published=date(2023, 11, 27))
    assert found and found[0].date == date(2023, 11, 26), [e.as_dict() for e in found]
    start = events("The ceasefire came into force on Thursday and is to run until January 29, 2024.",
                   type_="truce_start", published=date(2023, 8, 4))
    assert start and start[0].date == date(2023, 8, 3), [e.as_dict() for e in start]


def test_a_month_day_last_year_is_in_the_year_before():
    assert resolve("The talks opened in Havana on June 9 last year.", date(2024, 8, 5)).day == date(2023, 6, 9)
    assert resolve("The talks opened in Havana on June 9.", date(2024, 8, 5)).day == date(2024, 6, 9)


def test_a_truce_that_took_hold_on_a_day_is_dated_by_it_not_by_a_possessive_weekday():
    found = events("Saturday's swap was the fifth since the ceasefire took hold on January 19.", type_="truce_start", published=date(2025, 2, 8))
    assert found and found[0].date == date(2025, 1, 19), [e.as_dict() for e in found]


def test_a_truce_named_once_and_then_extended_as_it_is_an_extension_each_time():
    text = ("A ceasefire between the army and the rebels began on March 1. On April 1 the two sides agreed to prolong it "
            "for another month. It was extended again on May 1, on the same terms. The delegations then kept it in force "
            "until June 10 while they went on talking.")
    found = events(text, published=date(2024, 6, 20), type_="truce_extension")
    assert len(found) == 3 and [e.date for e in found[:2]] == [date(2024, 4, 1), date(2024, 5, 1)], [e.as_dict() for e in found]


def test_it_extended_after_a_sentence_about_something_else_is_no_truce_extension():
    text = "The talks stalled in May. The minister extended it by a week, citing the holidays."
    assert not events(text, published=date(2024, 6, 20), type_="truce_extension")


@pytest.mark.parametrize("sentence", [
    "The mediator had put forward a revised plan on Sunday for a three-month extension.",
    "The rebels said they accepted the mediators' proposal for a ceasefire.",
    "Officials said the agreement followed a plan she had laid out in March.",
    "The group replied to a framework drawn up in Cairo last week for a truce and a swap.",
])
def test_plans_laid_out_drawn_up_or_taken_up_are_offers(sentence):
    assert events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The council accepted the proposal for a new stadium.",
    "The ministry unveiled a plan to cut taxes.",
    "The deal was agreed last week under a plan put forward by the president.",
])
def test_plans_about_other_things_or_a_deal_s_basis_are_no_offers(sentence):
    assert not events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


def test_a_proposal_taken_up_is_the_other_side_s_offer():
    found = events("Hamas said it had accepted the Egyptian proposal for a ceasefire with Israel.", type_="offer")
    assert found and found[0].fields.get("by") != "Hamas", [e.as_dict() for e in found]


# Round 12: families probed with paraphrases, not the round's own sentences.

@pytest.mark.parametrize("sentence", [
    "Egypt puts hostage mediation on hold until both sides show good faith",
    "Oman has suspended its role as a mediator between the two governments.",
    "Talks with the rebels had been frozen since 2019.",
])
def test_a_mediator_stepping_back_or_talks_frozen_is_a_breakdown(sentence):
    assert events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


def test_a_collapse_called_inaccurate_is_a_denial_not_a_breakdown():
    sentence = 'The spokesman said reports that the negotiations had collapsed were "not accurate".'
    assert events(sentence, type_="denial") and not events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Egypt puts hostage mediation on hold until both sides show good faith",
    "Oman will resume its efforts when the parties show they are serious.",
    "The minister said the war cannot end until the militia is disarmed.",
    "The government will not allow a truce without the return of its soldiers.",
    "The militia said it would consider the ceasefire void if troops stayed in the villages.",
    "The rebels said any extension must be accompanied by the release of their fighters.",
])
def test_terms_for_resuming_or_keeping_a_truce_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The mediators wanted the existing deal to proceed.",
    "More than 900 people are still held and we cannot stop until they are free.",
])
def test_a_wish_for_a_deal_to_go_on_or_a_vow_is_no_precondition(sentence):
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Washington and Jerusalem pull negotiators out of hostage talks in Cairo",
    "We have decided to bring our delegation home from Cairo for consultations.",
    "The government decided to bring its negotiating team back for further consultations.",
])
def test_negotiators_pulled_out_or_brought_home_are_a_recall(sentence):
    assert events(sentence, type_="recall"), [e.as_dict() for e in events(sentence)]


def test_people_brought_home_are_no_recall():
    assert not events("The army will bring the hostages home soon.", type_="recall")


@pytest.mark.parametrize("sentence", [
    "The government 'categorically rejected' the accusation on Tuesday.",
])
def test_an_accusation_rejected_is_a_denial(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_a_rhetorical_who_can_deny_is_no_denial():
    assert not events("But who can deny that every step is worth it, the envoy said.", type_="denial")


@pytest.mark.parametrize("sentence", [
    "Norway has spent more than a year in quiet mediation between the two.",
    "The envoy had travelled to Oslo the week before to join the talks.",
    "At the fourth round in Caracas in March, the sides agreed on a humanitarian protocol.",
    "They met at a special meeting of the Joint Border Committee at the crossing.",
    "Negotiations on the next stage, which is meant to free the rest, have been held in Doha in recent days.",
])
def test_talks_told_by_time_spent_a_round_or_a_committee_meeting(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Officials said reports that Oman had withdrawn from mediation were wrong.",
    "State media said Geneva would remain the venue for the next round of negotiations.",
    "The president said Washington had taken up his request for negotiations on the detainees.",
    "Negotiations on the next phase were supposed to begin on Monday but have been held up.",
])
def test_mediation_withdrawn_talks_requested_or_to_come_are_no_talks(sentence):
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "days"), [
    ("Kyiv and Moscow extend Easter truce for two months", 60),
    ("The mediators said the arrangement will continue to be in effect until March 3.", None),
    ("Both governments agreed to prolong the arrangement until the spring.", None),
    ("The negotiators formally signed the extension on Monday.", None),
])
def test_extensions_told_as_continuing_prolonged_arrangements_or_signed(sentence, days):
    found = events(sentence, type_="truce_extension")
    assert found and found[0].fields.get("days") == days, [e.as_dict() for e in events(sentence)]


def test_an_extension_said_to_be_needed_is_no_extension():
    assert not events('The spokesman said a "short ceasefire extension" was needed.', type_="truce_extension")


def test_a_truce_named_and_then_taking_effect_as_it_is_a_truce_start():
    text = "The ceasefire was agreed in Geneva in May. It took effect on June 3 for 90 days, the longest truce yet."
    found = events(text, published=date(2024, 7, 1), type_="truce_start")
    assert found and found[0].date == date(2024, 6, 3), [e.as_dict() for e in found]


def test_a_truce_that_ended_a_war_in_a_relative_clause_is_no_truce_start():
    sentence = "The army freed 12 soldiers on Monday, cementing the ceasefire that ended two weeks of fighting."
    assert not events(sentence, type_="truce_start"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "by"), [
    ("Hamas rejects Egyptian plan to extend the truce", "Egypt"),
    ("The envoy said he had shared with the parties a proposal for a longer truce.", None),
])
def test_plans_rejected_with_their_content_or_shared_are_offers(sentence, by):
    found = events(sentence, type_="offer")
    assert found and found[0].fields.get("by") == by, [e.as_dict() for e in events(sentence)]


def test_the_terms_under_a_proposal_are_no_offer():
    sentence = "Under the mediators' plan, which both sides had accepted, 50 prisoners would be freed."
    assert not events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The swap ended on Sunday, with each side handing over 205 soldiers.",
    "On Friday another 270 servicemen returned.",
])
def test_a_batch_told_by_each_side_or_another_n_is_a_release(sentence):
    assert events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "During a week-long truce last year, the group freed 80 hostages.",
    "Officials said that over the period from June 1 to June 3 the sides had exchanged 600 people.",
    "The group insists on a full withdrawal before it frees the remaining captives.",
])
def test_sums_over_a_period_and_freeing_put_off_are_no_release(sentence):
    assert not events(sentence, type_="release"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The two countries signed a joint statement on Friday at the border.",
    "The leaders signed a joint peace declaration in Jakarta on May 2.",
])
def test_a_joint_statement_or_declaration_signed_is_an_agreement(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


def test_a_truce_extended_to_a_day_is_not_dated_by_that_day():
    found = events("Truce extended to February 18", published=date(2025, 1, 27), type_="truce_extension")
    assert found and found[0].date != date(2025, 2, 18) and found[0].date != date(2024, 2, 18), [e.as_dict() for e in found]


# Dev misses read in general words (no round in view).

def test_people_named_by_any_country_in_capitals_are_counted_and_freed():
    assert only("Abu Sayyaf freed 14 Malaysians on Friday.", "release").fields.get("hostages") == 14
    assert events("The Indonesians, two fishermen from Flores, were released on Sunday.", type_="release")


def test_a_name_ending_like_a_nationality_is_no_people():
    assert not events("Authorities handed over a fugitive, Leonard Francis, to the navy.", type_="release")


@pytest.mark.parametrize("sentence", [
    "A first attempt collapsed in December.",
    "Earlier attempts to free the pilot through a swap had failed.",
    "The government ended Norway's role as a mediator in May.",
])
def test_attempts_that_failed_and_a_mediator_removed_are_breakdowns(sentence):
    assert events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "His efforts failed to convince the board.",
    "Attempts to free them failed to make progress.",
])
def test_efforts_that_failed_to_do_something_else_are_no_breakdown(sentence):
    assert not events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


def test_a_breakdown_blamed_next_to_a_denial_of_something_else_stays_a_breakdown():
    sentence = "The rebels blamed army operations for the failure, while the president accused them of lying."
    assert events(sentence, type_="breakdown") and events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_terms_accepted_are_an_agreement_but_a_proposal_s_terms_are_not():
    assert events("The group formally accepted the terms on Thursday.", type_="agreement")
    assert not events("Israel accepted the terms of the proposal.", type_="agreement")


def test_a_count_of_them_still_held_is_a_claim():
    assert only("Before Sunday, 112 of them were still held by the militants.", "claim").fields["held"] == 112


# Round 13: families probed with paraphrases, not the round's own sentences.

@pytest.mark.parametrize("sentence", [
    "Delegations from both sides arrived in Doha on Monday evening.",
    "The officials said the talks were at a 'delicate stage'.",
    "Norway, which began mediating a week after the raid, kept both channels open.",
    "Changes to the text were being negotiated on Sunday.",
    "The government said it had established contact with the abductors.",
    "During the talks, the governor said, the gunmen listed their complaints.",
    "We did not pay anything; we just sat and talked.",
])
def test_talks_told_by_arrivals_stages_contacts_and_sitting_down(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


def test_an_exchange_reported_imminent_is_no_talks():
    assert not events("The agency had reported that a Qatar-brokered exchange was imminent.", type_="talks")


@pytest.mark.parametrize("sentence", [
    "The rebels quit Norwegian mediation on Friday.",
    "The captors said they had walked away from talks with the mediators.",
    "The peace process with the group is suspended, the president said.",
    "The truce between the two armies lapsed in May without being renewed.",
    "The first meeting failed, and so did the second.",
])
def test_mediation_quit_talks_suspended_and_truces_lapsed_unrenewed_are_breakdowns(sentence):
    assert events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


def test_a_withdrawal_from_mediation_that_reports_claim_and_are_denied_is_no_breakdown():
    sentence = "The minister said reports that Oman had withdrawn from mediation were not accurate."
    assert not events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "There would be no truce agreement if the army pressed on into the city, the group said.",
    "An ultimatum set by the militants for the government to start freeing prisoners expired at dawn.",
    "The kidnappers had given the state until noon to begin releasing their comrades.",
    "The envoy was told he had until Friday to answer or the talks were off.",
    "The group wants a written commitment to free its fighters.",
    "The government will not accept a deal that ties the hostages' release to a withdrawal.",
])
def test_ultimatums_and_no_deal_if_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


def test_insisting_no_ransom_was_paid_is_a_denial_not_a_precondition():
    sentence = "The governor insisted that no ransom was paid."
    assert events(sentence, type_="denial") and not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "We didn't pay any ransom; we just talked.",
    "The liberation was achieved without any money, the minister said.",
])
def test_a_freeing_without_ransom_is_a_denial(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Kidnapped pupils regain freedom in Zamfara", {}),
    ("Officials said they had recovered most of the girls, but not all of them.", {}),
    ("The gunmen turned over the 12 to the army on Sunday.", {}),
    ("Militants free 7 Malaysian crewmen in Sulu", {"hostages": 7}),
])
def test_freedom_regained_people_recovered_or_turned_over_are_a_release(sentence, counts):
    found = events(sentence, type_="release")
    assert found and all(found[0].fields.get(k) == v for k, v in counts.items()), [e.as_dict() for e in events(sentence)]


def test_a_trade_union_is_no_trade_in_people():
    assert not events("The group, founded by trade unionists and students, has 5,000 fighters.", type_="release")


@pytest.mark.parametrize(("sentence", "held"), [
    ("One of the girls said there were more than 300 of them in the camp.", 300),
    ("A spokesman said only 12 pupils were with the kidnappers.", 12),
])
def test_counts_told_by_those_with_the_captors_are_claims(sentence, held):
    assert only(sentence, "claim").fields["held"] == held


def test_people_a_side_committed_to_release_are_no_claim():
    sentence = "To secure the deal, the United States committed to release five Iranians currently held in the US."
    assert not events(sentence, type_="claim"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Militants say yes to Egypt's truce plan",
    "The RSF said it was ready to continue talks during the truce's last days.",
    "The shipping firm had said it was willing to pay.",
    "Egypt has been pressing a plan under which the pilot would be freed first.",
])
def test_plans_agreed_to_readiness_to_talk_or_pay_and_plans_pressed_are_offers(sentence):
    assert events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The three-day truce was signed in Geneva on June 2 and took effect the next morning.",
    "At the third meeting, the kidnappers agreed to release the students.",
])
def test_a_truce_signed_and_captors_agreeing_to_release_are_agreements(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "They also agreed to discuss a longer truce next month.",
    "Among the dead were two former fighters who had signed the peace accord.",
    "The two sides exchanged 90 prisoners each in a swap brokered by the Emirates.",
])
def test_talks_agreed_on_background_signatures_and_a_swap_brokered_are_no_agreement(sentence):
    assert not events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


def test_a_truce_that_took_effect_on_the_evening_of_a_day_is_dated_by_that_day():
    found = events("The truce was signed in Jeddah on May 20 and took effect on the evening of May 22.",
                   published=date(2023, 5, 30), type_="truce_start")
    assert found and found[0].date == date(2023, 5, 22), [e.as_dict() for e in found]


# ---------------------------------------------------------------- round 14 families, probed with paraphrases


@pytest.mark.parametrize("sentence", [
    "Jerusalem ordered its negotiators home from Doha after the rocket fire.",
    "The prime minister instructed the delegation to return at once from the talks in Cairo.",
])
def test_negotiators_ordered_home_are_a_recall(sentence):
    assert events(sentence, type_="recall"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The mediator told the delegation to return to the table next week.",
    "The coach ordered the team home after the match.",
])
def test_a_team_sent_back_to_the_table_or_from_a_match_is_no_recall(sentence):
    assert not events(sentence, type_="recall"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Prisoner swap talks collapse as both sides trade blame",
    "Talks on the captured pilot broke up in Doha without a deal on Sunday.",
    "The envoys told the cabinet that the negotiations had failed.",
    "A militia commander declared the negotiations over.",
    "The army said it no longer considered itself bound by the truce.",
    "Shelling of the northern villages resumed within the hour.",
])
def test_talks_failed_declared_over_truces_no_longer_binding_and_strikes_resumed_are_breakdowns(sentence):
    assert events(sentence, type_="breakdown"), [e.as_dict() for e in events(sentence)]


def test_talks_that_failed_to_produce_something_are_no_breakdown_by_that_verb_alone():
    assert not events("Earlier talks failed to produce a deal on the fishermen.", type_="breakdown")


@pytest.mark.parametrize("sentence", [
    "The minister insisted that no cash had changed hands.",
    "He said the state neither paid a ransom nor released any militants for the crew.",
    "A rebel spokesman said the group was not responsible for the shelling on Friday.",
])
def test_money_that_changed_no_hands_and_attacks_disowned_are_denials(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_a_freeing_denied_with_neither_nor_is_no_release_and_no_precondition():
    sentence = "He said the state neither paid a ransom nor released any militants for the crew."
    assert not events(sentence, type_="release") and not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    'The group said further handovers were "conditional on the release of the prisoners agreed upon".',
    "Such a swap would be possible only if Washington lifted the sanctions.",
    "The rebels said the men would be freed only in exchange for jailed commanders.",
    "The kidnappers' only condition was a pause in the air strikes.",
    "The government said it would extend the truce on conditions, including the reopening of roads.",
    "Talks stalled when the gunmen tried to add new conditions.",
    "The council said any renewal would depend on the salaries being paid.",
])
def test_conditional_on_only_if_only_in_exchange_and_conditions_added_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


def test_a_step_taken_only_after_people_were_freed_is_no_precondition():
    sentence = "The decision was announced only after the soldiers were freed, so as not to put their release at risk."
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The envoy said the parties had accepted the UN proposal to renew the truce for two more months.",
    "The renewal took effect when the first truce period lapsed on Thursday evening.",
])
def test_a_renewal_accepted_or_in_effect_is_a_truce_extension(sentence):
    assert events(sentence, type_="truce_extension"), [e.as_dict() for e in events(sentence)]


def test_a_truce_that_lapsed_without_renewal_is_still_no_extension():
    sentence = "The truce lapsed on Sunday without a renewal."
    assert not events(sentence, type_="truce_extension") and events(sentence, type_="breakdown")


def test_a_truce_declared_is_a_truce_start_dated_by_its_day():
    found = events('"A 5-day ceasefire was declared, starting from Monday, March 19," the minister said.',
                   published=date(2018, 3, 26), type_="truce_start")
    assert found and found[0].date == date(2018, 3, 19), [e.as_dict() for e in found]


@pytest.mark.parametrize("sentence", [
    "We have been in quiet, indirect talks with the kidnappers for weeks.",
    "The officials said dialogue on the remaining captives was still going on.",
    "The president thanked Oman for mediating.",
    "The negotiations have focused on a phased release.",
    "Hopes rose as the talks appeared to be entering their final stage.",
    "The government is engaged in difficult bargaining over the crew.",
    "The swap grew out of indirect talks in Muscat.",
    "A pause was reached in the discussions last week.",
    "Omani mediation, begun in the spring, had secured their freedom.",
    "The captives were freed in a rare exchange with the government brokered by Qatar.",
])
def test_talks_told_by_where_they_stand_or_what_they_did(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The foreign ministry said it was ready for a broader exchange.",
    '"Fully ready for a comprehensive prisoner exchange," the minister wrote.',
])
def test_readiness_for_an_exchange_is_an_offer(sentence):
    assert events(sentence, type_="offer"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "At the third round, the two delegations agreed to free all wounded prisoners.",
    "The Syrian government had agreed to free 150 women held in its jails.",
])
def test_two_delegations_or_a_jailer_agreeing_to_free_are_agreements(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("The fighters then passed the two nuns to Red Cross officials.", {"hostages": 2}),
    ("Officials said 8 residents of the border region were brought back.", {"hostages": 8}),
    ('"After getting our hostages back, we are ready for more," he wrote.', {}),
    ("Gunmen freed the wives of 3 police officers on Sunday.", {"hostages": 3}),
])
def test_people_passed_to_the_red_cross_brought_back_or_got_back_are_a_release(sentence, counts):
    found = events(sentence, type_="release")
    assert found, [e.as_dict() for e in events(sentence)]
    for key, n in counts.items():
        assert found[0].fields.get(key) == n, found[0].as_dict()


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Buses carrying the prisoners left the jail and then went straight back in.", "release"),
    ("After ten hours on the buses, the detainees were returned to their cells.", "release"),
    ("Officials later put the number of freed pupils at 105.", "release"),
    ("The group hardened its demands despite generous Qatari proposals on the prisoners.", "offer"),
    ("The army struck hours before a 2-day extension of the truce was due to run out.", "truce_extension"),
    ("The envoy is due in Cairo this week to try to secure an extension of the truce.", "truce_extension"),
    ("A statement said Israel had agreed to free all the prisoners and that the two sides differed only over where they would live.", "agreement"),
])
def test_round_14_negatives_carried_back_counts_revised_proposals_named_extensions_sought_and_sides_apart(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


# ---------------------------------------------------------------- round 15 families, probed with paraphrases


@pytest.mark.parametrize(("sentence", "day"), [
    ("KANDAHAR, Afghanistan (Jan 1) — The hijacking ended on Friday when the gunmen freed all 155 hostages.", date(1999, 12, 31)),
    ("NAIROBI (Jan 11) — Pirates freed the tanker's 25 crew members on Friday.", date(2009, 1, 9)),
])
def test_a_day_in_brackets_after_the_place_is_a_dateline_not_the_event_s_day(sentence, day):
    published = date(day.year + (1 if day.month == 12 else 0), 1, 1 if day.month == 12 else 11)
    found = events(sentence, published=published, type_="release")
    assert found and found[0].date == day, [e.as_dict() for e in found]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("At Dubai the gunmen let 27 passengers go, most of them children.", {"hostages": 27}),
    ("On the first day the hijackers allowed 19 passengers off in Beirut.", {"hostages": 19}),
    ("They also freed a sick passenger on Christmas Day.", {}),
    ("The crew walked off the ship to freedom.", {}),
    ("The rebels let Anna Meyer and two Frenchwomen, Marie Roux and Lea Blanc, go on Sunday.", {}),
    ("Israel on Wednesday freed 300 of the Lebanese prisoners.", {"prisoners": 300}),
])
def test_people_let_go_allowed_off_or_walking_to_freedom_are_a_release(sentence, counts):
    found = events(sentence, type_="release")
    assert found, [e.as_dict() for e in events(sentence)]
    for key, n in counts.items():
        assert found[0].fields.get(key) == n, found[0].as_dict()


def test_captives_a_leader_insisted_be_freed_are_no_release():
    assert not events("The president had insisted that the captives be freed all at once.", type_="release")


@pytest.mark.parametrize("sentence", [
    "Tokyo sent a team of negotiators to Baghdad on Monday.",
    "The envoys talked to the kidnappers by telephone.",
    "The owners were negotiating with the pirates, a spokesman said.",
    "A minister called Tuesday's negotiations promising.",
    "The emir intervened to secure their release.",
    "Algeria has been involved in the negotiations from the start.",
    "There were only political and diplomatic negotiations.",
])
def test_teams_sent_captors_talked_to_and_mediators_involved_are_talks(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "An Egyptian official involved in the talks said the deal would proceed.",
    "The talks have produced little else.",
])
def test_a_source_involved_in_talks_and_talks_that_produced_little_are_no_talks_by_those_words(sentence):
    assert not events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The government said it paid no ransom and agreed to no other quid pro quo.",
    'Reports of a deal circulated, but the minister said "we do not yet have an agreement."',
    "Reports spoke of a swap; the president said Israel didn't make any deal.",
])
def test_no_ransom_paid_and_no_deal_made_are_denials(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_neither_confirming_nor_denying_is_no_denial():
    assert not events('The company said it "cannot confirm, nor deny" reports of a ransom.', type_="denial")


def test_people_described_by_the_release_demanded_for_them_set_no_precondition():
    sentence = "Israel freed 300 of the Lebanese prisoners whose release the hijackers had demanded."
    assert not events(sentence, type_="precondition") and events(sentence, type_="release")


def test_mariners_still_held_are_a_claim():
    found = events("Nearly 300 other merchant mariners are still being held captive by pirates.", type_="claim")
    assert found and found[0].fields["held"] == 300, [e.as_dict() for e in found]


@pytest.mark.parametrize("sentence", [
    "The minister said his government had managed to scale down the kidnappers' demands.",
    "In the end the pirates dropped that demand.",
    "That was far below their opening demand.",
])
def test_demands_scaled_down_dropped_or_compared_set_no_precondition(sentence):
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


def test_a_deal_one_side_declares_and_the_next_sentence_denies_is_no_agreement():
    text = ('On Sunday the minister declared that the two governments had "finally reached agreement on the hostages." '
            'The envoy would not go so far: "We are close, but we do not yet have an agreement."')
    found = map_article(text, date(1981, 1, 21))
    assert not [e for e in found if e.type == "agreement"], [e.as_dict() for e in found]
    signed = map_article(text.split(" The envoy")[0] + " The two sides signed the accords on Monday.", date(1981, 1, 21))
    assert [e for e in signed if e.type == "agreement"], [e.as_dict() for e in signed]  # not denied next: still a deal


# ---------------------------------------------------------------- round 16 families, probed with paraphrases


@pytest.mark.parametrize("sentence", [
    "Tokyo says it does not pay ransoms to kidnappers.",
    "Madrid thanked Algeria while insisting it had made no concessions.",
    'An official said the deal "has nothing to do with the hostages in Iraq."',
])
def test_ransoms_not_paid_no_concessions_and_nothing_to_do_with_are_denials(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_insisting_no_concessions_were_made_is_no_precondition():
    assert not events("Madrid thanked Algeria while insisting it had made no concessions.", type_="precondition")


@pytest.mark.parametrize("sentence", [
    '"A solution settling all the issues has just been reached," the minister said.',
    "That deal, reached late on March 28 with Qatar as broker, lets the residents leave.",
])
def test_a_solution_reached_and_a_deal_reached_late_on_a_day_are_agreements(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The gunmen had set noon on Friday as the deadline for their terms.",
    "The captors threatened to kill the hostages unless Seoul apologised.",
    "The rebels said they would halt drone attacks if the coalition stopped its air strikes.",
])
def test_deadlines_set_threats_unless_and_a_halt_if_the_other_side_stops_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


def test_a_joy_not_complete_until_others_return_is_no_precondition():
    sentence = "He said the joy would not be complete until the return of the soldiers still held."
    assert not events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


def test_the_n_still_in_a_group_s_hands_are_a_claim():
    found = events("The swap left the 9 still in Islamic State hands.", type_="claim")
    assert found and found[0].fields["held"] == 9, [e.as_dict() for e in found]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("The last captives, 12 passengers and seven crew members, walked off the jet.", {"hostages": 19}),
    ("Four passengers who had fallen ill were allowed off at the stop.", {"hostages": 4}),
    ("The 27 hostages were given overnight to Cameroonian authorities.", {"hostages": 27}),
])
def test_captives_walking_off_a_plane_allowed_off_or_given_to_the_authorities_are_a_release(sentence, counts):
    found = events(sentence, type_="release")
    assert found, [e.as_dict() for e in events(sentence)]
    for key, n in counts.items():
        assert found[0].fields.get(key) == n, found[0].as_dict()


@pytest.mark.parametrize("sentence", [
    "Israel asked France to conduct the talks on its behalf.",
    "The bargaining at the airport was conducted from the control tower.",
    "Tokyo kept up indirect contacts throughout.",
    "They were handed to clerics who had mediated in the crisis.",
    "Algerian negotiators went aboard repeatedly to talk to the hijackers.",
])
def test_talks_conducted_contacts_kept_up_and_mediators_are_talks(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


def test_a_deal_a_news_website_reported_is_no_agreement():
    sentence = "The news website, citing a source, reported that the government had reached a deal with the kidnappers."
    assert not events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Officials said it was possible the ransom would eventually be handed back to Tokyo.", "release"),
    ("Observers expected the 6 freed prisoners to be given asylum.", "release"),
    ("At least ten of the prisoners released by Lebanon chose to stay in Beirut.", "release"),
    ("A lawyer who oversaw the mediation said the deal provides for monthly aid.", "talks"),
])
def test_round_16_negatives_money_handed_back_people_freed_described_and_a_speaker_s_role(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


# ---------------------------------------------------------------- round 17 families, probed with paraphrases


@pytest.mark.parametrize("sentence", [
    "Qatar brokers truce between the rival factions",
    "He said the mediators' discussions had produced a deal for a ceasefire.",
    "Under the accord, the army agreed to stop all hostilities in the district.",
    "The foreign ministry said the two countries had agreed a swap of 10 agents for 4 prisoners.",
])
def test_deals_brokered_produced_or_agreed_are_agreements(sentence):
    assert events(sentence, type_="agreement"), [e.as_dict() for e in events(sentence)]


def test_an_exchange_announced_completed_is_no_agreement():
    assert not events("The ministry later announced that the exchange had been completed successfully.", type_="agreement")


@pytest.mark.parametrize("sentence", [
    "Israel said it would not negotiate under fire.",
    "Cairo, for its part, wants the strip demilitarised.",
    "The deal had hinged on lawyers first reaching a plea arrangement.",
    "The president has made the accord subject to a referendum.",
])
def test_no_talks_under_fire_a_side_wanted_disarmed_and_deals_hinged_or_subject_to_are_preconditions(sentence):
    assert events(sentence, type_="precondition"), [e.as_dict() for e in events(sentence)]


def test_a_deal_hinging_on_minor_issues_is_no_precondition():
    assert not events('Qatar says the deal hinges on "very minor" issues.', type_="precondition")


@pytest.mark.parametrize("sentence", [
    '"We do not pay," the defence minister said.',
    '"This is an absolute lie," the spokeswoman said of the allegations.',
])
def test_we_do_not_pay_and_an_absolute_lie_are_denials(sentence):
    assert events(sentence, type_="denial"), [e.as_dict() for e in events(sentence)]


def test_a_mutual_release_that_has_ended_is_a_conclusion():
    assert events('"The mutual release of the detainees has ended," the office said.', type_="conclusion")


@pytest.mark.parametrize("sentence", [
    "Haggling over the lists continued until the last moment.",
    "The envoy met the ambassador as the two governments worked on the exchange.",
    "The talks, hosted in Oslo with Norway as guarantor, opened in 2016.",
])
def test_haggling_work_on_an_exchange_and_talks_hosted_in_a_city_are_talks(sentence):
    assert events(sentence, type_="talks"), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Before that truce expired, a spokesman had warned that fighting would go on.", "breakdown"),
    ("Just before the truce took effect, both sides reported heavy shelling.", "truce_start"),
    ("Four journalists held by the rebels since 2015 were among those freed on Sunday.", "claim"),
])
def test_a_truce_s_end_or_start_as_a_time_and_those_among_the_freed_are_not_those_events(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The truce appeared to be holding, ending a week of fighting that killed more than 140 people.", "claim"),
    ("Among the Ukrainians who came home were two journalists.", "release"),
    ("His wife, who was kidnapped with him and freed in 2011, wept at the news.", "release"),
])
def test_the_dead_a_batch_s_members_and_people_freed_years_ago_are_not_those_events(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


# ---------------------------------------------------------------- round 18 families, probed with paraphrases


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Israel has said it will not free prisoners in return for the soldier.", "precondition"),
    ("The crossing will reopen only if there is progress on the captive.", "precondition"),
    ("He told the clan to hand over the reporter within an hour or face an assault.", "precondition"),
    ("Qatar brokered it over months of separate talks.", "agreement"),
    ("Under a three-point agreement struck with the government, the militia keeps its arms.", "agreement"),
    ("The talks closed with the two panels signing a joint statement.", "agreement"),
    ('The governor said the state had not paid "a dime" in ransom.', "denial"),
    ("An official said the two cases were not technically linked.", "denial"),
    ("Her father announced her release in a statement.", "release"),
    ("The clan gave the reporter up before dawn.", "release"),
    ("Oman said it had helped bring about the release of both men.", "release"),
    ("The governor oversaw the negotiations with the bandits.", "talks"),
    ("A UN-chaired committee met in the port city on Wednesday.", "talks"),
    ("We have been in discussion since Friday with the abductors.", "talks"),
    ("The rebels extended their suspension of offensive operations until Aug. 31.", "truce_extension"),
])
def test_round_18_families(sentence, kind):
    assert events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


def test_swaps_not_linked_to_wider_talks_are_no_denial_by_that_alone():
    assert not events("Prisoner swaps, he said, were not linked to any wider talks.", type_="denial")


@pytest.mark.parametrize(("sentence", "kind"), [
    ('"We are declaring to the world our just demands," the statement said.', "precondition"),
    ("Local media speculated that the video carried a coded ransom demand.", "precondition"),
    ("The boys were to see doctors before being handed back to their families.", "release"),
])
def test_demands_announced_without_content_speculation_and_a_handback_to_come_are_not_those_events(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


# ---------------------------------------------------------------- round 19 families, probed with paraphrases


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Seven Estonian cyclists freed in Lebanon after almost four months", "release"),
    ("Four Czech hikers released by gunmen in Yemen", "release"),
    ("Those Tunisians were later freed unharmed.", "release"),
    ("Those hostages were eventually released in May.", "release"),
    ('"They have all been freed and they will arrive today in Tunis," the minister said.', "release"),
    ("They were all released on Friday, the ministry said.", "release"),
    ("A spokeswoman said King, 63, and Weeks, 50, had been recovered on Tuesday and were receiving medical care.", "release"),
    ("The two hostages were recovered unharmed on Sunday, the army said.", "release"),
    ("The rebels had threatened to kill the captives unless the government halted its military operations.", "precondition"),
    ("The gunmen threatened to execute the crew if the navy did not withdraw.", "precondition"),
    ("A staff member said the gunmen had abducted them to press Tunisia into freeing a jailed militia chief.", "precondition"),
    ("Last month, militiamen seized 245 Tunisians in Tripoli to press for his release.", "precondition"),
    ('"To my knowledge they did not make any demands for a ransom for their release," the minister said.', "denial"),
    ("The kidnappers made no ransom demand, the minister said.", "denial"),
    ("Police said no ransom was demanded.", "denial"),
    ("The group never asked for a ransom, officials said.", "denial"),
    ('The ambassador said their release was the result of "tough" negotiations.', "talks"),
    ("The swap was the outcome of 'painstaking' talks in Doha.", "talks"),
    ('"The negotiations involved us, Iran, the Syrian authorities and the armed opposition," he said.', "talks"),
    ("The talks included envoys from Qatar and Egypt.", "talks"),
    ("The prime minister said Ankara had been talking with the rebels.", "talks"),
    ("Oman has been quietly talking to the Houthis for months.", "talks"),
    ("U.S. officials had worked behind the scenes for nearly 14 months to negotiate the trade.", "talks"),
    ("Norwegian diplomats worked for a year to broker the exchange.", "talks"),
    ("President Donald Trump abruptly called off months of U.S. negotiations with the Taliban in September.", "breakdown"),
    ("The government cancelled the talks with the rebels on Monday.", "breakdown"),
    ("Negotiations with the ELN had been broken off in 2019 by the previous government.", "breakdown"),
    ("The talks were called off after the bombing.", "breakdown"),
    ("Colombia and ELN rebels end first round of Caracas talks with four agreements", "agreement"),
    ("The Doha round closes with two agreements on prisoners", "agreement"),
    ("In their joint statement the parties agreed to emergency humanitarian action.", "agreement"),
    ("The two sides agreed on a mechanism to monitor the truce.", "agreement"),
    ("They also agreed on humanitarian attention for a group of jailed ELN members.", "agreement"),
    ("Under the arrangement, Washington agreed to grant clemency to seven Iranians held in the United States.", "agreement"),
    ("The president agreed to pardon the five men as part of the swap.", "agreement"),
    ("A dispute over a military purchase dating to before the 1979 revolution was also settled.", "agreement"),
    ("The row over the frozen assets was finally resolved in March.", "agreement"),
    ("Iran's Fars news agency reported that Qatar and Turkey brokered the deal.", "agreement"),
    ("Al Jazeera reported that Egypt brokered the agreement.", "agreement"),
])
def test_round_19_families(sentence, kind):
    assert events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "kind"), [
    # suspects the police let go, men already freed and what they chose or where they went, clemency under way, bodies
    ("Police arrested a number of suspects, but most were later let go for lack of evidence.", "release"),
    ("Police freed three men for lack of evidence.", "release"),
    ("A fourth man freed in the exchange, Nosratollah Khosravi-Roodsari, chose not to board the plane.", "release"),
    ("Two Britons released by the rebels told reporters they had been well treated.", "release"),
    ("Three of the Iranian-Americans released by Tehran in a prisoner swap flew out of Iran on Sunday.", "release"),
    ("The two Britons released by the rebels on Friday landed in London on Saturday.", "release"),
    ("Obama said six Iranian-Americans and one Iranian were being granted clemency.", "release"),
    ("Six Iranians are being pardoned, the White House said.", "release"),
    ("The bodies of three hostages were recovered by troops on Friday.", "release"),
    # a demand not made; a halt that is a threat's term
    ('"To my knowledge they did not make any demands for a ransom," the minister said.', "precondition"),
    ("They made no demands, the official said.", "precondition"),
    ("The rebels had threatened to kill the captives unless the government halted its military operations.", "truce_start"),
    ("The kidnappers vowed to free the hostages once the army stopped the bombing.", "truce_start"),
    # troops withdrawn are no count held; talks whose only outcome was tentative; a talk with reporters
    ("Those talks had produced a tentative agreement on terms for withdrawing the remaining 8,600 American troops.", "claim"),
    ("The plan foresees pulling out the remaining 2,000 soldiers still in the country.", "claim"),
    ("Those talks had produced a tentative agreement on terms for withdrawing troops.", "talks"),
    ("The negotiations had yielded only a draft accord.", "talks"),
    ("The minister had been talking to reporters about the case.", "talks"),
    # one side's further term to come (as dev reads it), no agreement, talks agreed on, a settlement to come, a deal reported
    ("Iran also agreed to let the reporter's wife leave with him.", "agreement"),
    ("The two sides did not agree on a ceasefire.", "agreement"),
    ("The two sides also agreed to meet again in January.", "agreement"),
    ("The dispute could be settled next month.", "agreement"),
    ("An Iranian newspaper reported that a deal had been reached.", "agreement"),
    ("The ELN spokesman said the handover did not breach any ceasefire, since none had yet been agreed.", "truce_start"),
])
def test_round_19_negatives(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


def test_a_demand_never_changed_is_still_a_precondition():
    assert events("The spokesman said the movement had never changed its demands and would not soften them.", type_="precondition")


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # an abduction's participle clause ends at the sentence's own verb; a step's start is not the day it was agreed
    ("Seven Estonian men kidnapped at gunpoint while cycling through the valley were freed early on Thursday.", date(2011, 7, 15), date(2011, 7, 14)),
    ("All ten employees abducted by gunmen in Tripoli a week earlier have been freed, Tunisia said on Friday.", date(2015, 6, 20), date(2015, 6, 19)),
    ("Ten sailors seized by gunmen in late March were freed on Sunday.", date(2016, 5, 2), date(2016, 5, 1)),
    ("The parties agreed to emergency humanitarian action in two provinces, starting in January.", date(2022, 12, 13), None),
    ("The sides agreed on Monday to a prisoner swap beginning in March.", date(2022, 12, 13), date(2022, 12, 12)),
])
def test_round_19_dates(sentence, published, day):
    assert resolve(sentence, published, "release" if "freed" in sentence else "agreement").day == day


@pytest.mark.parametrize(("sentence", "kind", "counts"), [
    # a half named by a people turns, not the half named by its role
    ("Syrian rebels free 48 Iranians in exchange for more than 2,000 prisoners", "release", {"hostages": 48, "prisoners": 2000}),
    ("Rebels freed 12 Iranians in return for 300 detainees.", "release", {"hostages": 12, "prisoners": 300}),
    # the people of a clause that times the batch by another are not counted in it
    ("The two men were handed over in Zabul, hours after the three militants were flown to Qatar.", "release", {"hostages": 2}),
    ("Hamas freed 24 hostages, a day after Israel released 39 prisoners.", "release", {"hostages": 24}),
    # a government frees prisoners; an ordinal in digits still counts one
    ("The Syrian authorities freed 150 women on Tuesday.", "release", {"prisoners": 150}),
    ("A fifth American, student Matthew Trevithick, was released separately.", "release", {"hostages": 1}),
    ("A second hostage, a nurse, was released on Monday.", "release", {"hostages": 1}),
    ("The Taliban released two teachers at the American University.", "release", {"hostages": 2}),
])
def test_round_19_counts(sentence, kind, counts):
    found = only(sentence, kind)
    assert {k: found.fields[k] for k in ("hostages", "prisoners") if k in found.fields} == counts


def test_a_government_agreeing_to_release_people_agrees_to_free_prisoners():
    found = only("A spokesman said the government had agreed to release 2,130 people for the 48.", "agreement")
    assert found.fields["terms"] == {"prisoners": 2130}


# ---------------------------------------------------------------- round 20 families, probed with paraphrases


@pytest.mark.parametrize(("sentence", "kind"), [
    # people led, let or walked out; a release as an outcome, announced, ordered, or freedom given; a headline's "return home"
    ("The children were led out of the building by staff of the International Committee of the Red Cross.", "release"),
    ("Twelve hostages were escorted out of the embassy by police negotiators on Friday.", "release"),
    ("About 100 women and children were let out that night, police said.", "release"),
    ("Earlier on Thursday the singer had walked out of the theatre with a woman and three children.", "release"),
    ("The envoy came out of the compound with four hostages.", "release"),
    ('"The Qatari mediation has led to the release of the nine Lebanese," the minister said.', "release"),
    ("Talks in Doha resulted in the release of 12 hostages on Friday.", "release"),
    ("Their release was announced with no warning by the president at a news conference on Wednesday.", "release"),
    ("The release of the three sailors was announced on Friday by the ministry.", "release"),
    ('The leader issued a "special pardon" to the two reporters and ordered them set free, the agency said.', "release"),
    ("The general ordered the 12 prisoners released on Monday.", "release"),
    ('The sailors had been pardoned and their freedom given to the British people as a "gift".', "release"),
    ("The president granted them their freedom on Friday.", "release"),
    ("Ivorian soldiers pardoned by Mali's junta return home after six months", "release"),
    ("Freed fishermen return home to Gujarat", "release"),
    ("The two pilots, Murat Akpinar and Murat Agca, were handed to Lebanese authorities on Saturday and flown home from Beirut.", "release"),
    # talks: mediating, contacts handled through a third state, finishing touches, a deal a state mediated, trips to
    # discuss the release or for talks, conversations and working sessions held, a deadlock broken by talks, a release won
    # at a meeting, a headline's release after a meeting
    ("Syria confirmed on Wednesday that it had been mediating.", "talks"),
    ("Oman said it had been quietly mediating between the two sides.", "talks"),
    ("Contacts on the case were handled through Sweden, which represents American interests.", "talks"),
    ("The negotiations were conducted through Swiss intermediaries.", "talks"),
    ("Sources said weeks of behind-the-scenes negotiations with the government preceded the trip.", "talks"),
    ("The two countries were putting the finishing touches on the list of prisoners to be released.", "talks"),
    ("Negotiators were putting the final touches to the exchange deal on Friday.", "talks"),
    ("Israel freed 477 prisoners in exchange for the soldier, in a deal that Egypt mediated.", "talks"),
    ("The swap, which Qatar mediated, freed 12 hostages.", "talks"),
    ("The security chief travelled to Damascus on Friday to discuss the prisoner release with Syrian officials.", "talks"),
    ("The foreign minister flew to Doha on Monday to discuss the exchange with Qatari officials.", "talks"),
    ("A delegation led by the defence minister traveled to Bamako on Dec. 22 for talks with the junta leader.", "talks"),
    ('The former president held what the agency called an "exhaustive conversation" with Kim over dinner.', "talks"),
    ("The Togolese leader then visited Bamako and held a working session with the junta leader.", "talks"),
    ("The envoy held lengthy discussions with the kidnappers on Sunday.", "talks"),
    ("Newspapers said the deadlock was broken by direct talks on Tuesday between the two advisers.", "talks"),
    ("The impasse was finally broken in talks in Muscat.", "talks"),
    ("The former president secured their release in a surprise meeting with the reclusive leader.", "talks"),
    ("North Korea frees 2 American journalists after Clinton meets Kim", "talks"),
    ("Rebels release 12 hostages after Qatar holds talks with their leaders", "talks"),
    # preconditions: a release tied to another matter, an ultimatum with its date, an act made the price of a deal
    ("Goïta tied the release of the others to the fate of Malian political figures living in Ivory Coast.", "precondition"),
    ("The junta has linked the soldiers' release to the extradition of its opponents.", "precondition"),
    ("The regional bloc gave Mali until Jan. 1 to free the soldiers or face new sanctions.", "precondition"),
    ("The rebels gave the government until Friday to release their comrades or the hostages would be killed.", "precondition"),
    ("Tehran had made an admission of that trespass the price of a settlement.", "precondition"),
    # offers: lives or safe passage for a release, amnesty if a visitor comes, a release in return
    ("The security chief said the hostage-takers would be guaranteed their lives if they freed all their captives.", "offer"),
    ("The gunmen were offered safe passage if they released the hostages.", "offer"),
    ("Officials told the women they could be granted amnesty if the former president came to Pyongyang.", "offer"),
    ("The envoy said the two prisoners would be freed if the president visited Tehran.", "offer"),
    ("Senior Taliban figures said the group would in return release a number of captured government soldiers.", "offer"),
    # a count held in the holders' own clause; a deal named with both its signers
    ("The official said the gunmen had agreed to release all 75 foreigners they were holding, among them three Americans.", "claim"),
    ("The rebels were holding 40 soldiers, the army said.", "claim"),
    ("The releases are part of an exchange laid down in the agreement the United States and the Taliban signed in Doha.", "agreement"),
    ("The deal Israel and Hamas reached in January freed 33 hostages.", "agreement"),
    # denials: freed without a deal, no deal insisted on, a report answered "That's not true"
    ("Freed sailors back from Iran as Blair insists there was no deal", "denial"),
    ('The prime minister said the crew had been freed "without any deal, without any negotiation".', "denial"),
    ("The hostages were released without any concessions, the minister said.", "denial"),
    ('Asked about the report that the envoy had delivered a message, the spokesman said: "That\'s not true."', "denial"),
    ('Asked about claims that a ransom was paid, the minister said: "That is false."', "denial"),
])
def test_round_20_families(sentence, kind):
    assert events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "kind"), [
    # releases asked about, from hospital, hoped for, ordered delayed, to come; a walk-out of a meeting; nobody out
    ("It was not clear whether any of them had been let out.", "release"),
    ("The patient was let out of hospital on Friday.", "release"),
    ("The talks could lead to the release of 50 hostages.", "release"),
    ("Their release is expected to be announced on Monday.", "release"),
    ("The court ordered the release of documents on the case.", "release"),
    ("The minister ordered the release of the prisoners slated to go free on Thursday to be delayed.", "release"),
    ("The hostages will return home next week.", "release"),
    ("He walked out of the meeting with his aides.", "release"),
    ("The minister was led out of the room by guards.", "release"),
    ("By nightfall no foreigner had walked out.", "release"),
    # a summary of releases before the day, with no comma; people described by what they negotiated
    ("Before Sunday's announcement Kabul had already released about 1,000 Taliban inmates, while the insurgents had let go of roughly 300 captives.", "release"),
    ("Before the truce Israel had already freed 300 prisoners.", "release"),
    ("He took off from Cairo aboard a private jet with the two Israelis who negotiated his release.", "release"),
    ("The freed reporter flew to Berlin with the diplomat who had negotiated her release.", "release"),
    # talks broken down, held up, with reporters
    ("Talks on freeing the foreigners had broken down over a last-minute hitch, the consul told reporters.", "talks"),
    ("The dispute has held up the start of peace negotiations between the Taliban and the government.", "talks"),
    ("The row over the prisoners has delayed the start of the talks.", "talks"),
    ("He held a conversation with reporters on the plane.", "talks"),
    ("The envoy will travel to Doha next week for talks with Hamas.", "talks"),
    # preconditions: a link denied, a fact insisted on, a demand judged, a threat the next sentence denies
    ("Officials said they did not tie the release to any other case.", "precondition"),
    ("Iran said they had strayed into its waters; Britain insists they were in Iraqi waters, operating under a UN mandate.", "precondition"),
    ("Israel insisted the men had been armed when they were detained.", "precondition"),
    ("Abidjan called the demand blackmail and said its soldiers were being held hostage.", "precondition"),
    ("Kyiv rejected the demand as extortion.", "precondition"),
    ("A spokeswoman said an actor held inside had told her the captors would start shooting hostages at dawn if their demands were not met. "
     "The deputy minister denied that the gunmen had set any such deadline.", "precondition"),
    # terms of a deal are no count held
    ("The agreement also provides for the release of about 200 Syrians held in the government's jails.", "claim"),
    ("The deal calls for the release of 300 Palestinians held in Israeli jails.", "claim"),
    ("The remaining 550 Palestinians covered by that agreement are to be released in two months.", "claim"),
    # an extension judged important or essential is no extension made
    ('"It is important to extend the ceasefire and the government is ready to extend it," the spokesman said.', "truce_extension"),
    ("It is essential to prolong the truce, the envoy said.", "truce_extension"),
    # a side's promise that its own people will come back; conditions put to the captives' own conduct
    ('In his New Year\'s address, the president had promised that the soldiers "will soon return to Ivorian soil."', "offer"),
    ("The president promised that the hostages would soon be home.", "offer"),
    ("The prisoners would be released if they complied, the warden said.", "offer"),
    # a deal hoped for; talks that ended without a deal; a report answered with no denial
    ("The deal Israel and Hamas hope to sign next week would free 33 hostages.", "agreement"),
    ("The talks ended without any deal.", "denial"),
    ('The report said the hostages were well, and the minister said: "That\'s good news."', "denial"),
])
def test_round_20_negatives(sentence, kind):
    assert not events(sentence, type_=kind), [e.as_dict() for e in events(sentence)]


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # a "since" and its day right before the sentence's own verb end there
    ("Forty-six Ivorian soldiers held in Mali since July were freed and flown home on Saturday.", date(2023, 1, 8), date(2023, 1, 7)),
    ("The 240 hostages held since October 7 were released on Friday.", date(2023, 11, 25), date(2023, 11, 24)),
])
def test_round_20_dates(sentence, published, day):
    assert resolve(sentence, published, "release").day == day


@pytest.mark.parametrize(("sentence", "kind", "counts"), [
    ("The two pilots, Murat Akpinar and Murat Agca, were handed to Lebanese authorities on Saturday and flown home.", "release", {"hostages": 2}),
    ("About 100 women and children were let out that night, police said.", "release", {"hostages": 100}),
])
def test_round_20_counts(sentence, kind, counts):
    found = only(sentence, kind)
    assert {k: found.fields[k] for k in ("hostages", "prisoners") if k in found.fields} == counts


def test_a_count_held_in_the_holders_own_clause_is_the_claim():
    assert only("The official said the gunmen had agreed to release all 75 foreigners they were holding, among them three Americans.", "claim").fields["held"] == 75


@pytest.mark.parametrize(("text", "expected"), [
    ('He would study "a way out ... with full guarantees" for them. Then he left.',
     ['He would study "a way out ... with full guarantees" for them.', "Then he left."]),
    ("They said they would wait ... and see what came. Nothing did.", ["They said they would wait ... and see what came.", "Nothing did."]),
    ("The talks dragged on... Then they collapsed.", ["The talks dragged on...", "Then they collapsed."]),
])
def test_an_ellipsis_before_a_lowercase_word_goes_on_with_the_sentence(text, expected):
    from negotiation.mapper.sentences import sentences

    got = [s for _, _, s in sentences(text)]
    assert got == expected
    assert all(text[a:b] == s for a, b, s in sentences(text))
