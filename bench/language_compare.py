"""Language before and after: the probe (one langdetect call when a text is clear) against
the vote over every sample (what was always done), on real text in many languages and on
mixtures of them, with the number of langdetect calls each took.

    python bench/language_compare.py [TEXT_DIR ...]    # text files, one language each
    python bench/language_compare.py --documents DIR   # the PDF, Word and mail files in DIR
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from wgsubmit.detect import language, trials
from wgsubmit.records import Language

REPO = Path(__file__).resolve().parent.parent
UDHR = REPO.parent / "shared" / "corpus" / "text" / "udhr"
CALLS = [0]


def _counting() -> None:
    real = trials.probabilities

    def counted(text: str) -> list[tuple[str, float]]:
        CALLS[0] += 1
        return real(text)

    trials.probabilities = counted


def old(text: str) -> Language:
    text = language._NOISE.sub(" ", text)
    if language.letters(text) < language.MIN_LETTERS:
        return Language(None)
    return language._voted(language._samples(text))


def texts(folder: Path) -> dict[str, str]:
    """Each language's text, and mixtures: two languages in shares of 50/50, 70/30 and
    85/15, as whole blocks and as alternating paragraphs."""
    single = {p.stem: p.read_text() for p in sorted(folder.glob("*.txt"))}
    found = dict(single)
    pairs = [("en", "fr"), ("en", "es"), ("fr", "es"), ("es", "pt"), ("en", "ar"), ("ru", "en")]
    for a, b in pairs:
        if a not in single or b not in single:
            continue
        for share in (0.5, 0.7, 0.85):
            first = single[a][: int(8000 * share)]
            second = single[b][: int(8000 * (1 - share))]
            found[f"{a}{int(share * 100)}+{b} blocks"] = first + "\n\n" + second
            paras = zip(first.split("\n\n"), second.split("\n\n"), strict=False)
            found[f"{a}{int(share * 100)}+{b} paras"] = "\n\n".join(
                x + "\n\n" + y for x, y in paras
            )
    return found


def documents(folder: Path) -> dict[str, str]:
    """The text of every PDF and Word file under `folder`, and of each mail's own words and
    attachments, read as the pipeline reads them."""
    from wgsubmit.archive_members import expand_archives
    from wgsubmit.detect import own_text
    from wgsubmit.extract import extract_document
    from wgsubmit.parse import parse_message
    from wgsubmit.records import RawMessage

    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in (".pdf", ".docx") and path.stat().st_size < 900_000:
            found[str(path.relative_to(folder))] = extract_document(
                path.read_bytes(), path.name, ""
            ).text
        elif path.suffix.lower() == ".eml":
            message = parse_message(RawMessage(path.read_bytes(), "file", str(path)))
            found[f"{path.name} body"] = own_text(message.body)
            for i, a in enumerate(expand_archives(message.attachments)):
                text = extract_document(a.data, a.filename, a.content_type).text
                found[f"{path.name} {i} {a.filename}"] = text
    return {name: text for name, text in found.items() if text.strip()}


def run(
    name: str, detect: Callable[[str], Language], corpus: dict[str, str]
) -> dict[str, Language]:
    CALLS[0] = 0
    started = time.perf_counter()
    found = {key: detect(text) for key, text in corpus.items()}
    took = time.perf_counter() - started
    print(f"{name}: {len(corpus)} texts, {CALLS[0]} langdetect calls, {took:.2f} s")
    return found


def main() -> None:
    _counting()
    corpus: dict[str, str] = {}
    if sys.argv[1:2] == ["--documents"]:
        for folder in sys.argv[2:]:
            corpus.update(documents(Path(folder)))
    else:
        for folder in [Path(a) for a in sys.argv[1:]] or [UDHR]:
            corpus.update(texts(folder))
    language.detect_language("warm up: load langdetect's profiles before timing anything")
    before = run("before (vote over every sample)", old, corpus)
    after = run("after (probe, vote when mixed)", language.detect_language, corpus)
    same_main = sum(before[k].code == after[k].code for k in corpus)
    same_all = sum(before[k].languages == after[k].languages for k in corpus)
    print(f"same `language`: {same_main}/{len(corpus)}; same `languages`: {same_all}/{len(corpus)}")
    for key in corpus:
        if before[key].code != after[key].code or before[key].languages != after[key].languages:
            print(f"  {key}: {before[key]} -> {after[key]}")


if __name__ == "__main__":
    main()
