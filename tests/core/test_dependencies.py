"""The lock files agree with pyproject.toml, and with each other.

CI and `make demo` install requirements/dev.txt, the image requirements/runtime.txt (`make lock`
writes both). A range changed in pyproject.toml without `make lock` would leave the suite running
against versions the declaration no longer allows; these tests say so instead.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)(?:\[[^\]]*\])?==(?P<version>\S+?)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$")


def declared(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def locked(name: str) -> dict[str, list[tuple[str, Marker | None]]]:
    """Each locked package's versions, with the marker that selects each (a universal lock may
    pin two versions of one package for two ranges of Python)."""
    pins: dict[str, list[tuple[str, Marker | None]]] = {}
    for line in (ROOT / "requirements" / name).read_text().splitlines():
        match = PIN.match(line)
        if match:
            marker = Marker(match["marker"]) if match["marker"] else None
            pins.setdefault(canonicalize_name(match["name"]), []).append((match["version"], marker))
    return pins


@pytest.mark.parametrize(("lock", "extras"), [("runtime.txt", ()), ("dev.txt", ("dev",))])
def test_every_declared_package_is_locked_within_its_range(lock, extras):
    pins = locked(lock)
    problems = []
    for requirement in declared(*extras):
        versions = pins.get(canonicalize_name(requirement.name))
        if not versions:
            problems.append(f"{requirement.name}: not in requirements/{lock}")
            continue
        for version, _marker in versions:
            if not requirement.specifier.contains(version, prereleases=True):
                problems.append(f"{requirement.name}=={version} is outside {requirement.specifier}")
    assert not problems, "run `make lock`:\n" + "\n".join(problems)


def test_the_image_and_the_suite_get_the_same_versions():
    runtime, dev = locked("runtime.txt"), locked("dev.txt")
    differing = {name: (pins, dev.get(name)) for name, pins in runtime.items() if dev.get(name) != pins}
    assert not differing, f"requirements/dev.txt disagrees with runtime.txt (run `make lock`): {differing}"


def test_every_lock_line_carries_a_hash():
    for lock in ("runtime.txt", "dev.txt"):
        text = (ROOT / "requirements" / lock).read_text()
        for block in re.split(r"\n(?=[A-Za-z0-9])", text.strip()):
            assert "--hash=sha256:" in block, f"{lock}: no hash for {block.splitlines()[0]}"
