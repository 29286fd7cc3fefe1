# Two commands do everything on a fresh machine: `make run` and `make test`.
PY := .venv/bin/python
export OMP_THREAD_LIMIT := 1

.PHONY: setup run test bench score

setup:
	@bash scripts/setup.sh

# Opens the window on the bundled sample; with no display, prints the timeline and writes .ics + PDF.
run: setup
	$(PY) main.py $(or $(FILE),resources/sample-order.pdf)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: setup
	$(PY) -m tests.bench

score: setup
	$(PY) ../shared/tools/score.py ../shared/corpus --variant text --cmd "$(PY) main.py extract {input} --format json"
