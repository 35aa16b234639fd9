# The two commands a newcomer needs:
#   make serve   build the site and serve it at http://127.0.0.1:8000 (reloads on every edit)
#   make test    run every check, browser tests included
# Both create the virtual environment and install what they need on a fresh machine.

PY      := .venv/bin/python
STAMP   := .venv/.installed
CHROME  := /usr/bin/chromium
HOST    ?= 127.0.0.1:8000

.PHONY: serve build validate test test-fast chromium clean

$(STAMP): requirements.txt requirements-test.txt
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.txt
	# Make the ikc package in scripts/ importable (by MkDocs hooks, pytest and the CLI) without a build step.
	$(PY) -c 'import site,pathlib; pathlib.Path(site.getsitepackages()[0], "ikc.pth").write_text(str(pathlib.Path("scripts").resolve()))'
	touch $(STAMP)

# Debian's Chromium and poppler (pdftotext) for the browser and print tests; never a browser download.
chromium:
	@if [ ! -x $(CHROME) ] || ! command -v pdftotext >/dev/null; then \
	  echo "Installing Debian's chromium and poppler-utils…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
	fi

serve: $(STAMP)
	$(PY) -m mkdocs serve --strict -a $(HOST)

build: $(STAMP)
	$(PY) -m mkdocs build --strict --clean

validate: $(STAMP)
	$(PY) -m ikc validate

test: $(STAMP) chromium
	$(PY) -m pytest

# Unit and content tests only (no browser): quick feedback while writing.
test-fast: $(STAMP)
	$(PY) -m pytest -m "not browser"

clean:
	rm -rf site .venv
