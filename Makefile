# The two commands of the README: `make demo` and `make test`. Both work on a fresh Debian
# machine with Python 3.11: they install system packages (apt), create .venv and install rathaus.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := tesseract-ocr tesseract-ocr-deu
# The real servers the connector tests talk to, run as private instances by the fixtures:
# Postfix + Dovecot (SMTP delivery, IMAP intake) and Request Tracker 5 (tickets, REST2).
# Chromium for the browser tests (tests/e2e, Playwright with Debian's binary).
TEST_APT_PACKAGES := postfix dovecot-imapd dovecot-lmtpd dovecot-sieve request-tracker5 rt5-db-sqlite rt5-standalone chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test install system-deps test-servers lint typecheck unit

demo: install
	$(BIN)/rathaus demo

test: install test-servers lint typecheck
	$(BIN)/pytest

install: system-deps $(VENV)/.installed

system-deps:
	@if ! $(PYTHON) -c "import ensurepip, venv" 2>/dev/null; then \
		echo "installing python3-venv"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends python3-venv python3.11-venv >/dev/null; \
	fi
	@if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx deu; then \
		echo "installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi

test-servers:
	@if ! command -v postconf >/dev/null || ! command -v sievec >/dev/null || \
		! test -x /usr/lib/dovecot/imap || ! test -x /usr/lib/dovecot/lmtp || \
		! test -x /usr/share/request-tracker5/libexec/rt-server || ! command -v chromium >/dev/null; then \
		echo "installing $(TEST_APT_PACKAGES)"; \
		echo "postfix postfix/main_mailer_type select No configuration" | $(SUDO) debconf-set-selections; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
			$(TEST_APT_PACKAGES) >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck:
	$(BIN)/mypy
