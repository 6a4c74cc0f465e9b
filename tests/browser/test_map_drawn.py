"""The bench's "map drawn" (``benchmarks.bench_dashboard.MAP_DRAWN_JS``) judged by the canvas's
pixels, on a small page of our own: a WebGL canvas under ``.st-key-map`` made and drawn as the
page's deck.gl chart does (the context's attributes as Streamlit's chart asks for them, among
them ``preserveDrawingBuffer: true``; source-alpha blending; the programs named by
``SHADER_NAME``; one frame per animation frame). A frame counts when it shows land and the fill
of at least one marker of the smallest size; land alone, a marker alone or nothing does not,
whichever programs drew them. Also the page's own script that gives the map's canvas its size before
deck.gl's first frame (``ui.firstframe.SIZE_MAP_CANVAS_JS``).
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from benchmarks.bench_dashboard import (
    DISCS_MIN_PX,
    DRAWN_TOLERANCE,
    LAND_MIN_PX,
    MAP_DRAWN_JS,
    drawn_colours,
)
from browser.app import launched_chromium, need_chromium
from ui.ages import AGE_BUCKETS, UNKNOWN_AGE
from ui.basemap import THEMES
from ui.deck import CLUSTER_COLOR, MARKER_MIN_PX

LAND = THEMES["light"]["land"][0]
FRESH = AGE_BUCKETS[0][2]

# The page: a 400 x 300 canvas; ``frame(parts)`` draws one frame (cleared to transparent, as
# deck.gl's sea) of land rectangles and discs (a fill to r - w/2, a white outline to r + w/2,
# as deck.gl's ScatterplotLayer strokes it), each part with the program it names.
PAGE = """<!doctype html><html><body style="margin:0">
<div class="st-key-map"><canvas width="400" height="300" style="width:400px;height:300px">
</canvas></div>
<script>
const gl = document.querySelector('canvas').getContext('webgl2',
  { preserveDrawingBuffer: true, premultipliedAlpha: true, antialias: true });
