# chainkg: two commands.  `make run` builds graphs/ from data/; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBS   := chromium fonts-noto-cjk virtuoso-opensource-7
RUN_DEBS := fonts-noto-cjk

.PHONY: run test venv test-deps system-deps run-deps lint graphs clean

run: $(VENV)/.installed run-deps
	$(BIN)/chainkg build
	$(BIN)/chainkg maps
	$(BIN)/chainkg gaps --quiet
	$(BIN)/python -m chainkg.ontodoc ontology/chainkg.ttl graphs/ontology.html
	@echo "graphs/ now holds:"; ls -1 graphs graphs/chains 2>/dev/null | sed 's/^/  /'

test: $(VENV)/.test-installed system-deps
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,regions]'
	touch $@

# Debian packages the tests need: a headless browser with CJK fonts, and Virtuoso;
# `make run` needs the fonts only (the PNG maps' Chinese labels).
define install_debs
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

system-deps:
	$(call install_debs,$(DEBS))

run-deps:
	$(call install_debs,$(RUN_DEBS))

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
