# Set-up, demo, tests and benchmarks. Everything installs into a local virtual environment.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SEED := fixtures/seed/000_dbb8f34e7e82e8cc.txt

.PHONY: install install-test demo test bench clean

$(VENV)/.installed: setup.cfg
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,batch]'
	touch $@

install: $(VENV)/.installed

install-test: install

demo: install
	$(VENV)/bin/checker check $(SEED) --fail-on never

test: install-test
	$(PY) -m pytest

bench: install
	$(PY) benchmarks/artefacts_wmt.py
	$(PY) benchmarks/quotes_eval.py
	$(PY) benchmarks/speed.py

clean:
	rm -rf $(VENV) build *.egg-info
