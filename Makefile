# Two commands: `make run` opens the dashboard on the bundled sample; `make test` runs the suite.
# Both create or update .venv as needed and are quick when everything is in place.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8501

.PHONY: run test faults bench eval lint fmt clean

# One recipe at a time, even under `make -j`: `.installed` and `.installed-test` are two pip
# installs into one venv (and the compiled build follows the first), which must never run at
# once; the tests and the build run their own workers.
.NOTPARALLEL:

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Reinstall only when the project's metadata or its C source changes (the install builds
# parsing/_langwalk.c when a C compiler is there). setuptools warns on every editable install of
# top-level packages ("be careful with folders ... with the same name as your package"): here
# those folders are the package, so that one warning is silenced; nothing else is.
QUIET_INSTALL := PYTHONWARNINGS="ignore:Editable installation"

$(VENV)/.installed: pyproject.toml setup.py parsing/_langwalk.c | $(PY)
	$(QUIET_INSTALL) $(PY) -m pip install -q -e '.[compiled]'
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py parsing/_langwalk.c | $(PY)
	$(QUIET_INSTALL) $(PY) -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

# The hot pure-Python modules compiled by Cython into .venv/wiremap-compiled (parsing/compiled.py
# lists them; about 2 min on 2 cores): only those whose source changed are rebuilt. A module whose
# build was made from another text of its source runs from its .py, with a warning
# (WIREMAP_COMPILED=0: none is used). Without Cython or a compiler this says so and everything
# runs from the .py files. The tool runs every time (a fifth of a second when all is current): it
# compares each source's sha256 with its build's, as the import does, where a stamp's date would
# miss a file saved during a build, or copied or unpacked with an older date.
$(VENV)/.compiled: $(VENV)/.installed FORCE
	$(PY) tools/build_compiled.py
	touch $@

FORCE:

# Build the on-disk caches once (the gazetteer's index, the mention tables, the language model;
# about 20 s), before the page or a command needs them: the same warm-up --jobs runs.
$(VENV)/.gazetteer: $(VENV)/.installed geo/gazetteer.py geo/geodata.py geo/data/places.json \
		$(wildcard parsing/data/languages/*.json) geo/data/country_points.json \
		geo/data/region_points.json geo/mentions.py parsing/lang.py parsing/diskcache.py
	@echo "Building the offline gazetteer index and mention tables (once)..."
	$(PY) -c "from pipeline.parallel import warm_up; warm_up()"
	touch $@

run: $(VENV)/.installed $(VENV)/.compiled $(VENV)/.gazetteer
	@echo "Wiremap: open http://$(HOST):$(PORT) (Ctrl+C stops it)"
	$(PY) -m streamlit run dashboard.py --server.address $(HOST) --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false --global.developmentMode false

# Two pytest-xdist workers, a test file each at a time (a module's server and browser are
# started once, on one worker): TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2

test: $(VENV)/.installed-test $(VENV)/.compiled
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -q -n $(TEST_WORKERS) --dist loadfile

# The fault suite alone (it is part of `make test` too): see README, "The fault suite".
faults: $(VENV)/.installed-test
	$(VENV)/bin/pytest -q tests/faults

# PostgreSQL rows run when a server answers on 127.0.0.1:5432 (bash .ci/postgres-start starts one).
PG_URL ?= postgresql+psycopg://wiremap:wiremap@127.0.0.1:5432/wiremap_test

bench: $(VENV)/.installed-test $(VENV)/.compiled
	@if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then \
		WIREMAP_BENCH_PG_URL="$${WIREMAP_BENCH_PG_URL:-$(PG_URL)}" $(PY) -m benchmarks; \
	else \
		echo "bench: no PostgreSQL on 127.0.0.1:5432, its rows will say skipped"; $(PY) -m benchmarks; \
	fi

eval: $(VENV)/.installed-test $(VENV)/.compiled
	$(VENV)/bin/wiremap eval ../shared/data/wire/wire_samples.jsonl
	$(VENV)/bin/wiremap eval ../shared/data/wire/web_samples.jsonl
	$(PY) -m geo.mentions_eval
	$(VENV)/bin/wiremap eval ../shared/data/geoparse

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: $(VENV)/.installed-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache parsing/_langwalk.*.so
