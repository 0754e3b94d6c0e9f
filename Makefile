# The README's commands: `make demo` and `make test` do all the set-up on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: install demo test bench system-deps clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian packages the tests drive for real: Chromium for the Datasette page test.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium (browser test)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "WARNING: could not install chromium; the browser test will fail"; }

demo: install
	$(VENV)/bin/cleancrawl demo --db demo.db

test: install system-deps
	$(PY) -m pytest -q -n 2 --timeout 300 -p no:cacheprovider

bench: install
	$(PY) benchmarks/quality.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache demo.db demo.db-*
