# ruff: noqa: RUF001  (expected output in Persian and Arabic-Indic digits)
"""The command line: JSON shapes, exit codes and one-line messages (a documented contract)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from teambuilder.cli import SUBCOMMANDS, main
from teambuilder.domain.catalogue import ROLE_IDS

ROLE_FIELDS = {"id", "name", "complexity", "resources", "expected_results", "ideal_use_case",
               "key_advantage", "pros", "cons", "responsibilities", "kpis", "tips"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert err == ""
    return json.loads(out)


def test_subcommands() -> None:
    assert {"roles", "compare", "recommend", "show"} == SUBCOMMANDS


def test_roles_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "roles", "--json")
    roles = data["roles"]
    assert [r["id"] for r in roles][:8] == list(ROLE_IDS)
    for role in roles:
        assert set(role) >= ROLE_FIELDS, role["id"]
        assert role["combined"] == (role["id"] not in ROLE_IDS)
    combined = [r for r in roles if r["combined"]]
    assert combined and all(r["kind"] == "combined" and r["merges"] for r in combined)
    director = roles[0]
    assert (director["complexity"], director["resources"]) == ("high", "high")


def test_roles_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "roles")
    assert code == 0
    assert "SEO Specialist [seo_specialist]" in out and "combined role" in out


ENGLISH_LABELS = ("complexity:", "resources:", "merges:", "Made of", "(specialist)",
                  "(leadership)", "(generalist)", "(combined role)", "High", "Moderate",
                  "Medium", "Low", "Implementation", "Resource requirements", "Pros", "Cons",
                  "Key advantage", "Expected results", "Ideal use case")


def test_roles_text_in_persian_has_no_english_labels(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "roles", "--lang", "fa")
    assert code == 0 and err == ""
    assert "زیاد" in out  # the rating word "high", as in the interface
    assert "پیچیدگی اجرا" in out and "نقش ترکیبی" in out and "نقش تخصصی" in out
    assert "۶۰٪" in out  # merged shares in Persian digits with the Persian percent sign
    assert not [label for label in ENGLISH_LABELS if label in out]
    assert "[seo_specialist]" in out  # ids stay as they are


@pytest.mark.parametrize(("lang", "word"), [("ar", "مرتفع"), ("ro", "Ridicat"), ("vi", "Cao")])
def test_roles_and_compare_text_are_translated(capsys: pytest.CaptureFixture[str], lang: str,
                                               word: str) -> None:
    code, out, _ = run(capsys, "roles", "--lang", lang)
    assert code == 0 and word in out
    assert not [label for label in ENGLISH_LABELS if label in out]
    code, out, _ = run(capsys, "compare", "seo_specialist", "performance_marketer",
                       "--lang", lang)
    assert code == 0 and word in out
    assert not [label for label in ENGLISH_LABELS if label in out]


def test_roles_json_keeps_ids_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    english = run_json(capsys, "roles", "--json")["roles"]
    persian = run_json(capsys, "roles", "--json", "--lang", "fa")["roles"]
    assert [(r["id"], r["complexity"], r["resources"], r.get("level"), r["combined"])
            for r in persian] == [
        (r["id"], r["complexity"], r["resources"], r.get("level"), r["combined"])
        for r in english]
    assert persian[0]["name"] != english[0]["name"]


def test_text_report_in_arabic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "recommend", "--size", "1200", "--focus", "b2b", "--budget",
                         "12000", "--lang", "ar")
    assert code == 0 and err == ""
    assert "١٬٢٠٠" in out and "١٢٬٠٠٠\u00a0$" in out  # head count and budget
    assert "USD" not in out and "Notes" not in out and "Recommended team" not in out
    assert all(len(line) <= 78 for line in out.splitlines())


def test_compare_keeps_the_given_order(capsys: pytest.CaptureFixture[str]) -> None:
    ids = ["seo_specialist", "digital_marketing_generalist", "analytics_manager"]
    data = run_json(capsys, "compare", *ids, "--json")
    assert [r["id"] for r in data["roles"]] == ids
    assert all(set(r) >= ROLE_FIELDS for r in data["roles"])
    code, out, _ = run(capsys, "compare", "seo_specialist", "social_media_manager")
    assert code == 0 and "Implementation complexity" in out and "Pros" in out


def test_recommend_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "recommend", "--size", "12", "--focus", "b2b", "--budget", "9000",
                    "--goal", "leads", "--goal", "sales", "--horizon", "long",
                    "--have", "email_marketing_specialist", "--json")
    assert {"profile", "team", "deferred", "total_monthly_cost", "monthly_budget", "channels",
            "next_steps", "notes"} <= set(data)
    assert data["profile"] == {"size": 12, "focus": "b2b", "budget": 9000.0,
                               "goals": ["leads", "sales"], "horizon": "long",
                               "have": ["email_marketing_specialist"],
                               "digital_products": False}
    assert data["monthly_budget"] == 9000.0
    assert data["total_monthly_cost"] <= 9000.0
    for line in data["team"]:
        assert {"title", "roles", "mode", "monthly_cost", "reasons"} <= set(line)
        assert line["mode"] in ("full_time", "part_time", "freelance", "agency")
        assert all(r in ROLE_IDS for r in line["roles"])
    for d in data["deferred"]:
        assert {"role", "reason", "monthly_cost_to_add"} <= set(d)
    assert all(isinstance(c, str) for c in data["channels"])
    assert data["next_steps"] and data["notes"]


def test_recommend_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "recommend", "--size", "3", "--focus", "b2c", "--budget",
                         "400")
    assert code == 0 and err == ""
    assert "Recommended team" in out and "guerrilla" in out and "Not in the team yet" in out
    assert all(len(line) <= 78 for line in out.splitlines())


def test_recommend_with_cost_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    costs = tmp_path / "costs.json"
    costs.write_text(json.dumps({"currency": "EUR", "roles": {
        "digital_marketing_generalist": {"full_time": 3000}}}), encoding="utf-8")
    data = run_json(capsys, "recommend", "--size", "12", "--focus", "b2b", "--budget",
                    "3500", "--costs", str(costs), "--json")
    assert data["currency"] == "EUR"
    # The part-time generalist costs half the full-time figure the file sets; outsourced
    # specialists fill the rest of the budget.
    lines = [(x["entry_id"], x["option"], x["monthly_cost"]) for x in data["team"]]
    assert ("digital_marketing_generalist", "part_time", 1500.0) in lines
    assert data["total_monthly_cost"] <= 3500


@pytest.mark.parametrize(("args", "field", "allowed"), [
    (["--size", "12", "--focus", "b2b", "--budget", "-5"], "--budget", "greater than 0"),
    (["--size", "12", "--focus", "b2b", "--budget", "0"], "--budget", "greater than 0"),
    (["--size", "12", "--focus", "b2b", "--budget", "nan"], "--budget", "greater than 0"),
    (["--size", "12", "--focus", "b2b", "--budget", "inf"], "--budget", "greater than 0"),
    (["--size", "12", "--focus", "b2b", "--budget", "lots"], "--budget", "greater than 0"),
    (["--size", "0", "--focus", "b2b", "--budget", "10"], "--size", "from 1 to 100000"),
    (["--size", "100001", "--focus", "b2b", "--budget", "10"], "--size", "from 1 to 100000"),
    (["--size", "ten", "--focus", "b2b", "--budget", "10"], "--size", "from 1 to 100000"),
    (["--size", "5", "--focus", "b2x", "--budget", "10"], "--focus", "'b2b', 'b2c', 'both'"),
    (["--size", "5", "--focus", "b2b", "--budget", "10", "--goal", "fame"], "--goal",
     "'awareness', 'leads', 'sales', 'retention'"),
    (["--size", "5", "--focus", "b2b", "--budget", "10", "--horizon", "soon"], "--horizon",
     "'quick', 'balanced', 'long'"),
    (["--size", "5", "--focus", "b2b", "--budget", "10", "--have", "cmo"], "--have",
     "seo_specialist"),
    (["--size", "5", "--focus", "b2b"], "--budget", "required"),
    (["--size", "5", "--focus", "b2b", "--budget", "10", "--lang", "xx"], "--lang", "'fa'"),
])
def test_bad_recommend_input(capsys: pytest.CaptureFixture[str], args: list[str], field: str,
                             allowed: str) -> None:
    code, out, err = run(capsys, "recommend", *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n")
    assert field in err and allowed in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("content", "expected"), [
    ("{", "not valid JSON"),
    ('{"currency": "dollars"}', "field currency"),
    ('{"roles": {"seo_specialist": {"agency": -1}}}', "roles.seo_specialist.agency"),
    ('{"wages": 1}', "field wages: unknown field"),
])
def test_bad_cost_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str,
                       expected: str) -> None:
    path = tmp_path / "costs.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "recommend", "--size", "5", "--focus", "b2b", "--budget",
                         "1000", "--costs", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--costs" in err and str(path) in err and expected in err


def test_unreadable_cost_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "recommend", "--size", "5", "--focus", "b2b", "--budget", "1",
                       "--costs", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err and err.count("\n") == 1


@pytest.mark.parametrize(("args", "expected"), [
    (["compare", "seo_specialist"], "give 2 to 4 role ids (got 1)"),
    (["compare", "a", "b", "c", "d", "e"], "give 2 to 4 role ids (got 5)"),
    (["compare", "seo_specialist", "cmo"], "unknown role id 'cmo'; allowed:"),
    (["roles", "--lang", "de"], "invalid choice"),
    (["recommend", "--size", "5", "--focus", "b2b", "--budget", "5", "--bogus"],
     "unrecognized arguments: --bogus"),
    ([], "required"),
])
def test_other_bad_input(capsys: pytest.CaptureFixture[str], args: list[str],
                         expected: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1


def test_recommend_digital_products(capsys: pytest.CaptureFixture[str],
                                    tmp_path: Path) -> None:
    args = ["recommend", "--size", "40", "--focus", "both", "--budget", "25000",
            "--goal", "sales", "--goal", "leads"]
    plain = run_json(capsys, *args, "--json")
    plan = tmp_path / "digital.tbplan"
    digital = run_json(capsys, *args, "--digital-products", "--save", str(plan), "--json")
    assert plain["profile"]["digital_products"] is False
    assert digital["profile"]["digital_products"] is True
    roles = [{r for line in rec["team"] for r in line["roles"]} for rec in (plain, digital)]
    assert "digital_product_manager" not in roles[0]
    assert "digital_product_manager" in roles[1]
    # Saved with the plan, and said in the readable report.
    assert json.loads(plan.read_text(encoding="utf-8"))["profile"]["digital_products"] is True
    assert run_json(capsys, "show", str(plan), "--json")["team"] == digital["team"]
    code, out, _ = run(capsys, *args, "--digital-products")
    assert code == 0 and "sells or builds digital products" in out
    code, out, _ = run(capsys, *args)
    assert code == 0 and "digital products" not in out.split("Recommended team")[0]


def test_save_then_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    costs = tmp_path / "costs.json"
    costs.write_text('{"currency": "EUR"}', encoding="utf-8")
    plan = tmp_path / "shop.tbplan"
    args = ["recommend", "--size", "40", "--focus", "both", "--budget", "25000", "--goal",
            "sales", "--have", "seo_specialist", "--costs", str(costs), "--save", str(plan),
            "--json"]
    printed = run_json(capsys, *args)
    assert plan.is_file()
    saved = json.loads(plan.read_text(encoding="utf-8"))
    assert saved["cost_overrides"] == {"currency": "EUR"}
    assert saved["profile"]["size"] == 40
    shown = run_json(capsys, "show", str(plan), "--json")
    assert shown["team"] == printed["team"] and shown["currency"] == "EUR"
    assert shown["profile"] == printed["profile"]
    code, out, _ = run(capsys, "show", str(plan))
    assert code == 0 and "Recommended team" in out


def test_save_failure_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "recommend", "--size", "5", "--focus", "b2b", "--budget",
                         "1000", "--save", str(tmp_path / "no" / "such" / "dir.tbplan"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "--save" in err


@pytest.mark.parametrize("content", [
    b"", b"not json", b'{"schema_version": 99}', b"\x00\x01\x02", b'{"schema_version": 1}',
    b'{"schema_version": 1, "profile": {"size": 0, "focus": "b2b", "budget": 5}}',
    b'{"schema_version": 1, "profile": {"size": 5, "focus": "b2b", "budget": 5}, '
    b'"cost_overrides": {"currency": 7}}',
])
def test_show_bad_files(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                        content: bytes) -> None:
    path = tmp_path / "bad.tbplan"
    path.write_bytes(content)
    code, out, err = run(capsys, "show", str(path), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == content  # untouched


def test_show_missing_file_and_folder(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    for target in (tmp_path / "missing.tbplan", tmp_path):
        code, _, err = run(capsys, "show", str(target))
        assert code == 2 and err.count("\n") == 1


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    return env


@pytest.mark.slow
def test_subprocess_does_not_import_qt_and_prints_json() -> None:
    code = ("import runpy, sys; sys.argv = ['teambuilder'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('teambuilder', run_name='__main__')\n"
            "except SystemExit as e:\n    status = e.code\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], "
            "'Qt imported'\n"
            "sys.exit(status)\n")
    result = subprocess.run(
        [sys.executable, "-c", code, "recommend", "--size", "12", "--focus", "b2b",
         "--budget", "9000", "--json"],
        capture_output=True, text=True, env=_env(), timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["monthly_budget"] == 9000.0


@pytest.mark.slow
def test_headless_recommend_imports_no_window_code() -> None:
    """`python -m teambuilder recommend` loads neither Qt nor any window module: a script
    or a server without a display pays only for the engine."""
    code = ("import runpy, sys; sys.argv = ['teambuilder'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('teambuilder', run_name='__main__')\n"
            "except SystemExit as e:\n    status = e.code\n"
            "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6',"
            " 'teambuilder.gui', 'teambuilder.app'))]\n"
            "assert not loaded, loaded\n"
            "sys.exit(status)\n")
    result = subprocess.run(
        [sys.executable, "-c", code, "recommend", "--size", "12", "--focus", "b2b",
         "--budget", "9000"],
        capture_output=True, text=True, env=_env(), timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


@pytest.mark.slow
def test_subprocess_bad_input_has_no_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "teambuilder", "recommend", "--size", "12", "--focus", "b2b",
         "--budget", "NaN"],
        capture_output=True, text=True, env=_env(), timeout=120, check=False)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--budget" in result.stderr
    assert "Traceback" not in result.stderr
