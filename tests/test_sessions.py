"""Page sessions: a page's blocks run in order in one working copy, exactly
as a sequential run would, and re-run exactly when what they saw changes."""

from __future__ import annotations

import json

import pytest

DB_MAKER = """\
import sqlite3
con = sqlite3.connect('shop.db')
con.execute('CREATE TABLE item (name TEXT, price INTEGER)')
con.executemany('INSERT INTO item VALUES (?, ?)', [('tea', 3), ('cake', 5)])
con.commit()
print('made shop.db')
"""
QUERY = """\
import sqlite3
con = sqlite3.connect('shop.db')
for name, price in con.execute('SELECT name, price FROM item ORDER BY name'):
    print(name, price)
"""
TOTAL = """\
import sqlite3
con = sqlite3.connect('shop.db')
print('total', con.execute('SELECT sum(price) FROM item').fetchone()[0])
"""
CALL = "run_script(cog.inFile, '{}')"


@pytest.fixture
def shop(project):
    project.script("shop", "shop_make.py", DB_MAKER)
    project.script("shop", "shop_query.py", QUERY)
    project.script("shop", "shop_total.py", TOTAL)
    project.script("shop", "shop_hello.py", "print('independent')\n")
    project.page(
        "shop",
        "index.rst",
        CALL.format("shop_make.py"),
        CALL.format("shop_query.py"),
        CALL.format("shop_hello.py"),
        CALL.format("shop_total.py"),
        "run_script(cog.inFile, 'ls *.db', interpreter=None)",
    )
    return project


def page_text(project, name="index.rst"):
    return (project.root / "docs" / "shop" / name).read_text()


def test_a_database_made_by_one_block_is_queried_by_the_next(shop, cli):
    status, _, err = cli("cog")
    assert status == 0, err
    text = page_text(shop)
    assert "\t$ python3 shop_make.py\n\t\n\tmade shop.db\n" in text
    assert "\t$ python3 shop_query.py\n\t\n\tcake 5\n\ttea 3\n" in text
    assert "\ttotal 8\n" in text
    assert "\t$ ls *.db\n\t\n\tshop.db\n" in text  # the shell sees the session's files


def test_the_repository_stays_clean(shop, cli):
    folder = shop.root / "source_examples"
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    assert cli("cog")[0] == 0
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


def test_every_page_starts_from_the_folder_as_committed(shop, cli):
    shop.page("shop", "other.rst", CALL.format("shop_query.py"), prose="No database here.\n")
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/shop/other.rst:6: shop_query.py exited with status 1" in err
    assert "no such table: item" in err
    assert "\tcake 5\n" in page_text(shop)  # the other page is written


def test_a_folder_counts_as_git_checks_it_out(shop, cli):
    """Modes other than 644 and 755 (a key ``openssl`` wrote 600, a umask of
    002) are the checkout's, not the project's: runs see what a clone has,
    and the pages stay current when a checkout's modes differ."""
    folder = shop.root / "source_examples" / "shop"
    (folder / "secret.txt").write_text("key\n")
    (folder / "secret.txt").chmod(0o600)
    (folder / "tool.sh").write_text("echo tool\n")
    (folder / "tool.sh").chmod(0o700)
    shop.page(
        "shop",
        "modes.rst",
        "run_script(cog.inFile, 'stat -c %a secret.txt tool.sh', interpreter=None)",
    )
    status, _, err = cli("cog")
    assert status == 0, err
    assert "\t644\n\t755\n" in page_text(shop, "modes.rst")
    (folder / "secret.txt").chmod(0o644)
    (folder / "tool.sh").chmod(0o755)
    status, out, err = cli("check", "--no-diff")
    assert status == 0 and "are fresh" in err, err
    (folder / "secret.txt").chmod(0o755)  # what git does record
    assert cli("check", "--no-diff")[0] == 1


@pytest.mark.parametrize("jobs", ["1", "8"])
def test_parallel_and_sequential_passes_agree(shop, cli, jobs, tmp_path):
    assert cli("cog", "-j", jobs, "--cache-dir", str(tmp_path / jobs))[0] == 0
    expected = (
        "\tmade shop.db\n",
        "\tcake 5\n\ttea 3\n",
        "\tindependent\n",
        "\ttotal 8\n",
        "\tshop.db\n",
    )
    text = page_text(shop)
    positions = [text.index(piece) for piece in expected]
    assert positions == sorted(positions)


def test_the_lock_records_what_each_run_read_and_wrote(shop, cli):
    cli("cog")
    lock = json.loads((shop.root / "docs" / "shop" / "transcripts.lock").read_text())
    runs = [run for block in lock["pages"]["index.rst"]["blocks"] for run in block["runs"]]
    version = lock["pages"]["index.rst"]["pythons"][0][0]
    make, query, hello, total, ls = (run["on"][version] for run in runs)
    assert set(make["writes"]) == {"shop.db"} and make["reads"]["shop.db"] is None
    assert set(query["reads"]) == {"shop_query.py", "shop.db"} and query["writes"] == {}
    assert set(hello["reads"]) == {"shop_hello.py"}
    assert "whole" in ls  # a shell command may see anything


