# Set-up, demo, tests and benchmarks. Everything installs into a local virtual environment.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SEED := fixtures/seed/000_dbb8f34e7e82e8cc.txt

.PHONY: install install-test demo test bench clean

# the light core (no torch) plus batch mode
$(VENV)/.installed: setup.cfg
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[batch]'
	touch $@

# test tools, the browser driver and the model extra (torch==2.13.0, CPU)
$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,batch,models]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/checker check $(SEED) --fail-on never

test: install-test
	$(PY) -m pytest

bench: install
	$(PY) benchmarks/artefacts_wmt.py
	$(PY) benchmarks/quotes_eval.py
	$(PY) benchmarks/demetr.py
	$(PY) benchmarks/speed.py

clean:
	rm -rf $(VENV) build *.egg-info
