"""The map's browser code asked for on a browser's first run (``ui.preload``)."""

from __future__ import annotations

import json

from ui import preload


def test_the_installed_streamlit_has_the_maps_code_and_the_script_names_it():
    files = preload.chunk_files()
    assert files is not None
    folder = preload.static_js_folder()
    assert [name[2:].split(".")[0] for name in files["js"]] == list(preload.CHUNKS)
    for name in files["js"]:
        assert (folder / name).is_file()
    for name in files["css"]:
        assert (folder / name).resolve().is_file()
    html = preload.preload_html()
    assert html.startswith("<script>") and html.endswith("</script>")
    assert json.dumps(files) in html
    assert "http" not in html.replace("href", "")  # only paths beside the frontend's own
    # the map's canvas sized when it is put on the page (``ui.firstframe``), installed once
    from ui.firstframe import FIRST_FRAME_JS, SIZE_MAP_CANVAS_JS

    assert html.count(SIZE_MAP_CANVAS_JS) == 1 and FIRST_FRAME_JS.count(SIZE_MAP_CANVAS_JS) == 1
    assert "if (window.__wmSizeMapCanvas) return;" in SIZE_MAP_CANVAS_JS


def test_nothing_is_sent_for_a_build_without_them(tmp_path):
    js = tmp_path / "static" / "js"
    js.mkdir(parents=True)
    assert preload.preload_html(js) is None
    (js / "DeckGlJsonChart.a1.js").write_text("")
    assert preload.preload_html(js) is None  # webgl-device missing
    (js / "webgl-device.b2.js").write_text("")
    (js / "webgl-device.c3.js").write_text("")
    assert preload.preload_html(js) is None  # two of one: which is meant is unknown
    (js / "webgl-device.c3.js").unlink()
    assert preload.chunk_files(js) == {
        "js": ["./DeckGlJsonChart.a1.js", "./webgl-device.b2.js"],
        "css": [],
    }
    (tmp_path / "static" / "css").mkdir()
    (tmp_path / "static" / "css" / "DeckGlJsonChart.d4.css").write_text("")
    assert preload.chunk_files(js)["css"] == ["../css/DeckGlJsonChart.d4.css"]


def test_a_name_cannot_end_the_script(tmp_path):
    js = tmp_path / "static" / "js"
    js.mkdir(parents=True)
    (js / "DeckGlJsonChart.a<b>.js").write_text("")  # a "/" cannot be in a file's name
    (js / "webgl-device.b2.js").write_text("")
    html = preload.preload_html(js)
    assert html.count("<") == 2 and "<b>" not in html  # <script> and </script> alone
    assert "\\u003cb>" in html
