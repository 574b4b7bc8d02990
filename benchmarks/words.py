"""The benchmark's vocabulary: a few thousand English words, most common first, so that
a search word matches what it would in a real team's notes (a common word thousands of
times, a rare one a handful).

words.txt is shipped, so the team is the same on every machine and Python version; it
was made once by `python benchmarks/words.py` (Python 3.11) from the English of Python's
own documentation (pydoc_data: the language reference's topics), no network needed.
The words are used with Zipf's law: the word of rank r is drawn with weight 1/r.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate
from pathlib import Path

FILE = Path(__file__).with_name("words.txt")
SIZE = 4000


def vocabulary() -> list[str]:
    """The shipped words, the most common first."""
    return FILE.read_text("utf-8").split()


def zipf_weights(words: list[str]) -> list[float]:
    """Cumulative weights for random.choices: rank r drawn with weight 1/r."""
    return list(accumulate(1 / rank for rank in range(1, len(words) + 1)))


def search_words(words: list[str]) -> dict[str, tuple[str, int]]:
    """A common, a middling and a rare word to search for (frequency → word, rank): the
    first word of five letters or more from ranks 100, 500 and 3,000 on, so that none is
    a stop word or a prefix of many others."""
    chosen = {}
    for frequency, rank in (("common", 100), ("middling", 500), ("rare", 3000)):
        index = next(i for i in range(rank - 1, len(words)) if len(words[i]) >= 5)
        chosen[frequency] = (words[index], index + 1)
    return chosen


def build() -> list[str]:
    """The SIZE most frequent words in the English of Python's documentation (pydoc_data)
    and of the standard library's docstrings and comments: lower-case letters only, 2 to
    14 of them, in at least three files (which leaves out most names of code); ties by
    alphabet."""
    import io
    import sysconfig
    import tokenize
    from pydoc_data.topics import topics

    counts: Counter[str] = Counter()
    files: Counter[str] = Counter()

    def take(text: str) -> None:
        text = re.sub(r"``.*?``|:\w+:`[^`]*`|\S*[_./\\=<>()\[\]]\S*", " ", text)
        found = re.findall(r"(?<![\w'-])[a-z]{2,14}(?![\w'-])", text)
        counts.update(found)
        files.update(set(found))

    for body in topics.values():
        take(body)
    for path in sorted(Path(sysconfig.get_paths()["stdlib"]).rglob("*.py")):
        if "test" in path.parts or "site-packages" in path.parts:
            continue
        prose = []
        try:
            source = path.read_text("utf-8")
            for token in tokenize.generate_tokens(io.StringIO(source).readline):
                if token.type == tokenize.COMMENT or (
                    token.type == tokenize.STRING and token.string.endswith(('"""', "'''"))
                ):
                    prose.append(token.string)
        except (UnicodeDecodeError, SyntaxError, tokenize.TokenError):
            continue
        take(" ".join(prose))
    kept = [w for w, n in counts.items() if files[w] >= 3]
    return sorted(kept, key=lambda w: (-counts[w], w))[:SIZE]


if __name__ == "__main__":
    words = build()
    FILE.write_text("\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} words written to {FILE}; search words: {search_words(words)}")
