"""Hostile or unusual files get a clear message or their text, in bounded time and memory."""

import time
import zipfile

import pytest

from assistant.errors import DocumentError
from ingest.loaders import load
from ingest.pipeline import ingest
from tests.fixtures import write_docx, write_pdf
from tests.test_ingest import _setup

SENTENCE = "The school must hold an IEP meeting within 30 days of finding a child eligible for services."


def _zip_bomb(path, unpacked_mb: int):
    write_docx(path, [("Normal", SENTENCE)], title="Looks like a handbook")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        with package.open("word/media/padding.bin", "w", force_zip64=True) as member:
            block = bytes(1024 * 1024)
            for _ in range(unpacked_mb):
                member.write(block)
    return path


def test_docx_zip_bomb_is_refused_from_its_directory_before_parsing(tmp_path):
    bomb = _zip_bomb(tmp_path / "handbook.docx", 300)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(DocumentError, match=r"would unpack to 30\d MB .* zip bomb"):
        load(bomb, "guides/handbook.docx", max_bytes=25 * 1024 * 1024)
    assert time.monotonic() - started < 2, "nothing was decompressed"
    ratio_bomb = _zip_bomb(tmp_path / "ratio.docx", 40)  # under the size cap, but 40 MB from a few KB
    with pytest.raises(DocumentError, match="zip bomb"):
        load(ratio_bomb, "guides/ratio.docx")
    ordinary = write_docx(tmp_path / "ordinary.docx", [("Heading 1", "Meetings"), ("Normal", SENTENCE)])
    assert SENTENCE in load(ordinary, "guides/ordinary.docx").sections[0].text


def test_aes_encrypted_pdf_without_a_user_password_is_read(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf", [[SENTENCE]], title="District guide")
    for name, user in (("aes.pdf", ""), ("locked.pdf", "let-me-in")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=user, owner_password="owner-secret", algorithm="AES-256")
        with open(tmp_path / name, "wb") as fh:
            writer.write(fh)
    doc = load(tmp_path / "aes.pdf", "guides/aes.pdf")
    assert "IEP meeting within 30 days" in " ".join(s.text for s in doc.sections)
    with pytest.raises(DocumentError, match="password-protected"):
        load(tmp_path / "locked.pdf", "guides/locked.pdf")


def test_html_nested_fifty_thousand_divs_deep_still_gives_its_text(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><head><title>Meeting timelines</title></head><body><nav>Home | About</nav>"
        + "<div>" * 50_000
        + f"<p>{SENTENCE}</p>"
        + "</div>" * 50_000
        + "<script>var tracking = 1;</script></body></html>"
    )
    started = time.monotonic()
    doc = load(page, "guides/deep.html")
    text = " ".join(s.text for s in doc.sections)
    assert doc.title == "Meeting timelines" and SENTENCE in text
    assert "tracking" not in text and "Home | About" not in text
    assert time.monotonic() - started < 20


def test_symlink_loops_are_reported_or_skipped_without_a_traceback(tmp_path, embedder, small_corpus):
    settings, counting, index = _setup(tmp_path, embedder)
    (small_corpus / "loop").symlink_to(small_corpus / "loop")  # inside a folder: not a file, skipped
    (small_corpus / "cycle").symlink_to(small_corpus)  # a folder linking to itself: not followed
    report = ingest([small_corpus, tmp_path / "nowhere" / ".." / "loop-arg"], index, counting, settings)
    assert len([f for f in report.files if f.status == "added"]) == 3
    (tmp_path / "loop-arg").symlink_to(tmp_path / "loop-arg")
    report = ingest([tmp_path / "loop-arg"], index, counting, settings)
    assert [f.status for f in report.files] == ["error"] and "loop" in report.files[0].message.lower()
