#!/usr/bin/env python3
"""Writes the seed inputs of one fuzz entry point into a folder, from the fixtures (Tests/Fixtures and the
Files tests' fixtures) and the kept regression inputs (Tests/Fixtures/fuzz/NAME).

    Tests/Fuzz/seeds.py NAME FOLDER

The structured inputs follow FuzzTargets.swift: for xlsx the parts of a workbook separated by NUL bytes, for
budget a budget's files separated by NUL bytes (an empty part is a missing file)."""
import glob
import os
import shutil
import sys
import zipfile

name, folder = sys.argv[1], sys.argv[2]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
os.makedirs(folder, exist_ok=True)
budgets = [os.path.join(root, "Tests/Fixtures/trondheim-2022"),
           os.path.join(root, "Tests/ClimateBudgetFilesTests/Fixtures/small-budget")]
xlsx_parts = ["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
              "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
budget_files = ["Data/budget.json", "Data/sectors.json", "Data/actors.json", "Data/goals.json", "Data/targets.json",
                "Data/reference.csv", "Data/target-caps.csv", "Data/actuals.csv", "Data/printed.json"]


def copy(paths):
    for path in paths:
        shutil.copy(path, os.path.join(folder, os.path.basename(path)))


def write(seed, data):
    with open(os.path.join(folder, seed), "wb") as f:
        f.write(data)


def read(path):
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


if name == "json":
    for budget in budgets:
        copy(glob.glob(budget + "/Data/*.json") + glob.glob(budget + "/Measures/*.json"))
elif name == "csv":
    for budget in budgets:
        for path in glob.glob(budget + "/Data/*.csv"):
            shutil.copy(path, os.path.join(folder, os.path.basename(budget) + "-" + os.path.basename(path)))
    copy(glob.glob(root + "/Tests/Fixtures/inventory/*.csv"))
elif name == "xlsx":
    paths = glob.glob(root + "/Tests/ClimateBudgetFilesTests/Fixtures/xlsx/*.xlsx")
    paths += glob.glob(root + "/Tests/Fixtures/inventory/utslipp-eksempel-Eksempelvik.xlsx")
    copy(paths)
    for path in paths:
        try:
            with zipfile.ZipFile(path) as archive:
                parts = []
                for part in xlsx_parts:
                    try:
                        parts.append(archive.read(part))
                    except KeyError:
                        parts.append(b"")
        except Exception:  # a damaged fixture has no parts to take
            continue
        if any(parts):
            write("parts-" + os.path.basename(path), b"\0".join(parts))
elif name == "measure":
    for budget in budgets:
        copy(glob.glob(budget + "/Measures/*.json"))
elif name == "budget":
    for budget in budgets:
        parts = [read(os.path.join(budget, file)) for file in budget_files]
        measures = sorted(glob.glob(budget + "/Measures/*.json"))
        write(os.path.basename(budget) + "-all", b"\0".join(parts + [read(m) for m in measures]))
        write(os.path.basename(budget) + "-three", b"\0".join(parts + [read(m) for m in measures[:3]]))
else:
    sys.exit(f"unknown fuzz entry point {name}: json, csv, xlsx, measure or budget")

copy(glob.glob(os.path.join(root, "Tests/Fixtures/fuzz", name, "*")))
