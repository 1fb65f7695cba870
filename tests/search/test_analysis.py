"""The Python analysis: folding, Turkish lowercase, apostrophes, stopwords and stems per language."""

import pytest

from search.analysis import analyzer


@pytest.mark.parametrize(
    "typed, written",
    [
        ("gomruk", "Gömrük"),
        ("edv", "ƏDV"),
        ("ise qebul", "İşə qəbul"),
        ("vesiqesi", "vəsiqəsi"),
        ("IS ICAZESI", "iş icazəsi"),
        ("sirket", "şirkət"),
    ],
)
def test_azerbaijani_words_typed_without_azerbaijani_letters_match(typed, written):
    az = analyzer("az")
    assert az.terms(typed) == az.terms(written)


def test_azerbaijani_dotted_and_dotless_i_lowercase_the_turkish_way():
    az = analyzer("az")
    assert az.folded_tokens("İDXAL") == ["idxal"]
    assert az.folded_tokens("IĞDIR") == ["igdir"]  # I -> ı -> folded i, never a stray dotted i + combining dot


def test_azerbaijani_apostrophe_suffix_is_cut():
    assert analyzer("az").terms("Azərbaycan'ın") == analyzer("az").terms("Azərbaycan")


def test_azerbaijani_inflected_forms_share_a_stem():
    az = analyzer("az")
    assert az.terms("rüsumları") == az.terms("rüsumu") == ["rusum"]
    assert az.terms("vergisi") == az.terms("vergilər") == az.terms("vergi")


def test_azerbaijani_stopwords_are_dropped():
    assert analyzer("az").terms("vergi və gömrük üçün") == analyzer("az").terms("vergi gömrük")


def test_english_customs_is_not_custom():
    en = analyzer("en")
    assert en.terms("customs") == ["customs"]
    assert en.terms("custom") == ["custom"]
    assert en.terms("duties") == en.terms("duty")


def test_russian_noun_and_adjective_of_customs_share_a_stem():
    ru = analyzer("ru")
    assert ru.terms("таможня") == ru.terms("таможенные") == ru.terms("Таможенное")
    assert ru.terms("пошлины") == ru.terms("пошлина")


def test_russian_yo_is_e():
    assert analyzer("ru").terms("учёт") == analyzer("ru").terms("учет")


def test_cyrillic_letters_are_not_stripped_of_their_marks():
    assert analyzer("ru").folded_tokens("йод") == ["йод"]


def test_unknown_language_is_refused():
    with pytest.raises(KeyError):
        analyzer("xx")


def test_stemming_is_safe_from_several_threads_at_once():
    import threading

    from search.analysis import _stem

    words = [f"таможенн{suffix}{n}" for n in range(300) for suffix in ("ые", "ая", "ого")]
    expected = {word: analyzer("ru")._stem_uncached(word) for word in words}
    _stem.cache_clear()
    errors = []

    def work():
        try:
            for word in words:
                if analyzer("ru")._stem_uncached(word) != expected[word]:
                    errors.append(word)
        except Exception as error:  # an IndexError inside Snowball when threads share a stemmer
            errors.append(repr(error))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
