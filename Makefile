# The README's two commands are `make demo` and `make test`; both install what is missing first.
BUILD ?= build
JOBS  ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
ifdef CI
CMAKE_FLAGS += -DSW_WERROR=ON
endif

.PHONY: all deps build demo test bench bench-ingest clean

all: build

deps:
	bash scripts/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	bash scripts/demo

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bash bench/corpus/run.sh
	bash bench/peers/run.sh

# Minutes, not seconds: generates a ~2 GB corpus and ingests it. Run only when asked.
bench-ingest: build
	bash bench/ingest/run.sh

clean:
	rm -rf $(BUILD) out
