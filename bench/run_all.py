"""Run every benchmark in turn (what `make bench` does) and stop at the first that fails.

Each benchmark is a standalone script that prints its own table; pass extra arguments to all of
them after `--`, e.g. `python bench/run_all.py -- --claims 100000` for a quicker pages run.
"""

import subprocess
import sys
from pathlib import Path

BENCHMARKS = ["extract.py", "parse.py", "ingest.py", "pages.py"]


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    for name in BENCHMARKS:
        script = here / name
        print(f"\n=== {name} ===", flush=True)
        args = extra if name == "pages.py" else []
        result = subprocess.run([sys.executable, str(script), *args], cwd=here.parent)
        if result.returncode != 0:
            print(f"{name} failed with exit code {result.returncode}", file=sys.stderr)
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
