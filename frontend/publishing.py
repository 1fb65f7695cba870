"""The static site's reaction to content changes (see `cms.core.publishing`).

It runs in the background task that a publish, unpublish, move, deletion or reference-data edit
queues, and re-renders only what the change touches (`build.update`).
"""

from __future__ import annotations

import logging

from . import build

logger = logging.getLogger(__name__)


def rebuild_changed(change) -> None:
    touched = build.update(
        change.page_ids,
        old_paths=change.old_paths,
        reference_changed=change.event == "reference_data",
        references=change.references,
    )
    if touched:
        logger.info(
            "Static site: %s for %s; %d files written or removed.", change.event, list(change.page_ids), len(touched)
        )
