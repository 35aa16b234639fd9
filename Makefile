# The two commands a newcomer needs:
#   make serve   build the site and serve it at http://127.0.0.1:8000 (reloads on every edit)
#   make test    run every check, browser tests included
# Both create the virtual environment and install what they need on a fresh machine.

PY      := .venv/bin/python
STAMP   := .venv/.installed
CHROME  := /usr/bin/chromium
HOST    ?= 127.0.0.1:8000

.PHONY: serve build validate test test-fast chromium clean bench pdf

$(STAMP): requirements.txt requirements-test.txt
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.txt
	# Make the ikc package in scripts/ importable (by MkDocs hooks, pytest and the CLI) without a build step.
	$(PY) -c 'import site,pathlib; pathlib.Path(site.getsitepackages()[0], "ikc.pth").write_text(str(pathlib.Path("scripts").resolve()))'
	touch $(STAMP)

# The W3C Nu HTML Checker (vnu-jar, run with Debian's Java) and Lighthouse, pinned in package-lock.json.
# --ignore-scripts: vnu-jar's install script would download a Java runtime; the machine's own is used instead.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null && command -v java >/dev/null || { \
	  echo "Installing Debian's Java runtime and npm…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless npm >/dev/null; }
	npm ci --ignore-scripts --no-audit --no-fund
	touch $(NODE_STAMP)

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

# The site with PDFs of the whole guide and the checklist pack (site/downloads/), printed by Debian's Chromium and
# linked from the site's print pages (IKC_PDFS=1).
pdf: $(STAMP) chromium
	IKC_PDFS=1 $(PY) -m mkdocs build --strict --clean
	$(PY) scripts/make_pdfs.py site

validate: $(STAMP)
	$(PY) -m ikc validate

test: $(STAMP) chromium $(NODE_STAMP)
	$(PY) -m pytest

# Unit and content tests only (no browser): quick feedback while writing.
test-fast: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest -m "not browser"

# Build time, page weight and Lighthouse scores, printed as a table (a script, not a timed test).
bench: $(STAMP) chromium $(NODE_STAMP)
	$(PY) scripts/benchmark.py

clean:
	rm -rf site .venv node_modules