# The last block, a shell command, may read any file of its working copy
# (nothing traces what `ls` or `cat` read), so every edit re-runs it too.
@pytest.mark.parametrize(
    "edit, reruns",
    [
        # The script making the database: it, and every later run that reads it.
        (
            ("shop_make.py", "('cake', 5)", "('cake', 6)"),
            ["python3 shop_make.py", "python3 shop_query.py", "python3 shop_total.py", "ls *.db"],
        ),
        # A later query: only that query.
        (("shop_total.py", "'total'", "'sum'"), ["python3 shop_total.py", "ls *.db"]),
        # An independent script: only it.
        (("shop_hello.py", "independent", "on its own"), ["python3 shop_hello.py", "ls *.db"]),
        # The maker's output changes but not what it writes: later runs are kept.
        (
            ("shop_make.py", "'made shop.db'", "'created shop.db'"),
            ["python3 shop_make.py", "ls *.db"],
        ),
    ],
    ids=["maker", "later-query", "independent", "maker-output-only"],
)
def test_an_edit_reruns_exactly_the_runs_that_can_see_it(shop, cli, spawned, edit, reruns):
    assert cli("cog")[0] == 0
    name, old, new = edit
    script = shop.root / "source_examples" / "shop" / name
    script.write_text(script.read_text().replace(old, new))
    spawned.clear()
    status, _, err = cli("cog", "-j", "1")
    assert status == 0, err
    assert spawned == reruns


def test_the_check_names_what_changed_without_running(shop, cli, spawned):
    cli("cog")
    script = shop.root / "source_examples" / "shop" / "shop_make.py"
    script.write_text(script.read_text().replace("('cake', 5)", "('cake', 6)"))
    spawned.clear()
    status, _, err = cli("check", "--no-diff")
    assert status == 1 and spawned == []
    assert "docs/shop/index.rst:6: shop_make.py on" in err
    assert "the script shop_make.py changed" in err
    assert "shop_query.py on" in err
    assert "shop.db, made by the run at docs/shop/index.rst:6 (shop_make.py), may change" in err
    assert "shop_hello.py" not in err  # it cannot see the edit


def test_a_listing_reruns_when_a_file_is_added_but_not_when_one_is_edited(project, cli, spawned):
    project.script("g", "g_list.py", "import glob\nprint(sorted(glob.glob('*.txt')))\n")
    (project.root / "source_examples" / "g" / "a.txt").write_text("a\n")
    project.page("g", "index.rst", CALL.format("g_list.py"))
    cli("cog")
    spawned.clear()
    (project.root / "source_examples" / "g" / "a.txt").write_text("changed\n")
    cli("cog")
    assert spawned == []
    (project.root / "source_examples" / "g" / "b.txt").write_text("b\n")
    cli("cog")
    assert spawned == ["python3 g_list.py"]
    assert "\t['a.txt', 'b.txt']\n" in (project.root / "docs" / "g" / "index.rst").read_text()


def test_a_script_that_deletes_its_files_affects_only_its_session(project, cli):
    project.script("d", "d_delete.py", "import os\nos.remove('data.txt')\nprint('deleted')\n")
    project.script("d", "d_read.py", "print(open('data.txt').read().strip())\n")
    (project.root / "source_examples" / "d" / "data.txt").write_text("still here\n")
    project.page("d", "one.rst", CALL.format("d_delete.py"))
    project.page("d", "two.rst", CALL.format("d_read.py"))
    assert cli("cog")[0] == 0
    assert "\tstill here\n" in (project.root / "docs" / "d" / "two.rst").read_text()
    assert (project.root / "source_examples" / "d" / "data.txt").is_file()


def test_a_run_needing_a_file_an_earlier_run_failed_to_make_names_both(project, cli):
    project.script("f", "f_make.py", "raise SystemExit('cannot make it')\n")
    project.script("f", "f_use.py", "print(open('made.txt').read())\n")
    project.page("f", "index.rst", CALL.format("f_make.py"), CALL.format("f_use.py"))
    status, _, err = cli("cog")
    assert status == 1
    first = err.index("docs/f/index.rst:6: f_make.py exited with status 1")
    second = err.index("docs/f/index.rst:13: f_use.py exited with status 1")
    assert first < second
    assert "an earlier run of this page failed first: docs/f/index.rst:6 (f_make.py)" in err
    assert "2 problem(s)" in err


@pytest.mark.parametrize(
    "command, shown",
    [
        ("-m json.tool data.json", '\t{\n\t    "a": 1\n\t}\n'),
        ("-u o_args.py x", "\t['x']\n"),
        ("-W error -X dev o_args.py y", "\t['y']\n"),
        ("-Werror o_args.py z", "\t['z']\n"),
        ("-c \"print('inline')\"", "\tinline\n"),
    ],
)
def test_commands_may_start_with_interpreter_options(project, cli, command, shown):
    project.script("o", "o_args.py", "import sys\nprint(sys.argv[1:])\n")
    (project.root / "source_examples" / "o" / "data.json").write_text('{"a": 1}\n')
    project.page("o", "index.rst", f"run_script(cog.inFile, {command!r})")
    status, _, err = cli("cog")
    assert status == 0, err
    text = (project.root / "docs" / "o" / "index.rst").read_text()
    assert f"\t$ python3 {command}\n" in text
    assert shown in text


def test_a_missing_script_after_options_is_named(project, cli):
    project.script("o", "o_args.py", "print(1)\n")
    project.page("o", "index.rst", "run_script(cog.inFile, '-W error -u nope.py')")
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/o/index.rst:6: script 'nope.py' not found in source_examples/o" in err


def test_a_missing_module_fails_with_the_interpreters_message(project, cli):
    project.script("o", "o_args.py", "print(1)\n")
    project.page("o", "index.rst", "run_script(cog.inFile, '-m no_such_module')")
    status, _, err = cli("cog")
    assert status == 1
    assert "docs/o/index.rst:6: python3 -m no_such_module exited with status 1" in err
    assert "No module named no_such_module" in err
