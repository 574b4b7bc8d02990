# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres lint translations bench bench-scale bench-instructions crash-loop clean wheel bundle

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "MentorDesk needs Python 3.11 or newer")'
	@echo "== 1/3 Creating MentorDesk's own Python environment in $(VENV) (once; a few seconds)"
	$(PYTHON) -m venv $(VENV)
	@echo "== 2/3 Updating pip in it"
	$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "== 3/3 Installing MentorDesk and what it needs (Qt, SQLAlchemy, the test tools):"
	@echo "       about 200 MB to download, 1 to 3 minutes; pip shows each package as it goes"
	$(BIN)/python -m pip install --progress-bar on -e '.[test]'
	touch $(STAMP)
	@echo "== Ready. The next start is immediate."

run: $(STAMP)
	$(BIN)/mentordesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check mentordesk tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

# The store and service suites again, on a throw-away PostgreSQL cluster (team mode); then
# the service suite once more as a member of the team's group, not the tables' owner.
test-postgres: $(STAMP)
	bash .ci/with-postgres sh -c 'env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/store tests/services && env QT_QPA_PLATFORM=offscreen MENTORDESK_TEST_AS_MEMBER=1 $(BIN)/python -m pytest -q tests/services'

lint: $(STAMP)
	$(BIN)/ruff check mentordesk tests benchmarks
	$(BIN)/ruff format --check mentordesk tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

# SQLite at 1×, 3× and 10× the 80-pair team, PostgreSQL at 1× and 10× on a throw-away
# cluster (installed on first use); figures to benchmarks/results.json (10-20 minutes).
bench: $(STAMP)
	bash .ci/with-postgres env QT_QPA_PLATFORM=offscreen \
		$(BIN)/python benchmarks/run.py --scales 1,3,10 --postgres 1,10

# A 2,000-pair team on PostgreSQL, the same tables; to benchmarks/results-scale.json.
bench-scale: $(STAMP)
	bash .ci/with-postgres env QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py \
		--scales '' --postgres 25 --results benchmarks/results-scale.json

bench-instructions: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --instructions

# The long crash loop: 60 kills of the app while it types (the short one is in `make test`);
# its figures go to benchmarks/crash-loop.json, which the README quotes.
crash-loop: $(STAMP)
	MENTORDESK_CRASH_LOOP_KILLS=20 MENTORDESK_CRASH_LOOP_REPORT=benchmarks/crash-loop.json \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/ui/test_crash_loop.py

# The translations: pyside6-lupdate gathers every marked string of the code into each
# resources/translations/*.ts (keeping what is translated), pyside6-lrelease compiles the
# .qm files the app loads. Run after changing marked strings; a test says when it is due.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find mentordesk -name '*.py' | sort) -no-obsolete -locations none \
	  -ts resources/translations/mentordesk_de.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/mentordesk_de.ts \
	  -qm resources/translations/mentordesk_de.qm

wheel: $(STAMP)
	rm -rf dist && $(BIN)/python -m pip wheel --quiet --no-deps -w dist .

# A standalone folder, dist/bundle/mentordesk/, whose `mentordesk` runs on a Linux machine
# without Python (PyInstaller): the app, the command line, resources and migrations.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --name mentordesk \
	  --distpath dist/bundle --workpath build/bundle --specpath build/bundle \
	  --add-data "$(CURDIR)/resources:mentordesk/resources" \
	  --add-data "$(CURDIR)/mentordesk/store/migrations:mentordesk/store/migrations" \
	  --collect-submodules mentordesk \
	  --hidden-import sqlalchemy.dialects.sqlite.pysqlite \
	  --hidden-import sqlalchemy.dialects.postgresql.psycopg \
	  --collect-submodules psycopg --collect-submodules keyring --copy-metadata keyring \
	  --copy-metadata PySide6-Essentials --copy-metadata SQLAlchemy \
	  --copy-metadata icalendar --copy-metadata psycopg \
	  --collect-data tzdata \
	  packaging/bundle_entry.py
	@echo "bundle: dist/bundle/mentordesk/mentordesk ($$(du -sh dist/bundle/mentordesk | cut -f1))"

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
