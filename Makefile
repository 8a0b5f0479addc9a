# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///marsad.db

.PHONY: install run test bench clean

$(BIN)/marsad: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/marsad

install: $(BIN)/marsad

run: install
	$(BIN)/marsad ingest --db $(DB) examples/
	$(BIN)/marsad events --db $(DB) --summary
	$(BIN)/marsad serve --db $(DB)  # prints the address; Ctrl-C stops

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/extract_corpus.py

clean:
	rm -rf $(VENV) marsad.db build *.egg-info
