"""Make src/reflect/model/common_words.txt from SCOWL's word lists (scripts/common_words.py,
run by .venv/bin/python): the words model/common_words.py calls common English words.

    apt-get download scowl && dpkg -x scowl_*.deb scowl
    .venv/bin/python scripts/common_words.py scowl/usr/share/dict/scowl

Takes the words of SCOWL's english-words and british-words lists up to size 35, written in
small ASCII letters only (no proper names, no "'s"), three letters or more, and leaves out
those ending as English words do (`ENGLISH_ENDINGS`: they need no list). Writes them sorted,
one a line, under SCOWL's copyright and permission notice, which its licence asks every copy
to carry.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from reflect.model.common_words import ENGLISH_ENDINGS

SIZES = (10, 20, 35)
OUT = Path(__file__).resolve().parents[1] / "src" / "reflect" / "model" / "common_words.txt"

HEAD = """\
# Common English words (model/common_words.py): a capitalised word starting a sentence that is
# one of these, or ends as English words do, is no name ("Food was short."). Made by
# scripts/common_words.py from SCOWL (Spell Checker Oriented Word Lists, by Kevin Atkinson,
# http://wordlist.aspell.net/; here {version}): the words in small letters of its
# English and British lists of sizes 10, 20 and 35, less those ending as English words do. Do
# not edit by hand: run the script again. SCOWL's notice follows, as its licence asks.
#
# Copyright 2000-2018 by Kevin Atkinson
#
# Permission to use, copy, modify, distribute and sell these word lists, the associated
# scripts, the output created from the scripts, and its documentation for any purpose is
# hereby granted without fee, provided that the above copyright notice appears in all copies
# and that both that copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the suitability of this array
# for any purpose. It is provided "as is" without express or implied warranty.
#
# Its sources at these sizes (Moby Words II, Brian Kelk's UK English Wordlist With Frequency
# Classification, the 12Dicts package) are in the public domain. Its inflections were made
# with WordNet, under this notice:
#
# WordNet 1.6 Copyright 1997 by Princeton University. All rights reserved. THIS SOFTWARE AND
# DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR
# PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of
# Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database
# and any associated documentation shall at all times remain with Princeton University.
"""


def words(folder: Path) -> list[str]:
    found: set[str] = set()
    for kind in ("english", "british"):
        for size in SIZES:
            path = folder / f"{kind}-words.{size}"
            if path.exists():
                found |= {w for w in path.read_text("utf-8").split()
                          if re.fullmatch("[a-z]{3,}", w)}
    return sorted(w for w in found if not w.endswith(ENGLISH_ENDINGS))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    listed = words(folder)
    if not listed:
        print(f"{folder}: no english-words.10 there", file=sys.stderr)
        return 1
    version = "of unknown date"
    changelog = folder.parents[1] / "doc" / "scowl" / "changelog.Debian.gz"
    if changelog.exists():
        version = "Debian's scowl " + gzip.decompress(changelog.read_bytes()).decode(
            "utf-8").split("(", 1)[1].split(")", 1)[0]
    OUT.write_text(HEAD.format(version=version) + "\n".join(listed) + "\n", "utf-8")
    print(f"{OUT}: {len(listed)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
