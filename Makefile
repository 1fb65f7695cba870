# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=cms.settings.dev
SETUP := TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend

.PHONY: install demo test messages clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.11).")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

messages: install
	$(DEV) $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

# The demo runs as production does: publishing queues a task that the worker beside the web
# server runs (dev settings: the database task backend). The set-up steps run their tasks at once.
# Absolute links (canonical URLs, e-mails, the API) name the port the demo is served on.
demo: export PUBLIC_BASE_URL = http://127.0.0.1:$(PORT)
demo: install messages
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(SETUP) $(PY) manage.py load_demo_content
	$(DEV) $(SETUP) $(PY) manage.py rebuild_search_index
	$(DEV) $(SETUP) $(PY) manage.py load_search_demo
	$(DEV) $(SETUP) $(PY) manage.py build_frontend
	$(DEV) $(PY) manage.py ensure_dev_admin
	$(DEV) $(PY) manage.py ensure_dev_idp_client --base-url http://127.0.0.1:$(PORT) --base-url http://localhost:$(PORT)
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

test: install messages node_modules/.package-lock.json
	$(PY) -m pytest

clean:
	rm -rf $(VENV) var dist
