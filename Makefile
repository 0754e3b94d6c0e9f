# The README's commands: `make demo` and `make test` do all the set-up on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: install demo test bench bench-crawl system-deps clean

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

# Crawl speed (issue 9): a fast static server on loopback keeps the fetch ceiling honest.
bench-crawl: install
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null) \
	  || echo "WARNING: no nginx; benchmarks/crawl.py falls back to Python's http.server"
	$(PY) benchmarks/crawl.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache demo.db demo.db-*
