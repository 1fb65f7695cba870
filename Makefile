# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=cms.settings.dev
SETUP := TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend

.PHONY: install demo test lint lock messages clean

# The packages come from the lock file, exact versions with their hashes, as CI and the image get
# them; the project itself is installed on top without resolving anything again.
$(VENV)/.installed: pyproject.toml requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.11).")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# After a change to the dependencies in pyproject.toml: one resolution for Python 3.11 and newer on
# every platform (uv's universal mode), with hashes; the versions already locked are kept unless
# the new ranges exclude them (add --upgrade to take the newest). The image installs runtime.txt;
# dev.txt is the same versions plus the test tools.
UV_COMPILE := $(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --no-header --quiet
lock: install
	$(UV_COMPILE) -o requirements/runtime.txt
	$(UV_COMPILE) --extra dev -c requirements/runtime.txt -o requirements/dev.txt

# Ruff's rules and format; every package the shipped code imports is declared, and none only
# arrives with another one; the shipped code's types check (mypy with django-stubs); the layout's
# import contracts hold (pyproject.toml for all four).
lint: install
	$(VENV)/bin/ruff check cms search frontend tests bench
	$(VENV)/bin/ruff format --check cms search frontend tests bench
	$(VENV)/bin/deptry cms search frontend
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

install: $(VENV)/.installed

# The catalogues are compiled only when a .mo is missing or older than its .po: a Django start-up saved.
messages: install
	@for po in $$(find . \( -path ./$(VENV) -o -path ./node_modules \) -prune -o -name '*.po' -print); do \
	[ "$${po%.po}.mo" -nt "$$po" ] || stale=1; done; \
	if [ -n "$$stale" ]; then echo "Compiling the message catalogues"; \
	$(DEV) $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0; fi

# The demo runs as production does: publishing queues a task that the worker beside the web
# server runs (dev settings: the database task backend). The set-up steps run their tasks at once,
# in one process (`manage.py demo_setup`: migrate, load_demo_content, rebuild_search_index,
# load_search_demo, build_frontend, ensure_dev_admin, ensure_dev_idp_client), each step timed.
# Absolute links (canonical URLs, e-mails, the API) name the port the demo is served on.
demo: export PUBLIC_BASE_URL = http://127.0.0.1:$(PORT)
demo: install messages
	$(DEV) $(SETUP) $(PY) manage.py demo_setup --base-url http://127.0.0.1:$(PORT) --base-url http://localhost:$(PORT)
	@echo "Serving the portal on http://127.0.0.1:$(PORT)/ and the admin on http://127.0.0.1:$(PORT)/admin/"
	@echo "E-cabinet: http://127.0.0.1:$(PORT)/cabinet/ (sign in with a test identity of the development provider)"
	@echo "The task worker runs beside the web server; Ctrl-C stops both."
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV) $(PY) manage.py db_worker --interval 0.3 --no-startup-delay & worker=$$!; \
	$(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# axe-core for the browser accessibility tests; without npm they are skipped, saying why.
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; \
	else echo "npm is not installed: the browser accessibility tests will be skipped."; fi

test: install lint messages node_modules/.package-lock.json
	$(PY) -m pytest

clean:
	rm -rf $(VENV) var dist
