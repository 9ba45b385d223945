"""Splitting text into sentences with offsets."""

from claims.extraction.sentences import split_sentences


def test_it_does_not_split_after_abbreviations():
    text = "Lt. Gen. Ivo Marr met U.S. envoys on Sept. 4 in the capital. Talks ended."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Lt. Gen. Ivo Marr met U.S. envoys on Sept. 4 in the capital.",
        "Talks ended.",
    ]


def test_offsets_point_into_the_text():
    text = "First one.\n\n  Second one here!  Third?"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_each_paragraph_and_list_line_stands_alone():
    sentences = split_sentences("Key points:\n- one thing\n- another\n\nNew paragraph")
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1]


def test_a_live_blogs_key_events_bar_separates_items():
    from claims.extraction.sentences import split_sentences

    text = "Key events: Russia fires 70 missiles overnight | Kyiv toll rises | Mayor says 12 hurt"
    assert len(split_sentences(text)) == 3
