#!/usr/bin/env bash
# Installs the Debian packages jixiao needs, only when some are missing (idempotent).
set -euo pipefail

packages=(
  build-essential cmake ninja-build clang libclang-rt-14-dev
  libboost1.81-dev libboost-json1.81-dev libfmt-dev doctest-dev libcli11-dev libbenchmark-dev
  # the front ends: zip containers, XML, HTML5 and (optional, GPL) PDF; the xlsx output
  pkg-config libzip-dev libexpat1-dev libgumbo-dev libpoppler-dev libpoppler-private-dev libxlsxwriter-dev
  # the front ends' benchmarks in ctest: pdftotext beside the PDF front end, openpyxl beside the xlsx one
  poppler-utils python3-openpyxl
  pybind11-dev python3-dev python3-pytest python3-numpy python3-pandas python3-hypothesis python3-mypy
  # `pip install .` into a virtual environment, offline (pyproject.toml, docs/python.md)
  python3-venv python3-pip python3-setuptools python3-wheel
  # progress bars (read_many(progress=True)); the notebook of examples/notebooks/, executed by the tests
  python3-tqdm python3-nbclient python3-nbformat python3-ipykernel
  # the CSV for spreadsheets goes through LibreOffice in a test (the xlsx output's opens it with openpyxl)
  libreoffice-calc-nogui
  # the dask example (examples/python/dask_folder.py): dask's multiprocessing scheduler, no cluster
  python3-dask
  # the report's browser test (docs/report.md): headless chromium driven by selenium, CJK fonts
  chromium chromium-driver python3-selenium fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