const compile = (name) => {
  const vs = gl.createShader(gl.VERTEX_SHADER);
  gl.shaderSource(vs, `#version 300 es
#define SHADER_NAME ${name}-vertex-shader
in vec2 corner; uniform vec4 box; uniform vec2 size;
void main() { vec2 p = box.xy + corner * box.zw;
  gl_Position = vec4(p / size * 2.0 - 1.0, 0.0, 1.0); }`);
  gl.compileShader(vs);
  const fs = gl.createShader(gl.FRAGMENT_SHADER);
  gl.shaderSource(fs, `#version 300 es
#define SHADER_NAME ${name}-fragment-shader
precision highp float; uniform vec4 fill; uniform vec3 disc; out vec4 color;
void main() {
  if (disc.z <= 0.0) { color = fill; return; }
  float d = distance(gl_FragCoord.xy, disc.xy);
  float outer = disc.z + 0.5, inner = disc.z - 0.5;
  float inCircle = 1.0 - smoothstep(outer - 0.5, outer + 0.5, d);
  if (inCircle <= 0.0) discard;
  float line = smoothstep(inner - 0.5, inner + 0.5, d);
  vec4 c = mix(fill, vec4(1.0, 1.0, 1.0, 0.9), line);
  color = vec4(c.rgb, c.a * inCircle);
}`);
  gl.compileShader(fs);
  const program = gl.createProgram();
  gl.attachShader(program, vs);
  gl.attachShader(program, fs);
  gl.bindAttribLocation(program, 0, 'corner');
  gl.linkProgram(program);
  return program;
};
const programs = {};
const buffer = gl.createBuffer();
gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl.STATIC_DRAW);
gl.enableVertexAttribArray(0);
gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
window.frame = (parts) => {
  gl.viewport(0, 0, 400, 300);
  gl.clearColor(0, 0, 0, 0);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.enable(gl.BLEND);
  gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
  for (const part of parts) {
    const name = part.program;
    const program = programs[name] || (programs[name] = compile(name));
    gl.useProgram(program);
    gl.uniform2f(gl.getUniformLocation(program, 'size'), 400, 300);
    gl.uniform4fv(gl.getUniformLocation(program, 'fill'), part.color.map((v) => v / 255));
    if (part.disc) {
      const [x, y, r] = part.disc;
      gl.uniform3f(gl.getUniformLocation(program, 'disc'), x, y, r);
      gl.uniform4f(gl.getUniformLocation(program, 'box'), x - r - 2, y - r - 2, 2 * r + 4,
                   2 * r + 4);
    } else {
      gl.uniform3f(gl.getUniformLocation(program, 'disc'), 0, 0, 0);
      gl.uniform4fv(gl.getUniformLocation(program, 'box'), part.box);
    }
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
  }
};
</script></body></html>"""

POLYGONS, DISCS = "solid-polygon-layer", "scatterplot-layer"


def land(box=(0, 0, 200, 300), color=LAND, program=POLYGONS) -> dict:
    return {"program": program, "color": list(color), "box": list(box)}


def disc(x: float, y: float, color, r: float = MARKER_MIN_PX, program=DISCS) -> dict:
    return {"program": program, "color": list(color), "disc": [x, y, r]}


@pytest.fixture(scope="module")
def chromium():
    need_chromium()
    with launched_chromium() as browser:
        yield browser


def frames(chromium, parts_per_frame: list[list[dict]]) -> tuple[list[tuple[float, float]], dict]:
    """Draw each frame in its own task, and give each frame's task (start, end) and what the
    measure set on the page."""
    page = chromium.new_page(viewport={"width": 400, "height": 300})
    try:
        page.add_init_script(MAP_DRAWN_JS)
        page.goto("data:text/html," + quote(PAGE))
        spans = []
        for parts in parts_per_frame:
            before = page.evaluate("performance.timeOrigin + performance.now()")
            drawn = f"frame({json.dumps(parts)})"  # in an animation frame, as deck.gl draws
            page.evaluate(f"new Promise((done) => requestAnimationFrame(() => done({drawn})))")
            after = page.evaluate(
                "new Promise((done) => setTimeout(() => "
                "done(performance.timeOrigin + performance.now()), 50))"
            )
            spans.append((before, after))
        seen = page.evaluate(
            "({drawn: window.__wmMapDrawn, program: window.__wmMapDrawnByProgram, "
            "first: window.__wmFirstFrame, frames: window.__wmFrames})"
        )
        return spans, seen
    finally:
        page.close()


def within(stamp: float | None, span: tuple[float, float]) -> bool:
    return stamp is not None and span[0] <= stamp <= span[1]


@pytest.mark.browser
def test_land_alone_a_marker_alone_or_nothing_is_not_the_map_drawn(chromium):
    """Nothing on the canvas (the land's program drawing nothing to see), land with a marker
    drawn off the canvas (both programs drew: the measure by program took that frame), and a
    marker alone over the sea are refused; a smallest marker over the land, drawn with the
    land's own program, is the map drawn (which the measure by program cannot see)."""
    spans, seen = frames(
        chromium,
        [
            [land(color=[*LAND[:3], 0])],  # the sea alone
            [land(), disc(600, 150, FRESH)],  # land; the marker drawn is off the canvas
            [disc(300, 150, FRESH)],  # a marker alone
            [land(), disc(100, 150, FRESH, program=POLYGONS)],  # land and a marker
            [land(), disc(100, 150, FRESH)],
        ],
    )
    assert within(seen["first"], spans[0])
    assert within(seen["drawn"], spans[3]), (spans, seen)
    assert within(seen["program"], spans[1])  # the old measure: a marker's program, no marker
    checked = seen["frames"]
    assert len(checked) == 4  # checked until the map is drawn, not after
    assert checked[-1][0] == seen["drawn"]
    land_px = [frame[1] for frame in checked]
    fill_px = [frame[2] for frame in checked]
    assert land_px[0] == 0 and fill_px[0] == 0
    assert land_px[1] >= LAND_MIN_PX and fill_px[1] == 0
    assert land_px[2] == 0 and fill_px[2] >= DISCS_MIN_PX  # the marker is seen alone
    assert land_px[3] >= LAND_MIN_PX and fill_px[3] >= DISCS_MIN_PX


@pytest.mark.browser
def test_land_and_markers_or_clusters_drawn_as_deck_gl_draws_them(chromium):
    """Land with a smallest marker over the sea, or with a cluster over the land: the first
    frame is the map drawn, by both measures (the stamp is the same frame's end)."""
    for parts in (
        [land(), disc(300, 150, UNKNOWN_AGE[1])],
        [land(), disc(100, 150, CLUSTER_COLOR, r=12.0)],
    ):
        spans, seen = frames(chromium, [parts])
        assert within(seen["drawn"], spans[0]), (spans, seen)
        assert seen["drawn"] == seen["program"] == seen["first"]


def test_the_colours_judged_are_the_pages_and_cannot_be_mistaken_for_each_other():
    """The land's shades and every fill (ages, unknown, clusters) over the sea and over each
    shade come from ``ui``; no land colour is within reach of a fill's (the page's table sorts
    a pixel by its top 6 bits a channel, ``DRAWN_TOLERANCE`` either side)."""
    colours = drawn_colours()
    assert list(LAND[:3]) in colours["land"]
    for fill in [*(c for *_, c in AGE_BUCKETS), UNKNOWN_AGE[1], CLUSTER_COLOR]:
        assert list(fill[:3]) in colours["discs"]
    age_old = AGE_BUCKETS[-1][2]
    assert [124, 131, 161] in colours["discs"]  # 90,100,140 at 200/255 over 246,244,239
    assert age_old == [90, 100, 140, 200] and LAND[:3] == [246, 244, 239]
    reach = 2 * DRAWN_TOLERANCE + 4
    gap = min(
        max(abs(a - b) for a, b in zip(one, other, strict=True))
        for one in colours["land"]
        for other in colours["discs"]
    )
    assert gap > reach


# The page's own script that sizes the map's canvas when it is put on the page
# (``ui.firstframe.SIZE_MAP_CANVAS_JS``): a box of the map's size under ``.st-key-map``, and one
# outside it.
SIZING_PAGE = """<!doctype html><html><body style="margin:0">
<div class="st-key-map"><div id="box" style="position:relative;width:854px;height:600px">
</div></div>
<div id="elsewhere" style="width:500px;height:400px"></div>
<script>%s</script></body></html>"""


@pytest.mark.browser
def test_the_maps_canvas_has_its_size_before_its_first_frame(chromium):
    """A canvas put under the map at the default 300 x 150 (as deck.gl puts it, styled with
    ``left`` and ``top`` only) has its box's size times the pixel ratio, and the CSS size
    100%, by the time a task after the insertion runs (deck.gl reads it later still); a canvas
    elsewhere, one already sized, and a CSS size already set are left as they are (the page
    carries the script twice, as it may: the preload's and the first-frame component's)."""
    from ui.firstframe import SIZE_MAP_CANVAS_JS

    page = chromium.new_page(viewport={"width": 1280, "height": 800}, device_scale_factor=2)
    try:
        page.goto("data:text/html," + quote(SIZING_PAGE % (SIZE_MAP_CANVAS_JS * 2)))
        seen = page.evaluate(
            """async () => {
              const add = (parent, width, css) => {
                const canvas = document.createElement('canvas');
                canvas.style.left = '0px';
                canvas.style.top = '0px';
                if (width) canvas.width = width;
                if (css) canvas.style.width = css;
                parent.appendChild(canvas);
                return canvas;
              };
              const box = document.getElementById('box');
              const wrapped = document.createElement('div');
              wrapped.style.cssText = 'width:400px;height:300px';
              const inner = document.createElement('canvas');
              wrapped.appendChild(inner);
              const made = {
                map: add(box), sized: add(box, 640), css: add(box, 0, '50%'),
                elsewhere: add(document.getElementById('elsewhere')),
              };
              box.appendChild(wrapped);
              made.inner = inner;
              await new Promise((done) => setTimeout(done, 0));
              const out = {};
              for (const [name, c] of Object.entries(made)) {
                out[name] = [c.width, c.height, c.style.width, c.style.height];
              }
              return out;
            }"""
        )
    finally:
        page.close()
    assert seen["map"] == [1708, 1200, "100%", "100%"]
    assert seen["inner"] == [800, 600, "100%", "100%"]  # inside an added element: its box's
    assert seen["sized"] == [640, 150, "", ""]  # not at the default size: deck.gl's own
    assert seen["css"] == [1708, 1200, "50%", "100%"]  # a CSS size set is kept
    assert seen["elsewhere"] == [300, 150, "", ""]
