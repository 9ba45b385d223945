"""The README stays true: its configuration table matches the settings, its commands exist."""

import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
README = (PROJECT / "README.md").read_text(encoding="utf-8")


def test_the_configuration_table_lists_exactly_the_variables_the_settings_read():
    settings = (PROJECT / "config" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]*)"', settings))
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \|", README, flags=re.MULTILINE))

    assert "DATABASE_URL" in read, "the pattern no longer finds the settings' variables"
    assert read - documented == set(), "add these to the README's configuration table"
    assert documented - read == set(), "the README documents variables the settings never read"


def test_every_make_target_the_readme_names_exists():
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, flags=re.MULTILINE))
    named = set(re.findall(r"`make ([\w-]+)`", README)) | set(
        re.findall(r"^make (\w+)", README, re.M)
    )

    assert {"run", "test"} <= named
    assert named <= targets
