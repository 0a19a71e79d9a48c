"""Large dossiers print compactly and are laid out in parts (one per core), then joined."""

import subprocess

from statements.export import build_dossier, render_dossier
from statements.export.pdf import DETAILED_LIMIT, render_html, render_parts

from .conftest import build_big_story


def test_a_large_dossier_is_cut_between_days_with_front_and_back_matter_once(db):
    dossier = build_dossier(build_big_story(DETAILED_LIMIT + 20))
    parts = render_parts(dossier, 3)
    assert len(parts) == 3
    assert "<h2>Summary</h2>" in parts[0] and "<h2>Summary</h2>" not in parts[1] + parts[2]
    assert "Appendix: source articles" in parts[2]
    assert "Appendix: source articles" not in parts[0] + parts[1]
    printed = "".join(parts)
    assert all(f">{s.ref} · " in printed for s in dossier.statements)


def test_a_large_dossier_prints_every_statement_with_its_source_in_one_pdf(db, tmp_path):
    story = build_big_story(DETAILED_LIMIT + 20)
    content = render_dossier(story, fmt="pdf")
    path = tmp_path / "large.pdf"
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode()
    folded = " ".join(text.split())
    dossier = build_dossier(story)
    for statement in (dossier.statements[0], dossier.statements[-1]):
        assert f"{statement.ref} · {statement.speaker.name}" in folded
        assert statement.text in folded
    assert "A1: Example Wire" in folded
    assert "Who says what" in folded


def test_a_small_dossier_keeps_the_detailed_layout(fixed_story):
    html = render_html(build_dossier(fixed_story))
    assert 'class="statement stance-claim"' in html
    assert "Source A1: Example Arab Daily" in html
