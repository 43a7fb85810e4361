"""The command line: JSON out for files and standard input, an outline view, clear errors, exit 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import pressrelease
from helpers import check_release
from pressrelease.cli import main

RELEASE = (
    "陕西陇县：“三抓三做”打好战“疫”战贫两场硬仗\n"
    "2020-03-07 16:21:56来源:中央广电总台国际在线编辑:柳洪华责编:孙东临\n"
    "\n"
    "\u3000\u3000国际在线陕西消息：连日来，陕西省宝鸡市陇县坚持一手抓疫情防控，一手抓复工复产。\n"
    "\n"
    "\u3000\u3000一、抓难点堵点\n"
    "\n"
    "\u3000\u3000走进陇县苏陕工业园标准化厂房建设项目工地，机器轰鸣，工人们戴着口罩正在忙碌施工。\n"
    "\n"
    "\u3000\u3000二、抓劳务输出\n"
    "\n"
    "\u3000\u3000陇县组建县、镇、村三级联动体系，组织外出务工人员有序返岗。"
    "（供稿 陇县县委组织部 编辑 柳洪华）\n"
)
OTHER = (
    "某县“两抓”促春耕\n2020-03-08 09:00来源:某某网编辑:张三\n\n"
    "\u3000\u3000本报讯（记者 李四）连日来，某县组织群众开展春耕生产，各项工作有序推进。\n"
)


def _parsed(text: str, encoding: str = "utf-8") -> pressrelease.Release:
    """What the CLI should print for a file holding ``text`` in ``encoding`` (it reads files as bytes)."""
    return check_release(pressrelease.parse(text.encode(encoding)))


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    path = tmp_path / "longxian.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


@pytest.fixture
def other_file(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_bytes(OTHER.encode("gb18030"))
    return path


def test_one_file_prints_one_object(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(release_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert isinstance(data, dict)
    assert data == pressrelease.to_dict(_parsed(RELEASE))
    assert "陕西陇县" in out, "JSON must keep Chinese characters (ensure_ascii=False)"
    assert out.count("\n") == 1, "JSON is compact by default"


def test_indent(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--indent", "2", str(release_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "schema": ')
    assert pressrelease.from_dict(json.loads(out)) == _parsed(RELEASE)


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(OTHER.encode("gbk")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == OTHER, "standard input is read as bytes and decoded by parse()"
    assert pressrelease.from_dict(data) == _parsed(OTHER, "gbk")


def test_several_files_print_an_array(
    release_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(release_file), str(other_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert [pressrelease.from_dict(d) for d in data] == [_parsed(RELEASE), _parsed(OTHER, "gb18030")]


def test_jsonl(release_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", str(other_file), str(release_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    expected = [_parsed(OTHER, "gb18030"), _parsed(RELEASE)]
    assert [pressrelease.from_dict(json.loads(line)) for line in lines] == expected


def test_jsonl_refuses_indent(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--jsonl", "--indent", "2", str(release_file)])
    assert info.value.code == 2
    assert "--indent" in capsys.readouterr().err


def test_outline(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--outline", str(release_file)]) == 0
    out = capsys.readouterr().out
    doc = _parsed(RELEASE)
    assert doc.headline is not None
    lines = out.splitlines()
    assert lines[0] == f"headline:  {doc.headline.text}"
    assert "published: 2020-03-07T16:21:56+08:00" in lines
    assert "source:    中央广电总台国际在线" in lines
    assert "editors:   编辑 柳洪华, 责编 孙东临" in lines
    assert any(line.startswith("dateline:  国际在线陕西消息") for line in lines)
    for heading in doc.headings:
        indent = "  " * heading.level
        assert any(line.startswith(indent + heading.text + " [") for line in lines), heading.text
    for paragraph in doc.paragraphs:
        assert any(line.strip().startswith("¶ " + paragraph.text[:20]) for line in lines)
    assert any(line.startswith("credits:") for line in lines)
    assert any(line.startswith("boilerplate:") for line in lines)
    assert lines[-1].startswith(f"parts:     {len(doc.parts)} (")


def test_outline_shows_the_facts(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--outline", str(release_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    facts = _parsed(RELEASE).facts
    summary = next(line for line in lines if line.startswith("facts:"))
    assert f"{len(facts.quantities)} quantit" in summary and f"{len(facts.places)} place" in summary
    for label, found in (("quantity", facts.quantities), ("place", facts.places), ("date", facts.dates)):
        assert sum(line.startswith(f"  {label}:") for line in lines) == len(found), label
    assert any(line.startswith("  place:") and "陇县 610327" in line for line in lines)
    assert any(line.startswith("  headline:") and "place 陕西陇县; slogan 三抓三做" in line for line in lines)


def test_outline_of_several_files_names_them(
    release_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--outline", str(release_file), str(other_file)]) == 0
    out = capsys.readouterr().out
    assert f"==> {release_file} <==" in out
    assert f"==> {other_file} <==" in out
    assert out.index(str(release_file)) < out.index(str(other_file))


def test_missing_file_is_reported_and_others_still_parsed(
    release_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main([str(missing), str(release_file)]) == 2
    out, err = capsys.readouterr()
    assert str(missing) in err
    assert "cannot read" in err
    data = json.loads(out)
    assert data[0] is None, "the failed file keeps its place in the array"
    assert pressrelease.from_dict(data[1]) == _parsed(RELEASE)


def test_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert str(tmp_path) in err


def test_undecodable_bytes_are_reported(
    tmp_path: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x80\xff\x00\xfe" * 10)  # neither UTF-8 nor GB18030, and no byte-order mark
    assert main(["--jsonl", str(junk), str(other_file)]) == 2
    out, err = capsys.readouterr()
    assert str(junk) in err
    assert "decode" in err
    lines = out.splitlines()
    assert lines[0] == "null"
    assert pressrelease.from_dict(json.loads(lines[1])) == _parsed(OTHER, "gb18030")


def test_python_dash_m(release_file: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "pressrelease", "--jsonl", str(release_file), "-"],
        input=OTHER.encode("utf-8"),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    lines = run.stdout.decode("utf-8").splitlines()
    assert [pressrelease.from_dict(json.loads(line)) for line in lines] == [_parsed(RELEASE), _parsed(OTHER)]


def test_kind_flag_forces_how_input_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>某县召开春耕工作会议</h1><p>会议要求，各乡镇要抓好春耕生产，确保粮食稳产增产。</p></body></html>",
        encoding="utf-8",
    )
    assert main([str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["input_kind"] == "html"
    assert main(["--kind", "text", str(page)]) == 0
    as_text = json.loads(capsys.readouterr().out)
    assert as_text["input_kind"] == "text" and "<h1>" in as_text["text"]


PAGE = (
    "<html><body><h1>某县召开春耕工作会议</h1>"
    "<p>会议要求，各乡镇要抓好春耕生产，确保粮食稳产增产。</p></body></html>"
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of releases in subfolders, with files and folders a folder argument must skip."""
    root = tmp_path / "releases"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "z.txt").write_text(RELEASE, encoding="utf-8")
    (root / "b" / "page.HTML").write_text(PAGE, encoding="utf-8")
    (root / "b" / "deep" / "other.htm").write_bytes(OTHER.encode("gb18030"))
    (root / "a.txt").write_bytes(OTHER.encode("gbk"))
    (root / "notes.json").write_text("{}", encoding="utf-8")
    (root / ".draft.txt").write_text(RELEASE, encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text(RELEASE, encoding="utf-8")
    return root


def test_folder_stands_for_its_releases_recursively_sorted(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--outline", str(tree)]) == 0
    headers = [line for line in capsys.readouterr().out.splitlines() if line.startswith("==> ")]
    names = ["a.txt", "b/deep/other.htm", "b/page.HTML", "z.txt"]
    assert headers == [f"==> {tree / name} <==" for name in names]


def test_folder_gives_an_array_even_of_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "only.txt").write_text(RELEASE, encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 1
    assert pressrelease.from_dict(data[0]) == _parsed(RELEASE)


def test_glob_is_expanded_when_the_shell_did_not(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # matches b/deep (a folder: its files), b/deep/other.htm (already taken) and b/page.HTML
    assert main(["--jsonl", str(tree / "b" / "**" / "*"), str(tree / "z.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    docs = [pressrelease.from_dict(json.loads(line)) for line in lines]
    assert [d.input_kind for d in docs] == ["text", "html", "text"], "other.htm, page.HTML, then z.txt"
    assert docs[0] == _parsed(OTHER, "gb18030")
    assert docs[2] == _parsed(RELEASE)


def test_empty_folder_and_unmatched_glob_are_reported(
    tmp_path: Path, release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    pattern = str(tmp_path / "nothing" / "*.txt")
    assert main(["--jsonl", str(empty), pattern, str(release_file)]) == 2
    out, err = capsys.readouterr()
    assert f"no .txt, .html, .htm files in {empty}" in err
    assert f"no file matches {pattern}" in err
    assert [pressrelease.from_dict(json.loads(line)) for line in out.splitlines()] == [_parsed(RELEASE)]


@pytest.mark.parametrize("indent", [None, 0, 2])
def test_streamed_array_is_exactly_the_json_of_the_list(
    release_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], indent: int | None
) -> None:
    missing = tmp_path / "missing.txt"
    names = [str(release_file), str(missing), str(release_file)]
    assert main(names if indent is None else ["--indent", str(indent), *names]) == 2
    out = capsys.readouterr().out
    d = pressrelease.to_dict(_parsed(RELEASE))
    assert out == json.dumps([d, None, d], ensure_ascii=False, indent=indent) + "\n"


def test_jobs_give_the_same_output_in_the_same_order(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x80\xff\x00\xfe" * 10)
    args = ["--jsonl", str(tree), str(junk), str(tree / "a.txt")]
    assert main(args) == 2
    serial = capsys.readouterr()
    assert main(["--jobs", "2", *args]) == 2
    parallel = capsys.readouterr()
    assert parallel.out == serial.out
    assert parallel.err == serial.err
    assert f"cannot decode {junk}" in parallel.err
    lines = parallel.out.splitlines()
    assert len(lines) == 6 and lines[4] == "null"
    assert pressrelease.from_dict(json.loads(lines[5])) == _parsed(OTHER, "gbk")


def test_jobs_must_be_a_count(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--jobs", "-1", str(release_file)])
    assert info.value.code == 2
    assert "--jobs" in capsys.readouterr().err


class _WatchingStdin:
    """Standard input that, when read, records what had been written to standard output by then."""

    def __init__(self, data: bytes, out: pytest.CaptureFixture[str]) -> None:
        self.buffer = self
        self.data = data
        self.capsys = out
        self.output_before_read: str | None = None

    def read(self) -> bytes:
        captured = self.capsys.readouterr()
        self.output_before_read = captured.out
        sys.stdout.write(captured.out)  # put it back for the test to read at the end
        return self.data


def test_jsonl_streams_each_line_as_it_is_parsed(
    release_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = _WatchingStdin(OTHER.encode("utf-8"), capsys)
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["--jsonl", str(release_file), "-"]) == 0
    assert stdin.output_before_read is not None
    first = stdin.output_before_read.splitlines()
    assert len(first) == 1, "the first file's line is out before the second input is read"
    assert pressrelease.from_dict(json.loads(first[0])) == _parsed(RELEASE)
    lines = capsys.readouterr().out.splitlines()
    assert [pressrelease.from_dict(json.loads(line)) for line in lines] == [_parsed(RELEASE), _parsed(OTHER)]


def test_progress_on_request_only(
    release_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [str(release_file), str(other_file)]
    assert main(["--jsonl", *names]) == 0
    assert capsys.readouterr().err == "", "no progress when standard error is not a terminal"
    assert main(["--jsonl", "--progress", *names]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2, "progress never goes to standard output"
    assert err.startswith("\r1/2 files  ") and "files/s" in err
    assert err.rstrip("\n").split("\r")[-1].startswith("2/2 files  ")
    assert err.endswith("\n") and err.count("\n") == 1
    assert main(["--jsonl", "--no-progress", *names]) == 0
    assert capsys.readouterr().err == ""


def test_progress_line_is_cleared_for_error_messages(
    release_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["--jsonl", "--progress", str(release_file), str(missing), str(release_file)]) == 2
    err = capsys.readouterr().err
    complaint = f"pressrelease: cannot read {missing}: No such file or directory\n"
    before, after = err.split(complaint)
    assert before.startswith("\r1/3 files") and before.endswith("\r"), "the line is blanked first"
    assert before.split("\r")[-2].strip() == "", "…by overwriting it with spaces"
    assert after.split("\r")[-1].startswith("3/3 files")


def test_a_parser_bug_is_reported_as_one(
    release_file: Path, other_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = pressrelease.parse

    def parse(data: str | bytes, **kwargs: object) -> pressrelease.Release:
        if data == RELEASE.encode("utf-8"):
            raise RuntimeError("the parser tripped")
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pressrelease, "parse", parse)
    assert main(["--jsonl", str(release_file), str(other_file)]) == 2
    out, err = capsys.readouterr()
    assert f"cannot parse {release_file}: RuntimeError: the parser tripped" in err
    assert "please report" in err
    assert out.splitlines()[0] == "null"
    assert pressrelease.from_dict(json.loads(out.splitlines()[1])) == _parsed(OTHER, "gb18030")
