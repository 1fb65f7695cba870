"""The demo Investor's Guide, as data: `taxonomy` (reference data), `guide` (home, sections, topics
and articles) and `investment` (incentives, priority sectors, projects, services). Facts and their
sources are in the project's fact sheet; nothing marked unverified there is stated here as fact."""
