"""The interface both search backends serve, and the values they exchange."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

FACETS = ("type", "topic", "sector", "region")


@dataclass(frozen=True)
class SearchQuery:
    text: str
    language: str
    filters: dict[str, str] = field(default_factory=dict)  # facet -> selected value
    page: int = 1
    page_size: int = 10

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


@dataclass
class Hit:
    page_id: int
    title: str
    url: str
    # HTML: the text escaped, matched words in <mark>; or the function that makes it, called when
    # the snippet is first read, so that only the hits shown pay for highlighting.
    snippet_or_maker: str | Callable[[], str]
    type: str
    score: float = 0.0

    @property
    def snippet(self) -> str:
        if callable(self.snippet_or_maker):
            self.snippet_or_maker = self.snippet_or_maker()
        return self.snippet_or_maker

    def as_dict(self) -> dict:
        return {"id": self.page_id, "title": self.title, "url": self.url, "snippet": self.snippet, "type": self.type}


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]]  # facet -> value -> count
    suggestion: str | None
    backend: str


@dataclass
class Completion:
    page_id: int
    title: str
    url: str


Progress = Callable[[int], None]


class SearchBackend(ABC):
    """What the query service needs from a backend."""

    name = "base"

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResults: ...

    @abstractmethod
    def autocomplete(self, text: str, language: str, limit: int = 8) -> list[Completion]: ...

    @abstractmethod
    def index_documents(self, documents: Iterable) -> int: ...

    @abstractmethod
    def delete_pages(self, page_ids: Iterable[int], languages: Iterable[str] | None = None) -> None: ...

    @abstractmethod
    def rebuild(self, documents: Iterable, progress: Progress | None = None) -> int: ...

    @abstractmethod
    def document_counts(self) -> dict[str, int]: ...

    @abstractmethod
    def health(self) -> dict: ...
