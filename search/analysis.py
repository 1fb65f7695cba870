"""Text analysis in Python, from the same data the Elasticsearch analyzers are built from.

`search/data/analysis.yml` declares each language's steps; `Analyzer` applies them in the same
order as the Elasticsearch analyzer of that language does (see `backends/elasticsearch.py`), so
the embedded backend folds, stems and drops stopwords exactly as the index would.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

import snowballstemmer
import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"

# Tokens: runs of letters and digits, with inner apostrophes kept (the apostrophe step decides what
# to do with them) and inner dots or commas kept between digits ("200,000", "0.5"): the same
# words Unicode text segmentation (Elasticsearch's standard tokenizer) finds in ordinary prose.
TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*(?:[.,]\d+)*")
MAX_TOKEN_LENGTH = 255  # the standard tokenizer's limit


@cache
def load_data(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def analysis_config() -> dict:
    return load_data("analysis.yml")["languages"]


def boosting_config() -> dict:
    return load_data("boosting.yml")


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


@lru_cache(maxsize=200_000)
def fold_latin(text: str) -> str:
    """Strips accents from Latin letters only, as asciifolding does; Cyrillic stays intact."""
    if text.isascii():
        return text
    out = []
    for char in text:
        if ord(char) > 127 and _is_latin(char):
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
        else:
            out.append(char)
    return "".join(out)


def turkish_lower(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower()


@dataclass(frozen=True)
class Analyzer:
    language: str
    config: dict

    @cached_property
    def _char_table(self) -> dict[int, str]:
        return {ord(source): target for source, target in (self.config.get("char_map") or {}).items()}

    @cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(str(word) for word in self.config.get("stopwords") or [])

    @cached_property
    def stem_overrides(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in (self.config.get("stem_overrides") or {}).items()}

    @cached_property
    def _stem_function(self):
        stemmer = self.config.get("stemmer")
        if isinstance(stemmer, str) and stemmer.startswith("snowball:"):
            algorithm = stemmer.split(":", 1)[1]
            # A Snowball stemmer object keeps the word it works on: one per thread.
            local = threading.local()

            def snowball_stem(token: str) -> str:
                instance = getattr(local, "stemmer", None)
                if instance is None:
                    instance = local.stemmer = snowballstemmer.stemmer(algorithm)
                return instance.stemWord(token)

            return snowball_stem
        patterns = [re.compile(pattern) for pattern in stemmer or []]

        def stem(token: str) -> str:
            for pattern in patterns:
                match = pattern.match(token)
                if match:
                    token = match.group(1)
            return token

        return stem

    # The steps ------------------------------------------------------------------------------

    def normalize_chars(self, text: str) -> str:
        return text.translate(self._char_table)

    def lower(self, text: str) -> str:
        return turkish_lower(text) if self.config.get("lowercase") == "turkish" else text.lower()

    def tokenize(self, text: str) -> list[str]:
        return [token[:MAX_TOKEN_LENGTH] for token in TOKEN_RE.findall(text)]

    def surface_tokens(self, text: str) -> list[str]:
        """Tokens as written, lowercased but not folded: what "did you mean" offers back."""
        text = self.lower(text.replace("’", "'"))
        tokens = []
        for token in self.tokenize(text):
            if self.config.get("apostrophe"):
                token = token.split("'", 1)[0]
            tokens.append(token)
        return tokens

    def fold_token(self, token: str) -> str:
        """A lowercased token through the char map, apostrophe and folding steps."""
        token = self.normalize_chars(token)
        token = self.lower(token)
        if self.config.get("apostrophe"):
            token = token.split("'", 1)[0]
        if self.config.get("fold"):
            token = fold_latin(token)
        return token

    def folded_tokens(self, text: str) -> list[str]:
        """Tokens up to the synonym step: mapped, lowercased, apostrophes cut, folded."""
        text = self.lower(self.normalize_chars(text))
        tokens = []
        for token in self.tokenize(text):
            if self.config.get("apostrophe"):
                token = token.split("'", 1)[0]
            if self.config.get("fold"):
                token = fold_latin(token)
            if token:
                tokens.append(token)
        return tokens

    def stem(self, token: str) -> str:
        return _stem(self.language, token)

    def _stem_uncached(self, token: str) -> str:
        override = self.stem_overrides.get(token)
        if override is not None:
            return override
        return self._stem_function(token)

    def finish(self, tokens: list[str]) -> list[str]:
        """The steps after synonyms: stopwords out, then stems."""
        return [self.stem(token) for token in tokens if token not in self.stopwords]

    def terms(self, text: str) -> list[str]:
        """The indexed terms of a text."""
        return self.finish(self.folded_tokens(text))


@cache
def analyzer(language: str) -> Analyzer:
    config = analysis_config()
    if language not in config:
        raise KeyError(f"No analysis is defined for language {language!r} in search/data/analysis.yml.")
    return Analyzer(language, config[language])


@lru_cache(maxsize=500_000)
def _stem(language: str, token: str) -> str:
    # Words repeat: a page's text is mostly words already stemmed for other pages.
    return analyzer(language)._stem_uncached(token)
