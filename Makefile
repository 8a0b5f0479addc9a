# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///marsad.db

# The sentence model (marsad.extraction.reports), trained from the project's own sentences.
MODEL := marsad/extraction/data/report_model.json
# Its features are what the rules find, so the rules and the knowledge base are inputs too; the
# folder itself is one, so that removing a file retrains.
MODEL_INPUTS := training/sentences $(wildcard training/sentences/*.jsonl) \
	$(wildcard marsad/extraction/*.py marsad/kb/*.py marsad/kb/data/*)

.PHONY: install model run test bench clean

$(BIN)/marsad: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/marsad

$(MODEL): $(BIN)/marsad $(MODEL_INPUTS)
	$(BIN)/python -m marsad.extraction.train_reports --output $(MODEL)

model: $(MODEL)

install: $(BIN)/marsad $(MODEL)

run: install
	$(BIN)/marsad ingest --db $(DB) examples/
	$(BIN)/marsad events --db $(DB) --summary
	$(BIN)/marsad serve --db $(DB)  # prints the address; Ctrl-C stops

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/extract_corpus.py

clean:
	rm -rf $(VENV) marsad.db build *.egg-info $(MODEL)
