"""What `make run` does, on a fresh SQLite database with no broker: migrate, then load the demo."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from claims.demo import data

PROJECT = Path(__file__).resolve().parents[2]


def manage(*args: str, env: dict) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_make_runs_sqlite_path_migrates_and_loads_the_demo(tmp_path):
    database = tmp_path / "db.sqlite3"
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"REDIS_URL", "CELERY_BROKER_URL", "CELERY_TASK_ALWAYS_EAGER"}
    }
    env |= {"DATABASE_URL": f"sqlite:///{database}", "DEMO_PASSWORD": "smoke-test-password"}

    manage("migrate", "--noinput", env=env)
    # Running it twice is covered on PostgreSQL (test_load_demo); one run keeps this test quick.
    output = manage("load_demo", env=env)

    assert "Demo data loaded: created" in output
    assert 'as "demo" with password "smoke-test-password"' in output
    with sqlite3.connect(database) as connection:
        (claims,) = connection.execute("SELECT COUNT(*) FROM claims_claim").fetchone()
        (articles,) = connection.execute("SELECT COUNT(*) FROM sources_article").fetchone()
    assert claims == sum(len(report.claims) for report in data.REPORTS)
    assert articles == len(data.REPORTS)
